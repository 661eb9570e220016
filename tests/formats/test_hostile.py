"""Hostile and broken input: always a map with warnings or one clear MapFileError, never a crash."""

from __future__ import annotations

import base64
import zlib

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mapper.formats.bpmn import import_bpmn
from mapper.formats.building import ImportResult
from mapper.formats.drawio import export_drawio, import_drawio
from mapper.formats.importers import import_file
from mapper.formats.mermaid import import_mermaid
from mapper.model import MapFileError, dumps_map, loads_map
from tests.conftest import CORPUS
from tests.formats.test_drawio import FLOW, compress

BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<{root}><x a="&lol9;"/></{root}>
"""
EXTERNAL = """<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<{root}><x a="&secret;"/></{root}>
"""


def assert_clear_error(call, *words):
    with pytest.raises(MapFileError) as e:
        call()
    message = str(e.value)
    assert "\n" not in message
    for w in words:
        assert w in message, message
    return e.value


@pytest.mark.parametrize("importer, root", [(import_drawio, "mxfile"), (import_bpmn, "definitions")])
def test_xml_bombs_and_external_entities_are_refused(importer, root):
    assert_clear_error(lambda: importer(BILLION_LAUGHS.format(root=root).encode(), "bomb.xml"),
                       "bomb.xml", "XML entities", "refuses")
    assert_clear_error(lambda: importer(EXTERNAL.format(root=root).encode(), "xxe.xml"), "xxe.xml", "refuses")


def test_a_bomb_inside_a_compressed_page_is_refused_with_the_page():
    inner = BILLION_LAUGHS.format(root="mxGraphModel")
    data = f'<mxfile><diagram name="P1">{compress(inner)}</diagram></mxfile>'.encode()
    assert_clear_error(lambda: import_drawio(data, "f.drawio"), "page 1", "entities")


def test_truncated_and_garbled_compressed_pages():
    packed = compress(FLOW)
    cut = packed[: (len(packed) // 2) // 4 * 4]
    assert_clear_error(lambda: import_drawio(f"<mxfile><diagram>{cut}</diagram></mxfile>".encode(), "f.drawio"),
                       "page 1", "cut off")
    assert_clear_error(lambda: import_drawio(b"<mxfile><diagram>!!not*base64!!</diagram></mxfile>", "f.drawio"),
                       "page 1", "base64")
    junk = base64.b64encode(b"\x07" * 40).decode()
    assert_clear_error(lambda: import_drawio(f"<mxfile><diagram>{junk}</diagram></mxfile>".encode(), "f.drawio"),
                       "page 1", "damaged")


def test_a_deflate_bomb_is_capped():
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"A" * (1 << 20)
    raw = b"".join(c.compress(chunk) for _ in range(60)) + c.flush()   # 60 MB in ~60 KB
    data = f"<mxfile><diagram>{base64.b64encode(raw).decode()}</diagram></mxfile>".encode()
    assert_clear_error(lambda: import_drawio(data, "zip.drawio"), "more than 50 MB")


def test_malformed_xml_names_the_line():
    err = assert_clear_error(lambda: import_drawio(b"<mxfile>\n<diagram>\n<mxGraphModel><root></diagram>", "f.drawio"),
                             "f.drawio", "broken")
    assert err.place == "line 3"
    assert_clear_error(lambda: import_drawio(b"<mxfile><diagram", "f.drawio"), "cut off")
    assert_clear_error(lambda: import_drawio(b"<svg/>", "f.drawio"), "not a draw.io diagram")


@pytest.mark.parametrize("suffix", [".mmd", ".drawio", ".bpmn", ".json", ".xml", ".md"])
def test_empty_and_binary_files(tmp_path, suffix):
    empty = tmp_path / f"empty{suffix}"
    empty.write_bytes(b"")
    assert_clear_error(lambda: import_file(empty), str(empty), "empty")
    junk = tmp_path / f"junk{suffix}"
    junk.write_bytes(bytes(range(256)) * 4)
    assert_clear_error(lambda: import_file(junk), str(junk))


def test_mermaid_that_is_not_utf8_names_the_line(tmp_path):
    f = tmp_path / "latin.mmd"
    f.write_bytes("flowchart TD\nA[Caf\xe9] --> B\n".encode("latin-1"))
    err = assert_clear_error(lambda: import_file(f), "not UTF-8")
    assert err.place == "line 2"


def test_missing_files_and_unknown_kinds(tmp_path):
    assert_clear_error(lambda: import_file(tmp_path / "nope.mmd"), "no such file")
    odd = tmp_path / "notes.txt"
    odd.write_text("shopping list\n")
    assert_clear_error(lambda: import_file(odd), "cannot tell what kind of file")
    (tmp_path / "x.xml").write_text("<html/>")
    assert_clear_error(lambda: import_file(tmp_path / "x.xml"), "neither a draw.io diagram")


def test_extension_and_content_sniffing(tmp_path):
    bpmn_as_xml = tmp_path / "model.xml"
    bpmn_as_xml.write_bytes((CORPUS / "bpmn/camunda-tweet-approval.bpmn").read_bytes())
    assert len(import_file(bpmn_as_xml).map.steps) == 6
    noext = tmp_path / "chart"
    noext.write_text("graph LR\nA-->B\n")
    assert len(import_file(noext).map.arrows) == 1
    r = import_file(CORPUS / "mermaid/onboarding-crlf-fr.mmd", page=2)
    assert "--page only applies to draw.io files" in r.warnings[0]


# -- fuzzing -------------------------------------------------------------------------

def valid(result) -> None:
    """An import result is a real, loadable map."""
    assert isinstance(result, ImportResult)
    assert all(isinstance(w, str) for w in result.warnings)
    loads_map(dumps_map(result.map), "roundtrip")


MERMAID_TOKENS = st.sampled_from([
    "flowchart TD\n", "graph LR;", "A", "B1", "end", "subgraph ", "subgraph x[T]\n", "end\n", "-->", "---", "-.->",
    "==>", "-- t -->", "|", "|x|", "&", "[", "]", "(", ")", "{", "}", "([", "])", "((", "))", ">", '"', "#quot;",
    ";", "\n", "\r", "\r\n", " ", "%%", "classDef c fill:#f00\n", "class A c\n", "style A fill:#0f0\n",
    ":::", "@{ shape: diamond }", "<br>", "é", "\x00", "\\",
])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(MERMAID_TOKENS, max_size=40).map("".join))
@example("flowchart TD\nA --> B\nsubgraph s\nC --> D")
@example("graph TD\nA[\"unclosed --> B\n")
def test_mermaid_fuzz_never_crashes(text):
    try:
        valid(import_mermaid(text, "fuzz.mmd"))
    except MapFileError as e:
        assert str(e).startswith("fuzz.mmd")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_mermaid_fuzz_with_any_text(text):
    try:
        valid(import_mermaid("flowchart LR\n" + text, "fuzz.mmd"))
    except MapFileError as e:
        assert str(e).startswith("fuzz.mmd")


SEED_FILES = [
    export_drawio(import_file(CORPUS / "mermaid/load-retry-tiny.mmd").map).encode(),
    (CORPUS / "drawio/jgraph-basic-flowchart-tiny.xml").read_bytes(),
    (CORPUS / "drawio/order-shipping-loose-ends.drawio").read_bytes(),
]


@st.composite
def mutated(draw):
    data = bytearray(draw(st.sampled_from(SEED_FILES)))
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        pos = draw(st.integers(0, max(0, len(data) - 1)))
        if op == "flip" and data:
            data[pos] = draw(st.integers(0, 255))
        elif op == "cut":
            del data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.sampled_from([b"<", b">", b'"', b"&", b"&amp;", b"<mxCell id='0'/>", b"\x00",
                                                   b'<mxCell id="z" edge="1" source="z" target="z"/>', b"=="]))
        elif data:
            del data[pos:pos + draw(st.integers(1, 50))]
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(mutated(), st.binary(max_size=300)))
def test_drawio_fuzz_never_crashes(data):
    try:
        valid(import_drawio(data, "fuzz.drawio"))
    except MapFileError as e:
        assert str(e).startswith("fuzz.drawio")


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=200).map(lambda b: (CORPUS / "bpmn/miwg-A2-exclusive-gateways.bpmn").read_bytes()[:len(b) * 60] + b))
def test_bpmn_fuzz_never_crashes(data):
    try:
        valid(import_bpmn(data, "fuzz.bpmn"))
    except MapFileError as e:
        assert str(e).startswith("fuzz.bpmn")


def test_drawio_parent_cycles_and_self_references_end():
    cells = ('<mxCell id="a" value="A" style="rounded=0;" vertex="1" parent="b"><mxGeometry x="5" y="5" width="50" height="20" as="geometry"/></mxCell>'
             '<mxCell id="b" value="B" style="swimlane;" vertex="1" parent="a"><mxGeometry x="5" y="5" width="50" height="20" as="geometry"/></mxCell>'
             '<mxCell id="e" edge="1" source="e" target="a" parent="e"><mxGeometry relative="1" as="geometry"/></mxCell>')
    data = f'<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>{cells}</root></mxGraphModel>'.encode()
    r = import_drawio(data, "loop.drawio")
    valid(r)
    assert [s.text for s in r.map.steps] == ["A"]

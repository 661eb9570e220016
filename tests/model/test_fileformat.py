"""The JSON file format: canonical, atomic, and every bad file gives one clear line."""

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings

from mapper.model import (MIGRATIONS, Arrow, MapFileError, Step, SystemMap, dumps_map, load_map, loads_map,
                          save_map)
from mapper.model import fileformat
from tests.conftest import SAMPLE_MAPS, design_example_document

from .strategies import maps

DESIGN_EXAMPLE = design_example_document()


def doc(**changes):
    d = json.loads(json.dumps(DESIGN_EXAMPLE))
    d.update(changes)
    return d


def error_of(document_or_text) -> MapFileError:
    text = document_or_text if isinstance(document_or_text, (str, bytes)) else json.dumps(document_or_text)
    with pytest.raises(MapFileError) as info:
        loads_map(text, "my-map.json")
    return info.value


def test_design_example_loads_with_every_field():
    m = loads_map(json.dumps(DESIGN_EXAMPLE))
    assert [s.id for s in m.steps] == ["webinar", "nurture", "booked", "client"]
    assert m.step("booked").metric.name == "Consultations booked"
    assert m.step("client").goal is True
    assert m.arrow("a4").probability == 0.8
    assert m.metrics_log[0].values == {"booked": 7}


def test_saved_text_is_canonical_and_reads_like_the_design_example():
    text = dumps_map(loads_map(json.dumps(DESIGN_EXAMPLE)))
    assert text.endswith("}\n") and "\n  \"steps\": [" in text
    # Whole numbers stay whole, defaults are left out, keys keep the documented order.
    # A version-1 document comes back as version 2 with the new top-level fields at their defaults.
    again = json.loads(text)
    assert again == {**DESIGN_EXAMPLE, "schema_version": 2, "currency": "", "direction": "LR", "lanes": None,
                     "priorities": []}
    assert list(again) == ["format", "schema_version", "title", "system", "description", "currency", "direction",
                           "lanes", "steps", "arrows", "priorities", "metrics_log"]


@settings(max_examples=60, deadline=None)
@given(maps())
def test_save_load_save_gives_identical_bytes(m):
    first = dumps_map(m)
    assert dumps_map(loads_map(first)) == first


@pytest.mark.parametrize("path", sorted(SAMPLE_MAPS.glob("*.json")), ids=lambda p: p.stem)
def test_sample_maps_are_canonical(path):
    assert dumps_map(load_map(path)) == path.read_text(encoding="utf-8")


def test_absent_arrow_ids_are_assigned():
    d = doc()
    for a in d["arrows"]:
        del a["id"]
    d["arrows"][0]["id"] = "a2"
    m = loads_map(json.dumps(d))
    ids = [a.id for a in m.arrows]
    assert ids[0] == "a2" and len(set(ids)) == 4


@pytest.mark.parametrize("document, place, words", [
    (doc(colour="red"), "top level", '"colour" is not a field'),
    (doc(steps=[{"id": "x", "kind": "circle"}]), 'step "x" (steps[0]), field "kind"', "must be one of"),
    (doc(steps=[{"id": "x", "kind": "activity", "text": 5}]), 'step "x" (steps[0]), field "text"', "must be text"),
    (doc(steps=[{"id": "x", "kind": "activity", "x": "left"}]), 'field "x"', "must be a number"),
    (doc(steps=[{"id": "x", "kind": "activity", "goal": "yes"}]), 'field "goal"', "true or false"),
    (doc(steps=[{"id": "", "kind": "activity"}]), "steps[0]", "must not be empty"),
    (doc(steps=[{"kind": "activity"}]), "steps[0]", "required"),
    (doc(steps=[{"id": "x", "kind": "activity", "shade": 1}]), 'step "x" (steps[0])', '"shade" is not a field'),
    (doc(steps=[{"id": "x", "kind": "activity"}, {"id": "x", "kind": "decision"}]), "steps[1]", "used twice"),
    (doc(arrows=[{"id": "a1", "source": "webinar", "target": "ghost"}]), 'arrow "a1"', 'target "ghost" names no step'),
    (doc(arrows=[{"id": "a1", "source": "webinar", "target": "nurture", "probability": 1.5}]),
     'arrow "a1" (arrows[0]), field "probability"', "between 0 and 1"),
    (doc(arrows=[{"id": "a1", "source": "webinar", "target": "nurture"}, {"id": "a1", "source": "nurture", "target": "booked"}]),
     "arrows[1]", "used twice"),
    (doc(steps=DESIGN_EXAMPLE["steps"] + [{"id": "n", "kind": "note"}], arrows=[{"id": "a", "source": "n", "target": "client"}]),
     'arrow "a"', "is a note"),
    (doc(format="something/else"), "format", "not a mapper map"),
    (doc(schema_version=7), "schema_version", "newer mapper"),
    (doc(schema_version="1"), "schema_version", "whole number"),
    (doc(steps="none"), 'field "steps"', "must be a list"),
])
def test_bad_maps_name_file_place_and_problem(document, place, words):
    e = error_of(document)
    line = str(e)
    assert line.startswith("my-map.json: ")
    assert place in e.place and words in e.reason, line
    assert "\n" not in line and "Traceback" not in line


def test_missing_schema_version():
    d = doc()
    del d["schema_version"]
    assert "schema_version" in error_of(d).reason


@pytest.mark.parametrize("raw, place, words", [
    (b'{"format": "mapper/system-map",\n "schema_version": 1,\n "title": }', "line 3, column 11", "not valid JSON"),
    (b'\xff\xfe{"title"}', "line 1, byte 1", "not UTF-8"),
    (b"", "", "empty"),
    (b"[" * 100000 + b"]" * 100000, "", "nested"),
    (b'{"format": "mapper/system-map", "schema_version": 1, "title": NaN}', "", "NaN"),
    (b"[1, 2]", "", "JSON object"),
])
def test_unreadable_bytes_give_a_located_message(raw, place, words):
    e = error_of(raw)
    assert place in e.place and words in e.reason, str(e)


def test_a_cut_off_string_is_named_without_python_s_dangling_position():
    e = error_of(b'{"format": "mapper/system-map",\n "title": "Webinar to')
    assert e.place == "line 2, column 11" and e.reason.endswith("(Unterminated string)"), str(e)


def test_a_bom_is_accepted():
    assert loads_map(b"\xef\xbb\xbf" + json.dumps(DESIGN_EXAMPLE).encode()).title == "Webinar to new client"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(MapFileError, match="no such file"):
        load_map(tmp_path / "nope.json")
    with pytest.raises(MapFileError, match="folder"):
        load_map(tmp_path)


def test_migration_hook_upgrades_old_versions(monkeypatch):
    old = {"schema_version": 0, "title": "Old", "steps": [{"id": "s", "kind": "terminator"}],
           "links": []}
    m = loads_map(json.dumps(old))
    assert m.title == "Old" and m.schema_version == 2


def test_migration_chain_runs_each_step_in_order(monkeypatch):
    calls = []
    monkeypatch.setattr(fileformat, "SCHEMA_VERSION", 3)
    monkeypatch.setitem(MIGRATIONS, 1, lambda d: calls.append(1) or {**d, "v2": True})
    monkeypatch.setitem(MIGRATIONS, 2, lambda d: calls.append(2) or {**d, "v3": True})
    out = fileformat.migrate({"schema_version": 1}, 1)
    assert calls == [1, 2] and out["v2"] and out["v3"] and out["schema_version"] == 3


def test_save_is_atomic_and_keeps_a_backup(tmp_path):
    path = tmp_path / "map.json"
    m = loads_map(json.dumps(DESIGN_EXAMPLE))
    save_map(m, path)
    first = path.read_bytes()
    m.title = "Changed"
    save_map(m, path)
    assert (tmp_path / "map.json.bak").read_bytes() == first
    assert load_map(path).title == "Changed"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.json", "map.json.bak"]


def test_failed_save_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "map.json"
    m = loads_map(json.dumps(DESIGN_EXAMPLE))
    save_map(m, path)
    before = path.read_bytes()

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "replace", broken_replace)
    m.title = "Never written"
    with pytest.raises(MapFileError, match="No space left"):
        save_map(m, path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_save_into_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(MapFileError, match="does not exist"):
        save_map(SystemMap(), tmp_path / "no" / "map.json")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_save_into_read_only_folder(tmp_path):
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(MapFileError, match="permission"):
            save_map(SystemMap(), tmp_path / "map.json")
    finally:
        tmp_path.chmod(0o700)

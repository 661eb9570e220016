"""Opening and importing files speak the owner's language: load errors and import
warnings read back in Italian, French and Chinese, through the command line
(``--lang``) and through the Qt-free API (``language_scope``), and still name the
file and the place. JSON keys and format names stay as the file writes them."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mapper.formats.importers import import_file
from mapper.i18n import language, language_scope
from mapper.model import MapFileError, load_map
from tests.conftest import ROOT

NS = 'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"'

FILES = {
    "bad.json": "{bad",
    "wrong.json": json.dumps({"format": "mapper", "version": 2, "steps": []}),
    "cut.drawio": '<mxfile><diagram name="P">\n<mxGraphModel><root>',
    "far.drawio": ('<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
                   '<mxCell id="A" value="Alpha" vertex="1" parent="1"><mxGeometry x="10" y="1e308" width="80" '
                   'height="40" as="geometry"/></mxCell>'
                   '<mxCell id="B" value="Beta" vertex="1" parent="1"><mxGeometry x="200" y="10" width="80" '
                   'height="40" as="geometry"/></mxCell>'
                   '<mxCell id="e" edge="1" source="A" target="B" parent="1"><mxGeometry relative="1" '
                   'as="geometry"/></mxCell></root></mxGraphModel></diagram></mxfile>'),
    "styled.mmd": "flowchart TD\n  A[Call] --> B[Visit]\n  style A fill:#f00\n",
    "data.bpmn": (f'<?xml version="1.0" encoding="UTF-8"?><definitions {NS}><process id="p">'
                  '<startEvent id="s" name="Start"/><task id="t" name="Quote"/><endEvent id="e" name="End"/>'
                  '<sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" '
                  'targetRef="e"/><dataObjectReference id="d" name="Order"/></process></definitions>'),
}

#: What each file reads as, in each language: a known phrase and the place it names.
ERRORS = {
    "bad.json": {"en": ("this is not valid JSON", "line 1, column 2"),
                 "it": ("questo non è JSON valido", "riga 1, colonna 2"),
                 "fr": ("ce n'est pas du JSON valide", "ligne 1, colonne 2"),
                 "zh_CN": ("这不是有效的 JSON", "第 1 行，第 2 列")},
    "wrong.json": {"en": ("this is not a mapper map (format is 'mapper'", "format"),
                   "it": ("questa non è una mappa di mapper (format è 'mapper'", "format"),
                   "fr": ("ce n'est pas une carte mapper (format vaut 'mapper'", "format"),
                   "zh_CN": ("这不是 mapper 流程图（format 是 'mapper'", "format")},
    "cut.drawio": {"en": ("the XML ends too early", "line 2"),
                   "it": ("l’XML finisce troppo presto", "riga 2"),
                   "fr": ("le XML se termine trop tôt", "ligne 2"),
                   "zh_CN": ("XML 结束得太早", "第 2 行")},
}

WARNINGS = {
    "far.drawio": {"en": '1 shape had a position or size far outside any drawing (beyond 10,000,000, or not a '
                         'number); mapper placed or sized it itself: "Alpha"',
                   "it": "1 forma aveva una posizione o una dimensione molto al di fuori di qualsiasi disegno "
                         '(oltre 10.000.000, o non un numero); mapper l’ha collocata o dimensionata da sé: "Alpha"',
                   "fr": "1 forme avait une position ou une taille très en dehors de tout dessin (au-delà de "
                         "10\u202f000\u202f000, ou pas un nombre)\u00a0; mapper l'a placée ou dimensionnée "
                         'lui-même\u00a0: "Alpha"',
                   "zh_CN": "1 个形状的位置或大小远超出任何图纸（超过 10,000,000，或不是数字）；mapper 已自行放置或调整其大小："
                            '"Alpha"'},
    "styled.mmd": {"en": "skipped 1 style line (colours are not kept)",
                   "it": "saltata 1 riga style (i colori non vengono conservati)",
                   "fr": "1 ligne style ignorée (les couleurs ne sont pas gardées)",
                   "zh_CN": "已跳过 1 行 style（不保留颜色）"},
    "data.bpmn": {"en": "left out 1 data object or store (not part of the flow)",
                  "it": "tralasciato 1 oggetto o archivio di dati (non fa parte del flusso)",
                  "fr": "1 objet ou magasin de données laissé de côté (il ne fait pas partie du flux)",
                  "zh_CN": "未导入 1 个数据对象或数据存储（不属于流程）"},
}

LANGUAGES = ["en", "it", "fr", "zh_CN"]


@pytest.fixture
def files(tmp_path):
    for name, text in FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def _cli(folder, *args):
    env = dict(os.environ, PYTHONPATH=str(ROOT), LANGUAGE="", LC_ALL="C", LC_MESSAGES="", LANG="C")
    return subprocess.run([sys.executable, "-m", "mapper", *map(str, args)], cwd=folder, env=env,
                          capture_output=True, text=True, timeout=120)


def _french_number(text: str) -> str:
    """French groups thousands with a narrow no-break space or a no-break space, as the
    formatting module decides; compare the words, not which space."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", sorted(ERRORS))
def test_a_load_error_reads_in_the_language_of_the_scope_and_names_file_and_place(files, name, code):
    words, place = ERRORS[name][code]
    with language_scope(code):
        with pytest.raises(MapFileError) as caught:
            (load_map if name.endswith(".json") else import_file)(files / name)
    message = str(caught.value)   # printed after the scope ended: it keeps its language
    assert words in message and caught.value.place == place and name in message
    assert language() == "en"
    if code != "en":
        assert ERRORS[name]["en"][0] not in message


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", sorted(WARNINGS))
def test_an_import_warning_reads_in_the_language_of_the_scope(files, name, code):
    with language_scope(code):
        result = import_file(files / name)
    assert result.map.steps
    wanted = WARNINGS[name][code]
    assert any(_french_number(wanted) == _french_number(w) for w in result.warnings), result.warnings


@pytest.mark.parametrize("code", ["it", "fr", "zh_CN"])
def test_the_command_line_prints_load_errors_and_import_notes_translated(files, code):
    for name, by_language in ERRORS.items():
        command = ("check", name) if name.endswith(".json") else ("import", name, "-o", "out.json")
        done = _cli(files, *command, "--lang", code)
        words, place = by_language[code]
        line = done.stderr.strip()
        assert done.returncode == 2 and len(line.splitlines()) == 1, done.stderr
        assert words in line and place in line and name in line, line
        assert by_language["en"][0] not in line
    for name, by_language in WARNINGS.items():
        done = _cli(files, "import", name, "-o", f"{name}.json", "--lang", code)
        assert done.returncode == 0, done.stderr
        assert _french_number(by_language[code]) in _french_number(done.stderr), done.stderr
        assert by_language["en"] not in done.stderr


def test_english_counts_agree_with_their_verbs():
    """The singular and plural sentences are whole sentences: no "1 shape ... them"."""
    from mapper.formats.building import absurd_numbers_warning
    assert "placed or sized it itself" in absurd_numbers_warning(["A"])
    assert "2 shapes had" in absurd_numbers_warning(["A", "B"]) and "sized them itself" in absurd_numbers_warning(["A", "B"])
    with language_scope("fr"):   # French counts 0 and 1 as one
        assert absurd_numbers_warning(["A"]).startswith("1 forme avait")
        assert absurd_numbers_warning(["A", "B"]).startswith("2 formes avaient")
    with language_scope("it"):
        assert "le ha collocate" in absurd_numbers_warning(["A", "B"])


def test_a_bad_field_names_its_place_in_the_language_and_keeps_the_json_words(tmp_path):
    path = tmp_path / "field.json"
    path.write_text(json.dumps({"format": "mapper/system-map", "schema_version": 2,
                                "steps": [{"id": "call", "kind": "activity", "text": "Chiama", "colour": 1}]}))
    with language_scope("it"):
        with pytest.raises(MapFileError) as caught:
            load_map(path)
    message = str(caught.value)
    assert 'passo "call" (steps[0])' in message   # the file's own words stay: steps[0], "colour"
    assert '"colour" non è un campo che mapper conosce' in message

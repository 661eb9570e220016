"""The app speaks the owner's language when a file cannot be opened or imported:
the error dialog's text and its detail (the load error, naming the file and the
place) and the import notes are Italian in Italian."""

from __future__ import annotations

import pytest

from mapper import i18n
from mapper.ui import language
from tests.conftest import ROOT
from tests.ui.test_window_fixtures import answers, data_dir, make_window  # noqa: F401

SAMPLES = ROOT / "sample_maps"


@pytest.fixture
def italian_window(qapp, data_dir, make_window):  # noqa: F811
    language.install_translators(qapp, "it")
    yield make_window()
    language.install_translators(qapp, "en")
    assert i18n.language() == "en"


def _shown(answers, question):  # noqa: F811
    return [a[1:] for a in answers.asked if a[0] == question]


def test_opening_a_broken_map_in_italian_says_what_and_where_in_italian(italian_window, answers, tmp_path):  # noqa: F811
    bad = tmp_path / "rotta.json"
    bad.write_text("{bad", encoding="utf-8")
    answers.script("error", None)
    assert not italian_window.open_path(str(bad), ask=False)
    (text, detail), = _shown(answers, "error")
    assert text.startswith("Non è stato possibile aprire “rotta.json”.")
    assert "rotta.json: riga 1, colonna 2: questo non è JSON valido" in detail
    assert "line 1" not in detail and "not valid JSON" not in detail


def test_importing_a_cut_off_diagram_in_italian_says_why_in_italian(italian_window, answers, tmp_path):  # noqa: F811
    cut = tmp_path / "tagliato.drawio"
    cut.write_text('<mxfile><diagram name="P">\n<mxGraphModel><root>', encoding="utf-8")
    answers.script("error", None)
    assert not italian_window.import_diagram(str(cut), ask=False)
    (text, detail), = _shown(answers, "error")
    assert text.startswith("Non è stato possibile importare “tagliato.drawio”.")
    assert "tagliato.drawio: riga 2: l’XML finisce troppo presto" in detail


def test_import_notes_are_italian_and_the_page_note_stays_out_when_a_page_was_picked(italian_window, answers,  # noqa: F811
                                                                                    tmp_path):
    from mapper.formats.drawio import export_drawio
    from mapper.model import load_map
    first = export_drawio(load_map(SAMPLES / "life-of-a-lead.json"))
    second = export_drawio(load_map(SAMPLES / "six-c-pipeline.json"))
    page_two = second[second.index("<diagram"): second.index("</diagram>") + len("</diagram>")]
    page_two = page_two.replace('id="', 'id="second-', 1).replace('y="', 'y="1e308" data-y="', 1)
    end = first.index("</diagram>") + len("</diagram>")
    path = tmp_path / "due-pagine.drawio"
    path.write_text(first[:end] + page_two + first[end:], encoding="utf-8")
    answers.script("page", 1)
    answers.script("warnings", None)
    assert italian_window.import_diagram(str(path), ask=False)
    (notes,), = _shown(answers, "warnings")
    assert notes and not any("--page" in w for w in notes), notes   # "presa la pagina 2 ..." is for the command line
    assert any(w.startswith("1 forma aveva una posizione") for w in notes), notes

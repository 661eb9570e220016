"""`mapper import` and `mapper export` to Mermaid / draw.io, end to end through mapper.cli.main."""

from __future__ import annotations

import pytest

from mapper.cli import main
from mapper.formats.drawio import import_drawio
from mapper.formats.mermaid import import_mermaid
from mapper.model import load_map
from tests.conftest import CORPUS


@pytest.mark.parametrize("rel, steps, arrows", [
    ("mermaid/sales-pipeline-semicolons.mmd", 11, 12),
    ("drawio/jgraph-project-material-flowchart.xml", 20, 24),
    ("bpmn/camunda-job-announcement-lanes.bpmn", 9, 9),
])
def test_import_writes_a_placed_map_that_loads(tmp_path, capsys, rel, steps, arrows):
    out = tmp_path / "out.json"
    assert main(["import", str(CORPUS / rel), "-o", str(out)]) == 0
    m = load_map(out)
    assert (len(m.steps), len(m.arrows)) == (steps, arrows)
    assert all(s.placed for s in m.steps if s.kind != "note")   # Mermaid maps are laid out by mapper.layout
    assert f"wrote {out}" in capsys.readouterr().out


def test_import_reports_what_was_skipped_on_stderr(tmp_path, capsys):
    out = tmp_path / "out.json"
    assert main(["import", str(CORPUS / "mermaid/purchase-request-styles.mmd"), "-o", str(out)]) == 0
    assert "note: skipped 3 classDef lines" in capsys.readouterr().err


def test_import_of_a_bad_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.drawio"
    bad.write_bytes(b"<mxfile><diagram>%%%</diagram></mxfile>")
    out = tmp_path / "out.json"
    assert main(["import", str(bad), "-o", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert str(bad) in err and "\n" not in err
    assert not out.exists()


def test_export_to_mermaid_and_drawio_and_back(tmp_path):
    mapped = tmp_path / "map.json"
    assert main(["import", str(CORPUS / "mermaid/repair-desk-subgraph.mmd"), "-o", str(mapped)]) == 0
    m = load_map(mapped)
    mmd, drawio = tmp_path / "map.mmd", tmp_path / "map.drawio"
    assert main(["export", str(mapped), "-o", str(mmd)]) == 0
    assert main(["export", str(mapped), "-o", str(drawio)]) == 0
    from_mmd = import_mermaid(mmd.read_text(encoding="utf-8"), str(mmd)).map
    from_drawio = import_drawio(drawio.read_bytes(), str(drawio)).map
    for back in (from_mmd, from_drawio):
        assert [(s.kind, s.text, s.owner) for s in back.steps] == [(s.kind, s.text, s.owner) for s in m.steps]
        assert [a.label for a in back.arrows] == [a.label for a in m.arrows]
    assert [(round(s.x), round(s.y)) for s in from_drawio.steps] == [(round(s.x), round(s.y)) for s in m.steps]


def test_import_picks_a_drawio_page_and_reads_mapper_json(tmp_path):
    from tests.formats.test_drawio import FLOW, model, vertex
    two = tmp_path / "two.drawio"
    two.write_text(f'<mxfile><diagram name="A">{FLOW}</diagram>'
                   f'<diagram name="B">{model(vertex("x", "Only", "rounded=0;", 0, 0))}</diagram></mxfile>')
    out = tmp_path / "out.json"
    assert main(["import", str(two), "-o", str(out), "--page", "2"]) == 0
    assert [s.text for s in load_map(out).steps] == ["Only"]
    again = tmp_path / "again.json"
    assert main(["import", str(out), "-o", str(again)]) == 0
    assert load_map(again) == load_map(out)

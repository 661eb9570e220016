"""`mapper export` and `mapper checklist` from the command line, headless."""

from __future__ import annotations

from mapper.cli import main
from mapper.model import save_map

from .maps import quote_map


def _saved(tmp_path):
    path = tmp_path / "quote.json"
    save_map(quote_map(), path)
    return path


def test_export_png_svg_pdf_and_checklists(qapp, tmp_path, capsys):
    src = _saved(tmp_path)
    for name in ("map.png", "map.svg", "map.pdf", "list.pdf", "list.md", "list.html", "card.pdf"):
        out = tmp_path / name
        command = "export" if name.startswith("map") else "checklist"
        extra = ["--critical-only"] if name == "card.pdf" else []
        assert main([command, str(src), "-o", str(out), *extra]) == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
    assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"
    assert "Call the lead" in (tmp_path / "map.svg").read_text(encoding="utf-8")
    assert "- [ ] 2. " in (tmp_path / "list.md").read_text(encoding="utf-8")


def test_no_markers_changes_the_picture(qapp, tmp_path):
    src = _saved(tmp_path)
    main(["export", str(src), "-o", str(tmp_path / "a.png")])
    main(["export", str(src), "-o", str(tmp_path / "b.png"), "--no-markers"])
    assert (tmp_path / "a.png").read_bytes() != (tmp_path / "b.png").read_bytes()


def _one_line_error(capsys, *words):
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err, err
    for w in words:
        assert w in err, err
    return err


def test_bad_outputs_exit_2_with_one_line_and_no_file(qapp, tmp_path, capsys):
    src = _saved(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    assert main(["export", str(src), "-o", str(tmp_path / "map.bmp")]) == 2
    _one_line_error(capsys, "map.bmp", "unknown file type")
    assert main(["export", str(src), "-o", str(tmp_path / "nope" / "map.png")]) == 2
    _one_line_error(capsys, "map.png", "does not exist")
    assert main(["checklist", str(src), "-o", str(tmp_path / "list.docx")]) == 2
    _one_line_error(capsys, "list.docx", "unknown file type")
    # /proc refuses new files even for root: a write that fails after the checks.
    assert main(["export", str(src), "-o", "/proc/mapper-test.png"]) == 2
    _one_line_error(capsys, "/proc/mapper-test.png")
    assert main(["checklist", str(src), "-o", "/proc/mapper-test.pdf"]) == 2
    _one_line_error(capsys, "/proc/mapper-test.pdf")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_checklist_owner_edition_from_the_command_line(qapp, tmp_path, capsys):
    src = _saved(tmp_path)
    assert main(["checklist", str(src), "-o", str(tmp_path / "crew.md")]) == 0
    assert main(["checklist", str(src), "-o", str(tmp_path / "owner.md"), "--owner-edition"]) == 0
    crew = (tmp_path / "crew.md").read_text(encoding="utf-8")
    owner = (tmp_path / "owner.md").read_text(encoding="utf-8")
    assert "Could be automated" not in crew and "Could be automated" in owner
    assert "Where you are in the method" in owner


def test_exports_carry_the_title_unless_told_not_to(qapp, tmp_path, capsys):
    from PySide6.QtGui import QImage
    src = _saved(tmp_path)
    for ext in ("png", "svg", "pdf"):
        assert main(["export", str(src), "-o", str(tmp_path / f"with.{ext}")]) == 0
        assert main(["export", str(src), "-o", str(tmp_path / f"without.{ext}"), "--no-title"]) == 0
    # SVG keeps its text: the title is drawn, as is every step.
    assert "Quote to client" in (tmp_path / "with.svg").read_text(encoding="utf-8").split("</title>", 1)[1]
    assert "Quote to client" not in (tmp_path / "without.svg").read_text(encoding="utf-8").split("</title>", 1)[1]
    # The title takes room above the drawing.
    assert QImage(str(tmp_path / "with.png")).height() > QImage(str(tmp_path / "without.png")).height()
    import pypdf
    def words(name):
        return " ".join(pypdf.PdfReader(str(tmp_path / name)).pages[0].extract_text().split())
    assert "Quote to client" in words("with.pdf") and "Quote to client" not in words("without.pdf")

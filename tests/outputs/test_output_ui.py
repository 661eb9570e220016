"""The export dialog, printing and checklist saving from the app."""

from __future__ import annotations

import pypdf
import pytest
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter

from mapper.analysis import analyse
from mapper.render.export import ExportOptions, paint_pages, plan_pages
from mapper.ui.document import Document

from .maps import quote_map


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    from mapper.ui import recent_files
    monkeypatch.setenv(recent_files.DATA_DIR_ENV, str(tmp_path / "settings"))


def test_dialog_gathers_options_and_remembers_them(qapp, tmp_path):
    from mapper.ui.export_dialog import ExportDialog
    m = quote_map()
    d = ExportDialog(None, m, analyse(m), ["call", "books"], str(tmp_path / "map.png"))
    d.scale_spin.setValue(3.0)
    d.transparent_check.setChecked(True)
    d.markers_check.setChecked(False)
    d.selection_check.setChecked(True)   # offered, ticked by the user
    o = d.options()
    assert (o.scale, o.transparent, o.markers, o.legend, o.only) == (3.0, True, False, False, {"call", "books"})
    assert "pixels" in d.summary.text()
    d.format_combo.setCurrentIndex(2)  # PDF: the file name follows
    assert d.path().endswith("map.pdf") and d.pdf_box.isVisibleTo(d)
    d.portrait_radio.setChecked(True)
    d.remember()
    again = ExportDialog(None, m, None, [], str(tmp_path / "x.pdf"))
    o2 = again.options()
    assert (o2.scale, o2.transparent, o2.markers, o2.landscape, o2.only) == (3.0, True, False, False, None)
    assert again.format() == "pdf" and not again.selection_check.isEnabled()


def test_dialog_warns_before_a_too_big_picture(qapp, tmp_path):
    from mapper.ui.export_dialog import ExportDialog
    from PySide6.QtWidgets import QDialogButtonBox
    m = quote_map()
    m.step("client").x = 60_000
    d = ExportDialog(None, m, None, [], str(tmp_path / "big.png"))
    d.scale_spin.setValue(2.0)
    assert "too big" in d.summary.text()
    assert not d.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_run_export_writes_the_file_and_shows_errors(qapp, tmp_path, monkeypatch):
    from mapper.ui import messages
    from mapper.ui.export_dialog import run_export
    shown = []
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail="": shown.append(text))
    m = quote_map()
    assert run_export(None, m, str(tmp_path / "a.png"), ExportOptions(scale=1))
    assert (tmp_path / "a.png").exists()
    assert not run_export(None, m, str(tmp_path / "no" / "a.png"), ExportOptions())
    assert shown and "does not exist" in shown[0]


def _pdf_printer(path, landscape=True) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    return printer


def test_printing_uses_the_pages_the_preview_shows(qapp, tmp_path):
    m = quote_map()
    for pages, landscape in (("fit", True), ("tile", False)):
        out = tmp_path / f"{pages}.pdf"
        printer = _pdf_printer(out, landscape)
        opts = ExportOptions(pages=pages, scale=4)
        plan = paint_pages(printer, m, opts, None)
        del printer
        assert len(pypdf.PdfReader(str(out)).pages) == plan.page_count
        if pages == "fit":
            assert plan.page_count == 1
            # Fitted exactly: the drawing touches the paint area on one axis, within it on both.
            w = plan.extent.width() * plan.scale
            h = plan.extent.height() * plan.scale
            printer2 = _pdf_printer(tmp_path / "probe.pdf")
            from mapper.render.export import set_page_margins
            set_page_margins(printer2)
            assert w <= printer2.width() + 1 and h <= printer2.height() + 1
            assert plan == plan_pages(m, opts, None, printer2)
        else:
            assert plan.page_count == plan.columns * plan.rows > 1


def test_checklists_save_as_pdf_markdown_and_html(qapp, tmp_path):
    from mapper.ui.printing import save_checklist
    doc = Document(quote_map())
    for name, critical in (("c.pdf", False), ("c.md", False), ("card.html", True)):
        assert save_checklist(None, doc, analyse(doc.map), str(tmp_path / name), critical)
    assert "- [ ] 2. " in (tmp_path / "c.md").read_text(encoding="utf-8")
    assert "Critical steps card" in (tmp_path / "card.html").read_text(encoding="utf-8")
    assert (tmp_path / "c.pdf").read_bytes()[:5] == b"%PDF-"


def test_checklist_prints_through_the_same_typesetter(qapp, tmp_path):
    from mapper.formats.checklist import build_checklist
    from mapper.render.checklist_pdf import paint_checklist
    m = quote_map()
    out = tmp_path / "printed.pdf"
    printer = _pdf_printer(out, landscape=False)
    layout = paint_checklist(printer, build_checklist(m, analyse(m)))
    del printer
    assert len(pypdf.PdfReader(str(out)).pages) == layout.page_count


@pytest.mark.parametrize("which", ["map", "checklist"])
def test_previews_open_and_show_the_pages(qapp, which):
    """The preview paints with the page code print uses (and keeps its printer alive)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
    from PySide6.QtWidgets import QApplication
    from mapper.ui import printing
    seen = {}

    def close_when_shown():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintPreviewDialog) and w.isVisible())
        seen["pages"] = dialog.findChild(QPrintPreviewWidget).pageCount()
        dialog.reject()

    QTimer.singleShot(400, close_when_shown)
    doc = Document(quote_map())
    if which == "map":
        printing.preview_map(None, doc, analyse(doc.map), [])
        assert seen["pages"] == 1
    else:
        printing.preview_checklist(None, doc, analyse(doc.map))
        assert seen["pages"] >= 1


def test_export_map_dialog_writes_where_the_user_said(qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QDialog
    from mapper.ui import export_dialog
    doc = Document(quote_map(), str(tmp_path / "quote.json"))
    chosen = tmp_path / "picked.svg"

    def accept(dialog):
        dialog.path_edit.setText(str(chosen))  # typing .svg switches the format to SVG
        assert dialog.format() == "svg"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", accept)
    assert export_dialog.export_map_dialog(None, doc, analyse(doc.map), [])
    assert "Call the lead" in chosen.read_text(encoding="utf-8")
    # The next export suggests the same folder and format.
    seen = {}

    def look(dialog):
        seen["path"] = dialog.path()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", look)
    assert not export_dialog.export_map_dialog(None, doc, analyse(doc.map), [])
    assert seen["path"] == str(tmp_path / "quote.svg")

"""Printing the map and the checklists, with previews that match the paper.

Print, preview and PDF export call the same page code (``paint_pages`` for maps,
``paint_checklist`` for checklists) on the printer the dialog set up, so the
preview shows exactly what comes out, and "fit to page" fits one page.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QPageLayout
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QFileDialog, QToolBar, QWidget

from mapper.analysis.method import method_progress
from mapper.formats.checklist import build_checklist
from mapper.formats.checklist_html import to_html
from mapper.formats.checklist_markdown import to_markdown
from mapper.model import MapFileError, write_atomic
from mapper.render.checklist_pdf import paint_checklist, write_checklist_pdf
from mapper.render.export import ExportOptions, paint_pages
from mapper.ui.export_dialog import ExportProgress
from mapper.ui.recent_files import app_settings

_KEY = "print/"
#: The smallest print preview: wide enough for its whole toolbar, tall enough for a page.
PREVIEW_MIN_SIZE = (1060, 720)



def _checklist(document, report, **options):
    """The checklist of the open map, with the method's progress on its first page."""
    return build_checklist(document.map, report, progress=method_progress(document.map, report), **options)

def _printer(landscape: bool) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    return printer


def map_print_options(selected_only_ids=None, marker_kinds=None) -> ExportOptions:
    """What printing the map uses: the export dialog's markers and legend choices,
    the badge kinds switched on on the canvas (``marker_kinds``, None for all),
    fit or tile as last chosen for printing."""
    s = app_settings()
    markers = str(s.value("export/markers", True)).lower() not in ("false", "0")
    legend = str(s.value("export/legend", True)).lower() not in ("false", "0")
    return ExportOptions(markers=markers, legend=legend and markers, margin=16.0,
                         only=set(selected_only_ids) if selected_only_ids else None,
                         marker_kinds=None if marker_kinds is None else frozenset(marker_kinds),
                         pages=str(s.value(_KEY + "pages", "fit")))


def _print_map_on(parent, printer: QPrinter, document, report, options: ExportOptions) -> bool:
    from mapper.ui import messages
    progress = ExportProgress(parent, QCoreApplication.translate("Printing", "Printing the map…"))
    try:
        return paint_pages(printer, document.map, options, report, progress) is not None
    except (OSError, ValueError) as e:
        messages.show_error(parent, QCoreApplication.translate("Printing", "Printing failed"), str(e))
        return False
    finally:
        progress.close()


def print_map(parent: QWidget | None, document, report, selected_ids, marker_kinds=None) -> bool:
    """File > Print…: the map, fitted to the page (or tiled), markers as on screen
    (``marker_kinds``: the badge kinds switched on on the canvas)."""
    printer = _printer(landscape=True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Map"))
    if selected_ids:
        # Offered, not chosen: a step left selected by the last click must not shrink the
        # printout to that one step.
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, True)
        printer.setPrintRange(QPrinter.PrintRange.AllPages)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    only = selected_ids if printer.printRange() == QPrinter.PrintRange.Selection else None
    return _print_map_on(parent, printer, document, report, map_print_options(only, marker_kinds))


def _preview_dialog(parent: QWidget | None, printer: QPrinter, title: str) -> QPrintPreviewDialog:
    """A preview big enough to read a page and to show its whole toolbar (page setup,
    orientation, print): at Qt's default size the toolbar overflowed and hid them."""
    preview = QPrintPreviewDialog(printer, parent)
    preview.setWindowTitle(title)
    window = parent.window() if parent is not None else None
    if window is not None and window.width() > 0:
        preview.resize(max(PREVIEW_MIN_SIZE[0], int(window.width() * 0.9)),
                       max(PREVIEW_MIN_SIZE[1], int(window.height() * 0.9)))
    else:
        preview.resize(*PREVIEW_MIN_SIZE)
    return preview


def preview_map(parent: QWidget | None, document, report, selected_ids, marker_kinds=None) -> None:
    """File > Print Preview…: the exact pages print_map makes, with a fit/tile switch."""
    printer = _printer(landscape=True)  # kept referenced: the dialog does not own it
    preview = _preview_dialog(parent, printer, QCoreApplication.translate("Printing", "Print Preview"))
    # The whole map, as Print prints it; the selection only when asked for (below).
    state = {"options": map_print_options(None, marker_kinds)}

    def paint(p: QPrinter) -> None:
        if any(st.placed for st in document.map.steps):  # an empty map previews as a blank page
            paint_pages(p, document.map, state["options"], report)

    preview.paintRequested.connect(paint)
    toolbar = preview.findChild(QToolBar)
    widget = preview.findChild(QPrintPreviewWidget)
    if toolbar is not None and widget is not None:
        fit = QAction(QCoreApplication.translate("Printing", "Fit on one page"), preview)
        fit.setCheckable(True)
        fit.setChecked(state["options"].pages != "tile")
        fit.setToolTip(QCoreApplication.translate("Printing", "Off: tile the map across several pages at its on-screen size"))

        def toggle(on: bool) -> None:
            state["options"].pages = "fit" if on else "tile"
            app_settings().setValue(_KEY + "pages", state["options"].pages)
            widget.updatePreview()

        fit.toggled.connect(toggle)
        toolbar.addSeparator()
        toolbar.addAction(fit)
        if selected_ids:
            only = QAction(QCoreApplication.translate("Printing", "Only the selected steps ({n})").format(n=len(selected_ids)), preview)
            only.setCheckable(True)
            only.setToolTip(QCoreApplication.translate("Printing", "Preview just the steps selected on the canvas and the arrows between them"))

            def choose(on: bool) -> None:
                state["options"].only = set(selected_ids) if on else None
                widget.updatePreview()

            only.toggled.connect(choose)
            toolbar.addAction(only)
    preview.exec()


def print_checklist(parent: QWidget | None, document, report, critical_only: bool = False) -> bool:
    """File > Print Checklist…: the typeset checklist (the same pages as its PDF)."""
    from mapper.ui import messages
    checklist = _checklist(document, report, critical_only=critical_only)
    printer = _printer(landscape=False)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print Checklist"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    progress = ExportProgress(parent, QCoreApplication.translate("Printing", "Printing the checklist…"))
    try:
        return paint_checklist(printer, checklist, progress) is not None
    except OSError as e:
        messages.show_error(parent, QCoreApplication.translate("Printing", "Printing failed"), str(e))
        return False
    finally:
        progress.close()


def preview_checklist(parent: QWidget | None, document, report, critical_only: bool = False) -> None:
    """File > Checklist Preview…: the typeset pages, with a switch to the critical-steps card."""
    state = {"checklist": _checklist(document, report, critical_only=critical_only),
             "card": critical_only, "owner": False}
    printer = _printer(landscape=False)  # kept referenced: the dialog does not own it
    preview = _preview_dialog(parent, printer, QCoreApplication.translate("Printing", "Checklist Preview"))
    preview.paintRequested.connect(lambda p: paint_checklist(p, state["checklist"]))
    toolbar = preview.findChild(QToolBar)
    widget = preview.findChild(QPrintPreviewWidget)
    if toolbar is not None and widget is not None:
        card = QAction(QCoreApplication.translate("Printing", "Critical steps only"), preview)
        card.setCheckable(True)
        card.setChecked(critical_only)
        card.setToolTip(QCoreApplication.translate("Printing", "Show the one-page card of the critical steps instead of the whole checklist"))

        owner = QAction(QCoreApplication.translate("Checklist", "Owner's edition"), preview)
        owner.setCheckable(True)
        owner.setToolTip(QCoreApplication.translate(
            "Checklist", "Add what the crew does not need: automation hints, why steps are critical, "
            "where you are in the method"))

        def rebuild() -> None:
            state["checklist"] = _checklist(document, report, critical_only=state["card"],
                                                 owner_edition=state["owner"])
            widget.updatePreview()

        def toggle(on: bool) -> None:
            state["card"] = on
            rebuild()

        def toggle_owner(on: bool) -> None:
            state["owner"] = on
            rebuild()

        card.toggled.connect(toggle)
        owner.toggled.connect(toggle_owner)
        toolbar.addSeparator()
        toolbar.addAction(card)
        toolbar.addAction(owner)
    preview.exec()


#: Save-dialog filters; the chosen one says the format, whether it is the critical-steps card
#: and whether it is the owner's edition (with automation hints and the method's progress).
def checklist_filters() -> dict[str, tuple[str, bool, bool]]:
    return {
        QCoreApplication.translate("Printing", "PDF checklist") + " (*.pdf)": ("pdf", False, False),
        QCoreApplication.translate("Printing", "PDF critical-steps card") + " (*.pdf)": ("pdf", True, False),
        QCoreApplication.translate("Printing", "PDF checklist, owner's edition") + " (*.pdf)": ("pdf", False, True),
        QCoreApplication.translate("Printing", "Markdown checklist") + " (*.md)": ("md", False, False),
        QCoreApplication.translate("Printing", "Markdown checklist, owner's edition") + " (*.md)": ("md", False, True),
        QCoreApplication.translate("Printing", "Web page checklist") + " (*.html)": ("html", False, False),
        QCoreApplication.translate("Printing", "Web page critical-steps card") + " (*.html)": ("html", True, False),
        QCoreApplication.translate("Printing", "Web page checklist, owner's edition") + " (*.html)": ("html", False, True),
    }


def save_checklist(parent: QWidget | None, document, report, path: str, critical_only: bool,
                   owner_edition: bool = False) -> bool:
    """Write the checklist to ``path`` (.pdf, .md or .html); problems are shown, not raised."""
    from mapper.ui import messages
    checklist = _checklist(document, report, critical_only=critical_only,
                                owner_edition=owner_edition)
    ext = Path(path).suffix.lower()
    try:
        if ext == ".md":
            write_atomic(path, to_markdown(checklist).encode("utf-8"), keep_backup=False)
        elif ext in (".html", ".htm"):
            write_atomic(path, to_html(checklist).encode("utf-8"), keep_backup=False)
        else:
            progress = ExportProgress(parent, QCoreApplication.translate("Printing", "Writing {name}…").format(name=Path(path).name))
            try:
                return write_checklist_pdf(checklist, path, progress) is not None
            finally:
                progress.close()
    except MapFileError as e:
        messages.show_error(parent, QCoreApplication.translate("Printing", "Checklist not saved"), str(e))
        return False
    return True


def export_checklist_dialog(parent: QWidget | None, document, report) -> bool:
    """File > Export Checklist…: PDF, Markdown or a web page; full or critical steps only."""
    s = app_settings()
    folder = str(s.value("checklist/folder", "")) or (str(Path(document.path).parent) if document.path else "")
    stem = Path(document.path).stem if document.path else "map"
    filters = checklist_filters()
    last = str(s.value("checklist/filter", next(iter(filters))))
    if last not in filters:
        last = next(iter(filters))
    ext = filters[last][0]
    suggested = os.path.join(folder or os.path.expanduser("~"), f"{stem}-checklist.{ext}")
    path, chosen = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Export Checklist"), suggested,
                                               ";;".join(filters), last)
    if not path:
        return False
    ext, critical_only, owner_edition = filters.get(chosen, ("pdf", False, False))
    if not Path(path).suffix:
        path += "." + ext
    s.setValue("checklist/filter", chosen)
    s.setValue("checklist/folder", str(Path(path).parent))
    return save_checklist(parent, document, report, path, critical_only, owner_edition)

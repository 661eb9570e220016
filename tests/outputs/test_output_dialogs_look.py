"""How the output dialogs look and read: wide enough for a path, the tiling scale said
truthfully, previews that show their whole toolbar, buttons without stock icons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QToolBar, QToolButton

from mapper.analysis import analyse
from mapper.ui.document import Document

from .maps import quote_map


@pytest.fixture(autouse=True)
def own_settings(tmp_path, monkeypatch):
    from mapper.ui import recent_files
    monkeypatch.setenv(recent_files.DATA_DIR_ENV, str(tmp_path / "settings"))


@pytest.fixture
def app_look(qapp):
    """The app's own style sheet, as `mapper` runs it, for the widgets under test. Set on
    them, not on the application: re-styling every widget left by earlier tests crashed."""
    from mapper.ui.app import style_sheet
    return style_sheet()


def test_export_dialog_shows_a_whole_path_and_says_the_tile_scale_truly(app_look, tmp_path):
    from mapper.ui.export_dialog import ExportDialog
    path = str(tmp_path / "Client onboarding operating system.pdf")
    dialog = ExportDialog(None, quote_map(), None, [], path)
    dialog.setStyleSheet(app_look)
    dialog.show()
    QApplication.processEvents()
    edit = dialog.path_edit
    assert edit.fontMetrics().horizontalAdvance(path) <= edit.width() or dialog.width() >= 560
    assert dialog.width() >= 560
    dialog.tile_radio.setChecked(True)
    dialog.scale_spin.setValue(2.0)
    assert "100%" in dialog.scale_note.text()   # tiles are drawn at scale / 2: 2 x = on-screen size
    dialog.scale_spin.setValue(3.0)
    assert "150%" in dialog.scale_note.text()
    dialog.fit_radio.setChecked(True)
    assert "%" not in dialog.scale_note.text()
    dialog.close()


def test_dialog_buttons_carry_words_not_stock_icons(qapp):
    """On desktops whose style gives dialog buttons icons, Fusion put a red cross on Cancel
    and a floppy disk on Save. The app's style sheet turns them off, whatever the desktop."""
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory
    from mapper.ui.app import style_sheet

    class DesktopWithIcons(QProxyStyle):
        def styleHint(self, hint, option=None, widget=None, data=None):
            if hint == QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons:
                return 1
            return super().styleHint(hint, option, widget, data)

    from shiboken6 import Shiboken
    style = DesktopWithIcons(QStyleFactory.create("Fusion"))
    made: list[QDialogButtonBox] = []

    def buttons(sheet: str) -> QDialogButtonBox:
        box = QDialogButtonBox()
        box.setStyle(style)
        box.setStyleSheet(sheet)
        box.setStandardButtons(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        made.append(box)
        return box

    try:
        assert style.styleHint(QStyle.StyleHint.SH_DialogButtonBox_ButtonsHaveIcons) == 1   # the desktop's way
        ours = buttons(style_sheet())
        for button in ours.buttons():
            assert button.icon().isNull(), button.text()
    finally:
        for box in made:           # the boxes go before their style does: no dangling style
            Shiboken.delete(box)


def _preview(which: str, check, sheet: str = "") -> dict:
    from mapper.ui import printing
    seen: dict = {}

    def when_shown():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintPreviewDialog) and w.isVisible())
        if sheet:
            dialog.setStyleSheet(sheet)
        QApplication.processEvents()
        try:
            check(dialog, seen)
        finally:
            dialog.reject()

    QTimer.singleShot(400, when_shown)
    doc = Document(quote_map())
    if which == "map":
        printing.preview_map(None, doc, analyse(doc.map), [])
    else:
        printing.preview_checklist(None, doc, analyse(doc.map))
    return seen


@pytest.mark.parametrize("which", ["map", "checklist"])
def test_previews_show_their_whole_toolbar(app_look, which):
    """At Qt's default size the toolbar overflowed: page setup, print and mapper's own
    switch (fit on one page / critical steps only) hid behind a » button."""
    def check(dialog, seen):
        toolbar = dialog.findChild(QToolBar)
        extension = toolbar.findChild(QToolButton, "qt_toolbarext_button")
        seen["overflow"] = extension is not None and extension.isVisible()
        seen["texts"] = [a.text() for a in toolbar.actions()]
        seen["size"] = (dialog.width(), dialog.height())

    seen = _preview(which, check, app_look)
    assert not seen["overflow"]
    assert seen["size"][0] >= 1000 and seen["size"][1] >= 700
    mine = "Fit on one page" if which == "map" else "Critical steps only"
    assert mine in seen["texts"]


def test_checklist_preview_switches_to_the_critical_steps_card(app_look, monkeypatch):
    from mapper.ui import printing
    painted = []
    real = printing.paint_checklist
    monkeypatch.setattr(printing, "paint_checklist", lambda p, c, *a: (painted.append(c), real(p, c, *a))[1])

    def check(dialog, seen):
        toolbar = dialog.findChild(QToolBar)
        card = next(a for a in toolbar.actions() if a.text() == "Critical steps only")
        full_pages = dialog.findChild(QPrintPreviewWidget).pageCount()
        card.trigger()
        QApplication.processEvents()
        seen["pages"] = (full_pages, dialog.findChild(QPrintPreviewWidget).pageCount())

    seen = _preview("checklist", check, app_look)
    assert painted[0].critical_only is False
    assert painted[-1].critical_only is True
    assert seen["pages"][1] >= 1


def test_export_dialog_fits_its_contents_when_the_format_changes(app_look, tmp_path):
    """PDF -> PNG hides the page settings; the dialog shrinks instead of keeping a gap."""
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, quote_map(), None, [], str(tmp_path / "map.pdf"))
    dialog.setStyleSheet(app_look)
    dialog.show()
    QApplication.processEvents()
    with_pages = dialog.height()
    dialog.path_edit.setText(str(tmp_path / "map.png"))
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.format() == "png"
    assert dialog.height() < with_pages - 60
    dialog.path_edit.setText(str(tmp_path / "map.pdf"))
    for _ in range(3):
        QApplication.processEvents()
    assert dialog.height() >= with_pages - 5
    dialog.close()


def test_export_dialog_stays_open_for_a_name_it_cannot_write(app_look, tmp_path):
    from PySide6.QtWidgets import QDialog
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, quote_map(), None, [], str(tmp_path / "map.png"))
    dialog.setStyleSheet(app_look)
    dialog.show()
    dialog.path_edit.setText(str(tmp_path / "map.jpg"))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert ".jpg" in dialog.summary.text() and ".png" in dialog.summary.text()
    dialog.path_edit.setText(str(tmp_path / "map"))          # no extension: the format's is added
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.path() == str(tmp_path / "map.png")


def test_export_dialog_says_when_there_is_nothing_to_export(app_look, tmp_path):
    from mapper.model import SystemMap
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, SystemMap(), None, [], str(tmp_path / "empty.png"))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert "Nothing to export" in dialog.summary.text() and not save.isEnabled()
    dialog.path_edit.setText(str(tmp_path / "empty.pdf"))
    assert "Nothing to export" in dialog.summary.text() and not save.isEnabled()
    full = ExportDialog(None, quote_map(), None, [], str(tmp_path / "map.png"))
    assert full.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_preview_shows_the_whole_map_even_with_a_step_selected(qapp, monkeypatch):
    """A step left selected by the last click shrank the print preview to that one step.
    The preview shows the whole map and offers the selection as a switch."""
    from mapper.ui import printing
    painted = []
    real = printing.paint_pages
    monkeypatch.setattr(printing, "paint_pages",
                        lambda p, m, options, *a, **k: (painted.append(options.only), real(p, m, options, *a, **k))[1])
    doc = Document(quote_map())

    def check(dialog, seen):
        toolbar = dialog.findChild(QToolBar)
        only = next(a for a in toolbar.actions() if a.text().startswith("Only the selected steps"))
        seen["checked"] = only.isChecked()
        only.trigger()
        QApplication.processEvents()

    seen: dict = {}

    def when_shown():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QPrintPreviewDialog) and w.isVisible())
        try:
            check(dialog, seen)
        finally:
            dialog.reject()

    QTimer.singleShot(400, when_shown)
    printing.preview_map(None, doc, analyse(doc.map), ["call"])
    assert seen["checked"] is False
    assert painted[0] is None              # first the whole map
    assert painted[-1] == {"call"}         # then, when asked, the selection


def test_print_offers_the_selection_but_starts_with_the_whole_map(qapp, monkeypatch):
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
    from mapper.ui import printing
    seen = {}

    class Dialog(printing.QPrintDialog):
        def exec(self):
            seen["range"] = self.printer().printRange()
            seen["offered"] = self.testOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection)
            return printing.QPrintDialog.DialogCode.Rejected

    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    assert not printing.print_map(None, Document(quote_map()), None, ["call"])
    assert seen == {"range": QPrinter.PrintRange.AllPages, "offered": True}


def test_export_offers_the_selection_but_starts_with_the_whole_map(qapp, tmp_path):
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, quote_map(), None, ["call"], str(tmp_path / "map.png"))
    assert dialog.selection_check.isEnabled() and not dialog.selection_check.isChecked()
    assert dialog.options().only is None
    dialog.selection_check.setChecked(True)
    assert dialog.options().only == {"call"}


def test_scale_and_margin_boxes_are_alike(app_look, tmp_path):
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, quote_map(), None, [], str(tmp_path / "map.png"))
    dialog.setStyleSheet(app_look)
    dialog.show()
    QApplication.processEvents()
    assert abs(dialog.margin_spin.width() - dialog.scale_spin.width()) <= 4
    assert dialog.margin_spin.width() >= 90
    dialog.close()


def test_number_boxes_look_like_the_other_fields(app_look, tmp_path):
    """The scale and margin boxes kept Fusion's square sunken frame next to rounded fields."""
    from PySide6.QtGui import QColor
    from mapper.ui.export_dialog import ExportDialog
    dialog = ExportDialog(None, quote_map(), None, [], str(tmp_path / "map.png"))
    dialog.setStyleSheet(app_look)
    dialog.show()
    QApplication.processEvents()
    for box in (dialog.scale_spin, dialog.margin_spin, dialog.path_edit):
        image = box.grab().toImage()
        ratio = box.devicePixelRatioF()
        edge = image.pixelColor(int(box.width() / 2 * ratio), 0)
        corner = image.pixelColor(0, 0)
        def near(c: QColor, hex_: str) -> bool:
            want = QColor(hex_)
            return abs(c.red() - want.red()) + abs(c.green() - want.green()) + abs(c.blue() - want.blue()) < 40
        assert near(edge, "#d9dde4") or near(edge, "#2f7cf6"), edge.name()   # the field border, or focused
        assert corner.name() != edge.name()   # rounded: the very corner is not the border
    dialog.close()

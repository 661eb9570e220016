"""File > Export Image…: PNG, SVG or PDF of the map, with the choices people expect.

The dialog only gathers ``ExportOptions``; the drawing is ``mapper.render.export``
(the same ``paint_map`` as the canvas). Last choices are remembered.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, Qt, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QGridLayout,
                               QFileDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QProgressDialog, QPushButton, QRadioButton, QSpinBox, QVBoxLayout, QWidget)

from mapper.i18n import plural
from mapper.i18n.formatting import format_number, format_percent
from mapper.model import MapFileError, SystemMap
from mapper.render.export import (FORMATS, MAX_PIXELS, MAX_SIDE_PX, PAGE_SIZES, ExportOptions, export_extent,
                                  export_map, image_size, map_picture, page_size_id, plan_pages, set_page_margins)
from mapper.ui.legend_panel import marker_kinds as legend_kinds
from mapper.ui.recent_files import app_settings

def format_title(ext: str) -> str:
    """How the format list names each file type, in the app's language."""
    return {"png": QCoreApplication.translate("ExportDialog", "PNG picture"),
            "svg": QCoreApplication.translate("ExportDialog", "SVG drawing (scalable, text stays text)"),
            "pdf": QCoreApplication.translate("ExportDialog", "PDF document")}[ext]
_KEY = "export/"
DIALOG_MIN_WIDTH = 560
NUMBER_BOX_WIDTH = 96


class ExportProgress:
    """A cancellable progress dialog behind the ``progress(done, total) -> bool`` callback.

    It appears only when the work takes longer than half a second."""

    def __init__(self, parent: QWidget | None, label: str) -> None:
        self.dialog = QProgressDialog(label, QCoreApplication.translate("ExportProgress", "Cancel"), 0, 100, parent)
        self.dialog.setWindowTitle("mapper")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(500)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        from PySide6.QtWidgets import QApplication
        self.dialog.setMaximum(max(1, total))
        self.dialog.setValue(min(done, max(1, total)))
        QApplication.processEvents()
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()


class ExportDialog(QDialog):
    """Where to, which format, and how: scale, background, margin, markers, legend,
    selection, and for PDF the page size, orientation and fit-or-tile."""

    def __init__(self, parent: QWidget | None, m: SystemMap, report=None, selected_ids=(),
                 suggested_path: str = "", marker_kinds=None) -> None:
        super().__init__(parent)
        # The badge kinds switched on on the canvas (None: all); the kind switches start from them.
        self.start_kinds = None if marker_kinds is None else frozenset(marker_kinds)
        self.setWindowTitle(self.tr("Export Map"))
        self.map = m
        self.report = report
        self.selected_ids = list(selected_ids or ())
        s = app_settings()

        self.path_edit = QLineEdit(suggested_path)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.format_combo = QComboBox()
        for ext in FORMATS:
            self.format_combo.addItem(format_title(ext), ext)
        last = str(s.value(_KEY + "format", "png"))
        self.format_combo.setCurrentIndex(FORMATS.index(last) if last in FORMATS else 0)

        self.scale_spin = QDoubleSpinBox()
        self.scale_spin.setRange(0.5, 8.0)
        self.scale_spin.setSingleStep(0.5)
        self.scale_spin.setDecimals(1)
        self.scale_spin.setSuffix(" ×")
        self.scale_spin.setValue(_float(s.value(_KEY + "scale", 2.0), 2.0))
        self.scale_note = QLabel()
        scale_row = QHBoxLayout()
        scale_row.addWidget(self.scale_spin)
        scale_row.addWidget(self.scale_note, 1)

        self.margin_spin = QSpinBox()
        self.margin_spin.setRange(0, 400)
        self.margin_spin.setSuffix(" " + self.tr("px"))
        self.margin_spin.setValue(int(_float(s.value(_KEY + "margin", 24), 24)))

        self.title_check = QCheckBox(self.tr("The map's title above it"))
        self.title_check.setChecked(_bool(s.value(_KEY + "title", True)))
        self.transparent_check = QCheckBox(self.tr("Transparent background"))
        self.transparent_check.setChecked(_bool(s.value(_KEY + "transparent", False)))
        self.markers_check = QCheckBox(self.tr("Markers"))
        self.markers_check.setChecked(_bool(s.value(_KEY + "markers", True)))
        # One switch per kind, as on the canvas's legend: what is hidden there is left out here.
        self.kind_checks: dict[str, QCheckBox] = {}
        # Three to a row: six in one row were squeezed below their text in longer languages.
        kinds_row = QGridLayout()
        kinds_row.setContentsMargins(22, 0, 0, 0)
        for i, (kind, name, _meaning) in enumerate(legend_kinds()):
            box = QCheckBox(name)
            box.setChecked(self.start_kinds is None or kind in self.start_kinds)
            self.kind_checks[kind] = box
            kinds_row.addWidget(box, i // 3, i % 3)
        kinds_row.setColumnStretch(3, 1)
        self.legend_check = QCheckBox(self.tr("Legend of the markers"))
        self.legend_check.setChecked(_bool(s.value(_KEY + "legend", True)))
        self.selection_check = QCheckBox(self.tr("Only the selected steps ({n})").format(n=len(self.selected_ids)))
        self.selection_check.setEnabled(bool(self.selected_ids))
        # Offered, not ticked: a step left selected by the last click must not turn
        # "export the map" into a picture of one step.
        self.selection_check.setChecked(False)

        self.page_combo = QComboBox()
        self.page_combo.addItems(list(PAGE_SIZES))
        self.page_combo.setCurrentText(str(s.value(_KEY + "page_size", "A4")))
        self.landscape_radio = QRadioButton(self.tr("Landscape"))
        self.portrait_radio = QRadioButton(self.tr("Portrait"))
        (self.landscape_radio if _bool(s.value(_KEY + "landscape", True)) else self.portrait_radio).setChecked(True)
        orient = QButtonGroup(self)
        orient.addButton(self.landscape_radio)
        orient.addButton(self.portrait_radio)
        self.fit_radio = QRadioButton(self.tr("Fit on one page"))
        self.tile_radio = QRadioButton(self.tr("Tile across pages at the chosen scale"))
        (self.tile_radio if s.value(_KEY + "pages", "fit") == "tile" else self.fit_radio).setChecked(True)
        pages = QButtonGroup(self)
        pages.addButton(self.fit_radio)
        pages.addButton(self.tile_radio)
        orient_row = QHBoxLayout()
        orient_row.addWidget(self.landscape_radio)
        orient_row.addWidget(self.portrait_radio)
        orient_row.addStretch(1)

        self.pdf_box = QGroupBox(self.tr("Pages (PDF)"))
        pdf_form = QFormLayout(self.pdf_box)
        pdf_form.addRow(self.tr("Paper:"), self.page_combo)
        pdf_form.addRow(self.tr("Orientation:"), orient_row)
        pdf_form.addRow(self.fit_radio)
        pdf_form.addRow(self.tile_radio)

        self.summary = QLabel()
        self.summary.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Save as:"), path_row)
        form.addRow(self.tr("Format:"), self.format_combo)
        form.addRow(self.tr("Scale:"), scale_row)
        # Scale and margin are small numbers: two boxes of one width, not one stretched bar.
        margin_row = QHBoxLayout()
        margin_row.addWidget(self.margin_spin)
        margin_row.addStretch(1)
        for spin in (self.scale_spin, self.margin_spin):
            spin.setMinimumWidth(NUMBER_BOX_WIDTH)
        form.addRow(self.tr("Margin:"), margin_row)
        form.addRow(self.title_check)
        form.addRow(self.transparent_check)
        form.addRow(self.markers_check)
        form.addRow(kinds_row)
        form.addRow(self.legend_check)
        form.addRow(self.selection_check)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 14)
        layout.setSpacing(10)
        layout.addLayout(form)
        layout.addWidget(self.pdf_box)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)

        for w in (self.format_combo, self.page_combo):
            w.currentIndexChanged.connect(self._update)
        for w in (self.scale_spin, self.margin_spin):
            w.valueChanged.connect(self._update)
        for w in (self.markers_check, self.legend_check, self.selection_check, self.landscape_radio,
                  self.tile_radio, self.transparent_check, self.title_check, *self.kind_checks.values()):
            w.toggled.connect(self._update)
        # Wide enough to read a whole path in "Save as" (it was cut to "…ing operating system.png").
        self.setMinimumWidth(DIALOG_MIN_WIDTH)
        self.format_combo.currentIndexChanged.connect(self._sync_extension)
        self.path_edit.textChanged.connect(self._sync_format)
        # A complaint about the name goes away as soon as the name is being fixed.
        self.path_edit.textChanged.connect(lambda _: self._update() if self.summary.styleSheet() else None)
        self._sync_format(self.path_edit.text())
        self._sync_extension()
        self._update()

    def accept(self) -> None:
        """Save, unless the name cannot work: no name at all, or a type mapper cannot write
        (say so here, with the dialog still open, instead of failing after it closed)."""
        path = self.path()
        ext = os.path.splitext(path)[1].lower().lstrip(".")
        if not path:
            self._complain(self.tr("Type a file name, or choose one."))
            return
        if not ext:
            self.path_edit.setText(f"{path}.{self.format()}")
        elif ext not in FORMATS:
            self._complain(self.tr("mapper cannot write .{ext} files: end the name with .png, .svg or .pdf.").format(ext=ext))
            return
        super().accept()

    def _complain(self, text: str) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet("color: #c0392b;")
        self.path_edit.setFocus()

    # -- reading the choices -------------------------------------------------------
    def format(self) -> str:
        return self.format_combo.currentData()

    def path(self) -> str:
        return self.path_edit.text().strip()

    def marker_kinds(self) -> frozenset[str]:
        """The badge kinds ticked; notes ("info", no switch of their own) as on the canvas."""
        kinds = {k for k, box in self.kind_checks.items() if box.isChecked()}
        if self.start_kinds is None or "info" in self.start_kinds:
            kinds.add("info")
        return frozenset(kinds)

    def options(self) -> ExportOptions:
        return ExportOptions(
            scale=self.scale_spin.value(), transparent=self.transparent_check.isChecked(),
            margin=float(self.margin_spin.value()), markers=self.markers_check.isChecked(),
            marker_kinds=self.marker_kinds(),
            legend=self.legend_check.isChecked() and self.markers_check.isChecked(),
            only=set(self.selected_ids) if self.selection_check.isChecked() and self.selected_ids else None,
            page_size=self.page_combo.currentText(), landscape=self.landscape_radio.isChecked(),
            pages="tile" if self.tile_radio.isChecked() else "fit", title=self.title_check.isChecked())

    def remember(self) -> None:
        o = self.options()
        s = app_settings()
        for key, value in (("format", self.format()), ("scale", o.scale), ("margin", o.margin),
                           ("transparent", o.transparent), ("markers", o.markers),
                           ("legend", self.legend_check.isChecked()), ("page_size", o.page_size),
                           ("landscape", o.landscape), ("pages", o.pages), ("title", o.title),
                           ("folder", str(Path(self.path()).parent) if self.path() else "")):
            s.setValue(_KEY + key, value)

    # -- keeping it consistent ---------------------------------------------------
    def _browse(self) -> None:
        ext = self.format()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export Map"), self.path(),
                                              f"{format_title(ext)} (*.{ext})")
        if path:
            self.path_edit.setText(path)

    def _sync_extension(self) -> None:
        p = self.path()
        if p:
            want = "." + self.format()
            base, ext = os.path.splitext(p)
            if ext.lower() != want:
                self.path_edit.blockSignals(True)
                self.path_edit.setText((base if ext.lower().lstrip(".") in FORMATS else p) + want)
                self.path_edit.blockSignals(False)

    def _sync_format(self, text: str) -> None:
        ext = os.path.splitext(text.strip())[1].lower().lstrip(".")
        if ext in FORMATS and ext != self.format():
            self.format_combo.blockSignals(True)
            self.format_combo.setCurrentIndex(list(FORMATS).index(ext))
            self.format_combo.blockSignals(False)
            self._update()

    def _update(self) -> None:
        fmt = self.format()
        o = self.options()
        self.transparent_check.setEnabled(fmt in ("png", "svg"))
        self.legend_check.setEnabled(self.markers_check.isChecked())
        for box in self.kind_checks.values():
            box.setEnabled(self.markers_check.isChecked())
        if self.pdf_box.isVisibleTo(self) != (fmt == "pdf"):
            self.pdf_box.setVisible(fmt == "pdf")
            # Shrink (or grow) to the new contents: switching PDF -> PNG left a big empty gap.
            QTimer.singleShot(0, self.adjustSize)
        self.scale_spin.setEnabled(fmt != "pdf" or self.tile_radio.isChecked())
        self.summary.setStyleSheet("")
        ok = True
        # Routes and labels once per change of options, not once per figure shown.
        picture = map_picture(self.map, o, self.report)
        if export_extent(self.map, o, self.report, picture).isEmpty():
            # Say so before Save, not with an error after it ("Picture: 1 × 1 pixels").
            self.scale_note.setText("")
            self.summary.setText(self.tr("Nothing to export yet: the selected steps have no steps.") if o.only is not None
                                 else self.tr("Nothing to export yet: the map has no steps."))
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return
        if fmt == "png":
            self.scale_note.setText(self.tr("{dpi} dpi").format(dpi=round(96 * o.scale)))
            size = image_size(self.map, o, self.report, picture)
            w, h = size.width(), size.height()
            if w > MAX_SIDE_PX or h > MAX_SIDE_PX or w * h > MAX_PIXELS:
                text = self.tr("The picture would be {w} × {h} pixels: too big to make. "
                               "Choose a smaller scale, or export a PDF or SVG.").format(w=format_number(w), h=format_number(h))
                self.summary.setStyleSheet("color: #c0392b;")
                ok = False
            else:
                text = self.tr("Picture: {w} × {h} pixels.").format(w=format_number(w), h=format_number(h))
        elif fmt == "svg":
            self.scale_note.setText(self.tr("size of the drawing; text stays searchable"))
            text = self.tr("Vector drawing: sharp at any size; opens in browsers, Inkscape and Illustrator.")
        else:
            # Tiles are drawn at scale / 2 of the on-screen size (scale 2 = as big as on screen).
            self.scale_note.setText(self.tr("= {percent} of the on-screen size on paper").format(
                percent=format_percent(o.scale / 2)) if o.pages == "tile" else self.tr("only used when tiling"))
            count = pdf_page_count(self.map, o, self.report, picture)
            if o.landscape:
                text = plural(count, self.tr("{n} page of {size} landscape."), self.tr("{n} pages of {size} landscape."))
            else:
                text = plural(count, self.tr("{n} page of {size} portrait."), self.tr("{n} pages of {size} portrait."))
            text = text.format(n=count, size=o.page_size)
        self.summary.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)


def pdf_page_count(m: SystemMap, options: ExportOptions, report=None, picture=None) -> int:
    """How many pages the PDF will have (the same page arithmetic as the export)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageSize(QPageSize(page_size_id(options.page_size)))
    writer.setPageOrientation(QPageLayout.Orientation.Landscape if options.landscape
                              else QPageLayout.Orientation.Portrait)
    set_page_margins(writer)
    return plan_pages(m, options, report, writer, picture=picture).page_count


def run_export(parent: QWidget | None, m: SystemMap, path: str, options: ExportOptions, report=None) -> bool:
    """Export with a cancellable progress dialog; problems are shown, not raised.
    True when the file was written."""
    from mapper.ui import messages
    progress = ExportProgress(parent, QCoreApplication.translate("ExportDialog", "Exporting {name}…").format(name=Path(path).name))
    try:
        return export_map(m, path, options, report, progress)
    except MapFileError as e:
        messages.show_error(parent, QCoreApplication.translate("ExportDialog", "Export failed"), str(e))
        return False
    finally:
        progress.close()


def export_map_dialog(parent: QWidget | None, document, report, selected_ids, marker_kinds=None) -> bool:
    """The File > Export Map… dialog. True when a file was written. ``marker_kinds``:
    the badge kinds switched on on the canvas (the dialog starts from them)."""
    s = app_settings()
    folder = str(s.value(_KEY + "folder", "")) or (str(Path(document.path).parent) if document.path else "")
    stem = Path(document.path).stem if document.path else (document.map.title or "map")
    fmt = str(s.value(_KEY + "format", "png"))
    suggested = os.path.join(folder or os.path.expanduser("~"), f"{_safe_name(stem)}.{fmt if fmt in FORMATS else 'png'}")
    dialog = ExportDialog(parent, document.map, report, selected_ids, suggested, marker_kinds)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.path():
        return False
    dialog.remember()
    return run_export(parent, document.map, dialog.path(), dialog.options(), report)


def _safe_name(text: str) -> str:
    cleaned = "".join(c if c.isalnum() or c in " -_." else "-" for c in text).strip(" .")
    return cleaned or "map"


def _float(v, default: float) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def _bool(v) -> bool:
    if isinstance(v, str):
        return v.lower() in ("true", "1", "yes")
    return bool(v)

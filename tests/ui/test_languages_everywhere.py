"""The whole app in Italian, French and Chinese: the main window and every dialog,
panel and question it can show, opened with the language installed.

For each language the test opens the same things twice, in English and in the
language, and checks:
- menu titles, menu entries, buttons, window titles, group and tab titles differ
  from the English (a string that is not marked with tr(), or not translated, is
  the same in both);
- no label or button text is wider than its widget at the size it is shown
  (QFontMetrics for plain text, a QTextDocument for rich text; a button's own size
  hint is what its text needs, measured the same way by the style).

The English run checks the fit too, so the measuring itself is known to be sound.
"""

from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrintPreviewDialog
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog, QDockWidget, QFileDialog, QGroupBox, QHeaderView,
                               QInputDialog,
                               QLabel, QLineEdit, QMenu, QMessageBox, QPlainTextEdit, QPushButton, QRadioButton,
                               QTabBar, QToolButton, QWidget)

from mapper import i18n
from tests.ui.test_window_fixtures import data_dir, speak  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample_maps" / "webinar-marketing.json"
LANGUAGES = ["it", "fr", "zh_CN"]

#: Texts a language rightly writes as English does (accelerators and "…" aside).
#: Words a language really writes as English does ("Portrait" is the French word for it too).
SAME_IN = {"it": {"File", "OK"}, "fr": {"Note", "OK", "Portrait"}, "zh_CN": set()}
#: The map's own words (step texts, branch labels, metric names) are shown as written.
_SAMPLE = json.loads(SAMPLE.read_text(encoding="utf-8"))
MAP_WORDS = {" ".join(str(x.get(k) or "").split()) for x in _SAMPLE.get("steps", []) + _SAMPLE.get("arrows", [])
             for k in ("text", "label")} | {_SAMPLE.get("title", "")}
#: What must differ from the English; labels are not in it (they also show the map's own words).
STRICT_ROLES = ("menu", "action", "button", "title", "group", "tab")


@dataclass
class Surface:
    """What one window, dialog or question showed: its texts by role, and what did not fit."""
    texts: list[tuple[str, str]] = field(default_factory=list)
    unfit: list[str] = field(default_factory=list)


def _plain(text: str) -> str:
    return re.sub(r"\(&\w\)", "", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def _is_map_words(text: str) -> bool:
    return " ".join(_plain(text).split()) in MAP_WORDS


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _label_needs(label: QLabel) -> float:
    text = label.text()
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
    if rich:
        doc = QTextDocument()
        doc.setDefaultFont(label.font())
        doc.setDocumentMargin(0)
        doc.setHtml(text)
        return doc.idealWidth()
    metrics = QFontMetrics(label.font())
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def _where(widget: QWidget) -> str:
    names = []
    w = widget
    while w is not None and len(names) < 4:
        names.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(names))


def _unfit(top: QWidget) -> list[str]:
    """Labels and buttons whose text is wider than the widget shows."""
    out = []
    for w in [top] + top.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        if isinstance(w, QLabel):
            if not w.text() or w.wordWrap() or not _has_words(w.text()):
                continue
            if w.textFormat() != Qt.TextFormat.PlainText and "<a " in w.text() and w.width() >= w.maximumWidth():
                continue
            needs = _label_needs(w)
            has = w.contentsRect().width() - 2 * w.margin() - max(0, w.indent())
            if needs > has + 1:
                out.append(f"label {w.text()[:60]!r} at {_where(w)}: needs {needs:.0f} px, has {has}")
        elif isinstance(w, (QPushButton, QCheckBox, QRadioButton)) or (
                isinstance(w, QToolButton) and w.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly):
            if not _has_words(w.text()):
                continue
            metrics = QFontMetrics(w.font())
            text_width = max(metrics.horizontalAdvance(line) for line in _plain(w.text()).split("\n"))
            # The style's size hint is the text's width (by these metrics) plus its padding and icon.
            needs = max(w.sizeHint().width(), text_width)
            if needs > w.width() + 1:
                out.append(f"button {w.text()!r} at {_where(w)}: needs {needs} px, has {w.width()}")
        elif isinstance(w, QHeaderView) and w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
            # A table's column headings ("Responsabile" is wider than "Owner").
            for i in range(w.count()):
                text = w.model().headerData(i, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
                if w.isSectionHidden(i) or w.sectionSize(i) <= 0 or not isinstance(text, str) or not _has_words(text):
                    continue
                # What the style needs for the heading: its text (in the heading's own font) and padding.
                needs = w.sectionSizeFromContents(i).width()
                if needs > w.sectionSize(i) + 1:
                    out.append(f"heading {text!r} at {_where(w)}: needs {needs} px, has {w.sectionSize(i)}")
    return out


def _names_only(menu: QMenu, window) -> bool:
    """Menus whose entries are names, not words: recent files, and the languages (each in its own)."""
    data = {a.data() for a in menu.actions() if not a.isSeparator()}
    return menu is window.recent_menu or (bool(data) and data <= {""} | set(i18n.LANGUAGES))


def _menu_texts(menu: QMenu, out: list[tuple[str, str]], window) -> None:
    out.append(("menu", menu.title()))
    if _names_only(menu, window):
        return
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            _menu_texts(action.menu(), out, window)
        else:
            out.append(("action", action.text()))


def inspect(top: QWidget, surface: Surface | None = None, window_title: bool = True) -> Surface:
    """Every text ``top`` shows, by role, and the ones that do not fit."""
    s = surface or Surface()
    QApplication.processEvents()
    if window_title and top.isWindow() and top.windowTitle():
        s.texts.append(("title", top.windowTitle()))
    for w in [top] + top.findChildren(QWidget):
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) and _has_words(w.text()):
            s.texts.append(("button", w.text()))
        elif isinstance(w, QLabel) and _has_words(w.text()):
            s.texts.append(("label", w.text()))
        elif isinstance(w, QGroupBox) and w.title():
            s.texts.append(("group", w.title()))
        elif isinstance(w, QDockWidget):
            s.texts.append(("title", w.windowTitle()))
        elif isinstance(w, QTabBar):
            s.texts += [("tab", w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, (QLineEdit, QPlainTextEdit)) and w.placeholderText():
            s.texts.append(("placeholder", w.placeholderText()))
    s.unfit += _unfit(top)
    return s


@pytest.fixture
def modal(monkeypatch):
    """Every modal dialog and question is shown, inspected while shown, closed and
    answered "cancel": ``modal.seen`` holds what each one showed, in order."""
    class Modal:
        def run(self, dialog) -> int:
            dialog.show()
            QApplication.processEvents()
            self.seen.append(inspect(dialog))
            dialog.hide()
            return 0

    m = Modal()
    m.seen = []
    for cls in (QDialog, QMessageBox, QPrintPreviewDialog, QPrintDialog):
        monkeypatch.setattr(cls, "exec", lambda self, m=m: m.run(self))

    def about(parent, title, text):
        m.seen.append(Surface(texts=[("title", title), ("label", text)]))
    monkeypatch.setattr(QMessageBox, "about", about)

    def save_name(parent, title, folder="", filters="", chosen="", *args, **kwargs):
        m.seen.append(Surface(texts=[("title", title)] + [("button", f) for f in filters.split(";;") if f]))
        return "", ""
    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)

    def item(parent, title, label, *args, **kwargs):
        m.seen.append(Surface(texts=[("title", title), ("label", label)]))
        return "", False
    monkeypatch.setattr(QInputDialog, "getItem", item)
    return m


def _open_everything(window, modal, qtbot) -> dict[str, Surface]:
    """The main window with a map, then every dialog, panel and question, one by one."""
    from mapper.ui import messages, printing
    from mapper.ui.brainstorm_dialog import BrainstormDialog
    from mapper.ui.canvas.connect_dialog import ConnectDialog
    from mapper.ui.export_dialog import ExportDialog
    from mapper.ui.shortcuts_dialog import ShortcutsDialog
    from mapper.ui.start_dialog import StartDialog
    found: dict[str, Surface] = {}

    main = Surface()
    for menu in window.menus:
        _menu_texts(menu, main.texts, window)
    inspect(window, main, window_title=False)
    found["main window"] = main

    def dialog(name: str, widget: QWidget) -> None:
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        found[name] = inspect(widget)
        widget.close()

    def asked(name: str, ask) -> None:
        start = len(modal.seen)
        ask()
        assert len(modal.seen) > start, f"{name}: nothing was shown"
        merged = Surface()
        for s in modal.seen[start:]:
            merged.texts += s.texts
            merged.unfit += s.unfit
        found[name] = merged

    def panel(name: str, dock: QDockWidget, opener=None) -> None:
        (opener or dock.show)()
        dock.raise_()
        qtbot.wait(50)
        found[name] = inspect(dock)

    m = window.document.map
    dialog("start dialog", StartDialog([], window))
    dialog("brainstorm", BrainstormDialog(window))
    dialog("export", ExportDialog(window, m, window.report, [m.steps[0].id]))
    dialog("shortcuts", ShortcutsDialog(window.shortcut_sections(), window))
    source = next(s.id for s in m.steps if s.kind != "note")
    dialog("connect to", ConnectDialog(m, source, window))
    asked("checklist export", lambda: printing.export_checklist_dialog(window, window.document, window.report))
    asked("checklist preview", lambda: printing.preview_checklist(window, window.document, window.report))
    asked("print preview", lambda: printing.preview_map(window, window.document, window.report, [source]))
    asked("about", window.show_about)
    asked("recovery offer", lambda: messages.ask_recover(window, "Plan", "2026-12-06T10:00:00"))
    asked("recovered beside a newer file", lambda: messages.tell_recovered_beside_newer(window, "plan.json"))
    asked("lock question", lambda: messages.ask_open_locked(window, "plan.json", "ann", "desk-7", "10:00"))
    asked("changed on disk, save anyway", lambda: messages.ask_overwrite_changed(window, "plan.json"))
    asked("save changes", lambda: messages.ask_save_changes(window, "plan.json"))
    asked("choose a page", lambda: messages.ask_page(window, "plan.drawio", ["One", "Two"]))
    window.show_accountability()
    panel("accountability", window.accountability_dock)
    panel("weekly review", window.scorecard_dock, window.show_scorecard)
    panel("funnel", window.funnel_dock)
    panel("findings", window.findings_dock)
    panel("your system", window.guide_dock)
    window.show_review()
    qtbot.waitExposed(window.review_view)
    found["quarterly review"] = inspect(window.review_view)
    window.review_view.close()
    window.shared_file.banner.show_changed("plan.json")
    found["changed-on-disk banner"] = inspect(window.shared_file.banner)
    window.shared_file.banner.show_removed("plan.json")
    found["removed-on-disk banner"] = inspect(window.shared_file.banner)
    window.shared_file.banner.hide()
    return found


@pytest.fixture
def open_all(qtbot, data_dir, tmp_path, modal):
    """Build a main window with the sample map in the installed language and open everything."""
    from mapper.ui.main_window import MainWindow
    made = []

    def build() -> dict[str, Surface]:
        from mapper.ui.recent_files import app_settings
        app_settings().clear()   # each build starts alike: no window state kept from the last one
        path = tmp_path / f"plan-{len(made)}.json"
        shutil.copyfile(SAMPLE, path)
        window = MainWindow()
        made.append(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_any(str(path), ask=False)
        window.report = window.runner.fresh_report(window) or window.report
        qtbot.wait(50)
        return _open_everything(window, modal, qtbot)

    yield build
    for w in made:
        w.document.undo_stack.setClean()
        w.close()
        w.deleteLater()


_english: dict[str, Surface] = {}


def _english_surfaces(speak, open_all) -> dict[str, Surface]:
    if not _english:
        speak("en")
        _english.update(open_all())
    return _english


def test_everything_fits_in_english(speak, open_all):
    """The sanity run: the measuring finds nothing in the language the app is written in."""
    surfaces = _english_surfaces(speak, open_all)
    assert len(surfaces) >= 20
    unfit = [f"{name}: {problem}" for name, s in surfaces.items() for problem in s.unfit]
    assert not unfit, "\n".join(unfit)
    # The inspection is not empty: menus, buttons and titles were all found.
    roles = {role for s in surfaces.values() for role, _ in s.texts}
    assert {"menu", "action", "button", "title", "label", "tab"} <= roles


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_window_and_dialog_speaks_the_language_and_fits(speak, open_all, code):
    english = _english_surfaces(speak, open_all)
    assert speak(code) == code
    translated = open_all()
    assert set(translated) == set(english)
    problems = []
    for name, surface in translated.items():
        problems += [f"{name}: does not fit: {p}" for p in surface.unfit]
        for role in STRICT_ROLES:
            mine = [t for r, t in surface.texts if r == role and not _is_map_words(t)]
            theirs = [t for r, t in english[name].texts if r == role and not _is_map_words(t)]
            if len(mine) != len(theirs):
                problems.append(f"{name}: {len(mine)} {role}s in {code} but {len(theirs)} in English")
                continue
            for text, english_text in zip(mine, theirs):
                plain = _plain(english_text)
                if text == english_text and _has_words(plain) and plain.rstrip("…. ") not in SAME_IN[code]:
                    problems.append(f"{name}: {role} {english_text!r} is still English")
    assert not problems, f"{len(problems)} problems in {code}:\n" + "\n".join(problems)


def test_the_fit_check_sees_a_squeezed_button_and_label(qtbot):
    """The measuring is not vacuous: a button or label narrower than its text is reported."""
    holder = QWidget()
    qtbot.addWidget(holder)
    button = QPushButton("A rather long button text", holder)
    button.setFixedWidth(40)
    label = QLabel("<b>A rather long label in bold</b>", holder)
    label.setFixedWidth(40)
    roomy = QLabel("Fits", holder)
    roomy.move(0, 60)
    roomy.setFixedWidth(200)
    holder.show()
    qtbot.waitExposed(holder)
    unfit = _unfit(holder)
    assert len(unfit) == 2 and unfit[0].startswith("button") and unfit[1].startswith("label"), unfit

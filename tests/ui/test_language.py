"""The app in Italian, French and Chinese: Qt's translators are installed for the
chosen language, the menu titles and the start dialog's buttons speak it, Qt's own
standard buttons too, and View > Language remembers a choice."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from mapper.i18n.formatting import format_number
from mapper.ui import language
from tests.ui.test_window_fixtures import answers, data_dir, make_window, speak  # noqa: F401

MENUS = {
    "en": ["&File", "&Edit", "&View", "&Arrange", "&Help"],
    "it": ["&File", "&Modifica", "&Visualizza", "&Disponi", "&Aiuto"],
    "fr": ["&Fichier", "&Édition", "&Affichage", "&Disposition", "&Aide"],
    "zh_CN": ["文件(&F)", "编辑(&E)", "视图(&V)", "排列(&A)", "帮助(&H)"],
}
START_BUTTONS = {"it": ("Crea", "Annulla"), "fr": ("Créer", "Annuler"), "zh_CN": ("创建", "取消")}


@pytest.mark.parametrize("code", ["it", "fr", "zh_CN"])
def test_menu_titles_speak_the_language(speak, make_window, code):
    assert speak(code) == code
    window = make_window()
    titles = [menu.title() for menu in window.menus]
    assert titles == MENUS[code]
    assert all(t != e for t, e in zip(titles, MENUS["en"]) if t != "&File")   # Italian keeps "File"
    assert window.findChildren(type(window.menus[0]))   # sub-menus built too


def test_english_menus_without_a_translation(speak, make_window):
    speak("en")
    assert [m.title() for m in make_window().menus] == MENUS["en"]


@pytest.mark.parametrize("code", ["it", "fr", "zh_CN"])
def test_start_dialog_buttons_and_qt_s_own_buttons_speak_the_language(speak, qtbot, code):
    from mapper.ui.start_dialog import StartDialog
    speak(code)
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    create, cancel = START_BUTTONS[code]
    assert dialog.create_button.text() == create
    assert {b.text() for b in dialog.findChildren(type(dialog.create_button))} >= {create, cancel}
    # Qt's standard buttons come from qtbase_<code>.qm, shipped with PySide6.
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Close).text() not in ("Close", "&Close")
    assert box.button(QDialogButtonBox.StandardButton.Save).text() not in ("Save", "&Save")


@pytest.mark.parametrize("code", ["it", "fr", "zh_CN"])
def test_the_analysis_speaks_the_app_s_language(speak, code):
    from mapper.analysis import analyse
    from mapper.model import SystemMap, Step
    speak(code)
    findings = analyse(SystemMap(steps=[Step(id="a", kind="activity", text="Alone")])).findings
    messages = {f.rule: f.message for f in findings}
    assert not messages["start-required"].startswith("The map has no start")
    assert "Alone" in messages["disconnected"] and "not connected" not in messages["disconnected"]


def test_the_language_follows_the_system_until_the_owner_picks_one(speak, monkeypatch, data_dir):
    monkeypatch.setattr(language, "system_language", lambda: "fr")
    assert language.saved_choice() == ""
    assert language.chosen_language() == "fr"
    language.app_settings().setValue(language.SETTING, "zh_CN")
    assert language.chosen_language() == "zh_CN"


def test_view_language_remembers_the_choice_and_says_when_it_applies(speak, make_window, monkeypatch):
    speak("en")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    window = make_window()
    view = window.view_menu
    sub = next(a.menu() for a in view.actions() if a.menu() is not None and a.menu().title() == "&Language")
    entries = {a.data(): a for a in sub.actions() if not a.isSeparator()}
    assert set(entries) == {"", "en", "it", "fr", "zh_CN"}
    assert entries[""].isChecked()          # follows the system at first
    assert entries["it"].text() == "Italiano"
    entries["it"].trigger()
    assert language.saved_choice() == "it"
    assert told and "Italiano" in told[0] and "next time" in told[0]
    assert window.document is not None and window.isVisible()   # the open map stays open
    entries["it"].trigger()                 # choosing it again says nothing more
    assert len(told) == 1


@pytest.mark.parametrize("code", ["en", "it", "fr", "zh_CN"])
def test_qt_numbers_agree_with_mapper_s_own_formatting(speak, code):
    speak(code)
    for x in (0.5, 12345.5, -1234567.25):
        assert format_number(x, 2) == QLocale().toString(x, "f", 2)
    assert QApplication.instance() is not None


def _too_wide(dialog) -> list[str]:
    """Texts wider than the widget that shows them (labels that do not wrap, buttons, list rows)."""
    from PySide6.QtWidgets import QLabel, QListWidget, QPushButton
    out = []
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text() and not label.wordWrap() and label.pixmap().isNull():
            if label.fontMetrics().horizontalAdvance(label.text()) > label.contentsRect().width():
                out.append(label.text())
    for button in dialog.findChildren(QPushButton):
        if button.isVisible() and button.fontMetrics().horizontalAdvance(button.text()) + 12 > button.width():
            out.append(button.text())
    for view in dialog.findChildren(QListWidget):
        room = view.viewport().width() - 2 * view.spacing() - 8
        for row in range(view.count()):
            if view.fontMetrics().horizontalAdvance(view.item(row).text()) > room:
                out.append(view.item(row).text())
    return out


@pytest.mark.parametrize("code", ["en", "it", "fr", "zh_CN"])
def test_start_dialog_texts_fit_their_widgets(speak, qtbot, code):
    from mapper.ui.start_dialog import StartDialog
    speak(code)
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _too_wide(dialog) == []

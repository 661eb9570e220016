"""The app's language: chosen from the system locale unless the owner picked one
in View > Language (remembered in the settings), installed as Qt translators
(mapper's own strings and Qt's standard dialogs and buttons), and handed to
``mapper.i18n`` so the analysis and checklists speak the same language.

Changing it asks for a restart, said plainly: the open map stays as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from mapper import i18n
from mapper.i18n import LANGUAGES, match_language
from mapper.render.language import install_qt_translators
from mapper.ui.recent_files import app_settings

#: The settings key; "" (or absent) follows the system.
SETTING = "language"

def saved_choice() -> str:
    """The language the owner picked ("" when mapper follows the system)."""
    value = app_settings().value(SETTING, "")
    return match_language(value if isinstance(value, str) else "") or ""


def system_language() -> str:
    """The first language of the system's preferred list that mapper speaks, else English."""
    for name in QLocale.system().uiLanguages():
        found = match_language(name)
        if found:
            return found
    return "en"


def chosen_language() -> str:
    return saved_choice() or system_language()


def install_translators(app: QCoreApplication, code: str | None = None) -> str:
    """Speak ``code`` (default: the owner's choice or the system's language): Qt's own
    strings, mapper's, and the Qt-free layers'; numbers follow its locale. Returns the code."""
    code = match_language(code) or chosen_language()
    i18n.set_language(code)
    return install_qt_translators(app, code)


def add_language_menu(parent: QWidget, menu: QMenu) -> QMenu:
    """A Language submenu of ``menu``: System, then each language in its own name.
    Picking one remembers it and says plainly that it applies at the next start."""
    sub = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(sub)
    current = saved_choice()
    system = system_language()
    entries = [("", QCoreApplication.translate("Language", "System ({language})").format(
        language=LANGUAGES[system]))]
    entries += [(code, name) for code, name in LANGUAGES.items()]
    for code, label in entries:
        action = QAction(label, sub)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        sub.addAction(action)
        if code == "":
            sub.addSeparator()
    group.triggered.connect(lambda action: choose_language(parent, action.data()))
    return sub


def choose_language(parent: QWidget | None, code: str) -> None:
    """Remember ``code`` ("" = follow the system) and tell the owner when it applies."""
    if code == saved_choice():
        return
    settings = app_settings()
    settings.setValue(SETTING, code)
    settings.sync()
    new = code or system_language()
    if new == i18n.language():
        return
    QMessageBox.information(
        parent, QCoreApplication.translate("Language", "Language"),
        QCoreApplication.translate(
            "Language", "mapper will speak {language} the next time it starts. "
            "Your open map stays open as it is; nothing is lost.").format(language=LANGUAGES[new]))

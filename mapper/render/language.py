"""Qt's translators for one language: mapper's own strings (``mapper_<code>.qm``)
and Qt's (``qtbase_<code>.qm``, shipped with PySide6), with Qt's default locale to
match. The app installs them at start-up; headless export and checklists install
them too, so what render draws speaks the language of the command line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mapper import i18n

_installed: list[QTranslator] = []


def install_qt_translators(app: QCoreApplication, code: str) -> str:
    """Replace the translators mapper installed before with those of ``code`` (a code of
    ``mapper.i18n.LANGUAGES``; anything else means English). Returns the code used."""
    code = i18n.match_language(code) or "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    if code == "en":
        return code
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_folder),
                         (f"mapper_{code}", str(i18n.translation_file(code, ".qm").parent))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return code

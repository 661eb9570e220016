"""Starting the app: ``mapper`` (start dialog) and ``mapper FILE``."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from mapper.resource_files import resource_file

STYLE_SHEET = resource_file("style/style.qss")


def style_sheet() -> str:
    """The app's style sheet, its images given by absolute path (QSS urls are not
    relative to the sheet)."""
    icons = resource_file("icons").as_posix()
    return STYLE_SHEET.read_text(encoding="utf-8").replace("@ICONS@", icons)


def make_app(argv: list[str] | None = None) -> QApplication:
    """The QApplication with mapper's names, fonts and light look (idempotent)."""
    app = QApplication.instance()
    if app is None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("mapper")
    app.setApplicationDisplayName("mapper")
    app.setOrganizationName("mapper")
    app.setDesktopFileName("mapper")
    apply_look(app)
    from mapper.ui.language import install_translators
    install_translators(app)
    return app


def apply_look(app: QApplication) -> None:
    """A light, calm look whatever the desktop theme: the canvas is white, panels light grey."""
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")
    from mapper.render.theme import FONT_FAMILIES
    font = QFont()
    font.setFamilies(list(FONT_FAMILIES))
    font.setPointSizeF(10)
    app.setFont(font)
    pal = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#f4f5f7"), (QPalette.ColorRole.Base, "#ffffff"),
                        (QPalette.ColorRole.AlternateBase, "#f7f8fa"), (QPalette.ColorRole.Text, "#1f2430"),
                        (QPalette.ColorRole.WindowText, "#1f2430"), (QPalette.ColorRole.Button, "#ffffff"),
                        (QPalette.ColorRole.ButtonText, "#1f2430"), (QPalette.ColorRole.Highlight, "#2f7cf6"),
                        (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.ToolTipBase, "#ffffff"),
                        (QPalette.ColorRole.ToolTipText, "#1f2430"), (QPalette.ColorRole.PlaceholderText, "#9aa1ad"),
                        (QPalette.ColorRole.Mid, "#d9dde4"), (QPalette.ColorRole.Light, "#ffffff")):
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#a4aab4"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#a4aab4"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#a4aab4"))
    app.setPalette(pal)
    try:
        app.setStyleSheet(style_sheet())
    except OSError:
        pass  # the default Fusion look still works


def run_app(path: str | None = None) -> int:
    """Open the main window (on ``path`` if given) and run until the last window closes."""
    app = make_app()
    from mapper.ui.main_window import open_window
    window = open_window()
    window.show()

    def start() -> None:
        recovered = window.offer_recovery()
        if path:
            # Recovered work may now fill this window: never replace it, open the file beside it.
            target = window if window.is_pristine() else open_window()
            target.show()
            if not target.open_any(path, ask=False) and target.is_pristine():
                # The error said why; now offer what `mapper` alone offers, not a bare canvas.
                target.show_start(already_asked=True)
        elif not recovered:
            window.show_start(already_asked=True)

    QTimer.singleShot(0, start)
    from mapper.ui.session_end import end_on_signals
    end_on_signals(app)   # SIGTERM: unsaved work kept for recovery, locks removed
    return app.exec()

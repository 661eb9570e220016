"""Every question and message box the window asks, in one place.

The window calls these through the module (``messages.ask_save_changes(...)``)
so tests can answer them by monkeypatching, and so the wording stays
consistent: say what happened, name the file, say what the user can do.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

def map_filter() -> str:
    """The file dialogs' filter for maps, in the app's language."""
    return QCoreApplication.translate("messages", "mapper maps") + " (*.json)"


def import_filter() -> str:
    """The file dialogs' filters for diagrams mapper imports, in the app's language."""
    return (QCoreApplication.translate("messages", "Diagrams")
            + " (*.mmd *.mermaid *.md *.drawio *.xml *.bpmn *.drawio.png *.drawio.svg);;"
            "Mermaid (*.mmd *.mermaid *.md);;draw.io (*.drawio *.xml *.drawio.png *.drawio.svg *.png *.svg);;"
            "BPMN (*.bpmn *.xml)")


def ask_save_changes(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Unsaved changes"),
                      QCoreApplication.translate("messages", "Do you want to save the changes you made to “{name}”?")
                      .format(name=name), parent=parent)
    box.setInformativeText(QCoreApplication.translate("messages", "Your changes will be lost if you don't save them."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def ask_recover(parent: QWidget | None, title: str, saved_at: str) -> str:
    """'recover' or 'discard' for unsaved work left by a session that ended unexpectedly."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("messages", "Recover unsaved work"),
                      QCoreApplication.translate("messages", "mapper closed before “{title}” was saved.")
                      .format(title=title), parent=parent)
    if saved_at:
        day, _, time = saved_at.partition("T")
        question = QCoreApplication.translate(
            "messages", "Do you want to recover the unsaved changes (last kept {day} at {time})? "
            "Discarding deletes them for good.").format(day=day, time=time)
    else:
        question = QCoreApplication.translate(
            "messages", "Do you want to recover the unsaved changes? Discarding deletes them for good.")
    box.setInformativeText(question)
    recover = box.addButton(QCoreApplication.translate("messages", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("messages", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(recover)
    box.exec()
    return "recover" if box.clickedButton() is recover else "discard"


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, title, text, parent=parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def show_warnings(parent: QWidget | None, title: str, text: str, warnings: list[str]) -> None:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    shown = warnings[:12]
    more = ("\n" + QCoreApplication.translate("messages", "… and {n} more").format(n=len(warnings) - len(shown))
            if len(warnings) > len(shown) else "")
    box.setInformativeText("\n".join(f"• {w}" for w in shown) + more)
    if more:
        box.setDetailedText("\n".join(warnings))
    box.exec()


def ask_open_path(parent: QWidget, title: str, folder: str, filters: str) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
    return path


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return path


def ask_page(parent: QWidget, name: str, pages: list[str]) -> int | None:
    """Which page of a multi-page diagram to import (0-based), or None if cancelled."""
    labels = [f"{i + 1}. {p}" for i, p in enumerate(pages)]
    choice, ok = QInputDialog.getItem(parent, QCoreApplication.translate("messages", "Choose a page"),
                                      QCoreApplication.translate(
                                          "messages", "“{name}” has {n} pages. Which one do you want to import?")
                                      .format(name=name, n=len(pages)),
                                      labels, 0, False)
    if not ok:
        return None
    return labels.index(choice)


def ask_open_locked(parent: QWidget | None, name: str, user: str, host: str, since: str) -> str:
    """Someone else has the map open: 'read_only', 'anyway' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Map in use"),
                      QCoreApplication.translate("messages", "“{name}” is open by {user} on {host} since {since}.").format(
                          name=name, user=user, host=host, since=since), parent=parent)
    box.setInformativeText(QCoreApplication.translate("messages", "Open it read-only to look without changing their work (Save then asks for a "
                               "new name), or open it anyway if you are sure they are not editing it."))
    read_only = box.addButton(QCoreApplication.translate("messages", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton(QCoreApplication.translate("messages", "Open Anyway"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return "read_only" if clicked is read_only else "anyway" if clicked is anyway else "cancel"


def ask_overwrite_changed(parent: QWidget | None, name: str) -> str:
    """The file changed on disk since it was opened or saved here: 'overwrite', 'save_as' or 'cancel'."""
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("messages", "Map changed on disk"),
                      QCoreApplication.translate("messages", "“{name}” was changed by someone else since you opened it.").format(name=name),
                      parent=parent)
    box.setInformativeText(QCoreApplication.translate("messages", "Saving here replaces their version with yours, and their changes are lost. "
                               "Save yours under another name to keep both."))
    save_as = box.addButton(QCoreApplication.translate("messages", "Save Mine As…"), QMessageBox.ButtonRole.AcceptRole)
    overwrite = box.addButton(QCoreApplication.translate("messages", "Replace Theirs"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(save_as)
    box.exec()
    clicked = box.clickedButton()
    return "save_as" if clicked is save_as else "overwrite" if clicked is overwrite else "cancel"


def tell_recovered_beside_newer(parent: QWidget | None, name: str) -> None:
    """Recovered work whose file changed after the crash opens beside the newer file."""
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("messages", "The map changed since"),
                      QCoreApplication.translate("messages", "“{name}” was changed on disk after mapper stopped.").format(name=name), parent=parent)
    box.setInformativeText(QCoreApplication.translate("messages", "Your recovered work opens as a new, unsaved map, and the newer file opens in "
                               "its own window, so you can compare them. Nothing was written over the file."))
    box.exec()

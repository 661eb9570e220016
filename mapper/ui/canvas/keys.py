"""The canvas's keys: one table says what each key does and how Help > Keyboard
shortcuts lists it, so the two cannot drift apart. The canvas runs the first
binding that matches a key press; rows without a behaviour (typing rules) only
explain. The mouse's rows come from the gestures (``interactions.pointer_help``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, Qt

from .interactions import pointer_help

if TYPE_CHECKING:
    from .view import Canvas

KIND_KEYS = {Qt.Key.Key_T: "terminator", Qt.Key.Key_A: "activity", Qt.Key.Key_D: "decision",
             Qt.Key.Key_N: "note"}
KIND_DIGITS = {Qt.Key.Key_1: "terminator", Qt.Key.Key_2: "activity", Qt.Key.Key_3: "decision",
               Qt.Key.Key_4: "note"}
DIRECTIONS = {Qt.Key.Key_Right: "right", Qt.Key.Key_Left: "left", Qt.Key.Key_Up: "up",
              Qt.Key.Key_Down: "down"}
_FORWARD = (Qt.Key.Key_Right, Qt.Key.Key_Down)
_EDIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)

Ctrl, Alt, Shift = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier,
                    Qt.KeyboardModifier.ShiftModifier)


@dataclass(frozen=True)
class KeyBinding:
    keys: str                                   # as people read them ("Ctrl+1 / 2 / 3 / 4")
    what: str                                   # what it does, for the shortcuts list
    matches: Callable[[object], bool] | None = None
    run: Callable[["Canvas", object], None] | None = None
    #: Claimed before the window's menus see it (arrows and Enter belong to the canvas).
    claims: bool = False


def _mods(event):
    return event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier


def _typed(event) -> bool:
    """A printable character typed without Ctrl or Alt."""
    text = event.text()
    return (not _mods(event) & (Ctrl | Alt)) and bool(text) and text.isprintable() and not text.isspace()


def _type_over(canvas: "Canvas", event) -> bool:
    steps, arrows = canvas.selected_step_ids(), canvas.selected_arrow_ids()
    return (len(steps) == 1 and not arrows) or (len(arrows) == 1 and not steps)


def _start_typing(canvas: "Canvas", event) -> None:
    steps, arrows = canvas.selected_step_ids(), canvas.selected_arrow_ids()
    if steps:
        canvas.edit_text(steps[0], initial=event.text())
    else:
        canvas.edit_label(arrows[0], initial=event.text())


def _add_kind(canvas: "Canvas", event) -> None:
    sid = canvas.add_step(KIND_KEYS[event.key()])
    if sid is not None:
        canvas.edit_text(sid, fresh=True)


def key_table(canvas: "Canvas | None" = None) -> list[KeyBinding]:
    """Every key of the canvas, in the order they are tried. ``canvas`` is only needed
    by the bindings that look at the selection (typing over a selected step)."""
    no_selection = (lambda e: not canvas.selected_step_ids() and not canvas.selected_arrow_ids()) \
        if canvas is not None else (lambda e: False)
    type_over = (lambda e: _type_over(canvas, e)) if canvas is not None else (lambda e: False)
    return [
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Space+drag or middle-drag"),
                   QCoreApplication.translate("CanvasKeys", "Pan"),
                   lambda e: e.key() == Qt.Key.Key_Space and not e.isAutoRepeat(),
                   lambda c, e: c.hold_space()),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Escape"),
                   QCoreApplication.translate("CanvasKeys", "Cancel the current drag, or clear the selection"),
                   lambda e: e.key() == Qt.Key.Key_Escape,
                   lambda c, e: c.escape()),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Alt+Right / Alt+Down"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Select the next connected step (the branch lying that way at a decision)"),
                   lambda e: e.key() in _FORWARD and bool(_mods(e) & Alt),
                   lambda c, e: c.go_along_arrows(DIRECTIONS[e.key()]), claims=True),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Alt+Left / Alt+Up"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Select the previous connected step (the one lying that way at a merge)"),
                   lambda e: e.key() in DIRECTIONS and bool(_mods(e) & Alt),
                   lambda c, e: c.go_along_arrows(DIRECTIONS[e.key()]), claims=True),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Ctrl+Right / Left / Up / Down"),
                   QCoreApplication.translate(
                       "CanvasKeys", "What happens next? Add a connected activity in that direction and type its text"),
                   lambda e: e.key() in DIRECTIONS and bool(_mods(e) & Ctrl),
                   lambda c, e: c.quick_add(DIRECTIONS[e.key()]), claims=True),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Arrow keys / Shift+Arrow keys"),
                   QCoreApplication.translate("CanvasKeys", "Nudge the selection (one grid step / five)"),
                   lambda e: e.key() in DIRECTIONS,
                   lambda c, e: c.nudge(DIRECTIONS[e.key()], big=bool(_mods(e) & Shift)), claims=True),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Tab"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Add the next connected activity in the direction of the flow (also while typing)"),
                   lambda e: e.key() == Qt.Key.Key_Tab and not _mods(e) & (Ctrl | Alt),
                   lambda c, e: c.quick_add(c.flow_direction())),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "F2, Enter or start typing"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Edit the selected step's text (or the selected arrow's label)"),
                   lambda e: e.key() in _EDIT_KEYS and not _mods(e) & Ctrl,
                   lambda c, e: c.edit_selection(), claims=True),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Delete / Backspace"),
                   QCoreApplication.translate("CanvasKeys", "Delete the selection and the arrows of deleted steps"),
                   lambda e: e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not _mods(e) & Ctrl,
                   lambda c, e: c.delete_selection()),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Ctrl+1 / 2 / 3 / 4"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Make the selected steps terminators, activities, decisions or notes"),
                   lambda e: e.key() in KIND_DIGITS and bool(_mods(e) & Ctrl),
                   lambda c, e: c.set_kind(KIND_DIGITS[e.key()])),
        # Typing over the selection is the third way of the "F2, Enter or start typing" row.
        KeyBinding("", "", lambda e: _typed(e) and type_over(e), _start_typing),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "T / A / D / N"),
                   QCoreApplication.translate(
                       "CanvasKeys", "Add a terminator, activity, decision or note under the mouse (nothing selected)"),
                   lambda e: _typed(e) and e.key() in KIND_KEYS and not _mods(e) & Shift and no_selection(e),
                   _add_kind),
        # While typing (the text-editing gesture has the keys):
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Enter / Shift+Enter / Escape"),
                   QCoreApplication.translate("CanvasKeys", "While editing: keep the text / new line / cancel")),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Type a question ending in ?"),
                   QCoreApplication.translate("CanvasKeys", "A new activity whose text ends with ? becomes a decision")),
        KeyBinding(QCoreApplication.translate("CanvasKeys", "Arrows out of a decision"),
                   QCoreApplication.translate("CanvasKeys", "Are labelled Yes, then No, as you draw them")),
    ]


def binding_for(table: list[KeyBinding], event) -> KeyBinding | None:
    """The first binding with a behaviour that matches this key press."""
    return next((b for b in table if b.run is not None and b.matches(event)), None)


def canvas_key_help() -> list[tuple[str, str]]:
    """Every row the canvas adds to Help > Keyboard shortcuts, as (keys, what): its
    keys from ``key_table`` and its mouse gestures."""
    return [(b.keys, b.what) for b in key_table() if b.keys] + pointer_help()

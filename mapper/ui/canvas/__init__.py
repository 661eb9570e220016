"""The canvas editor: the view, its scene mirroring the document, and the palette."""

from .palette import Palette
from .scene import MapScene
from .view import FRAGMENT_MIME, STEP_KIND_MIME, Canvas

#: Keys the canvas handles itself, for Help > Keyboard shortcuts (key, what it does).
CANVAS_SHORTCUTS: list[tuple[str, str]] = [
    ("T / A / D / N", "Add a terminator, activity, decision or note under the mouse (nothing selected)"),
    ("Ctrl+Right / Left / Up / Down", "What happens next? Add a connected activity in that direction and type its text"),
    ("Tab", "Add the next connected activity in the direction of the flow (also while typing)"),
    ("Type a question ending in ?", "A new activity whose text ends with ? becomes a decision"),
    ("Arrows out of a decision", "Are labelled Yes, then No, as you draw them"),
    ("Alt+Right / Alt+Down", "Select the next connected step (the branch lying that way at a decision)"),
    ("Alt+Left / Alt+Up", "Select the previous connected step (the one lying that way at a merge)"),
    ("Ctrl+1 / 2 / 3 / 4", "Make the selected steps terminators, activities, decisions or notes"),
    ("F2, Enter or start typing", "Edit the selected step's text (or the selected arrow's label)"),
    ("Enter / Shift+Enter / Escape", "While editing: keep the text / new line / cancel"),
    ("Double-click", "Edit a step or arrow label; on empty canvas, add an activity there"),
    ("Drag from a side handle", "Connect to another step; drop in empty space to pick the next shape"),
    ("Drag an arrow's end", "Reconnect the selected arrow to another step"),
    ("Drag an arrow's label", "Slide the label along its arrow"),
    ("Arrow keys / Shift+Arrow keys", "Nudge the selection (one grid step / five)"),
    ("Delete / Backspace", "Delete the selection and the arrows of deleted steps"),
    ("Escape", "Cancel the current drag, or clear the selection"),
    ("Shift+click / Ctrl+click", "Add to or remove from the selection"),
    ("Drag on empty canvas", "Select with a rubber band"),
    ("Ctrl+wheel", "Zoom about the mouse"),
    ("Wheel / Shift+wheel", "Scroll up and down / left and right"),
    ("Space+drag or middle-drag", "Pan"),
]

__all__ = ["CANVAS_SHORTCUTS", "Canvas", "FRAGMENT_MIME", "MapScene", "Palette", "STEP_KIND_MIME"]

"""The canvas editor: the view, its scene mirroring the document, its gestures and
keys, and the palette. What an edit means on the map is in ``mapper.editing``."""

from .palette import Palette
from .scene import MapScene
from .keys import canvas_key_help
from .view import FRAGMENT_MIME, STEP_KIND_MIME, Canvas

__all__ = ["Canvas", "canvas_key_help", "FRAGMENT_MIME", "MapScene", "Palette", "STEP_KIND_MIME"]

"""The Properties panel (``panel``): one class per page (map, step, arrow, several
steps) built from the reusable fields in ``widgets``."""

from .panel import PropertiesPanel
from .widgets import parse_number, parse_probability

__all__ = ["PropertiesPanel", "parse_number", "parse_probability"]

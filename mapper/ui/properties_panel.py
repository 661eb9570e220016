"""Where the Properties panel used to live; it is now the package ``mapper.ui.properties``."""

from mapper.ui.properties import PropertiesPanel, parse_number, parse_probability

__all__ = ["PropertiesPanel", "parse_number", "parse_probability"]

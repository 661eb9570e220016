"""How owner names are compared: one rule for the chart, the lanes, the rule
``owner-missing`` and the owner suggestions.

Owners are free text typed by people, so "Office", " office " and "OFFICE"
are one seat: names are trimmed, inner spaces collapsed, and compared without
case. The first spelling met (in flow order) is the one shown.
"""

from __future__ import annotations


def owner_name(text: str) -> str:
    """The owner as shown: trimmed, inner runs of spaces made one."""
    return " ".join((text or "").split())


def owner_key(text: str) -> str:
    """The key owners are grouped by; "" means nobody."""
    return owner_name(text).casefold()

"""The one rule for counting a map's parts, and for saying a count in words.

Notes take no part in the flow, so they are not steps: a map of 14 steps, 15
arrows and a note is "14 steps · 15 arrows · 1 note" everywhere (the command
line, the app, the exports), in the owner's language.
"""

from __future__ import annotations

from mapper.i18n import plural, translate
from mapper.i18n.formatting import format_number

from .schema import SystemMap


def map_counts(m: SystemMap) -> dict[str, int]:
    """``{"steps": n, "arrows": n, "notes": n}``; steps are the shapes of the flow (not notes)."""
    notes = sum(1 for s in m.steps if s.kind == "note")
    return {"steps": len(m.steps) - notes, "arrows": len(m.arrows), "notes": notes}


def count_words(n: int, what: str) -> str:
    """"1 step", "3 errors": the counted word in the current language's form for n."""
    one, many = {
        "step": (translate("Counting", "{n} step"), translate("Counting", "{n} steps")),
        "arrow": (translate("Counting", "{n} arrow"), translate("Counting", "{n} arrows")),
        "note": (translate("Counting", "{n} note"), translate("Counting", "{n} notes")),
        # Info-level findings ("notes" in English, like the sticky notes; other languages
        # have two words, so this is a message of its own).
        "info": (translate("CountingFindings", "{n} note"), translate("CountingFindings", "{n} notes")),
        "error": (translate("Counting", "{n} error"), translate("Counting", "{n} errors")),
        "warning": (translate("Counting", "{n} warning"), translate("Counting", "{n} warnings")),
        "terminator": (translate("Counting", "{n} start/end point"), translate("Counting", "{n} start/end points")),
        "activity": (translate("Counting", "{n} activity"), translate("Counting", "{n} activities")),
        "decision": (translate("Counting", "{n} decision"), translate("Counting", "{n} decisions")),
    }[what]
    return plural(n, one, many).format(n=format_number(n))


def counts_phrase(m: SystemMap, separator: str = " · ") -> str:
    """'14 steps · 15 arrows · 1 note': notes only when there are some."""
    c = map_counts(m)
    parts = [count_words(c["steps"], "step"), count_words(c["arrows"], "arrow")]
    if c["notes"]:
        parts.append(count_words(c["notes"], "note"))
    return separator.join(parts)

"""The one rule for counting a map's parts, and for saying the count in words.

Notes take no part in the flow, so they are not steps: a map of 14 steps, 15
arrows and a note is "14 steps · 15 arrows · 1 note" everywhere (the command
line, the app, the exports).
"""

from __future__ import annotations

from .schema import SystemMap


def map_counts(m: SystemMap) -> dict[str, int]:
    """``{"steps": n, "arrows": n, "notes": n}``; steps are the shapes of the flow (not notes)."""
    notes = sum(1 for s in m.steps if s.kind == "note")
    return {"steps": len(m.steps) - notes, "arrows": len(m.arrows), "notes": notes}


def plural(n: int, word: str) -> str:
    """'1 step', '2 steps', '0 steps' (English nouns that take an s)."""
    return f"{n} {word}" + ("" if n == 1 else "s")


def counts_phrase(m: SystemMap, separator: str = " · ") -> str:
    """'14 steps · 15 arrows · 1 note': notes only when there are some."""
    c = map_counts(m)
    parts = [plural(c["steps"], "step"), plural(c["arrows"], "arrow")]
    if c["notes"]:
        parts.append(plural(c["notes"], "note"))
    return separator.join(parts)

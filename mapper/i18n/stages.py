"""The names the owner reads for the hourglass stages and the kinds of step, in
their language: the one home for these display names (properties, palette,
canvas menus and checklists all ask here).

The file format keeps the English ids (``know`` ... ``refer``; ``terminator``,
``activity``, ``decision``, ``note``); only what is shown changes. Know, like,
trust and try are the marketing half; buy, repeat and refer the operating half.
"""

from __future__ import annotations

from .catalog import plural, translate


def stage_name(stage: str) -> str:
    """The stage's name in the current language ("Know", "Conoscenza", "认识"...);
    an unknown id is shown as it is."""
    names = {
        "know": translate("Stage", "Know"),
        "like": translate("Stage", "Like"),
        "trust": translate("Stage", "Trust"),
        "try": translate("Stage", "Try"),
        "buy": translate("Stage", "Buy"),
        "repeat": translate("Stage", "Repeat"),
        "refer": translate("Stage", "Refer"),
    }
    return names.get(stage, stage)


def kind_name(kind: str) -> str:
    """The name of a kind of step ("Start / end", "Activity"...); an unknown id is
    shown as it is."""
    names = {
        "terminator": translate("Kind", "Start / end"),
        "activity": translate("Kind", "Activity"),
        "decision": translate("Kind", "Decision"),
        "note": translate("Kind", "Note"),
    }
    return names.get(kind, kind)


def kind_count(kind: str, n: int) -> str:
    """``n`` steps of one kind, in words: "1 activity", "3 decisions"."""
    forms = {
        "terminator": (translate("Kind", "{n} start / end"), translate("Kind", "{n} starts / ends")),
        "activity": (translate("Kind", "{n} activity"), translate("Kind", "{n} activities")),
        "decision": (translate("Kind", "{n} decision"), translate("Kind", "{n} decisions")),
        "note": (translate("Kind", "{n} note"), translate("Kind", "{n} notes")),
    }
    if kind not in forms:
        return f"{n} {kind}"
    return plural(n, *forms[kind]).format(n=n)

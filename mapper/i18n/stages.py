"""The hourglass stages as the owner reads them, in their language.

The file format keeps the English ids (``know`` ... ``refer``); only what is
shown changes. Know, like, trust and try are the marketing half; buy, repeat and
refer the operating half.
"""

from __future__ import annotations

from .catalog import translate


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

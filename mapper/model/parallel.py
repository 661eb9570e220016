"""How a step says the flow runs in parallel: one rule for importers and the analysis.

A flowchart has no parallel gateway, so a "do every branch" point is an activity
whose text says so, and the place where the branches meet again is an activity
that says it waits for all of them. Importers write these texts; the analysis
reads them (no "put a decision here" advice for a split that means "do all",
and the funnel sends everyone down every branch of it).
"""

from __future__ import annotations

#: What an unnamed parallel split says once it is a mapper activity.
PARALLEL_SPLIT_TEXT = "Do all of the next steps"
#: What an unnamed parallel join says.
PARALLEL_JOIN_TEXT = "Wait until all are done"

_SPLIT_WORDS = ("do all of the next", "do all of these", "do all next", "do every next", "all at the same time",
                "in parallel", "parallel split", "do both")
_JOIN_WORDS = ("wait until all", "wait for all", "wait until both", "wait for both", "when all are done",
               "parallel join", "all done")


def _plain(text: str) -> str:
    return " ".join((text or "").split()).casefold()


def says_do_all(text: str) -> bool:
    """The step's text says every way out is taken, together ("Do all of the next steps")."""
    t = _plain(text)
    return any(w in t for w in _SPLIT_WORDS)


def says_wait_for_all(text: str) -> bool:
    """The step's text says it waits until every branch coming in is done."""
    t = _plain(text)
    return any(w in t for w in _JOIN_WORDS)

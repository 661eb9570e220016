"""Mapping by keyboard, as plain decisions on the map: which step Alt+Arrow goes
to, which steps "Connect to…" offers, and the label the next branch of a decision
gets. No Qt here: the canvas turns keys into these calls and applies the edits,
and tests check them without a window.
"""

from __future__ import annotations

from mapper.model import Arrow, SystemMap
from mapper.model.operations import AddArrow

#: Alt+Right/Alt+Down go on along the flow, Alt+Left/Alt+Up go back.
FORWARD = {"right": True, "down": True, "left": False, "up": False}
_VECTORS = {"right": (1.0, 0.0), "left": (-1.0, 0.0), "down": (0.0, 1.0), "up": (0.0, -1.0)}

BRANCH_LABELS = ("Yes", "No")


def neighbour_along_arrows(m: SystemMap, step_id: str, direction: str) -> str | None:
    """The step Alt+``direction`` selects from ``step_id``, or None.

    Right and Down follow the arrows out (the next step), Left and Up the arrows in
    (the previous step). When there are several (a decision's branches, a merge),
    the one lying most nearly in that direction on the map wins (then the nearer),
    so Alt+Right takes the branch drawn to the right and Alt+Down the one drawn
    below; ties go to the arrow drawn first. A step with no arrow that way keeps the selection (None).

    >>> from mapper.model import Step
    >>> m = SystemMap(steps=[Step(id="d", kind="decision", x=0, y=0), Step(id="y", kind="activity", x=200, y=0),
    ...                      Step(id="n", kind="activity", x=0, y=150)],
    ...               arrows=[Arrow(id="a1", source="d", target="y"), Arrow(id="a2", source="d", target="n")])
    >>> neighbour_along_arrows(m, "d", "right"), neighbour_along_arrows(m, "d", "down")
    ('y', 'n')
    >>> neighbour_along_arrows(m, "n", "left")
    'd'
    """
    here = m.step(step_id)
    if here is None:
        return None
    forward = FORWARD[direction]
    ends = []
    for a in m.arrows:
        if forward and a.source == step_id and a.target != step_id:
            ends.append(a.target)
        elif not forward and a.target == step_id and a.source != step_id:
            ends.append(a.source)
    ends = list(dict.fromkeys(ends))
    if len(ends) <= 1:
        return ends[0] if ends else None
    dx, dy = _VECTORS[direction]
    hx, hy = here.x or 0.0, here.y or 0.0

    def score(i_sid):
        i, sid = i_sid
        s = m.step(sid)
        vx, vy = (s.x or 0.0) - hx, (s.y or 0.0) - hy
        dist = (vx * vx + vy * vy) ** 0.5 or 1.0
        facing = (vx * dx + vy * dy) / dist   # 1: straight that way, -1: the other way
        # Most nearly that way first, then the nearer, then the arrow drawn first.
        return (-round(facing, 1), round(dist), i)

    return min(enumerate(ends), key=score)[1]


def next_branch_label(m: SystemMap, source_id: str) -> str:
    """The label a new arrow out of ``source_id`` gets: on a decision, "Yes", then
    "No", as the branches are drawn; elsewhere none."""
    s = m.step(source_id)
    if s is None or s.kind != "decision":
        return ""
    taken = {a.label.strip().lower() for a in m.arrows if a.source == source_id}
    return next((label for label in BRANCH_LABELS if label.lower() not in taken), "")


def connect_choices(m: SystemMap, source_id: str, query: str = "") -> list[tuple[str, str]]:
    """The steps "Connect to…" offers from ``source_id``, as (id, text): every step
    but notes and the source itself, those whose text contains every word of
    ``query`` (any case), the ones whose text starts with it first, then in
    document order; steps it already points to come last."""
    words = query.casefold().split()
    already = {a.target for a in m.arrows if a.source == source_id}
    found = []
    for i, s in enumerate(m.steps):
        if s.kind == "note" or s.id == source_id:
            continue
        text = " ".join(s.text.split())
        folded = text.casefold()
        if not all(w in folded for w in words):
            continue
        starts = bool(words) and folded.startswith(query.casefold().strip())
        found.append(((s.id in already, not starts, i), (s.id, text)))
    found.sort(key=lambda pair: pair[0])
    return [choice for _, choice in found]


def connect_arrow(m: SystemMap, source_id: str, target_id: str) -> AddArrow | None:
    """The edit "Connect to…" makes: an arrow from ``source_id`` to ``target_id``,
    with the next Yes/No label out of a decision. None when either end is a note or
    missing (notes take no part in the flow)."""
    source, target = m.step(source_id), m.step(target_id)
    if source is None or target is None or "note" in (source.kind, target.kind):
        return None
    return AddArrow(Arrow(id=m.unused_arrow_id(), source=source_id, target=target_id,
                          label=next_branch_label(m, source_id)))

"""The order a checklist reads in, and its step numbers ("3", "3a").

The main path first (at each decision the most likely branch), then every other
branch as its own section, then steps nothing leads to. A short branch that
rejoins the path just ahead is printed inline under its decision as lettered
sub-steps ("3a, 3b, then go on at 4"); only long branches and loops get their own
sections. Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.model import STAGES, Arrow, Step

LOOSE = "__loose__"   # the group of steps no start reaches

#: A branch is printed inline when it has at most this many steps...
INLINE_MAX_STEPS = 3
#: ...and rejoins a step at most this many lines below its decision.
INLINE_MAX_JUMP = 6


@dataclass
class Entry:
    step_id: str
    path: tuple          # ("main",) | ("branch", origin_id, label, target) | ("start", id) | ("loose",)
    group: str           # stage name, "" (no stages) or LOOSE
    parent: str | None = None  # the step this one was first reached from
    staged: bool = True        # the step carries its own stage (else it only sorts with the one before)
    inline_of: str | None = None  # the decision this step is printed under, as a lettered sub-step


class Ancestry:
    """Ancestor tests on the tree of first visits, in O(1) each (entry/exit times)."""

    def __init__(self, order: list[Entry]) -> None:
        children: dict[str | None, list[str]] = {}
        for e in order:
            children.setdefault(e.parent, []).append(e.step_id)
        self.tin: dict[str, int] = {}
        self.tout: dict[str, int] = {}
        clock = 0
        stack: list[tuple[str, bool]] = [(c, False) for c in reversed(children.get(None, []))]
        while stack:
            sid, done = stack.pop()
            if done:
                self.tout[sid] = clock
                clock += 1
                continue
            self.tin[sid] = clock
            clock += 1
            stack.append((sid, True))
            stack.extend((c, False) for c in reversed(children.get(sid, [])))

    def is_ancestor(self, a: str, b: str) -> bool:
        """True when ``a`` is ``b`` or lies on the path that first led to ``b``."""
        return self.tin[a] <= self.tin[b] and self.tout[b] <= self.tout[a]


def ranked(arrows: list[Arrow]) -> list[Arrow]:
    """Outgoing arrows, most likely first (document order breaks ties and stands
    in when there are no probabilities)."""
    if any(a.probability is not None for a in arrows):
        return sorted(arrows, key=lambda a: -(a.probability or 0.0))  # sorted() is stable
    return list(arrows)


def flow_order(steps: dict[str, Step], out_arrows: dict[str, list[Arrow]], has_in: set[str]) -> list[Entry]:
    """Every non-note step once: each start's path, then its branches first in first
    out, then whatever no start reaches (so nothing is lost)."""
    starts = [sid for sid, s in steps.items()
              if s.kind == "terminator" and sid not in has_in and out_arrows[sid]]
    has_in_count: dict[str, int] = {}
    for arrows in out_arrows.values():
        for a in arrows:
            has_in_count[a.target] = has_in_count.get(a.target, 0) + 1
    seen: set[str] = set()
    order: list[Entry] = []

    def walk(first: str, path: tuple, group: str, pending: list, parent: str | None = None) -> None:
        sid = first
        while sid is not None and sid not in seen:
            seen.add(sid)
            order.append(Entry(sid, path, group, parent))
            parent = sid
            # Carry on along the most likely branch that leads somewhere new (a loop
            # back is a route, not the way on); the others become branch sections.
            choices = ranked(out_arrows[sid])
            if len(choices) > 1 and all(c.probability is None for c in choices):
                # Without probabilities, a short detour that comes back to the path
                # (an emergency call-out) is not the main way on: it goes inline.
                targets = [c.target for c in choices]
                choices.sort(key=lambda c: _is_detour(c.target, [t for t in targets if t != c.target],
                                                      steps, out_arrows, has_in_count))
            onward = next((a for a in choices if a.target not in seen), None)
            pending.extend((sid, a) for a in choices if a is not onward)
            sid = onward.target if onward else None

    for i, start in enumerate(starts):
        if start in seen:
            continue
        pending: list[tuple[str, Arrow]] = []
        walk(start, ("main",) if i == 0 else ("start", start), "", pending)
        while pending:  # first in, first out: branches come in the order they were met
            origin, arrow = pending.pop(0)
            if arrow.target not in seen:
                walk(arrow.target, ("branch", origin, arrow.label.strip(), arrow.target), "", pending, origin)
    for sid in steps:
        if sid not in seen:
            pending = []
            walk(sid, ("loose",), LOOSE, pending)
            while pending:
                origin, arrow = pending.pop(0)
                if arrow.target not in seen:
                    walk(arrow.target, ("loose",), LOOSE, pending, origin)
    return order


def _detour_end(first: str, steps: dict[str, Step], out_arrows, in_count) -> str | None:
    """The step a short branch starting at ``first`` comes back to, or None when the
    branch is not a short chain of plain activities (one arrow in, one out)."""
    sid, length = first, 0
    while steps[sid].kind == "activity" and in_count.get(sid, 0) == 1:
        targets = {a.target for a in out_arrows[sid]}
        if len(targets) != 1 or length >= INLINE_MAX_STEPS:
            return None
        length += 1
        sid = next(iter(targets))
    return sid if length else None


def _is_detour(first: str, others: list[str], steps, out_arrows, in_count) -> bool:
    """True when the branch at ``first`` is a short chain that rejoins a step the
    other branches reach within a few steps."""
    end = _detour_end(first, steps, out_arrows, in_count)
    if end is None:
        return False
    frontier, seen = list(others), set(others)
    for _ in range(INLINE_MAX_JUMP):
        if end in seen:
            return True
        nxt = []
        for sid in frontier:
            for a in out_arrows[sid]:
                if a.target not in seen and a.target != first:
                    seen.add(a.target)
                    nxt.append(a.target)
        frontier = nxt
    return end in seen


def group_by_stage(order: list[Entry], steps: dict[str, Step]) -> list[Entry]:
    """Put flow-ordered steps under their hourglass stage, keeping flow order within.

    A step without a stage sorts with the step it follows on its path (the first
    staged step of the map for steps before any stage) but is marked unstaged: it
    never reads as part of that stage's heading."""
    first_stage = next((steps[e.step_id].stage for e in order if steps[e.step_id].stage), None)
    stage_of: dict[str, str] = {}
    carry: dict[tuple, str] = {}
    for e in order:
        if e.group == LOOSE:
            continue
        s = steps[e.step_id]
        if s.stage:
            st = s.stage
        elif e.path in carry:
            st = carry[e.path]
        elif e.path[0] == "branch" and e.path[1] in stage_of:
            st = stage_of[e.path[1]]
        else:
            st = first_stage
        e.staged = bool(s.stage)
        stage_of[e.step_id] = st
        carry[e.path] = st
        e.group = st
    flow = [e for e in order if e.group != LOOSE]
    loose = [e for e in order if e.group == LOOSE]
    flow.sort(key=lambda e: STAGES.index(e.group))  # stable: flow order kept within a stage
    return flow + loose


def inline_short_branches(order: list[Entry], steps: dict[str, Step], out_arrows: dict[str, list[Arrow]],
                          in_count: dict[str, int]) -> list[Entry]:
    """Move each short branch that rejoins the path just below its decision to
    right under that decision, marked ``inline_of``. A branch qualifies when it
    has at most INLINE_MAX_STEPS steps, each an activity with one arrow in and one
    out, and its last step leads to a step listed after the decision within
    INLINE_MAX_JUMP lines (not back up: that is a loop, which keeps its section)."""
    runs: dict[tuple, list[Entry]] = {}
    for e in order:
        if e.path[0] == "branch":
            runs.setdefault(e.path, []).append(e)
    position = {e.step_id: i for i, e in enumerate(order)}
    moved: dict[str, list[Entry]] = {}
    for path, run in runs.items():
        origin = path[1]
        if steps[origin].kind != "decision" or len(run) > INLINE_MAX_STEPS:
            continue
        if any(steps[e.step_id].kind != "activity" or in_count.get(e.step_id, 0) != 1
               or len({a.target for a in out_arrows[e.step_id]}) != 1 for e in run):
            continue
        home = next(e for e in order if e.step_id == origin).group
        if any(steps[e.step_id].stage and e.group != home for e in run):
            continue  # a branch in another hourglass stage stays under that stage's heading
        rejoin = out_arrows[run[-1].step_id][0].target
        if rejoin in {e.step_id for e in run} or rejoin not in position:
            continue
        jump = position[rejoin] - position[origin]
        if not 0 < jump <= INLINE_MAX_JUMP or order[position[rejoin]].inline_of:
            continue
        for e in run:
            e.inline_of = origin
        moved.setdefault(origin, []).extend(run)
    if not moved:
        return order
    taken = {id(e) for run in moved.values() for e in run}
    out: list[Entry] = []
    for e in order:
        if id(e) in taken:
            continue
        out.append(e)
        out.extend(moved.get(e.step_id, ()))
    return out


def step_refs(order: list[Entry]) -> dict[str, str]:
    """Step id -> what the checklist calls it: "4" for a line of its own, "3a" for a
    lettered sub-step under decision 3."""
    refs: dict[str, str] = {}
    letters: dict[str, int] = {}
    n = 0
    for e in order:
        if e.inline_of and e.inline_of in refs:
            k = letters.get(e.inline_of, 0)
            letters[e.inline_of] = k + 1
            refs[e.step_id] = refs[e.inline_of] + _letter(k)
        else:
            n += 1
            refs[e.step_id] = str(n)
    return refs


def _letter(k: int) -> str:
    """a, b, ..., z, aa, ab, ..."""
    out = ""
    k += 1
    while k:
        k, r = divmod(k - 1, 26)
        out = chr(ord("a") + r) + out
    return out

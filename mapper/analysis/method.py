"""Where the owner is in the seven steps of the method, computed from the map.

1. map the system; 2. decide what to automate; 3. document the critical steps;
4. measure them; 5. give every step and metric an owner; 6. review the numbers
weekly; 7. plan quarterly. Each step is done or open by a test on the map and
its report, and an open step says what is left, as ids and in the owner's
words, so the app can take the owner there. Pure: no Qt.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from dataclasses import dataclass

from mapper.i18n import translate
from mapper.model import SystemMap
from mapper.model.owners import owner_name
from mapper.model.weeks import shift_week, this_quarter, this_week

from .results import Report


@dataclass(frozen=True)
class MethodStep:
    """One step of the method: its number, a stable id, done or not, what is left."""
    number: int
    id: str
    title: str
    done: bool
    #: Step ids still to do (for step 7: none; the priorities are missing, not a step).
    left: tuple[str, ...]
    #: What is left, in the owner's words ("" when done).
    todo: str
    #: Where clicking takes the owner: "steps" (select ``left``), "scorecard" or "review".
    go_to: str = "steps"


@dataclass(frozen=True)
class MethodProgress:
    steps: tuple[MethodStep, ...]

    @property
    def current(self) -> int | None:
        """The first open step's number, or None when all seven are done."""
        return next((s.number for s in self.steps if not s.done), None)

    @property
    def done_count(self) -> int:
        return sum(s.done for s in self.steps)


TITLES = {
    "mapped": "Map the system",
    "automation": "Decide what to automate",
    "documented": "Document the critical steps",
    "measured": "Measure them",
    "owned": "Give every step and metric an owner",
    "reviewed": "Review the numbers weekly",
    "planned": "Plan the quarter",
}


def _count(n: int, one: str, many: str) -> str:
    return (one if n == 1 else many).format(n=n)


def _mapped(m: SystemMap, report: Report) -> tuple[tuple[str, ...], str]:
    has_in = {a.target for a in m.arrows}
    has_out = {a.source for a in m.arrows}
    terminators = [s for s in m.steps if s.kind == "terminator"]
    starts = [s for s in terminators if s.id not in has_in and s.id in has_out]
    goals = [s for s in terminators if s.goal and s.id in has_in and s.id not in has_out]
    errors = [f for f in report.findings if f.severity == "error"]
    left = tuple(dict.fromkeys(sid for f in errors for sid in f.steps))
    words = []
    if not starts:
        words.append("the map needs a start: where does the system begin?")
    if not goals:
        words.append("mark the end that is a success as a goal (a new client, a paid job)")
    if errors:
        words.append(_count(len(errors), "{n} problem in the flow to fix", "{n} problems in the flow to fix"))
    return left, "; ".join(words)


def method_progress(m: SystemMap, report: Report, today: _dt.date | None = None) -> MethodProgress:
    """The seven steps for this map. ``today`` decides "this week" and "this quarter"."""
    steps: list[MethodStep] = []

    def add(key: str, left: tuple[str, ...], todo: str, done: bool | None = None, go_to: str = "steps") -> None:
        is_done = (not left) if done is None else done
        steps.append(MethodStep(len(steps) + 1, key, TITLES[key], is_done, () if is_done else left,
                                "" if is_done else todo, go_to))

    # 1. A start, a goal end, and a flow without errors.
    left, todo = _mapped(m, report)
    add("mapped", left, todo, done=not todo)

    # 2. Every automation candidate carries the owner's yes or no.
    undecided = tuple(c.step for c in report.automation if (s := m.step(c.step)) is not None and s.automate is None)
    add("automation", undecided, _count(len(undecided), "{n} step could be automated: decide yes or no",
                                        "{n} steps could be automated: decide yes or no each"))

    # 3. Every critical step is written down well enough for someone else to run it.
    bare = tuple(c.step for c in report.critical
                 if (s := m.step(c.step)) is not None and len(s.checklist) < 2 and not s.notes.strip())
    add("documented", bare, _count(len(bare), "{n} critical step has no checklist yet",
                                   "{n} critical steps have no checklist yet"))

    # 4. Every critical step and every decision has a metric with a target.
    to_measure = [c.step for c in report.critical] + [s.id for s in m.steps if s.kind == "decision"]
    unmeasured = tuple(sid for sid in dict.fromkeys(to_measure)
                       if (s := m.step(sid)) is not None and (s.metric is None or s.metric.target is None))
    add("measured", unmeasured, _count(len(unmeasured), "{n} step to measure needs a metric with a target",
                                       "{n} steps to measure need a metric with a target"))

    # 5. Nothing the owner-missing rule reports, and every activity has an owner.
    unowned = [sid for f in report.findings if f.rule == "owner-missing" for sid in f.steps]
    unowned += [s.id for s in m.steps if s.kind == "activity" and not owner_name(s.owner)]
    unowned_t = tuple(dict.fromkeys(unowned))
    add("owned", unowned_t, _count(len(unowned_t), "{n} step has no owner yet", "{n} steps have no owner yet"))

    # 6. This week's or last week's numbers are in for every metric.
    week = this_week(today)
    recent = [e.values for e in m.metrics_log if e.week in (week, shift_week(week, -1))]
    metrics = [s.id for s in m.steps if s.metric is not None]
    missing = tuple(sid for sid in metrics if not any(sid in v for v in recent))
    if not metrics:
        add("reviewed", (), "no metrics yet: measure the critical steps first", done=False, go_to="scorecard")
    else:
        add("reviewed", missing, _count(len(missing), "{n} metric has no number for this week or last",
                                        "{n} metrics have no number for this week or last"), go_to="scorecard")

    # 7. The current quarter has at least one priority with an owner.
    quarter = this_quarter(today)
    planned = any(p.quarter == quarter and owner_name(p.owner) for p in m.priorities)
    add("planned", (), "" if planned else f"set at least one priority for {quarter}, with an owner",
        done=planned, go_to="review")
    if not steps[0].done:
        # Nothing to decide, document or own is not the same as done: on an unmapped map
        # (a blank one above all) the owner starts on step 1, with every later step open.
        first = translate("Method", "Map the system first (step 1)")
        steps[1:] = [dataclasses.replace(s, done=False, left=(), todo=first) for s in steps[1:]]
    # What is left reads as a sentence.
    steps = [dataclasses.replace(s, todo=s.todo[:1].upper() + s.todo[1:]) for s in steps]
    return MethodProgress(tuple(steps))


def method_to_json(progress: MethodProgress) -> dict:
    """The ``method`` object of ``mapper check --json``."""
    return {
        "current": progress.current,
        "steps": [{"number": s.number, "id": s.id, "done": s.done, "left": list(s.left), "todo": s.todo}
                  for s in progress.steps],
    }

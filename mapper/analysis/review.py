"""The quarterly review (step 7 of the method): where does each half of the hourglass leak?

From the metrics log and the map: each hourglass stage's volume this quarter
and the one before, the conversion between consecutive stages, the weakest
conversion of each half, the scorecard's weeks on and off track, the three
largest levers, and the priorities of this quarter and the next. A week belongs
to the quarter of its Thursday (``model/weeks.py``). Pure functions; no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from mapper.i18n import translate
from mapper.i18n.formatting import format_percent
from mapper.i18n.stages import stage_name
from mapper.model import STAGES, SystemMap
from mapper.model.weeks import shift_quarter, weeks_of_quarter

from .flow import flow_order
from .measured import measured_funnel, paused_collector
from .results import Lever
from .scorecard import scorecard

MARKETING_HALF = ("know", "like", "trust", "try")
OPERATING_HALF = ("buy", "repeat")
LEVERS_SHOWN = 3


@dataclass(frozen=True)
class StageVolume:
    stage: str
    step: str | None        # the entry step, None when no step of the stage has a value in either quarter
    volume: float | None
    previous: float | None
    change: float | None    # percent; None when the previous volume is 0 or missing


@dataclass(frozen=True)
class Conversion:
    source: str             # the stage people go on from ("from" in JSON)
    target: str
    rate: float
    previous: float | None


@dataclass(frozen=True)
class ScorecardCount:
    step: str
    name: str
    on_track: int
    off_track: int
    logged: int


@dataclass(frozen=True)
class QuarterlyReview:
    quarter: str
    previous: str
    weeks: tuple[str, ...]
    stages: tuple[StageVolume, ...]
    conversions: tuple[Conversion, ...]
    leaks: dict[str, Conversion | None]    # "marketing", "operating"
    scorecard: tuple[ScorecardCount, ...]
    levers: tuple[Lever, ...]
    priorities_this: tuple[str, ...]
    priorities_next: tuple[str, ...]
    #: Where the levers came from: "measured", "assumed" or "" (no funnel).
    levers_from: str = ""
    #: How many of the quarter's weeks, and of the previous quarter's, have numbers (and how many weeks it had).
    logged_weeks: int = 0
    previous_logged_weeks: int = 0
    previous_weeks: int = 0


def _totals(entries: list, keys) -> dict[str, float]:
    """Id -> the sum of its values over ``entries`` (only ids in ``keys`` that have a value)."""
    out: dict[str, float] = {}
    for e in entries:
        values = e.values
        for k in keys:
            v = values.get(k)
            if v is not None:
                out[k] = out.get(k, 0.0) + v
    return out


def _leak(conversions: list[Conversion], half: tuple[str, ...]) -> Conversion | None:
    candidates = [c for c in conversions if c.source in half]
    return min(candidates, key=lambda c: c.rate) if candidates else None  # min keeps the first of equals


def quarterly_review(m: SystemMap, quarter: str) -> QuarterlyReview:
    """The review of ``quarter`` ("2026-Q4"). Raises ValueError for a string that is no quarter.

    O(log entries of two quarters + steps + arrows), plus one measured funnel.
    """
    with paused_collector():
        return _quarterly_review(m, quarter)


def _quarterly_review(m: SystemMap, quarter: str) -> QuarterlyReview:
    weeks = weeks_of_quarter(quarter)
    previous = shift_quarter(quarter, -1)
    previous_weeks = weeks_of_quarter(previous)
    this_entries = [e for e in m.metrics_log if e.week in set(weeks)]
    before_entries = [e for e in m.metrics_log if e.week in set(previous_weeks)]
    logged = {e.week for e in this_entries + before_entries if e.values}
    with_values: set[str] = set()
    for e in this_entries + before_entries:
        with_values.update(e.values)  # set.update in C: no Python loop over years of numbers

    order = flow_order(m)
    by_id = {s.id: s for s in m.steps}
    entries: dict[str, str | None] = {}
    for sid in order:
        stage = by_id[sid].stage
        if stage and entries.get(stage) is None:
            entries[stage] = sid if sid in with_values else None
    keys = [sid for sid in entries.values() if sid is not None]
    now, before = _totals(this_entries, keys), _totals(before_entries, keys)
    stages: list[StageVolume] = []
    for stage in (s for s in STAGES if s in entries):
        entry = entries[stage]
        volume = now.get(entry) if entry else None
        prev = before.get(entry) if entry else None
        change = (volume - prev) / prev * 100.0 if volume is not None and prev else None
        stages.append(StageVolume(stage, entry, volume, prev, change))

    conversions: list[Conversion] = []
    for a, b in zip(stages, stages[1:]):
        if a.volume is None or b.volume is None or a.volume == 0:
            continue
        prev_rate = b.previous / a.previous if a.previous and b.previous is not None else None
        conversions.append(Conversion(a.stage, b.stage, b.volume / a.volume, prev_rate))
    leaks = {"marketing": _leak(conversions, MARKETING_HALF), "operating": _leak(conversions, OPERATING_HALF)}

    card = scorecard(m, weeks=len(weeks), until=weeks[-1], order=order)
    counts = tuple(ScorecardCount(r.step, r.name, r.on_track, r.off_track, sum(v is not None for v in r.values))
                   for r in card.rows)

    result = measured_funnel(m, measured=True, weeks=len(weeks), until=weeks[-1])
    levers_from = ""
    funnel = result.funnel
    if funnel is not None:
        levers_from = "measured" if any(r.measured is not None for r in result.probabilities) else "assumed"
    else:
        funnel = measured_funnel(m).funnel  # the assumed one, when the measured one cannot be built
        levers_from = "assumed" if funnel is not None else ""
    levers = tuple(funnel.levers[:LEVERS_SHOWN]) if funnel is not None else ()

    following = shift_quarter(quarter, 1)
    return QuarterlyReview(
        quarter=quarter, previous=previous, weeks=tuple(weeks), stages=tuple(stages),
        conversions=tuple(conversions), leaks=leaks, scorecard=counts, levers=levers,
        priorities_this=tuple(p.id for p in m.priorities if p.quarter == quarter),
        priorities_next=tuple(p.id for p in m.priorities if p.quarter == following),
        levers_from=levers_from, logged_weeks=len(logged.intersection(weeks)),
        previous_logged_weeks=len(logged.intersection(previous_weeks)), previous_weeks=len(previous_weeks))


def _r(x: float | None, digits: int) -> float | int | None:
    if x is None:
        return None
    r = round(float(x), digits) + 0.0
    return int(r) if r.is_integer() and abs(r) < 2**53 else r


def review_to_json(review: QuarterlyReview) -> dict:
    """DESIGN's object for ``mapper review --json``: volumes to 1 decimal, changes in
    percent to 1 decimal, rates to 4 decimals, lever gains to 3."""
    def conv(c: Conversion | None, with_previous: bool = True) -> dict | None:
        if c is None:
            return None
        out = {"from": c.source, "to": c.target, "rate": _r(c.rate, 4)}
        if with_previous:
            out["previous"] = _r(c.previous, 4)
        return out

    return {
        "quarter": review.quarter,
        "previous": review.previous,
        "weeks": list(review.weeks),
        "stages": [{"stage": s.stage, "step": s.step, "volume": _r(s.volume, 1), "previous": _r(s.previous, 1),
                    "change": _r(s.change, 1)} for s in review.stages],
        "conversions": [conv(c) for c in review.conversions],
        "leaks": {half: conv(c, with_previous=False) for half, c in review.leaks.items()},
        "scorecard": [{"step": r.step, "name": r.name, "on_track": r.on_track, "off_track": r.off_track,
                       "logged": r.logged} for r in review.scorecard],
        "levers": [{"step": lv.step, "gain": round(lv.gain, 3) + 0.0} for lv in review.levers],
        "priorities": {"this": list(review.priorities_this), "next": list(review.priorities_next)},
    }


def coverage_words(review: QuarterlyReview) -> str:
    """How complete the numbers are: "Numbers for 10 of the 14 weeks of 2026-Q4; 13 of 13 in 2026-Q3."."""
    return translate("Review", "Numbers for {logged} of the {weeks} weeks of {quarter}; "
                               "{previous_logged} of {previous_weeks} in {previous}.").format(
        logged=review.logged_weeks, weeks=len(review.weeks), quarter=review.quarter,
        previous_logged=review.previous_logged_weeks, previous_weeks=review.previous_weeks,
        previous=review.previous)


def leak_words(review: QuarterlyReview, half: str) -> str:
    """The leak of one half in the owner's words: "Most are lost between trust and try:
    18% go on, down from 25%." ("" when there is none)."""
    c = review.leaks.get(half)
    if c is None:
        return ""
    # Stages read mid-sentence: "between trust and try", "tra fiducia e prova".
    source, target = stage_name(c.source).lower(), stage_name(c.target).lower()
    rate = format_percent(c.rate)
    if c.rate > 1:
        text = translate("Review", "Weakest between {source} and {target}: {rate} as many go on")
    else:
        text = translate("Review", "Most are lost between {source} and {target}: {rate} go on")
    text = text.format(source=source, target=target, rate=rate)
    if c.previous is not None:
        now, was = round(c.rate * 100), round(c.previous * 100)
        if now < was:
            text += translate("Review", ", down from {was}").format(was=format_percent(was / 100))
        elif now > was:
            text += translate("Review", ", up from {was}").format(was=format_percent(was / 100))
        else:
            text += translate("Review", ", as last quarter")
    return text + translate("Review", ".")


def review_words(review: QuarterlyReview) -> dict[str, str]:
    """What the review's documents say in sentences: each half's leak and how complete the numbers are."""
    return {"marketing": leak_words(review, "marketing"), "operating": leak_words(review, "operating"),
            "coverage": coverage_words(review)}


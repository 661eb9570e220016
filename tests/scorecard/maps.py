"""Maps for the weekly review's tests, benchmarks and pictures."""

from __future__ import annotations

import random

from mapper.model import Metric, SetLogValues, load_map
from mapper.model.weeks import weeks_ending
from mapper.templates import template_path

#: What the webinar template's owner tracks once "Track this" has been used on a few steps:
#: (step, metric name, target, better, metric owner, a typical week and its spread).
TRACKED = (
    ("consult", "Consultation calls held", 8, "higher", "", 8, 3),
    ("nurture", "Unsubscribes", 5, "lower", "Assistant", 4, 3),
    ("client", "New clients", 3, "higher", "Sales", 3, 2),
)


def webinar_half_quarter(until: str = "2026-W49", filled: int = 7, seed: int = 4):
    """The webinar template with five metrics and the last ``filled`` of 13 weeks
    logged (one week skipped, as happens), including the "Books a consultation?"
    branch counts keyed by arrow id."""
    m = load_map(template_path("webinar-marketing"))
    for sid, name, target, better, owner, _, _ in TRACKED:
        m.step(sid).metric = Metric(name=name, unit="per week", target=target, better=better, owner=owner)
    rnd = random.Random(seed)
    typical = {"signup": (60, 12), "booked": (10, 4)} | {t[0]: (t[5], t[6]) for t in TRACKED}
    weeks = weeks_ending(until, 13)[-filled:]
    values = {}
    for i, week in enumerate(weeks):
        if i == 2:
            continue   # a week nobody logged
        cells = {sid: float(max(0, round(rnd.gauss(mid, spread)))) for sid, (mid, spread) in typical.items()}
        yes = cells["booked"]
        cells["a6"], cells["a7"] = yes, float(round(yes * rnd.uniform(2, 4)))
        values[week] = cells
    SetLogValues(values).apply(m)
    return m

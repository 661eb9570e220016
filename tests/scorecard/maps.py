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


def metric_map(metrics: int, weeks: int, until: str = "2026-W49", seed: int = 1):
    """A chain of ``metrics`` measured activities (a start, an end) with every one of
    the ``weeks`` weeks ending at ``until`` logged: the benchmarks' big scorecard."""
    from mapper.model import Arrow, Step, SystemMap
    rnd = random.Random(seed)
    steps = [Step(id="start", kind="terminator", text="Lead comes in", x=0, y=0)]
    for i in range(metrics):
        steps.append(Step(id=f"s{i}", kind="activity", text=f"Step {i}", x=200 * (i + 1), y=0,
                          owner=f"Owner {i % 7}",
                          metric=Metric(name=f"Metric {i}", unit="per week", target=float(10 + i % 20),
                                        better="lower" if i % 5 == 0 else "higher")))
    steps.append(Step(id="end", kind="terminator", text="Done", x=200 * (metrics + 1), y=0, goal=True))
    arrows = [Arrow(id=f"a{i}", source=steps[i].id, target=steps[i + 1].id) for i in range(len(steps) - 1)]
    m = SystemMap(title="Big scorecard", steps=steps, arrows=arrows)
    SetLogValues({w: {f"s{i}": float(rnd.randint(0, 40)) for i in range(metrics)}
                  for w in weeks_ending(until, weeks)}).apply(m)
    return m

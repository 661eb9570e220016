"""A tiny timing harness: cases declare what to build (untimed) and what to time.

Each ``benchmarks/bench_<area>.py`` exposes ``CASES: list[Case]``; ``run.py``
finds them, times every case at every size and prints medians against budgets.
"""

from __future__ import annotations

import gc
import os
import statistics
import time
from dataclasses import dataclass, field
from typing import Any, Callable


@dataclass
class Case:
    """One thing to time.

    ``setup(size) -> state`` builds the input and is not timed; ``run(state)`` is
    timed, ``repeat`` times per size (after one untimed warm-up run); the median
    is compared with ``budget(size)`` seconds (None: no budget, just reported).
    ``run`` must not change ``state`` in a way that changes the next run's work,
    or ``fresh`` must be True so that setup runs again before every timed run.
    """
    group: str
    name: str
    sizes: tuple[int, ...]
    setup: Callable[[int], Any]
    run: Callable[[Any], Any]
    budget: Callable[[int], float | None] | None = None
    repeat: int = 5
    fresh: bool = False
    note: str = ""

    def budget_for(self, size: int) -> float | None:
        return None if self.budget is None else self.budget(size)


@dataclass
class Measurement:
    case: Case
    size: int
    times: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def budget(self) -> float | None:
        return self.case.budget_for(self.size)

    @property
    def passed(self) -> bool | None:
        return None if self.budget is None else self.median <= self.budget


def pin_to_one_core() -> None:
    """The budgets are for one core: keep the process (and numpy) on one."""
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        except OSError:
            pass


def budgets(table: dict[int, float]) -> Callable[[int], float | None]:
    """A budget function from {size: seconds}; sizes not listed have no budget."""
    return table.get


def measure(case: Case, size: int, repeat: int | None = None) -> Measurement:
    """Time ``case.run`` at ``size``: one warm-up, then ``repeat`` timed runs.
    The garbage collector is run before, and paused during, each timed run so one
    run does not pay for the previous one's garbage."""
    repeat = case.repeat if repeat is None else repeat
    result = Measurement(case, size)
    state = case.setup(size)
    case.run(state)  # warm-up: imports, caches, first-touch allocation
    for _ in range(repeat):
        if case.fresh:
            state = case.setup(size)
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            case.run(state)
            result.times.append(time.perf_counter() - t0)
        finally:
            gc.enable()
    return result


def format_seconds(s: float | None) -> str:
    if s is None:
        return "-"
    if s < 1e-3:
        return f"{s * 1e6:.0f} µs"
    if s < 1:
        return f"{s * 1e3:.1f} ms"
    return f"{s:.2f} s"


def markdown_table(results: list[Measurement]) -> str:
    """Results as a Markdown table: group, case, size, median, budget, result."""
    lines = ["| group | case | steps | median | budget | result |",
             "|---|---|---:|---:|---:|---|"]
    for r in results:
        verdict = {None: "-", True: "pass", False: "**FAIL**"}[r.passed]
        lines.append(f"| {r.case.group} | {r.case.name} | {r.size:,} | {format_seconds(r.median)} "
                     f"| {format_seconds(r.budget)} | {verdict} |")
    return "\n".join(lines)

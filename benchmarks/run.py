"""Run the benchmarks and print a Markdown table of medians against the budgets.

    .venv/bin/python benchmarks/run.py [--group G] [--sizes 100,1000] [--repeat N] [--case NAME]

Every ``benchmarks/bench_*.py`` that exposes ``CASES`` is run. The
budgets are for one core, so the process is pinned to one CPU and numeric
libraries are kept to one thread. Exit status 1 when a budget is missed.
"""

from __future__ import annotations

import os

# One core, as the budgets say; must be set before numpy/scipy are imported.
for _var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import platform  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from harness import Case, markdown_table, measure, pin_to_one_core  # noqa: E402


def discover(folder: Path = HERE) -> list[Case]:
    """The CASES of every bench_*.py in the folder, in file-name order."""
    cases: list[Case] = []
    for path in sorted(folder.glob("bench_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases.extend(getattr(module, "CASES", []))
    return cases


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--group", action="append", help="only this group (repeatable)")
    p.add_argument("--case", action="append", help="only cases whose name contains this (repeatable)")
    p.add_argument("--sizes", help="comma-separated sizes to run instead of each case's own")
    p.add_argument("--repeat", type=int, help="timed runs per size (default: each case's own)")
    args = p.parse_args(argv)

    pin_to_one_core()
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")] if args.sizes else None
    cases = [c for c in discover()
             if (not args.group or c.group in args.group)
             and (not args.case or any(n in c.name for n in args.case))]
    if not cases:
        print("no benchmark matches", file=sys.stderr)
        return 2
    results = []
    for case in cases:
        for size in sizes or case.sizes:
            print(f"  {case.group}/{case.name} @ {size:,} ...", file=sys.stderr, flush=True)
            results.append(measure(case, size, args.repeat))
    runs = f"{args.repeat} runs" if args.repeat else "each case's runs"
    print(f"Python {platform.python_version()} on {platform.machine()}, one core, median of {runs}\n")
    print(markdown_table(results))
    return 1 if any(r.passed is False for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())

"""Core budgets (benchmarks/README.md, "The budgets"): load, save and analyse."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

from harness import Case, budgets
from synthetic import synthetic_map

from mapper.analysis import analyse
from mapper.model import dumps_map, load_map, save_map

SIZES = (100, 1_000, 5_000, 20_000)
_folder = tempfile.mkdtemp(prefix="mapper-bench-")
atexit.register(shutil.rmtree, _folder, ignore_errors=True)


def _saved(size: int) -> str:
    path = os.path.join(_folder, f"synthetic-{size}.json")
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(dumps_map(synthetic_map(size)))
    return path


def _save_state(size: int):
    return synthetic_map(size), os.path.join(_folder, f"saved-{size}.json")


CASES = [
    Case("core", "load + validate", SIZES, setup=_saved, run=load_map,
         budget=budgets({20_000: 1.0})),
    Case("core", "save (atomic, with .bak)", SIZES, setup=_save_state, run=lambda st: save_map(*st),
         budget=budgets({20_000: 1.0})),
    Case("core", "analyse (everything, with funnel)", SIZES, setup=synthetic_map, run=analyse,
         budget=budgets({1_000: 0.050, 20_000: 1.0})),
]

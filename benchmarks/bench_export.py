"""Export budgets (benchmarks/README.md, "The budgets"): PNG of 1,000 steps at scale 2
under 3 s; SVG, PDF and the checklist PDF are reported alongside.

``synthetic_map(1000)`` is laid out in long lanes 52,000 scene units wide: at
scale 2 that picture would be 101,718 x 5,846 pixels (595 megapixels), which
export refuses (over the 16,384-pixel side limit) in favour of PDF or SVG. So the
PNG case packs the same 1,000 steps and 3,000+ arrows into 32 columns, which
gives the largest picture export allows: 15,318 x 9,787 pixels (150 MP).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import Case, budgets  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.analysis import analyse  # noqa: E402
from mapper.formats.checklist import build_checklist  # noqa: E402
from mapper.render.export import ExportOptions, export_map  # noqa: E402
from mapper.render.checklist_pdf import write_checklist_pdf  # noqa: E402

app = QApplication.instance() or QApplication([])
_folder = tempfile.mkdtemp(prefix="mapper-bench-export-")
atexit.register(shutil.rmtree, _folder, ignore_errors=True)  # as bench_core: no 9 MB picture left per run
COLUMNS = 32


def _packed(size: int):
    """The synthetic map with its steps in a grid of 32 columns (arrows re-route)."""
    m = synthetic_map(size)
    for i, s in enumerate(m.steps):
        s.x, s.y = (i % COLUMNS) * 240.0, (i // COLUMNS) * 150.0
    for a in m.arrows:
        a.waypoints = []
    return m, analyse(m)


def _state(ext: str, packed: bool = False, **options):
    def setup(size: int):
        m, report = _packed(size) if packed else (synthetic_map(size), None)
        report = report or analyse(m)
        return m, report, os.path.join(_folder, f"map-{size}.{ext}"), ExportOptions(**options)
    return setup


def _export(state) -> None:
    m, report, path, options = state
    assert export_map(m, path, options, report)


def _checklist_state(size: int):
    m = synthetic_map(size)
    return m, analyse(m), os.path.join(_folder, f"checklist-{size}.pdf")


def _checklist(state) -> None:
    m, report, path = state
    write_checklist_pdf(build_checklist(m, report), path)


CASES = [
    Case("export", "PNG scale 2 (steps packed in 32 columns; 1,000 = 15,318 x 9,787 px)", (100, 1_000),
         setup=_state("png", packed=True, scale=2.0), run=_export, budget=budgets({1_000: 3.0}), repeat=3),
    Case("export", "SVG scale 1 (synthetic layout)", (100, 1_000), setup=_state("svg", scale=1.0),
         run=_export, repeat=3),
    Case("export", "PDF fitted to one A4 page (synthetic layout)", (100, 1_000),
         setup=_state("pdf", pages="fit"), run=_export, repeat=3),
    Case("export", "PDF tiled over A4 pages at scale 1 (synthetic layout)", (100, 1_000),
         setup=_state("pdf", pages="tile", scale=1.0), run=_export, repeat=3),
    Case("export", "checklist PDF (analysis done; typeset and write)", (100, 1_000),
         setup=_checklist_state, run=_checklist, repeat=3),
]

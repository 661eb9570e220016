"""estimate_size (no Qt) against the renderer's measured sizes (Qt)."""

from __future__ import annotations

import sys

from mapper.layout import estimate_size
from mapper.model import load_map
from tests.conftest import ROOT, SAMPLE_MAPS

sys.path.insert(0, str(ROOT / "benchmarks"))
from synthetic import synthetic_map  # noqa: E402


def test_the_guess_is_close_to_what_the_renderer_draws(qapp):
    from mapper.render.geometry import step_size
    steps = [s for p in sorted(SAMPLE_MAPS.glob("*.json")) for s in load_map(p).steps]
    steps += synthetic_map(250).steps
    for s in steps:
        (ew, eh), (rw, rh) = estimate_size(s), step_size(s)
        # A little too big costs some space; too small would let shapes touch.
        # Layout keeps 40 px between shapes, so 10 % short is still clear.
        assert ew >= 0.9 * rw and eh >= 0.9 * rh, (s.kind, s.text, (ew, eh), (rw, rh))
        assert ew <= 1.5 * rw and eh <= 1.5 * rh, (s.kind, s.text, (ew, eh), (rw, rh))

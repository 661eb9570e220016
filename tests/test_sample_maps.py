"""The sample maps are the templates owners start from: complete, placed and clean."""

import pytest

from mapper.analysis import analyse
from mapper.model import load_map
from tests.conftest import SAMPLE_MAPS

SAMPLES = sorted(SAMPLE_MAPS.glob("*.json"))


def test_all_six_systems_and_one_per_language_are_there():
    assert {p.stem for p in SAMPLES} == {"webinar-marketing", "marketing-hourglass", "six-c-pipeline",
                                        "life-of-a-lead", "sales-funnel-recycle", "client-onboarding",
                                        "marketing-hourglass-it", "six-c-pipeline-zh", "sales-funnel-recycle-fr"}


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.stem)
def test_sample_map_passes_check_with_a_funnel(path):
    m = load_map(path)
    report = analyse(m)
    assert [f for f in report.findings if f.severity == "error"] == []
    assert [f.rule for f in report.findings if f.severity == "warning"] == []
    assert all(s.placed for s in m.steps)
    assert m.title and m.description and m.system
    assert report.funnel is not None
    assert sum(report.funnel.outcomes.values()) == pytest.approx(100, abs=0.2)
    assert report.critical, "every sample has critical steps to document"

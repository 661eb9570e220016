"""The analysis worker reads a copy of a big map: the copy must hold everything the map says."""

from mapper.model import load_map
from mapper.model.schema import Priority
from mapper.ui.analysis_runner import snapshot
from tests.conftest import SAMPLE_MAPS


def test_the_copy_keeps_every_field_of_the_map():
    m = load_map(SAMPLE_MAPS / "webinar-marketing.json")
    m.currency, m.direction, m.lanes = "EUR", "TB", "owner"
    m.priorities = [Priority(id="p1", quarter="2026-Q4", text="Faster quotes", owner="Ann")]
    copy = snapshot(m)
    for name in type(m).model_fields:
        assert getattr(copy, name) == getattr(m, name), name

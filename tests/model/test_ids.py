"""The one rule for fresh ids (mapper/model/ids.py), as each caller uses it."""

from hypothesis import given
from hypothesis import strategies as st

from mapper.model.ids import fresh_id


def test_a_free_base_is_kept_and_joins_the_taken_ids():
    taken = {"a"}
    assert fresh_id("b", taken) == "b" and taken == {"a", "b"}


def test_each_caller_numbers_its_own_way():
    assert fresh_id("a", {"a1"}, always_number=True) == "a2"           # arrows, priorities
    assert fresh_id("step", {"step", "step1"}) == "step2"              # steps
    assert fresh_id("Go", {"Go"}, joiner="_", first=2) == "Go_2"       # importers, Mermaid export
    assert fresh_id("lane-1", {"lane-1"}, joiner="-", first=2) == "lane-1-2"  # draw.io export
    assert fresh_id("step3", {"step3"}, renumber=True) == "step1"      # the canvas' paste


@given(st.text(max_size=5), st.sets(st.text(max_size=6), max_size=20), st.booleans(), st.booleans())
def test_the_id_is_always_new_and_taken_afterwards(base, taken, always_number, renumber):
    before = set(taken)
    made = fresh_id(base, taken, always_number=always_number, renumber=renumber)
    assert made not in before and made in taken and taken == before | {made}

"""Hypothesis strategies for maps, shared by the model's property tests."""

from hypothesis import strategies as st

from mapper.model import Arrow, Metric, Step, SystemMap

texts = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
kinds = st.sampled_from(["terminator", "activity", "decision", "note"])
stages = st.one_of(st.none(), st.sampled_from(["know", "like", "trust", "try", "buy", "repeat", "refer"]))


@st.composite
def steps(draw, step_id: str) -> Step:
    return Step(
        id=step_id, kind=draw(kinds), text=draw(texts),
        x=draw(st.one_of(st.none(), coords)), y=draw(st.one_of(st.none(), coords)),
        stage=draw(stages), owner=draw(st.sampled_from(["", "Sales", "Office", "Ana"])),
        critical=draw(st.sampled_from([None, True, False])),
        automate=draw(st.sampled_from([None, True, False])),
        metric=draw(st.one_of(st.none(), st.builds(Metric, name=texts, unit=st.sampled_from(["", "%"]),
                                                  target=st.one_of(st.none(), st.floats(0, 1000))))),
        checklist=draw(st.lists(texts, max_size=3)),
        cost=draw(st.one_of(st.none(), st.floats(0, 1e6))),
    )


@st.composite
def maps(draw, max_steps: int = 8) -> SystemMap:
    n = draw(st.integers(0, max_steps))
    m = SystemMap(title=draw(texts), system=draw(st.sampled_from([None, "marketing", "operating"])))
    for i in range(n):
        m.steps.append(draw(steps(f"s{i}")))
    flow = [s.id for s in m.steps if s.kind != "note"]
    if flow:
        for j in range(draw(st.integers(0, 2 * len(flow)))):
            m.arrows.append(Arrow(id=f"a{j}", source=draw(st.sampled_from(flow)), target=draw(st.sampled_from(flow)),
                                  label=draw(st.sampled_from(["", "Yes", "No"])),
                                  probability=draw(st.one_of(st.none(), st.floats(0, 1)))))
    return m

"""A map sent out to Mermaid or draw.io and read back is the same map.

Texts are compared after ``tidy_text`` (runs of spaces collapsed, lines
trimmed): that is how both tools show a label, so it is all that can travel.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper.formats.building import tidy_text
from mapper.formats.drawio import export_drawio, import_drawio
from mapper.formats.mermaid import export_mermaid, import_mermaid
from mapper.model import Arrow, Metric, Step, SystemMap

TRICKY = st.lists(st.sampled_from(list("ab xyZ09\"'[](){}|<>&#;:%\\/`-=.\n\t")
                                   + ["é", "中", "Да", "😀", "#quot;", "&amp;", "<br>", "\\n", "end"]),
                  max_size=25).map("".join)
coords = st.floats(min_value=-5000, max_value=5000, allow_nan=False, allow_infinity=False)
sizes = st.one_of(st.none(), st.floats(min_value=10, max_value=600, allow_nan=False))


@st.composite
def maps(draw, placed: bool) -> SystemMap:
    n = draw(st.integers(1, 8))
    m = SystemMap(title=draw(TRICKY))
    for i in range(n):
        m.steps.append(Step(
            id=draw(st.sampled_from([f"s{i}", f"step-{i}", f"Étape {i}", f"end{i}", f"{i}x"])),
            kind=draw(st.sampled_from(["terminator", "activity", "decision", "note"])),
            text=draw(TRICKY),
            x=draw(coords) if placed else None, y=draw(coords) if placed else None,
            width=draw(sizes) if placed else None, height=draw(sizes) if placed else None,
            owner=draw(st.sampled_from(["", "Sales", "Back office", 'Ana "A"'])),
        ))
    seen: set[str] = set()
    for s in m.steps:  # ids must be unique
        base, k = s.id, 2
        while s.id in seen:
            s.id = f"{base}_{k}"
            k += 1
        seen.add(s.id)
    flow = [s.id for s in m.steps if s.kind != "note"]
    if flow:
        for j in range(draw(st.integers(0, 2 * len(flow)))):
            m.arrows.append(Arrow(id=f"a{j + 1}", source=draw(st.sampled_from(flow)),
                                  target=draw(st.sampled_from(flow)), label=draw(TRICKY)))
    return m


def flow_of(m: SystemMap, ids: dict[str, str] | None = None):
    ids = ids or {}
    steps = [(s.kind, tidy_text(s.text), s.owner) for s in m.steps]
    by_id = {s.id: i for i, s in enumerate(m.steps)}
    arrows = [(by_id[a.source], by_id[a.target], tidy_text(a.label)) for a in m.arrows]
    return steps, arrows


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps(placed=False))
def test_mermaid_round_trip_keeps_kinds_texts_arrows_labels_and_owners(m):
    text = export_mermaid(m)
    back = import_mermaid(text, "back.mmd").map
    assert flow_of(back) == flow_of(m), text
    # Simple ids come back unchanged.
    for before, after in zip(m.steps, back.steps):
        if before.id.isidentifier() and before.id.isascii() and not before.id.startswith("end"):
            assert after.id == before.id


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(maps(placed=True))
def test_drawio_round_trip_keeps_the_map_and_its_geometry(m):
    text = export_drawio(m)
    back = import_drawio(text.encode("utf-8"), "back.drawio").map
    assert flow_of(back) == flow_of(m)
    assert [s.id for s in back.steps] == [s.id for s in m.steps]
    for before, after in zip(m.steps, back.steps):
        assert abs(after.x - before.x) <= 0.5 and abs(after.y - before.y) <= 0.5
        (bw, bh), (aw, ah) = before.size(), after.size()
        assert abs(aw - bw) <= 0.5 and abs(ah - bh) <= 0.5


def test_drawio_round_trip_keeps_mapper_fields_and_routes():
    m = SystemMap(title="Shop", system="operating", description="Walk-ins to sales \"at the till\" <fast>", steps=[
        Step(id="in", kind="terminator", text="Walk-in", x=0, y=0, stage="try", owner="Front desk",
             metric=Metric(name="Visitors", unit="per week", target=50)),
        Step(id="buy", kind="decision", text="Buys?", x=300, y=0, critical=True, checklist=["Greet", "Offer"]),
        Step(id="won", kind="terminator", text="Sale", x=600, y=0, goal=True, value=120.0),
        Step(id="lost", kind="terminator", text="Leaves", x=300, y=200, cost=3.5),
    ], arrows=[
        Arrow(id="a1", source="in", target="buy"),
        Arrow(id="a2", source="buy", target="won", label="Yes", probability=0.3),
        Arrow(id="a3", source="buy", target="lost", label="No", probability=0.7, label_pos=0.2,
              waypoints=[(300.0, 120.0)]),
    ])
    back = import_drawio(export_drawio(m).encode(), "shop.drawio")
    no_size = {"title": True, "steps": {"__all__": {"width", "height"}}}
    assert back.map.model_dump(exclude=no_size) == m.model_dump(exclude=no_size)
    assert [s.size() for s in back.map.steps] == [s.size() for s in m.steps]
    assert back.warnings == []


def test_drawio_export_uses_styles_drawio_knows():
    m = SystemMap(steps=[Step(id="t", kind="terminator", text="Go", x=0, y=0),
                         Step(id="d", kind="decision", text="Ok?", x=200, y=0),
                         Step(id="a", kind="activity", text="Do", x=400, y=0),
                         Step(id="n", kind="note", text="Psst", x=0, y=200)])
    text = export_drawio(m)
    assert text.startswith("<mxfile")
    assert "arcSize=50" in text and "rhombus;" in text and "shape=note;" in text
    assert "compressed" not in text and "<mxGraphModel" in text


def test_a_small_lettered_step_of_mappers_own_export_comes_back_as_a_step():
    # Found by the round trip above: a lone 10 px start point "a" was read as a callout marker.
    m = SystemMap(steps=[Step(id="s0", kind="terminator", text="a", x=0.0, y=0.0, width=10.0, height=10.0)])
    back = import_drawio(export_drawio(m).encode("utf-8"), "back.drawio")
    assert [(s.kind, s.text) for s in back.map.steps] == [("terminator", "a")]
    assert not any("marker" in w for w in back.warnings)

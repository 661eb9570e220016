"""Absurd numbers are refused where they enter, and nothing is sized by a file's extent.

A draw.io file of a few hundred bytes with ``y="1e308"`` or ``width="1e308"`` once
ran for half a minute and ended in a MemoryError: a grid was allocated by the
drawing's extent. Each file here is imported (and exported, and checked) by
``mapper`` in its own process under a memory limit and a time limit.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time

import pytest

from mapper.formats.bpmn import import_bpmn
from mapper.formats.drawio import import_drawio
from mapper.layout.spatial import SpatialGrid
from mapper.model import MAX_COORDINATE, MAX_SIZE, MapFileError, loads_map
from tests.conftest import ROOT

#: Address space for one mapper process (Qt for the PNG export included), and its time.
MEMORY_LIMIT = 1536 * 1024 * 1024
TIME_LIMIT_S = 30


def drawio(cells: str) -> bytes:
    return (f'<mxfile><diagram name="P"><mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>'
            f'{cells}</root></mxGraphModel></diagram></mxfile>').encode()


def box(cid: str, text: str, x="0", y="0", w="120", h="60") -> str:
    return (f'<mxCell id="{cid}" value="{text}" style="rounded=0;" vertex="1" parent="1">'
            f'<mxGeometry x="{x}" y="{y}" width="{w}" height="{h}" as="geometry"/></mxCell>')


EDGE = '<mxCell id="e1" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" as="geometry"/></mxCell>'
LOOSE = ('<mxCell id="e2" edge="1" parent="1"><mxGeometry relative="1" as="geometry">'
         '<mxPoint x="5" y="5" as="sourcePoint"/><mxPoint x="1e308" y="1e308" as="targetPoint"/></mxGeometry></mxCell>')

HOSTILE_DRAWIO = {
    "huge-y": drawio(box("a", "Start", y="1e308") + box("b", "Work", x="200") + EDGE),
    "huge-width": drawio(box("a", "Start", w="1e308") + box("b", "Work", x="200") + EDGE + LOOSE),
    "huge-both": drawio(box("a", "Start", x="-1e308", y="1e308", w="1e308", h="1e308") + box("b", "Work") + EDGE),
    "infinite": drawio(box("a", "Start", x="inf", y="-inf", w="nan") + box("b", "Work", x="200") + EDGE),
    "far-apart": drawio(box("a", "Start", x="-9e6", y="-9e6") + box("b", "Work", x="9e6", y="9e6") + EDGE),
    "bends": drawio(box("a", "Start") + box("b", "Work", x="300") +
                    '<mxCell id="e1" edge="1" parent="1" source="a" target="b"><mxGeometry relative="1" '
                    'as="geometry"><Array as="points"><mxPoint x="1e308" y="30"/></Array></mxGeometry></mxCell>'),
}

HOSTILE_BPMN = b"""<?xml version="1.0"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC">
 <process id="p">
  <startEvent id="s" name="Start"/><task id="t" name="Work"/><endEvent id="e" name="Done"/>
  <sequenceFlow id="f1" sourceRef="s" targetRef="t"/><sequenceFlow id="f2" sourceRef="t" targetRef="e"/>
 </process>
 <bpmndi:BPMNDiagram><bpmndi:BPMNPlane bpmnElement="p">
  <bpmndi:BPMNShape bpmnElement="s"><dc:Bounds x="0" y="1e308" width="36" height="36"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape bpmnElement="t"><dc:Bounds x="100" y="0" width="1e308" height="80"/></bpmndi:BPMNShape>
  <bpmndi:BPMNShape bpmnElement="e"><dc:Bounds x="300" y="0" width="36" height="36"/></bpmndi:BPMNShape>
 </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
</definitions>
"""


def _bounded(m) -> bool:
    for s in m.steps:
        for v in (s.x, s.y):
            if v is not None and not abs(v) <= MAX_COORDINATE:
                return False
        for v in (s.width, s.height):
            if v is not None and not 0 < v <= MAX_SIZE:
                return False
    return all(abs(v) <= MAX_COORDINATE for a in m.arrows for p in a.waypoints for v in p)


@pytest.mark.parametrize("name", sorted(HOSTILE_DRAWIO))
def test_absurd_drawio_numbers_are_dropped_or_clamped_with_a_warning_naming_the_shape(name):
    start = time.perf_counter()
    result = import_drawio(HOSTILE_DRAWIO[name], f"{name}.drawio")
    assert time.perf_counter() - start < 2.0
    assert _bounded(result.map)
    # The map is a valid map: it saves and loads back.
    from mapper.model import dumps_map
    loads_map(dumps_map(result.map))
    if name != "far-apart":
        warning = next(w for w in result.warnings if "far outside" in w)
        assert '"Start' in warning or '"Work' in warning


def test_absurd_bpmn_numbers_are_bounded_with_a_warning():
    result = import_bpmn(HOSTILE_BPMN, "huge.bpmn")
    assert _bounded(result.map)
    warning = next(w for w in result.warnings if "far outside" in w)
    assert '"Start"' in warning and '"Work"' in warning


def test_the_spatial_grid_grows_with_the_number_of_boxes_not_their_extent():
    grid = SpatialGrid(400.0)
    grid.add(-1e308, -1e308, 1e308, 1e308, "everywhere")
    grid.add(float("-inf"), 0, float("inf"), 10, "infinite")
    grid.add(0, 0, 100, 100, "small")
    assert sum(len(v) for v in grid.cells.values()) == 1
    assert set(grid.near(50, 50)) == {"everywhere", "infinite", "small"}
    assert set(grid.near(1e7, 1e7)) == {"everywhere", "infinite"}


def test_the_map_format_refuses_absurd_coordinates_and_sizes_naming_the_step():
    doc = {"format": "mapper/system-map", "schema_version": 2,
           "steps": [{"id": "far", "kind": "activity", "x": 1e308, "y": 0}]}
    for field, value in (("x", 1e308), ("y", -10_000_001), ("width", 100_001), ("height", 0)):
        step = {"id": "far", "kind": "activity", "x": 0, "y": 0, field: value}
        with pytest.raises(MapFileError) as e:
            loads_map(json.dumps({**doc, "steps": [step]}), "far.json")
        message = str(e.value)
        assert 'step "far"' in message and f'field "{field}"' in message
        assert message.split(": ")[-1][:1].isupper() or message.split(": ")[-1][:1].islower()


def _limited():
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_mapper(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("MAPPER_DEBUG", None)
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=TIME_LIMIT_S, preexec_fn=_limited)


@pytest.mark.parametrize("name", ["huge-y", "huge-width", "huge-both"])
def test_importing_exporting_and_checking_a_hostile_file_stays_within_time_and_memory(tmp_path, name):
    source = tmp_path / f"{name}.drawio"
    source.write_bytes(HOSTILE_DRAWIO[name])
    assert len(HOSTILE_DRAWIO[name]) < 1000
    imported = tmp_path / "imported.json"
    done = run_mapper("import", str(source), "-o", str(imported))
    assert done.returncode == 0, done.stderr
    assert "far outside" in done.stderr + done.stdout
    for args in (("export", str(imported), "-o", str(tmp_path / "out.png")),
                 ("checklist", str(imported), "-o", str(tmp_path / "list.md")),
                 ("check", str(imported))):
        done = run_mapper(*args)
        assert done.returncode in (0, 1), done.stderr
        assert "Warning" not in done.stderr and "Traceback" not in done.stderr, done.stderr


def test_a_map_file_with_a_step_far_away_is_a_located_load_error_not_a_hang(tmp_path):
    path = tmp_path / "far.json"
    doc = json.loads((ROOT / "sample_maps" / "webinar-marketing.json").read_text(encoding="utf-8"))
    doc["steps"][0]["x"] = 1e308
    path.write_text(json.dumps(doc), encoding="utf-8")
    for args in (("export", str(path), "-o", str(tmp_path / "out.png")),
                 ("checklist", str(path), "-o", str(tmp_path / "list.md")), ("check", str(path))):
        done = run_mapper(*args)
        assert done.returncode == 2
        line = done.stderr.strip()
        assert "\n" not in line and str(path) in line and f'step "{doc["steps"][0]["id"]}"' in line
        assert "10,000,000" in line

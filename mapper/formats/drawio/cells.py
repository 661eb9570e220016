"""A draw.io page's cells as plain records, their label text, and what each shape is."""

from __future__ import annotations

import html
import json
import math
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from ..building import tidy_text
from ..safexml import local_name


@dataclass
class _Cell:
    id: str
    parent: str | None
    vertex: bool
    edge: bool
    style: dict[str, str]
    names: set[str]
    value: str
    source: str | None
    target: str | None
    x: float = 0.0
    y: float = 0.0
    w: float = 0.0
    h: float = 0.0
    relative: bool = False
    has_geometry: bool = False
    points: list[tuple[float, float]] = field(default_factory=list)
    # Where an edge's loose end was left when it is not glued to a shape.
    end_points: dict[str, tuple[float, float]] = field(default_factory=dict)
    mapper_fields: str | None = None
    hidden: bool = False  # visible="0": a hidden layer or shape, not shown in draw.io

    @property
    def shape(self) -> str:
        return self.style.get("shape", "")


def _number(v: str | None, default: float = 0.0) -> float:
    try:
        f = float(v) if v is not None else default
    except ValueError:
        return default
    # Not a number or infinite: an absurd but finite number, which the shared bounds
    # (building.bounded_geometry) then refuse with a warning naming the shape.
    return f if math.isfinite(f) else math.copysign(1e308, f) if math.isinf(f) else 1e308


def _parse_style(text: str) -> tuple[dict[str, str], set[str]]:
    style: dict[str, str] = {}
    names: set[str] = set()
    for part in (text or "").split(";"):
        part = part.strip()
        if not part:
            continue
        if "=" in part:
            k, v = part.split("=", 1)
            style[k.strip()] = v.strip()
        else:
            names.add(part)
    return style, names


def _read_cells(model: Element) -> list[_Cell]:
    root = next((c for c in model if local_name(c.tag) == "root"), None)
    if root is None:
        return []
    cells: list[_Cell] = []
    for el in root:
        tag = local_name(el.tag)
        if tag == "mxCell":
            cell_el, value, cid = el, el.get("value") or "", el.get("id")
            extra = None
        elif tag in ("object", "UserObject"):
            cell_el = next((c for c in el if local_name(c.tag) == "mxCell"), None)
            if cell_el is None:
                continue
            value, cid = el.get("label") or "", el.get("id")
            if el.get("placeholders") == "1" and "%" in value:
                # "%name%" shows the shape's own property "name" (draw.io's placeholders).
                value = re.sub(r"%([\w.-]+)%", lambda m: html.escape(el.get(m.group(1), m.group(0)), quote=False),
                               value)
            extra = el.get("mapper")
        else:
            continue
        if not cid:
            continue
        style, names = _parse_style(cell_el.get("style") or "")
        cell = _Cell(id=cid, parent=cell_el.get("parent"), vertex=cell_el.get("vertex") == "1",
                     edge=cell_el.get("edge") == "1", style=style, names=names, value=value,
                     source=cell_el.get("source"), target=cell_el.get("target"), mapper_fields=extra,
                     hidden=cell_el.get("visible") == "0")
        geo = next((c for c in cell_el if local_name(c.tag) == "mxGeometry"), None)
        if geo is not None:
            cell.has_geometry = True
            cell.x, cell.y = _number(geo.get("x")), _number(geo.get("y"))
            cell.w, cell.h = _number(geo.get("width")), _number(geo.get("height"))
            cell.relative = geo.get("relative") == "1"
            for arr in geo:
                if local_name(arr.tag) == "mxPoint" and arr.get("as") in ("sourcePoint", "targetPoint"):
                    cell.end_points[arr.get("as")] = (_number(arr.get("x")), _number(arr.get("y")))
                if local_name(arr.tag) == "Array" and arr.get("as") == "points":
                    cell.points = [(_number(p.get("x")), _number(p.get("y")))
                                   for p in arr if local_name(p.tag) == "mxPoint"]
        cells.append(cell)
    return cells


_BLOCK_TAG = re.compile(r"<\s*/?\s*(?:div|p|li|ul|ol|tr|h[1-6]|blockquote|table)\b[^>]*>", re.IGNORECASE)
_BLOCK_SEAM = re.compile(r"<\s*/\s*(?:div|p|li|tr|h[1-6])\s*>\s*(?=<\s*(?:div|p|li|tr|h[1-6])\b)", re.IGNORECASE)
_BR = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]*>")


def label_text(value: str, is_html: bool) -> str:
    """The text a draw.io label shows: HTML tags off, line breaks kept, entities decoded."""
    if is_html:
        value = re.sub(r"\r\n?", "\n", value).replace("\t", " ")
        value = value.replace("\n", "<br>")  # draw.io draws a line feed in an HTML label as a break
        value = _BR.sub("\n", value)
        value = _BLOCK_SEAM.sub("", value)  # "</div><div>" is one line break, not two
        value = _BLOCK_TAG.sub("\n", value)
        value = _ANY_TAG.sub("", value)
        value = html.unescape(value)
    return tidy_text(value)


# -- what each shape is ------------------------------------------------------------

_DECISION_SHAPES = {"rhombus", "mxgraph.flowchart.decision", "mxgraph.bpmn.gateway", "mxgraph.bpmn.gateway2"}
_TERMINATOR_SHAPES = {"terminator", "mxgraph.flowchart.terminator", "ellipse", "doubleEllipse",
                      "mxgraph.flowchart.start_1", "mxgraph.flowchart.start_2", "mxgraph.bpmn.event",
                      "mxgraph.flowchart.on-page_reference", "mxgraph.basic.oval",
                      # a jump to another page: the flow stops on this one
                      "mxgraph.flowchart.off-page_reference", "offPageConnector"}
_BPMN_EVENTS = {"mxgraph.bpmn.event", "mxgraph.bpmn.shape"}  # their own rules say when they start or end
_JUNCTION_SHAPES = {"waypoint", "mxgraph.flowchart.or", "mxgraph.flowchart.summing_function"}
_NOTE_SHAPES = {"note", "note2", "mxgraph.flowchart.annotation_1", "mxgraph.flowchart.annotation_2",
                "mxgraph.basic.note", "callout"}
_CONTAINER_SHAPES = {"swimlane", "mxgraph.bpmn.pool", "umlFrame", "table"}
_DECORATION_SHAPES = {"line", "image", "label", "mxgraph.basic.rect"}


def _is(cell: _Cell, names: set[str]) -> bool:
    return cell.shape in names or bool(cell.names & names)


def _kind(cell: _Cell) -> str:
    """decision, terminator, activity, note, text, swimlane, group, table, parallel, event.

    "event" is a BPMN event that is not drawn as a start or end; the arrows decide (see
    ``PageReader.run``).
    """
    st = cell.style
    if cell.shape == "table":
        return "table"
    if _is(cell, {"swimlane"}) or cell.shape in ("pool", "mxgraph.bpmn.pool"):
        return "swimlane"
    if "group" in cell.names or (st.get("container") == "1" and not cell.value.strip()):
        return "group"
    if st.get("container") == "1":
        return "swimlane"  # a titled container holds steps; its title says whose they are, like a lane
    if cell.shape == "mxgraph.bpmn.shape":
        if st.get("symbol") == "parallelGw":
            return "parallel"
        if st.get("background") == "gateway" or st.get("perimeter", "").endswith("rhombusPerimeter") \
                or st.get("symbol", "").endswith("Gw"):
            return "decision"
        if st.get("outline") in ("end", "standard", None):
            return "terminator"
        return "event"
    if cell.shape == "mxgraph.bpmn.event":
        return "terminator" if st.get("outline") in ("end", "standard", None) else "event"
    if not cell.value.strip() and 0 < min(cell.w, cell.h) <= 10 and max(cell.w, cell.h) >= 4 * min(cell.w, cell.h) \
            and st.get("fillColor", "").lower() in ("strokecolor", "#000000", "#000", "black"):
        return "parallel"  # a UML fork/join bar: a thick black line that splits or joins the flow
    if cell.shape == "mxgraph.bpmn.gateway2" and st.get("gwType") == "parallel":
        return "parallel"
    if _is(cell, _DECISION_SHAPES):
        return "decision"
    if _is(cell, _TERMINATOR_SHAPES):
        return "terminator"
    if st.get("rounded") == "1" and st.get("absoluteArcSize") != "1" and _number(st.get("arcSize"), 0) >= 40:
        return "terminator"  # a pill: draw.io's rounded box with the corners all the way round
    if _is(cell, _NOTE_SHAPES):
        return "note"
    if _is(cell, {"text"}) or (st.get("strokeColor") == "none" and st.get("fillColor") == "none"):
        return "text"
    return "activity"


@dataclass
class _Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def centre(self) -> tuple[float, float]:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def anchor(self, fx: str | None, fy: str | None) -> tuple[float, float]:
        if fx is None or fy is None:
            return self.centre
        return (self.x + _number(fx, 0.5) * self.w, self.y + _number(fy, 0.5) * self.h)


def _mapper_lane(raw: str | None) -> dict | None:
    """The ``{"lane", "by"}`` mark of a swimlane written by mapper's export, or None."""
    if not raw:
        return None
    try:
        lane = json.loads(raw)
    except ValueError:
        return None
    return lane if isinstance(lane, dict) and "lane" in lane and lane.get("by") in ("owner", "stage") else None


def _without_hidden(cells: list[_Cell]) -> tuple[list[_Cell], int]:
    """The cells draw.io shows: a hidden cell hides everything inside it (a hidden layer, its shapes)."""
    by_id = {c.id: c for c in cells}
    hidden: dict[str, bool] = {}

    def is_hidden(c: _Cell) -> bool:
        chain = []
        while c is not None and c.id not in hidden and c not in chain:
            chain.append(c)
            if c.hidden:
                break
            c = by_id.get(c.parent) if c.parent else None
        verdict = bool(chain and chain[-1].hidden) or (c is not None and hidden.get(c.id, False))
        for k in chain:
            hidden[k.id] = verdict
        return verdict
    shown = [c for c in cells if not is_hidden(c)]
    counted = sum(1 for c in cells if hidden.get(c.id) and (c.vertex or c.edge))
    return shown, counted


#: mapper's own fields that a shape or arrow carries in draw.io's geometry, never as a property.
_GEOMETRY = {"id", "kind", "text", "x", "y", "width", "height", "source", "target", "label", "waypoints"}

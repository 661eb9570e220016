"""A map written as an uncompressed ``.drawio`` file that draw.io opens as drawn.

mapper's own fields (stage, owner, metric...) travel as a JSON property of each
shape (``mapper="..."``) and come back on import; the map's own fields ride on
``<mxfile>``.
"""

from __future__ import annotations

import html
import json
from xml.etree.ElementTree import Element, SubElement, tostring

from mapper.layout.lanes import lane_key
from mapper.model import SystemMap
from mapper.model.ids import fresh_id

from .cells import _GEOMETRY


_EXPORT_STYLE = {
    "terminator": "rounded=1;whiteSpace=wrap;html=1;arcSize=50;fillColor=#dae8fc;strokeColor=#6c8ebf;",
    "activity": "rounded=1;whiteSpace=wrap;html=1;arcSize=12;fillColor=#ffffff;strokeColor=#333333;",
    "decision": "rhombus;whiteSpace=wrap;html=1;fillColor=#fff2cc;strokeColor=#d6b656;",
    "note": "shape=note;whiteSpace=wrap;html=1;size=14;fillColor=#fff9b1;strokeColor=#d6b656;align=left;spacingLeft=6;",
}
_ARROW_STYLE = "edgeStyle=orthogonalEdgeStyle;rounded=1;orthogonalLoop=1;html=1;endArrow=block;endFill=1;"


def _html_label(text: str) -> str:
    return html.escape(text, quote=False).replace("\n", "<br>")


def _fmt(v: float) -> str:
    return str(int(v)) if float(v).is_integer() else repr(round(float(v), 3))


#: A lane across a left-to-right map: its title reads up the left edge.
_LANE_STYLE = {"LR": "swimlane;horizontal=0;startSize=36;fillColor=#f4f6f9;strokeColor=#c3c9d3;fontStyle=1;"
                     "swimlaneFillColor=#ffffff;",
               "TB": "swimlane;startSize=36;fillColor=#f4f6f9;strokeColor=#c3c9d3;fontStyle=1;"
                     "swimlaneFillColor=#ffffff;"}


def _export_lanes(m: SystemMap, root: Element, unique) -> dict[str, tuple[str, float, float]]:
    """The map's swimlanes as draw.io swimlane containers; lane key -> (cell id, left, top).

    Each lane cell carries ``mapper='{"lane": KEY, "by": "owner"|"stage"}'`` so that
    mapper reads its steps' owners back exactly (the "Nobody" lane gives no owner,
    and a stage lane none at all); any other tool sees a titled swimlane."""
    if not m.lanes:
        return {}
    from mapper.layout.lanes import lane_bands
    direction = "TB" if m.direction == "TB" else "LR"
    out: dict[str, tuple[str, float, float]] = {}
    for i, band in enumerate(lane_bands(m)):
        if direction == "LR":
            x, y, w, h = band.start, band.lo, band.end - band.start, band.hi - band.lo
        else:
            x, y, w, h = band.lo, band.start, band.hi - band.lo, band.end - band.start
        cid = unique(f"lane-{i + 1}")
        holder = SubElement(root, "UserObject", label=_html_label(band.lane.title), id=cid,
                            mapper=json.dumps({"lane": band.lane.key, "by": m.lanes}, ensure_ascii=False,
                                              sort_keys=True))
        cell = SubElement(holder, "mxCell", style=_LANE_STYLE[direction], vertex="1", parent="1")
        SubElement(cell, "mxGeometry", {"x": _fmt(x), "y": _fmt(y), "width": _fmt(w), "height": _fmt(h),
                                        "as": "geometry"})
        out[band.lane.key] = (cid, x, y)
    return out


def export_drawio(m: SystemMap) -> str:
    """The map as an uncompressed ``.drawio`` file (one page) that draw.io opens as drawn."""
    mxfile = Element("mxfile", host="mapper", type="device")
    kept = {k: v for k, v in (("system", m.system), ("description", m.description), ("lanes", m.lanes),
                              ("direction", m.direction if m.direction != "LR" else None)) if v}
    if kept:  # draw.io ignores this attribute; mapper reads it back
        mxfile.set("mapper", json.dumps(kept, ensure_ascii=False, sort_keys=True))
    diagram = SubElement(mxfile, "diagram", id="mapper-page", name=(m.title or "Page-1")[:100])
    model = SubElement(diagram, "mxGraphModel", grid="1", gridSize="10", guides="1", tooltips="1",
                       connect="1", arrows="1", fold="1", page="1", pageScale="1", math="0", shadow="0")
    root = SubElement(model, "root")
    SubElement(root, "mxCell", id="0")
    SubElement(root, "mxCell", id="1", parent="0")
    taken = {"0", "1"}
    cell_ids: dict[str, str] = {}

    def unique(base: str) -> str:
        return fresh_id(base, taken, joiner="-", first=2)

    lanes = _export_lanes(m, root, unique)
    for s in m.steps:
        cid = cell_ids[s.id] = unique(s.id)
        w, h = s.size()
        x = (s.x if s.x is not None else 0.0) - w / 2
        y = (s.y if s.y is not None else 0.0) - h / 2
        lane = lanes.get(lane_key(s, m.lanes)) if lanes and s.kind != "note" and s.placed else None
        parent = "1"
        if lane is not None:  # inside its swimlane: draw.io keeps children's positions relative to it
            parent, x, y = lane[0], x - lane[1], y - lane[2]
        extra = {k: v for k, v in s.model_dump(exclude_defaults=True).items() if k not in _GEOMETRY}
        if extra:
            holder = SubElement(root, "UserObject", label=_html_label(s.text), id=cid,
                                mapper=json.dumps(extra, ensure_ascii=False, sort_keys=True))
            cell = SubElement(holder, "mxCell", style=_EXPORT_STYLE[s.kind], vertex="1", parent=parent)
        else:
            cell = SubElement(root, "mxCell", id=cid, value=_html_label(s.text), style=_EXPORT_STYLE[s.kind],
                              vertex="1", parent=parent)
        SubElement(cell, "mxGeometry", {"x": _fmt(x), "y": _fmt(y), "width": _fmt(w), "height": _fmt(h),
                                        "as": "geometry"})
    for a in m.arrows:
        cid = unique(a.id)
        extra = {k: v for k, v in a.model_dump(exclude_defaults=True).items() if k not in _GEOMETRY}
        ends = {"source": cell_ids[a.source], "target": cell_ids[a.target]}
        if extra:
            holder = SubElement(root, "UserObject", label=_html_label(a.label), id=cid,
                                mapper=json.dumps(extra, ensure_ascii=False, sort_keys=True))
            cell = SubElement(holder, "mxCell", style=_ARROW_STYLE, edge="1", parent="1", **ends)
        else:
            cell = SubElement(root, "mxCell", id=cid, value=_html_label(a.label), style=_ARROW_STYLE,
                              edge="1", parent="1", **ends)
        geo = SubElement(cell, "mxGeometry", relative="1", **{"as": "geometry"})
        if a.waypoints:
            arr = SubElement(geo, "Array", **{"as": "points"})
            for px, py in a.waypoints:
                SubElement(arr, "mxPoint", x=_fmt(px), y=_fmt(py))
    return tostring(mxfile, encoding="unicode") + "\n"

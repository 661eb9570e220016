"""Swimlanes: a band per owner or per hourglass stage, and the layout that fills them.

A map with ``lanes`` set to ``"owner"`` or ``"stage"`` is drawn in bands across
the flow (rows when it reads left to right, columns top to bottom):
- by owner: one band per owner of a step, in the accountability chart's
  order (most steps first, then by name), then "Nobody";
- by stage: know, like, trust, try, buy, repeat, refer, then "No stage".
Only lanes with a step in them get a band.

``layout_in_lanes`` lays the flow out in layers along the map's direction like
the plain layout, but keeps each layer's steps in their lane: every layer is
ordered by lane first, then by barycentre sweeps within the lane, and each
lane is as thick as its fullest layer needs. ``lane_bands`` reads the bands
back from the steps' positions (for drawing, and for knowing which lane a
dragged step was dropped into), so bands follow what the owner moved. No Qt.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from mapper.model import STAGES, Step, SystemMap
from mapper.model.owners import owner_key

from .flowchart import ACROSS_GAP, LAYER_GAP, LayoutResult, flow_edges, where_it_goes
from .layering import assign_layers, build_layered_graph, find_loops
from .ordering import _positions, count_crossings, dfs_order, transpose
from .routing import Spacing, route
from .sizes import estimate_size

#: Free space between a lane's edge and its steps (across the flow).
LANE_PADDING = 30.0
#: Room for the lane's title before its first step (along the flow): a header
#: column on the left (reading left to right) or a header row on top.
HEADER_SIZE = {"LR": 150.0, "TB": 44.0}
#: Free space past the last step (along the flow).
LANE_TAIL = 30.0

NOBODY = "Nobody"
NO_STAGE = "No stage"


@dataclass(frozen=True)
class Lane:
    """A lane: ``key`` is what its steps share (an owner key or a stage, "" for none)."""
    key: str
    title: str


@dataclass(frozen=True)
class Band:
    """Where a lane is drawn: across the flow from ``lo`` to ``hi``, along it from
    ``start`` (its header begins there) to ``end``."""
    lane: Lane
    lo: float
    hi: float
    start: float
    end: float


def lane_key(step: Step, by: str) -> str:
    """The lane a step belongs in: its owner's key or its stage ("" for none)."""
    return owner_key(step.owner) if by == "owner" else (step.stage or "")


def map_lanes(m: SystemMap, by: str | None = None) -> list[Lane]:
    """The lanes of a map in their order; only lanes some step is in. ``by`` defaults to ``m.lanes``."""
    by = by or m.lanes
    if by not in ("owner", "stage"):
        return []
    steps = [s for s in m.steps if s.kind != "note"]
    used = {lane_key(s, by) for s in steps}
    if by == "stage":
        out = [Lane(st, st.capitalize()) for st in STAGES if st in used]
        return out + ([Lane("", NO_STAGE)] if "" in used else [])
    from mapper.analysis.accountability import lane_order
    out = [Lane(k, shown) for k, shown in lane_order(m)]
    return out + ([Lane("", NOBODY)] if "" in used else [])


def lane_value(lane: Lane, by: str) -> dict:
    """The step fields that put a step in ``lane``: {"owner": ...} or {"stage": ...}."""
    if by == "owner":
        return {"owner": lane.title if lane.key else ""}
    return {"stage": lane.key or None}


def in_lane(step: Step, lane: Lane, by: str) -> bool:
    return lane_key(step, by) == lane.key


# -- bands from positions ------------------------------------------------------------

def lane_bands(m: SystemMap, sizes: dict[str, tuple[float, float]] | None = None,
               by: str | None = None, direction: str | None = None,
               lanes: list[Lane] | None = None) -> list[Band]:
    """The bands as the steps now stand, in their order across the flow.

    Each band spans its steps (plus padding); neighbouring bands meet halfway
    between, so the bands tile the map with no gap. Along the flow every band
    runs the whole map, with the header before the first step. ``lanes``:
    ``map_lanes(m, by)`` when the caller kept it (it changes only with owners
    or stages, not when steps move). O(steps)."""
    by = by or m.lanes
    direction = direction or m.direction or "LR"
    lanes = {lane.key: lane for lane in (map_lanes(m, by) if lanes is None else lanes)}
    if not lanes:
        return []
    lr = direction != "TB"
    sizes = sizes or {}
    extent: dict[str, list[float]] = {}
    along_lo, along_hi = float("inf"), float("-inf")
    for s in m.steps:
        if s.kind == "note" or not s.placed:
            continue
        w, h = sizes.get(s.id) or (s.size() if s.width or s.height else estimate_size(s))
        a, c, half_a, half_c = (s.x, s.y, w / 2, h / 2) if lr else (s.y, s.x, h / 2, w / 2)
        along_lo, along_hi = min(along_lo, a - half_a), max(along_hi, a + half_a)
        e = extent.setdefault(lane_key(s, by), [c - half_c, c + half_c, 0.0, 0])
        e[0], e[1] = min(e[0], c - half_c), max(e[1], c + half_c)
        e[2] += c
        e[3] += 1
    if not extent:
        return []
    # Across the flow in the order the steps stand (mean position), chart order on a tie.
    rank = {k: i for i, k in enumerate(lanes)}
    keys = sorted((k for k in extent if k in lanes), key=lambda k: (extent[k][2] / extent[k][3], rank[k]))
    start = along_lo - LANE_PADDING - HEADER_SIZE["LR" if lr else "TB"]
    end = along_hi + LANE_TAIL
    out: list[Band] = []
    edges = [extent[keys[0]][0] - LANE_PADDING]
    for a, b in zip(keys, keys[1:]):
        edges.append(max(edges[-1], (extent[a][1] + extent[b][0]) / 2))
    edges.append(max(edges[-1], extent[keys[-1]][1] + LANE_PADDING))
    for i, k in enumerate(keys):
        out.append(Band(lanes[k], edges[i], edges[i + 1], start, end))
    return out


def band_at(bands: list[Band], across: float) -> Band | None:
    """The band a point across the flow falls in (y reading left to right), or None outside them all."""
    for b in bands:
        if b.lo <= across < b.hi:
            return b
    return None


# -- the layout ------------------------------------------------------------------------

def layout_in_lanes(m: SystemMap, direction: str = "LR", sizes: dict[str, tuple[float, float]] | None = None,
                    by: str | None = None, time_limit: float = 0.3) -> LayoutResult:
    """Lay out every step of ``m`` in its lane (``by``: "owner" or "stage", default ``m.lanes``).

    Layers along the flow as in ``layout_map``; within a layer steps keep their
    lane's order across the flow, and barycentre sweeps (down and up, keeping the
    order with the fewest crossings) order them within their lane. Arrows are
    routed by the same router. Notes never move; the flow goes clear of them.
    """
    by = by or m.lanes
    lr = direction != "TB"
    lanes = map_lanes(m, by)
    lane_index = {lane.key: i for i, lane in enumerate(lanes)}
    steps = [s for s in m.steps if s.kind != "note"]
    result = LayoutResult()
    if not steps:
        return result
    sizes = sizes or {}
    size = [tuple(sizes.get(s.id) or estimate_size(s)) for s in steps]
    index = {s.id: i for i, s in enumerate(steps)}
    n = len(steps)
    along_size = [size[v][0] if lr else size[v][1] for v in range(n)]
    across_size = [size[v][1] if lr else size[v][0] for v in range(n)]
    arrows = [a for a in m.arrows if a.source in index and a.target in index]
    edges, edge_arrows, self_loops, loop_arrows = flow_edges(arrows, index.__getitem__)
    back, _ = find_loops(n, edges)
    layer = assign_layers(n, edges, back)
    g = build_layered_graph(n, edges, back, layer)

    # Each node's lane: a step's own; a long arrow's points take the lane of the
    # end they are nearer, so it changes lanes once, in the middle.
    lane = [lane_index.get(lane_key(s, by), len(lanes)) for s in steps] + [0] * (g.n - n)
    for chain in g.chains:
        inner = chain[1:-1]
        for i, d in enumerate(inner):
            lane[d] = lane[chain[0]] if i < (len(inner) + 1) // 2 else lane[chain[-1]]

    layers = _order_in_lanes(g, lane, time.perf_counter() + time_limit)

    # Across: each lane as thick as its fullest layer; its steps centred in it.
    sizes_across = across_size + [0.0] * (g.n - n)
    n_lanes = len(lanes) + 1
    need = [0.0] * n_lanes
    stacks: list[dict[int, list[int]]] = []
    for layer_nodes in layers:
        by_lane: dict[int, list[int]] = {}
        for v in layer_nodes:
            by_lane.setdefault(lane[v], []).append(v)
        stacks.append(by_lane)
        for li, vs in by_lane.items():
            need[li] = max(need[li], _stack_size(vs, sizes_across, n))
    offset = [0.0] * n_lanes
    at = 0.0
    for li in range(n_lanes):
        offset[li] = at
        if need[li] > 0:
            at += need[li] + 2 * LANE_PADDING
    across = [0.0] * g.n
    for by_lane in stacks:
        for li, vs in by_lane.items():
            centre = offset[li] + LANE_PADDING + need[li] / 2
            y = centre - _stack_size(vs, sizes_across, n) / 2
            prev = None
            for v in vs:
                if prev is not None:
                    y += ACROSS_GAP[(prev < n, v < n)]
                across[v] = y + sizes_across[v] / 2
                y += sizes_across[v]
                prev = v

    spacing = Spacing(LAYER_GAP["LR" if lr else "TB"])
    decisions = [s.kind == "decision" for s in steps]
    routes = route(g, layers, across, sizes_across, along_size, self_loops, spacing, decisions)

    def real(p):
        return (p[0], p[1]) if lr else (p[1], p[0])

    centres = {v: real((routes.layer_along[g.layer[v]], across[v])) for v in range(n)}
    waypoints = {a.id: [real(p) for p in routes.chain_points[k]] for k, a in enumerate(edge_arrows)}
    for a, pts in zip(loop_arrows, routes.loop_points):
        waypoints[a.id] = [real(p) for p in pts]

    dx, dy = where_it_goes(m, steps, sizes, size, centres)
    for v, (x, y) in centres.items():
        result.positions[steps[v].id] = (round(x + dx, 2), round(y + dy, 2))
    for aid, pts in waypoints.items():
        result.waypoints[aid] = [(round(x + dx, 2), round(y + dy, 2)) for x, y in pts]
    return result


def _stack_size(vs: list[int], sizes: list[float], n_real: int) -> float:
    total = sum(sizes[v] for v in vs)
    for a, b in zip(vs, vs[1:]):
        total += ACROSS_GAP[(a < n_real, b < n_real)]
    return total


def _order_in_lanes(g, lane: list[int], deadline: float, sweeps: int = 4) -> list[list[int]]:
    """Each layer ordered by lane, then by barycentre within the lane; the order with the fewest crossings."""
    layers = [sorted(l, key=lambda v: lane[v]) for l in dfs_order(g)]  # stable: depth-first within a lane
    pos = _positions(layers, g.n)
    best, best_c = [list(l) for l in layers], count_crossings(layers, g, pos)
    down_ids, up_ids = range(1, len(layers)), range(len(layers) - 2, -1, -1)
    for _ in range(sweeps):
        if best_c == 0 or time.perf_counter() > deadline:
            break
        for nbrs, ids in ((g.up, down_ids), (g.down, up_ids)):
            for l in ids:
                keyed = []
                for v in layers[l]:
                    ns = nbrs[v]
                    b = sum(pos[u] for u in ns) / len(ns) if ns else float(pos[v])
                    keyed.append((lane[v], b, pos[v], v))
                keyed.sort()
                for i, t in enumerate(keyed):
                    layers[l][i] = t[3]
                    pos[t[3]] = i
        c = count_crossings(layers, g, pos)
        if c < best_c:
            best, best_c = [list(l) for l in layers], c
        else:
            break
    pos = _positions(best, g.n)
    transpose(best, g, pos, max_passes=20, deadline=deadline, lane=lane)
    return best


__all__ = ["Band", "Lane", "NOBODY", "NO_STAGE", "band_at", "in_lane", "lane_bands", "lane_key", "lane_value",
           "layout_in_lanes", "map_lanes"]

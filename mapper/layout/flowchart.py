"""Lay out a whole map, or a selection of it, as a layered flowchart.

Each connected part of the flow is laid out on its own (layers, order,
positions across, arrow routes; see the sibling modules), the parts are
stacked, and steps with no arrows go in a row after them. Notes never move
and take no part; the flow is moved clear of them. The result lands where the
laid-out steps were (their old top-left corner), so tidying up a map or a
selection does not send it elsewhere on the canvas.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable

from mapper.model import Step, SystemMap

from .layering import LayeredGraph, assign_layers, build_layered_graph, find_loops
from .ordering import dfs_order, reduce_crossings, seeded_order
from .placement import place_across
from .routing import Point, Spacing, route
from .sizes import estimate_size

#: Free space between neighbours in a layer: (step, step), (step, arrow), (arrow, arrow).
ACROSS_GAP = {(True, True): 40.0, (True, False): 26.0, (False, True): 26.0, (False, False): 14.0}
#: Smallest channel between layers, left to right (room for "Yes"/"No" labels) and top to bottom.
LAYER_GAP = {"LR": 80.0, "TB": 60.0}
#: Space between stacked parts of the map, and between loose steps.
PART_GAP = 80.0
LOOSE_GAP = 40.0
#: A row of loose steps wraps past this width (or the flow's width, if wider).
LOOSE_ROW_WIDTH = 1200.0
#: Arrow labels that mark a decision's main branch: drawn straight on.
MAIN_BRANCH_LABELS = {"yes", "y", "ok", "true", "ja", "oui", "si", "sí", "sim", "da", "да"}


@dataclass
class LayoutResult:
    """Centres of the laid-out steps and the waypoints of their arrows (an
    empty list: a straight arrow, or one the renderer routes itself)."""

    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    waypoints: dict[str, list[tuple[float, float]]] = field(default_factory=dict)


def layout_map(m: SystemMap, direction: str = "LR", sizes: dict[str, tuple[float, float]] | None = None,
               only: Iterable[str] | None = None) -> LayoutResult:
    """Lay out ``m`` as a flowchart reading left to right ("LR") or top to bottom ("TB").

    ``sizes``: step id -> (width, height) as drawn (default: ``estimate_size``).
    ``only``: lay out just these steps and the arrows among them; the rest stays
    put and arrows to it get no waypoints (the renderer routes them).
    A map with ``lanes`` (and no ``only``) is laid out in its swimlanes (``lanes.py``).
    The map is not changed: apply with ``mapper.model.set_layout``.
    Laying out a laid-out map gives the same result.
    """
    if direction not in LAYER_GAP:
        raise ValueError(f"direction must be 'LR' or 'TB', not {direction!r}")
    if m.lanes and only is None:  # a map drawn in swimlanes: every step into its lane
        from .lanes import layout_in_lanes
        return layout_in_lanes(m, direction, sizes)
    chosen = None if only is None else set(only)
    steps = [s for s in m.steps if s.kind != "note" and (chosen is None or s.id in chosen)]
    index = {s.id: i for i, s in enumerate(steps)}
    arrows = [a for a in m.arrows if a.source in index and a.target in index]
    sizes = sizes or {}
    size = [tuple(sizes.get(s.id) or estimate_size(s)) for s in steps]
    result = LayoutResult()
    if not steps:
        return result
    lr = direction == "LR"

    # Parts of the flow: union-find over arrows.
    parent = list(range(len(steps)))

    def find(v: int) -> int:
        while parent[v] != v:
            parent[v] = parent[parent[v]]
            v = parent[v]
        return v

    touched = [False] * len(steps)
    for a in arrows:
        s, t = index[a.source], index[a.target]
        touched[s] = touched[t] = True
        rs, rt = find(s), find(t)
        if rs != rt:
            parent[max(rs, rt)] = min(rs, rt)
    members: dict[int, list[int]] = {}
    for v in range(len(steps)):
        if touched[v]:
            members.setdefault(find(v), []).append(v)
    part_arrows: dict[int, list] = {}
    for a in arrows:
        part_arrows.setdefault(find(index[a.source]), []).append(a)

    centres: dict[int, Point] = {}
    routes: dict[str, list[Point]] = {}
    offset = 0.0  # across the parts: down (LR) or right (TB)
    for r in sorted(members):
        vs = members[r]
        pc, pr, (pw, ph) = _layout_part(steps, vs, part_arrows[r], index, size, lr)
        dx, dy = (0.0, offset) if lr else (offset, 0.0)
        for v, (x, y) in pc.items():
            centres[v] = (x + dx, y + dy)
        for aid, pts in pr.items():
            routes[aid] = [(x + dx, y + dy) for x, y in pts]
        offset += (ph if lr else pw) + PART_GAP

    # Loose steps: rows below the flow.
    loose = [v for v in range(len(steps)) if not touched[v]]
    if loose:
        bottom = 0.0
        right = 0.0
        if centres:
            bends = [p for pts in routes.values() for p in pts]
            bottom = max([centres[v][1] + size[v][1] / 2 for v in centres] + [p[1] for p in bends]) + PART_GAP
            right = max([centres[v][0] + size[v][0] / 2 for v in centres] + [p[0] for p in bends])
        row_width = max(LOOSE_ROW_WIDTH, right)
        x = 0.0
        row_h = 0.0
        for v in loose:
            w, h = size[v]
            if x > 0 and x + w > row_width:
                bottom += row_h + LOOSE_GAP
                x, row_h = 0.0, 0.0
            centres[v] = (x + w / 2, bottom + h / 2)
            x += w + LOOSE_GAP
            row_h = max(row_h, h)

    dx, dy = where_it_goes(m, steps, sizes, size, centres)
    for v, (x, y) in centres.items():
        result.positions[steps[v].id] = (round(x + dx, 2), round(y + dy, 2))
    for a in m.arrows:
        if a.id in routes:
            result.waypoints[a.id] = [(round(x + dx, 2), round(y + dy, 2)) for x, y in routes[a.id]]
        elif chosen is not None and (a.source in index) != (a.target in index):
            result.waypoints[a.id] = []  # one end moved: let the renderer route it afresh
    return result


def where_it_goes(m: SystemMap, steps: list[Step], sizes: dict, size: list,
                  centres: dict[int, Point]) -> tuple[float, float]:
    """How far to move the laid-out ``centres`` so they land where the steps were
    (their old top-left corner, a whole number), clear of the notes."""
    placed = [(s.x - size[i][0] / 2, s.y - size[i][1] / 2) for i, s in enumerate(steps) if s.placed]
    ox = round(min(p[0] for p in placed)) if placed else 0.0
    oy = round(min(p[1] for p in placed)) if placed else 0.0
    left = min(centres[v][0] - size[v][0] / 2 for v in centres)
    top = min(centres[v][1] - size[v][1] / 2 for v in centres)
    dx, dy = ox - left, oy - top
    return dx, dy + _clear_of_notes(m, sizes, centres, size, dx, dy)


def _clear_of_notes(m: SystemMap, sizes: dict, centres: dict[int, Point], size: list, dx: float, dy: float) -> float:
    """How far down to move the flow so no step lands on a note (notes never move)."""
    notes = []
    for s in m.steps:
        if s.kind == "note" and s.placed:
            w, h = sizes.get(s.id) or estimate_size(s)
            notes.append((s.x - w / 2, s.y - h / 2, s.x + w / 2, s.y + h / 2))
    if not notes:
        return 0.0
    rects = [(x - size[v][0] / 2 + dx, y - size[v][1] / 2 + dy, x + size[v][0] / 2 + dx, y + size[v][1] / 2 + dy)
             for v, (x, y) in centres.items()]
    shift = 0.0
    for _ in range(len(notes) + 1):
        hit = [n for n in notes for r in rects
               if r[0] < n[2] and n[0] < r[2] and r[1] + shift < n[3] and n[1] < r[3] + shift]
        if not hit:
            break
        top = min(r[1] for r in rects)
        # To a whole number, like the top-left a second tidy-up starts from.
        shift = math.ceil(max(n[3] for n in hit) + LOOSE_GAP) - top
    return shift


def flow_edges(arrows, node_of):
    """The arrows as graph edges, in the order the flow follows them (each step's
    main branch first): ``(edges, edge_arrows, self_loops, loop_arrows)``, with
    ``node_of(step_id)`` the node of a step. Self-loops are kept apart."""
    ordered = sorted(((not _is_main_label(a.label), i, a) for i, a in enumerate(arrows)),
                     key=lambda t: (t[0], t[1]))
    edges: list[tuple[int, int]] = []
    edge_arrows = []
    self_loops: list[int] = []
    loop_arrows = []
    for _, _, a in ordered:
        s, t = node_of(a.source), node_of(a.target)
        if s == t:
            self_loops.append(s)
            loop_arrows.append(a)
        else:
            edges.append((s, t))
            edge_arrows.append(a)
    return edges, edge_arrows, self_loops, loop_arrows


def _is_main_label(label: str) -> bool:
    return label.strip().lower().rstrip("!.") in MAIN_BRANCH_LABELS


def _layout_part(steps: list[Step], vs: list[int], arrows: list, index: dict[str, int],
                 size: list, lr: bool) -> tuple[dict[int, Point], dict[str, list[Point]], tuple[float, float]]:
    """Lay out one connected part. Returns centres (by step number), waypoints
    (by arrow id) and the part's (width, height), with its top-left at (0, 0)."""
    local = {v: i for i, v in enumerate(vs)}
    n = len(vs)
    # Flow coordinates: along the flow and across it.
    along_size = [size[v][0] if lr else size[v][1] for v in vs]
    across_size = [size[v][1] if lr else size[v][0] for v in vs]
    edges, edge_arrows, self_loops, loop_arrows = flow_edges(arrows, lambda sid: local[index[sid]])
    back, tree_in = find_loops(n, edges)
    layer = assign_layers(n, edges, back)
    g = build_layered_graph(n, edges, back, layer)
    # How much each arrow deserves to be straight: the first branch the flow
    # follows out of a step, then its other forward branches, then loops.
    rank = [3 if back[k] else 2 for k in range(len(edges))]
    first_out = [True] * n
    for k, (s, t) in enumerate(edges):
        if tree_in[t] == k:
            rank[k] = 0 if first_out[s] else 1
            first_out[s] = False

    start = _start_order(g, steps, vs, edge_arrows, lr)
    layers, _ = reduce_crossings(g, start)
    sizes_across = across_size + [0.0] * (g.n - n)
    spacing = Spacing(LAYER_GAP["LR" if lr else "TB"])
    across = place_across(g, layers, sizes_across, ACROSS_GAP, rank, loop_stub=spacing.stub)
    decisions = [steps[v].kind == "decision" for v in vs]
    routes = route(g, layers, across, sizes_across, along_size, self_loops, spacing, decisions)

    # The part's extent: its shapes and every arrow's route (loops may run
    # beside the outermost shapes), so stacked parts never meet.
    bends = [p for pts in routes.chain_points + routes.loop_points for p in pts]
    top = min([across[v] - across_size[v] / 2 for v in range(n)] + [p[1] for p in bends])
    left = min([routes.layer_along[layer[v]] - along_size[v] / 2 for v in range(n)] + [p[0] for p in bends])
    bottom = max([across[v] + across_size[v] / 2 for v in range(n)] + [p[1] for p in bends])
    right = max([routes.layer_along[layer[v]] + along_size[v] / 2 for v in range(n)] + [p[0] for p in bends])

    def real(p: Point) -> Point:
        a, c = p[0] - left, p[1] - top
        return (a, c) if lr else (c, a)

    centres = {vs[v]: real((routes.layer_along[layer[v]], across[v])) for v in range(n)}
    waypoints: dict[str, list[Point]] = {}
    for k, a in enumerate(edge_arrows):
        waypoints[a.id] = [real(p) for p in routes.chain_points[k]]
    for a, pts in zip(loop_arrows, routes.loop_points):
        waypoints[a.id] = [real(p) for p in pts]
    length, breadth = right - left, bottom - top
    return centres, waypoints, ((length, breadth) if lr else (breadth, length))


def _start_order(g: LayeredGraph, steps: list[Step], vs: list[int], edge_arrows: list, lr: bool) -> list[list[int]]:
    """The order to start the crossing search from: the steps' current places
    across the flow when they have them (dummy points where their arrow now
    runs), else depth-first from the starts."""
    n = g.n_real
    part = [steps[v] for v in vs]
    if not any(s.placed for s in part):
        return dfs_order(g)

    def flow(x: float, y: float) -> Point:
        return (x, y) if lr else (y, x)

    seed: list[float | None] = [None] * g.n
    along_of: list[float | None] = [None] * n
    for v, s in enumerate(part):
        if s.placed:
            along_of[v], seed[v] = flow(s.x, s.y)
    # Where each layer is along the flow now: median of its placed steps.
    per_layer: dict[int, list[float]] = {}
    for v in range(n):
        if along_of[v] is not None:
            per_layer.setdefault(g.layer[v], []).append(along_of[v])
    layer_at = {l: sorted(xs)[len(xs) // 2] for l, xs in per_layer.items()}
    for k, chain in enumerate(g.chains):
        if len(chain) <= 2:
            continue
        a = edge_arrows[k]
        src, dst = part[chain[-1] if g.back[k] else chain[0]], part[chain[0] if g.back[k] else chain[-1]]
        line = None
        if src.placed and dst.placed:
            line = [flow(src.x, src.y)] + [flow(x, y) for x, y in a.waypoints] + [flow(dst.x, dst.y)]
        s0, s1 = seed[chain[0]], seed[chain[-1]]
        for i, d in enumerate(chain[1:-1], 1):
            at = layer_at.get(g.layer[d])
            value = _across_at(line, at) if line is not None and at is not None else None
            if value is None and s0 is not None and s1 is not None:
                value = s0 + (s1 - s0) * i / (len(chain) - 1)
            seed[d] = value
    # Steps not placed yet (and their arrows' points): next to their neighbours.
    for nbrs, ls in ((g.up, range(g.n_layers)), (g.down, range(g.n_layers - 1, -1, -1))):
        by_layer: list[list[int]] = [[] for _ in range(g.n_layers)]
        for v in range(g.n):
            if seed[v] is None:
                by_layer[g.layer[v]].append(v)
        for l in ls:
            for v in by_layer[l]:
                vals = [seed[u] for u in nbrs[v] if seed[u] is not None]
                if vals:
                    seed[v] = sum(vals) / len(vals)
    big = 1e12
    return seeded_order(g, [s if s is not None else big + v for v, s in enumerate(seed)])


def _across_at(line: list[Point], at: float) -> float | None:
    """Where a polyline (in flow coordinates) crosses the line ``along == at``."""
    for (a0, c0), (a1, c1) in zip(line, line[1:]):
        if a0 == a1:
            continue
        if min(a0, a1) <= at <= max(a0, a1):
            return c0 + (c1 - c0) * (at - a0) / (a1 - a0)
    return None

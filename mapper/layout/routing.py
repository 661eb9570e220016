"""Orthogonal arrow routes and the spacing of the layers.

In flow coordinates: ``along`` the flow (x when reading left to right) and
``across`` it. Every bend of an arrow sits in the channel between two layers,
on a track of its own where its vertical run would overlap another arrow's
(arrows fanning out of one step, or into one, share a track). Long arrows run
straight through their dummy points; a loop leaves its source from the bottom
(or top), runs back along its own lane and enters its target the same way,
so it reads as a loop and never cuts through a shape.

A decision's side branch leaves from the diamond's vertex facing its target
(bottom or top when reading left to right) and turns once, into the target,
as in a hand-drawn flowchart: the channel after the diamond is left to the
main branch and its label. Only where that L runs clear of every shape and
every other arrow; otherwise the branch bends in the channel like any arrow.

Routes are waypoint lists in the contract of docs/CONTRACTS.md: drawn from
the source centre through the waypoints to the target centre, so the first
waypoint shares a coordinate with the source centre and the last with the
target centre.
"""

from __future__ import annotations

from dataclasses import dataclass

from .layering import LayeredGraph

Point = tuple[float, float]


@dataclass
class Spacing:
    #: Smallest channel between layers (arrow labels sit there).
    layer_gap: float
    #: Distance between parallel tracks in a channel.
    track_gap: float = 12.0
    #: How far below (above) a shape a loop runs when it leaves or enters it.
    stub: float = 12.0
    #: Smallest distance between two tracks' vertical runs that do not share an end.
    margin: float = 4.0


@dataclass
class _Segment:
    y1: float
    y2: float
    key: tuple
    track: int = -1


def _assign_tracks(segs: list[_Segment], margin: float) -> int:
    """First-fit tracks; runs that go down are placed right to left from the
    highest start (and mirror for runs that go up), which avoids crossings
    between runs of the same direction. Returns the number of tracks."""
    # A loop's hook into its target goes nearest the target's layer and the
    # hook out of its source farthest from the source's, so neither runs along
    # the step's other arrows where they meet the step.
    hooks_in = [s for s in segs if s.key[0] == "loop to"]
    hooks_out = [s for s in segs if s.key[0] == "loop from"]
    rest = [s for s in segs if s.key[0] not in ("loop to", "loop from")]
    downs = sorted((s for s in rest if s.y1 < s.y2), key=lambda s: (s.y1, s.y2))
    ups = sorted((s for s in rest if s.y1 > s.y2), key=lambda s: (-s.y1, -s.y2))
    tracks: list[list[tuple[float, float, tuple]]] = []
    for s in hooks_in + downs + ups + hooks_out:
        lo, hi = (s.y1, s.y2) if s.y1 < s.y2 else (s.y2, s.y1)
        first = 0
        if s.key[0] == "loop from":
            first = 1 + max((t for t, used in enumerate(tracks)
                             if any(k != s.key and not (hi + margin <= a or b + margin <= lo) for a, b, k in used)),
                            default=-1)
        for t, used in enumerate(tracks):
            if t < first:
                continue
            if all(k == s.key or hi + margin <= a or b + margin <= lo for a, b, k in used):
                used.append((lo, hi, s.key))
                s.track = t
                break
        else:
            tracks.append([(lo, hi, s.key)])
            s.track = len(tracks) - 1
    return len(tracks)


def _loop_side(centre: float, extent: float, lane: float, others: list[float]) -> bool:
    """Whether a loop leaves (or enters) a step below it (True) or above it.

    Towards its lane when the lane is clearly to one side; when the lane is
    about level with the step's middle, on the side away from the step's other arrows on
    that side of the layer, so the hook does not cross them."""
    if abs(lane - centre) >= extent / 4:
        return lane > centre
    if others:
        return sum(others) / len(others) <= centre
    return True


def _round_the_far_side(g: LayeredGraph, layers: list[list[int]], pos: list[int], y: list[float],
                        size: list[float], s: int, t: int, spacing: Spacing) -> float | None:
    """For a loop back to the layer just before, from a step clearly below
    (above) its target: the level of a run under (over) the source straight to
    the target, entering it from below (above), if nothing in the target's
    layer is in the way. Such a loop crosses nothing, where one between the two
    steps would cross the arrows that lead from the target to the source."""
    if abs(y[s] - y[t]) < (size[s] + size[t]) / 4:
        return None
    down = y[s] > y[t]
    level = y[s] + (size[s] / 2 + spacing.stub) * (1 if down else -1)
    near = y[t] + size[t] / 2 if down else y[t] - size[t] / 2
    lo, hi = (near, level + spacing.stub) if down else (level - spacing.stub, near)
    layer = layers[g.layer[t]]
    step = 1 if down else -1
    i = pos[t] + step
    while 0 <= i < len(layer):
        v = layer[i]
        if y[v] - size[v] / 2 < hi and y[v] + size[v] / 2 > lo:
            return None
        if (down and y[v] - size[v] / 2 >= hi) or (not down and y[v] + size[v] / 2 <= lo):
            break
        i += step
    return level


def _stub_room(g: LayeredGraph, layers: list[list[int]], pos: list[int], y: list[float],
               size: list[float], v: int, below: bool, clearance: float) -> tuple[float, float]:
    """The free run beside a step, below (or above) it in its own layer, where
    a loop may leave or enter it: between its outline and the next shape or
    arrow lane in the layer, ``clearance`` from each."""
    layer = layers[g.layer[v]]
    j = pos[v] + (1 if below else -1)
    if below:
        lo = y[v] + size[v] / 2 + clearance
        hi = y[layer[j]] - size[layer[j]] / 2 - clearance if j < len(layer) else float("inf")
    else:
        hi = y[v] - size[v] / 2 - clearance
        lo = y[layer[j]] + size[layer[j]] / 2 + clearance if j >= 0 else float("-inf")
    return lo, hi


def _simplify(points: list[Point]) -> list[Point]:
    """Drop repeated points and points in the middle of a straight run."""
    out: list[Point] = []
    for p in points:
        if out and out[-1] == p:
            continue
        if len(out) >= 2:
            a, b = out[-2], out[-1]
            if (a[0] == b[0] == p[0]) or (a[1] == b[1] == p[1]):
                out[-1] = p
                continue
        out.append(p)
    return out


def _vertex_exits(g: LayeredGraph, layers: list[list[int]], y: list[float], size: list[float],
                  self_loops: list[int], chain_segs: list, stubs: list[tuple[float, float]],
                  channels: list[list[_Segment]], spacing: Spacing, decision: list[bool]) -> dict[int, float]:
    """The side branches of decisions that leave from a vertex: chain -> the
    level of its next lane, where the branch turns towards its target.

    A candidate bends in the channel right after its decision; the vertex
    takes over that bend, and the rest of its route stays as it was. Of a
    decision's branches to one side only the farthest may take the vertex (a
    nearer one would run along it). The run from the vertex to the lane must
    pass no shape, arrow lane or loop in the decision's layer, and the run
    along the lane must cross no other arrow's run in the channel (arrows
    merging into the same target may share its last stretch)."""
    farthest: dict[tuple[int, bool], tuple[float, int]] = {}
    for k, chain in enumerate(g.chains):
        a = chain[0]
        if g.back[k] or a >= len(decision) or not decision[a]:
            continue
        if chain_segs[k][0][1] is None:
            continue
        ty = y[chain[1]]
        side = (a, ty > y[a])
        reach = abs(ty - y[a])
        if side not in farthest or reach > farthest[side][0]:
            farthest[side] = (reach, k)
    looped = set(self_loops)
    # Where loops leave or enter steps beside them, layer by layer: (step, level).
    loop_ends: dict[int, list[tuple[int, float]]] = {}
    for j, other in enumerate(g.chains):
        if g.back[j]:
            for v, stub in ((other[-1], stubs[j][0]), (other[0], stubs[j][1])):
                loop_ends.setdefault(g.layer[v], []).append((v, stub))
    clear = spacing.stub / 2
    found: dict[int, float] = {}
    for (a, down), (_, k) in sorted(farthest.items()):
        chain = g.chains[k]
        ty = y[chain[1]]
        if a in looped:
            continue  # a loop to itself leaves and enters by both vertices
        if abs(ty - y[a]) < size[a] / 2 + spacing.stub:
            continue  # the lane passes beside the diamond: leave from its side
        l = g.layer[a]
        lo, hi = (y[a] + size[a] / 2, ty) if down else (ty, y[a] - size[a] / 2)
        lo, hi = lo - clear, hi + clear

        def free(top: float, bottom: float) -> bool:
            return bottom <= lo or top >= hi

        # Shapes and arrows passing through the decision's layer.
        if not all(v == a or free(y[v] - size[v] / 2, y[v] + size[v] / 2) for v in layers[l]):
            continue
        # Loops leaving or entering steps of that layer from beside them (the
        # decision itself: on the other side only), and loops to themselves.
        if not all((stub > y[a]) != down if v == a else free(min(y[v], stub), max(y[v], stub))
                   for v, stub in loop_ends.get(l, [])):
            continue
        if not all(g.layer[u] != l or free(y[u] - size[u] / 2 - spacing.stub, y[u] + size[u] / 2 + spacing.stub)
                   for u in looped):
            continue
        # Other arrows' runs in the channel that the way into the target would cross.
        own = chain_segs[k][0][1]
        crossed = False
        for seg in channels[l]:
            if seg is own:
                continue
            s_lo, s_hi = min(seg.y1, seg.y2), max(seg.y1, seg.y2)
            if seg.key == ("to", chain[1]) and len(chain) == 2:
                continue
            if s_lo - spacing.margin < ty < s_hi + spacing.margin:
                crossed = True
                break
        if not crossed:
            found[k] = ty
    return found


@dataclass
class Routes:
    #: Centre of each layer along the flow.
    layer_along: list[float]
    #: Waypoints of each chain (arrow), and of each self-loop, in flow coordinates.
    chain_points: list[list[Point]]
    loop_points: list[list[Point]]


def route(g: LayeredGraph, layers: list[list[int]], across: list[float], across_size: list[float],
          along_size: list[float], self_loops: list[int], spacing: Spacing,
          vertex_exits: list[bool] | None = None) -> Routes:
    """Layer positions along the flow and every arrow's waypoints.

    ``across[v]``: centre of node ``v`` across the flow; ``across_size`` and
    ``along_size``: extents of the steps (dummies have none); ``self_loops``:
    the step of each arrow from a step to itself; ``vertex_exits[v]``: step
    ``v`` is a decision, whose side branches may leave from its vertices.
    """
    n_real = g.n_real
    L = g.n_layers
    pos = [0] * g.n
    for layer in layers:
        for i, v in enumerate(layer):
            pos[v] = i
    width = [0.0] * L
    for v in range(n_real):
        l = g.layer[v]
        if along_size[v] > width[l]:
            width[l] = along_size[v]
    fan_out = [0] * n_real  # arrows bending right after leaving each step
    for k, chain in enumerate(g.chains):
        if not g.back[k] and across[chain[0]] != across[chain[1]]:
            fan_out[chain[0]] += 1
    channels: list[list[_Segment]] = [[] for _ in range(L)]
    chain_segs: list[list[tuple[int, _Segment | None]]] = []
    stubs: list[tuple[float, float]] = []  # per chain of a loop: (source stub, target stub)
    y = across
    for k, chain in enumerate(g.chains):
        segs: list[tuple[int, _Segment | None]] = []
        last = len(chain) - 2
        if not g.back[k]:
            lanes = [y[v] for v in chain]
            stubs.append((0.0, 0.0))
        else:
            t, s = chain[0], chain[-1]
            below_s = _loop_side(y[s], across_size[s], y[chain[-2]],
                                 [y[u] for u in g.up[s] if u != chain[-2]])
            stub_s = y[s] + (across_size[s] / 2 + spacing.stub) * (1 if below_s else -1)
            below_t = _loop_side(y[t], across_size[t], y[chain[1]] if len(chain) > 2 else y[s],
                                 [y[u] for u in g.down[t] if u != chain[1]])
            stub_t = y[t] + (across_size[t] / 2 + spacing.stub) * (1 if below_t else -1)
            # Run level with the lane where the room beside the step allows: no jogs.
            room_s = _stub_room(g, layers, pos, y, across_size, s, below_s, spacing.stub / 2)
            room_t = _stub_room(g, layers, pos, y, across_size, t, below_t, spacing.stub / 2)
            if len(chain) > 2:
                if room_s[0] <= y[chain[-2]] <= room_s[1]:
                    stub_s = y[chain[-2]]
                if room_t[0] <= y[chain[1]] <= room_t[1]:
                    stub_t = y[chain[1]]
            elif (direct := _round_the_far_side(g, layers, pos, y, across_size, s, t, spacing)) is not None:
                stub_s = stub_t = direct
            else:
                lo, hi = max(room_s[0], room_t[0]), min(room_s[1], room_t[1])
                if lo <= hi:
                    stub_s = stub_t = min(max((stub_s + stub_t) / 2, lo), hi)
            lanes = [stub_t] + [y[v] for v in chain[1:-1]] + [stub_s]
            stubs.append((stub_s, stub_t))
        for i, (a, b) in enumerate(zip(chain, chain[1:])):
            ya, yb = lanes[i], lanes[i + 1]
            if ya == yb:
                segs.append((g.layer[a], None))
                continue
            if not g.back[k]:
                # Arrows fanning out of one step share a track; so do arrows
                # merging into one, unless their source fans out here.
                if a < n_real and (fan_out[a] > 1 or b >= n_real):
                    key: tuple = ("from", a)
                elif b < n_real:
                    key = ("to", b)
                else:
                    key = ("edge", k, i)
                seg = _Segment(ya, yb, key)
            else:
                if i == last:
                    key = ("loop from", b, lanes[i + 1])
                elif i == 0:
                    key = ("loop to", a, lanes[0])
                else:
                    key = ("edge", k, i)
                # Drawn right to left: the run starts at the right-hand lane.
                seg = _Segment(yb, ya, key)
            channels[g.layer[a]].append(seg)
            segs.append((g.layer[a], seg))
        chain_segs.append(segs)
    loop_segs: list[_Segment] = []
    for u in self_loops:
        below = y[u] + across_size[u] / 2 + spacing.stub
        above = y[u] - across_size[u] / 2 - spacing.stub
        seg = _Segment(below, above, ("self", u))
        channels[g.layer[u]].append(seg)
        loop_segs.append(seg)

    corner = _vertex_exits(g, layers, y, across_size, self_loops, chain_segs, stubs, channels, spacing,
                           vertex_exits or [])
    for k, ty in corner.items():
        l, seg = chain_segs[k][0]
        channels[l].remove(seg)

    counts = [_assign_tracks(c, spacing.margin) for c in channels]
    gaps = [max(spacing.layer_gap, (t + 1) * spacing.track_gap) for t in counts]
    along = [0.0] * L
    for l in range(L):
        along[l] = width[0] / 2 if l == 0 else along[l - 1] + width[l - 1] / 2 + gaps[l - 1] + width[l] / 2

    def track_x(l: int, seg: _Segment) -> float:
        left = along[l] + width[l] / 2
        return left + gaps[l] - (seg.track + 1) * gaps[l] / (counts[l] + 1)

    chain_points: list[list[Point]] = []
    for k, chain in enumerate(g.chains):
        pts: list[Point] = []
        segs = chain_segs[k]
        if not g.back[k]:
            if k in corner:
                # Straight out of the vertex to the next lane, then on.
                pts.append((along[g.layer[chain[0]]], corner[k]))
                segs = segs[1:]
            for l, seg in segs:
                if seg is not None:
                    tx = track_x(l, seg)
                    pts.append((tx, seg.y1))
                    pts.append((tx, seg.y2))
            start = (along[g.layer[chain[0]]], y[chain[0]])
            end = (along[g.layer[chain[-1]]], y[chain[-1]])
        else:
            t, s = chain[0], chain[-1]
            stub_s, stub_t = stubs[k]
            pts.append((along[g.layer[s]], stub_s))
            for l, seg in reversed(segs):
                if seg is not None:
                    tx = track_x(l, seg)
                    pts.append((tx, seg.y1))
                    pts.append((tx, seg.y2))
            pts.append((along[g.layer[t]], stub_t))
            start = (along[g.layer[s]], y[s])
            end = (along[g.layer[t]], y[t])
        inner = _simplify([start] + pts + [end])[1:-1]
        if not inner and (len(chain) > 2 or end[0] - start[0] - (along_size[chain[0]] + along_size[chain[-1]]) / 2
                          > spacing.layer_gap + 2 * spacing.track_gap):
            # A long straight arrow: one point on it says "straight, through
            # the free lane", where a renderer left to itself would go around
            # the steps it guesses are in between.
            l0 = g.layer[chain[0]]
            inner = [(along[l0] + width[l0] / 2 + gaps[l0] / 2, start[1])]
        chain_points.append(inner)
    loop_points: list[list[Point]] = []
    for u, seg in zip(self_loops, loop_segs):
        xu = along[g.layer[u]]
        tx = track_x(g.layer[u], seg)
        loop_points.append([(xu, seg.y1), (tx, seg.y1), (tx, seg.y2), (xu, seg.y2)])
    return Routes(layer_along=along, chain_points=chain_points, loop_points=loop_points)

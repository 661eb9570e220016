"""The order of steps within each layer: where arrow crossings are won or lost.

Barycentre sweeps down and up the layers, then local moves: adjacent
exchanges ("transpose") and re-routing each long arrow's whole chain of dummy
points on its cheapest path, keeping whichever order has the fewest
crossings; last, loops that cross something are flipped to the other side of
the flow together with the loops they interleave with (``flip_loops``). An order the
owner gave (their current positions) is the starting point and is only
replaced by one with strictly fewer crossings: a tidy-up never reshuffles a
map for nothing. The whole search is repeated from its own result until it
finds nothing better, so laying out a laid-out map leaves it as it is.
"""

from __future__ import annotations

import time
from bisect import bisect_right, insort

from .layering import LayeredGraph


def _pair_crossings(upper: list[int], down: list[list[int]], pos: list[int]) -> int:
    """Crossings between one layer and the next: inversions of the lower ends
    read in the upper order (Barth, Jünger and Mutzel's reduction). Counted with
    a sorted list and bisection, O(e log e) comparisons; in CPython this is
    about twice as fast as their accumulator tree written in Python (measured
    on layers of 5 to 300 nodes), insertion being a C memmove."""
    seen: list[int] = []
    crossings = 0
    total = 0
    for u in upper:
        ends = down[u]
        if not ends:
            continue
        if len(ends) == 1:
            p = pos[ends[0]]
            crossings += total - bisect_right(seen, p)
            insort(seen, p)
            total += 1
            continue
        ps = sorted(pos[w] for w in ends)
        for p in ps:
            crossings += total - bisect_right(seen, p)
        for p in ps:
            insort(seen, p)
        total += len(ps)
    return crossings


def count_crossings(layers: list[list[int]], g: LayeredGraph, pos: list[int]) -> int:
    """Arrow crossings between consecutive layers of the given order."""
    return sum(_pair_crossings(layers[l], g.down, pos) for l in range(len(layers) - 1))


def _positions(layers: list[list[int]], n: int) -> list[int]:
    pos = [0] * n
    for layer in layers:
        for i, v in enumerate(layer):
            pos[v] = i
    return pos


def dfs_order(g: LayeredGraph) -> list[list[int]]:
    """A first order for a map nobody placed: depth-first from the starts,
    each step's arrows in the preferred order, so a tree comes out with no
    crossings and the main branch on top."""
    layers: list[list[int]] = [[] for _ in range(g.n_layers)]
    seen = [False] * g.n
    down = g.down
    roots = [v for v in range(g.n_real) if not g.up[v]] + list(range(g.n))
    for r in roots:
        if seen[r]:
            continue
        seen[r] = True
        stack = [(r, 0)]
        layers[g.layer[r]].append(r)
        while stack:
            v, i = stack[-1]
            if i < len(down[v]):
                stack[-1] = (v, i + 1)
                w = down[v][i]
                if not seen[w]:
                    seen[w] = True
                    layers[g.layer[w]].append(w)
                    stack.append((w, 0))
            else:
                stack.pop()
    return layers


def seeded_order(g: LayeredGraph, seeds: list[float]) -> list[list[int]]:
    """Order each layer by the given across-coordinates (steps before dummy
    points on a tie, then by index)."""
    layers: list[list[int]] = [[] for _ in range(g.n_layers)]
    n_real = g.n_real
    for v in sorted(range(g.n), key=lambda v: (seeds[v], v >= n_real, v)):
        layers[g.layer[v]].append(v)
    return layers


def _sweep(layers: list[list[int]], pos: list[int], nbrs: list[list[int]], layer_ids) -> None:
    """Reorder each layer in turn by the mean position of its neighbours in
    the layer before (nodes without any keep their place; ties keep order)."""
    for l in layer_ids:
        layer = layers[l]
        keyed = []
        for v in layer:
            ns = nbrs[v]
            if not ns:
                b = float(pos[v])
            elif len(ns) == 1:
                b = float(pos[ns[0]])
            else:
                b = sum(pos[u] for u in ns) / len(ns)
            keyed.append((b, pos[v], v))
        keyed.sort()
        for i, (_, _, v) in enumerate(keyed):
            layer[i] = v
            pos[v] = i


def _crossings_between(a: list[int], b: list[int], pos: list[int]) -> tuple[int, int]:
    """Crossings among the arrows of two neighbours to one side: (a before b, b before a)."""
    if len(a) == 1 and len(b) == 1:
        pa, pb = pos[a[0]], pos[b[0]]
        return (1, 0) if pa > pb else ((0, 1) if pa < pb else (0, 0))
    ab = ba = 0
    for x in a:
        px = pos[x]
        for y in b:
            py = pos[y]
            if px > py:
                ab += 1
            elif px < py:
                ba += 1
    return ab, ba


def transpose(layers: list[list[int]], g: LayeredGraph, pos: list[int], max_passes: int = 50,
              deadline: float = float("inf"), lane: list[int] | None = None) -> None:
    """Swap neighbours in a layer while a swap strictly reduces crossings.
    ``lane``: each node's lane, when neighbours may only swap within one."""
    up, down = g.up, g.down
    dirty = set(range(len(layers)))
    passes = 0
    while dirty and passes < max_passes and time.perf_counter() < deadline:
        passes += 1
        changed = set()
        for l in sorted(dirty):
            layer = layers[l]
            swapped = False
            for i in range(len(layer) - 1):
                v, w = layer[i], layer[i + 1]
                if lane is not None and lane[v] != lane[w]:
                    continue
                c1, c2 = 0, 0
                if up[v] and up[w]:
                    x, y = _crossings_between(up[v], up[w], pos)
                    c1 += x
                    c2 += y
                if down[v] and down[w]:
                    x, y = _crossings_between(down[v], down[w], pos)
                    c1 += x
                    c2 += y
                if c2 < c1:
                    layer[i], layer[i + 1] = w, v
                    pos[v], pos[w] = i + 1, i
                    swapped = True
            if swapped:
                changed.update((l - 1, l, l + 1))
        dirty = {l for l in changed if 0 <= l < len(layers)}


def _slot_costs(edges: list[tuple[int, int]], n1: int, n2: int) -> list[list[int]]:
    """``table[s][t]``: crossings of a new segment from slot ``s`` of one layer to
    slot ``t`` of the next (slot i = just before the node at position i) with
    ``edges`` (position pairs) between them. O(n1 n2 + e) with prefix counts."""
    below = [[0] * (n2 + 1) for _ in range(n1 + 1)]  # below[s][t]: edges with u < s and v < t
    for u, v in edges:
        below[u + 1][v + 1] += 1
    for s in range(1, n1 + 1):
        row, prev = below[s], below[s - 1]
        run = 0
        for t in range(1, n2 + 1):
            run += row[t]
            row[t] = prev[t] + run
        row[0] = 0
    last = below[n1]
    return [[row[n2] + last[t] - 2 * row[t] for t in range(n2 + 1)] for row in below]


#: Weight of a crossing where a loop meets its step beside it, against a
#: crossing between layers: a tie-break only (an exact binary fraction, and
#: far below 1 however many arrows a step has), so such crossings never cost a
#: counted one and each move that saves one ends a round sooner.
BESIDE = 2.0 ** -16


def _end_costs(edges: list[tuple[int, int]], n_slots: int, at: int, fixed_is_top: bool,
               beside: list[int] | None = None) -> list[float]:
    """Crossings of a segment between a fixed node (position ``at``) and each
    slot of the other layer. An arrow meeting the node at its centre never
    crosses the node's own arrows. A loop meets it at one side, so it crosses
    the node's own forward arrows that end beyond it on that side (the fewer
    of the two sides counts, at the weight ``BESIDE``); ``beside``: the
    positions where those arrows end."""
    costs: list[float] = []
    own = sorted(beside or [])
    for slot in range(n_slots):
        c: float = 0
        for u, v in edges:
            f, o = (u, v) if fixed_is_top else (v, u)
            if f != at and (f < at) != (o < slot):
                c += 1
        if own:
            before = bisect_right(own, slot - 1)
            c += BESIDE * min(before, len(own) - before)
        costs.append(c)
    return costs


def _forward_ends(g: LayeredGraph) -> tuple[dict[int, list[int]], dict[int, list[int]]]:
    """Each step's forward arrows: where they leave it (downward) and enter it (upward)."""
    out_next: dict[int, list[int]] = {}
    in_prev: dict[int, list[int]] = {}
    for k, chain in enumerate(g.chains):
        if not g.back[k]:
            out_next.setdefault(chain[0], []).append(chain[1])
            in_prev.setdefault(chain[-1], []).append(chain[-2])
    return out_next, in_prev


def reinsert_chains(layers: list[list[int]], g: LayeredGraph, pos: list[int], max_width: int = 40,
                    deadline: float = float("inf"), settled: dict[int, tuple] | None = None) -> bool:
    """Re-route each long arrow's chain of dummy points on its best path.

    With everything else fixed, the places of one chain's dummies that cross
    the fewest arrows are a shortest path over the slots of the layers it
    passes (dynamic programming). This moves a whole loop to the other side of
    the main line in one step, which swaps of neighbours cannot do. A chain
    moves only when that strictly reduces crossings (for a loop, ties go to
    the side that crosses fewer of its steps' arrows where it meets them
    beside the step). True if anything moved.
    """
    moved = False
    ends = _forward_ends(g)
    for c, chain in enumerate(g.chains):
        if len(chain) < 3:
            continue
        if time.perf_counter() > deadline:
            break
        # A chain's best path depends only on the layers it spans: when they are as they were
        # the last time it stayed put, it stays put again (``settled`` remembers them).
        key = None
        if settled is not None:
            la = g.layer[chain[0]]
            key = tuple(tuple(layers[l]) for l in range(la, la + len(chain)))
            if settled.get(c) == key:
                continue
        if _reroute_chain(c, layers, g, pos, ends, max_width):
            moved = True
        elif key is not None:
            settled[c] = key
    return moved


def _reroute_chain(c: int, layers: list[list[int]], g: LayeredGraph, pos: list[int],
                   ends: tuple[dict[int, list[int]], dict[int, list[int]]], max_width: int = 40) -> bool:
    """Put chain ``c``'s dummies on their cheapest path (see ``reinsert_chains``); True if it moved."""
    chain = g.chains[c]
    k = len(chain) - 2
    if k < 1:
        return False
    down = g.down
    out_next, in_prev = ends
    la = g.layer[chain[0]]
    if any(len(layers[la + i]) > max_width for i in range(k + 2)):
        return False
    dummies = set(chain[1:-1])
    current = [pos[d] for d in chain[1:-1]]
    reduced = {la + i: [v for v in layers[la + i] if v not in dummies] for i in range(1, k + 1)}
    rpos = {v: j for layer in reduced.values() for j, v in enumerate(layer)}

    def edges_between(l: int) -> list[tuple[int, int]]:
        out = []
        for u in reduced.get(l, layers[l]):
            pu = rpos.get(u, pos[u])
            for v in down[u]:
                if v not in dummies:
                    out.append((pu, rpos.get(v, pos[v])))
        return out

    loop = g.back[c]
    top = [rpos.get(v, pos[v]) for v in out_next.get(chain[0], [])] if loop else None
    cost = _end_costs(edges_between(la), len(reduced[la + 1]) + 1, pos[chain[0]], True, top)
    now = cost[current[0]]
    back: list[list[int]] = []
    for i in range(1, k):
        l = la + i
        table = _slot_costs(edges_between(l), len(reduced[l]), len(reduced[l + 1]))
        now += table[current[i - 1]][current[i]]
        new_cost, arg = [], []
        rows = list(zip(cost, table))
        for t in range(len(reduced[l + 1]) + 1):
            # The cheapest slot before, first of equals (a plain loop: a key function per
            # slot pair was a third of the layout's time on maps with long loops).
            best_v, best_s = rows[0][0] + rows[0][1][t], 0
            for s_, (c_, row) in enumerate(rows):
                v_ = c_ + row[t]
                if v_ < best_v:
                    best_v, best_s = v_, s_
            new_cost.append(best_v)
            arg.append(best_s)
        back.append(arg)
        cost = new_cost
    bottom = [rpos.get(v, pos[v]) for v in in_prev.get(chain[-1], [])] if loop else None
    end = _end_costs(edges_between(la + k), len(reduced[la + k]) + 1, pos[chain[-1]], False, bottom)
    now += end[current[-1]]
    total = [c_ + e for c_, e in zip(cost, end)]
    best = min(range(len(total)), key=lambda s_: (total[s_], s_))
    moved = total[best] < now
    if moved:
        slots = [best]
        for arg in reversed(back):
            slots.append(arg[slots[-1]])
        slots.reverse()
    else:
        slots = current
    for i, d in enumerate(chain[1:-1]):
        layer = reduced[la + 1 + i]
        layer.insert(slots[i], d)
        layers[la + 1 + i] = layer
        for j, v in enumerate(layer):
            pos[v] = j
    return moved


def _chain_crossed(chain: list[int], g: LayeredGraph, layers: list[list[int]], pos: list[int]) -> bool:
    """Some arrow crosses the chain between two of the layers it passes. O(arrows there)."""
    first = g.layer[chain[0]]
    own = set(chain)
    for i in range(len(chain) - 1):
        p1, p2 = pos[chain[i]], pos[chain[i + 1]]
        for u in layers[first + i]:
            if u in own:
                continue
            pu = pos[u] - p1
            for v in g.down[u]:
                if v not in own and pu * (pos[v] - p2) < 0:
                    return True
    return False


def flip_loops(layers: list[list[int]], g: LayeredGraph, pos: list[int], max_width: int = 40,
               deadline: float = float("inf")) -> bool:
    """Move a loop's whole lane to the other side of the flow, together with the loops it
    interleaves with: a move no single re-routing finds.

    Two loops whose stretches overlap without one holding the other cross once when both
    run on the same side; on opposite sides they need not. Each loop in turn is mirrored
    (every dummy to the mirrored slot of its layer), then every other chain over its
    stretch, and the loop itself, take their cheapest paths again; the result is kept only
    when the crossings over those layers strictly drop. True if anything moved.
    """
    moved = False
    ends = _forward_ends(g)
    spans = [(g.layer[ch[0]], g.layer[ch[-1]]) for ch in g.chains]
    for c, chain in enumerate(g.chains):
        if not g.back[c] or len(chain) < 4:
            continue
        if time.perf_counter() > deadline:
            break
        if not _chain_crossed(chain, g, layers, pos):
            continue  # crosses nothing: nothing to win by moving it
        lo, hi = spans[c]
        # The loops it interleaves with: each starts inside the other's stretch and ends outside.
        partners = [k for k, (a, b) in enumerate(spans)
                    if k != c and g.back[k] and len(g.chains[k]) > 2 and (lo < a < hi < b or a < lo < b < hi)]
        if not partners:
            continue
        first = min([lo] + [spans[k][0] for k in partners])
        last = max([hi] + [spans[k][1] for k in partners])
        if any(len(layers[l]) > max_width for l in range(first, last + 1)):
            continue
        before = sum(_pair_crossings(layers[l], g.down, pos) for l in range(first, last))
        if before == 0:
            continue
        saved = [list(layers[l]) for l in range(first, last + 1)]
        for d in chain[1:-1]:
            layer = layers[g.layer[d]]
            i = pos[d]
            layer.pop(i)
            layer.insert(len(layer) - i, d)
            for j, v in enumerate(layer):
                pos[v] = j
        for k in partners + [c]:
            _reroute_chain(k, layers, g, pos, ends, max_width)
        after = sum(_pair_crossings(layers[l], g.down, pos) for l in range(first, last))
        if after < before:
            moved = True
            continue
        for l, layer in zip(range(first, last + 1), saved):
            layers[l] = layer
            for j, v in enumerate(layer):
                pos[v] = j
    return moved


def improve(layers: list[list[int]], g: LayeredGraph, pos: list[int], deadline: float,
            settled: dict[int, tuple] | None = None) -> None:
    """Local moves that strictly reduce crossings, until none is left:
    neighbour swaps and whole-chain re-routing."""
    while True:
        transpose(layers, g, pos, deadline=deadline)
        if time.perf_counter() > deadline or not reinsert_chains(layers, g, pos, deadline=deadline,
                                                                 settled=settled):
            break


def reduce_crossings(g: LayeredGraph, start: list[list[int]], sweeps: int = 8,
                     time_limit: float = 1.0) -> tuple[list[list[int]], int]:
    """The best order found from ``start``, and its crossings.

    ``start`` is kept unless something strictly better turns up. Its local
    improvements come first; then, each round, barycentre sweeps from the
    current best (keeping the best order seen) and local improvements of that;
    a round that improves nothing ends the search. So the result is a fixed
    point, and laying out the result again reproduces it. A graph so big and
    tangled that the search runs past ``time_limit`` seconds keeps the best
    order found by then (a second layout may still improve on it).
    """
    deadline = time.perf_counter() + time_limit
    settled: dict[int, tuple] = {}  # chains whose best path was where they are (see reinsert_chains)
    layers = [list(l) for l in start]
    pos = _positions(layers, g.n)
    improve(layers, g, pos, deadline, settled)
    best = count_crossings(layers, g, pos)
    L = len(layers)
    down_ids = range(1, L)
    up_ids = range(L - 2, -1, -1)
    for _ in range(10):
        if best == 0 or time.perf_counter() > deadline:
            break
        cand = [list(l) for l in layers]
        cpos = list(pos)
        round_best, round_c = None, best + 1
        for _ in range(sweeps):
            _sweep(cand, cpos, g.up, down_ids)
            c = count_crossings(cand, g, cpos)
            if c < round_c:
                round_best, round_c = [list(l) for l in cand], c
            _sweep(cand, cpos, g.down, up_ids)
            c = count_crossings(cand, g, cpos)
            if c < round_c:
                round_best, round_c = [list(l) for l in cand], c
            if round_c == 0 or time.perf_counter() > deadline:
                break
        if round_best is None:
            break
        rpos = _positions(round_best, g.n)
        improve(round_best, g, rpos, deadline, settled)
        c = count_crossings(round_best, g, rpos)
        if c < best:
            layers, pos, best = round_best, rpos, c
        else:
            break
    # Last, the costlier move: loops flipped to the other side with the loops they interleave.
    if time.perf_counter() < deadline and flip_loops(layers, g, pos, deadline=deadline):
        improve(layers, g, pos, deadline, settled)
        best = count_crossings(layers, g, pos)
    return layers, best

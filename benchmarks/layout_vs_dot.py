"""mapper's layout side by side with Graphviz dot: time and arrow crossings.

    python benchmarks/layout_vs_dot.py [--sizes 100,1000,5000] [--seed 0] [--no-dot]

Both lay out the same synthetic map (benchmarks/synthetic.py): the same steps
with the same sizes (mapper's ``estimate_size``, given to dot in inches as
fixed-size boxes), the same arrows, read left to right.

``column_crossings`` is the older, coarser count (still used by a test): the
columns are the distinct x of the step centres, each arrow is read off where it
passes each column, and two arrows cross between neighbouring columns when
their order swaps there; it misses crossings inside a channel and where a loop
meets its step beside it.

dot is the reference for the benchmark only, never a dependency: without it
the dot columns say "-".

The table counts what is drawn: mapper's arrows as its renderer routes them
(``MapPicture``, the same routes the canvas and every export paint, clipped at
the outlines) against dot's splines sampled into short pieces. A crossing is a
point where two arrows that share no step cross; an overlap is a pair of arrows
that share no step and run along each other on one line (a shared channel).
Both synthetic maps are measured: the usual one and one whose recycling loops
reach 10 to 40 steps back (``synthetic_map(n, long_loops=True)``). The
mapper time is wall-clock with the process's CPU time in brackets (the CPU
time moves less when others load the machine).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from bisect import bisect_right, insort
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from harness import pin_to_one_core  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from mapper.layout import estimate_size, layout_map  # noqa: E402
from mapper.model import SystemMap  # noqa: E402

Point = tuple[float, float]


# -- the shared crossing count ------------------------------------------------------

def _cross_at(line: list[Point], x: float) -> float | None:
    """y where a polyline first passes the vertical line at x (vertical runs skipped)."""
    for (x0, y0), (x1, y1) in zip(line, line[1:]):
        if x0 == x1:
            continue
        if min(x0, x1) - 1e-6 <= x <= max(x0, x1) + 1e-6:
            return y0 + (y1 - y0) * (x - x0) / (x1 - x0)
    return None


def column_crossings(centres: dict[str, Point], arrows: list[tuple[str, str, list[Point]]]) -> int:
    """Crossings of a left-to-right drawing, counted between neighbouring columns.

    ``centres``: step id -> centre; ``arrows``: (source, target, route) with the
    route from source centre to target centre (any drawing: orthogonal
    waypoints or a sampled spline)."""
    xs = sorted({round(x, 1) for x, _ in centres.values()})
    col = {x: i for i, x in enumerate(xs)}
    gaps: list[list[tuple[float, float]]] = [[] for _ in range(max(0, len(xs) - 1))]
    for s, t, line in arrows:
        if s == t:
            continue
        cs, ct = col[round(centres[s][0], 1)], col[round(centres[t][0], 1)]
        if cs == ct:
            continue
        ys, yt = centres[s][1], centres[t][1]
        lo, hi = (cs, ct) if cs < ct else (ct, cs)
        ylo, yhi = (ys, yt) if cs < ct else (yt, ys)
        at = {lo: ylo, hi: yhi}
        for c in range(lo + 1, hi):
            y = _cross_at(line, xs[c])
            at[c] = y if y is not None else ylo + (yhi - ylo) * (c - lo) / (hi - lo)
        for c in range(lo, hi):
            gaps[c].append((at[c], at[c + 1]))
    total = 0
    for segs in gaps:
        # Inversions of the right ends read in the order of the left ends;
        # shared ends do not cross.
        segs.sort()
        seen: list[float] = []
        i = 0
        while i < len(segs):
            j = i
            while j < len(segs) and segs[j][0] == segs[i][0]:
                j += 1
            for k in range(i, j):
                total += len(seen) - bisect_right(seen, segs[k][1])
            for k in range(i, j):
                insort(seen, segs[k][1])
            i = j
    return total


# -- crossings and overlaps as drawn ---------------------------------------------------

Segment = tuple[float, float, float, float]
_CELL = 200.0  # grid cell for finding segments near each other


def _segments(arrows: list[tuple[str, str, list[Point]]]) -> list[tuple[int, Segment]]:
    out = []
    for k, (_, _, line) in enumerate(arrows):
        for (x0, y0), (x1, y1) in zip(line, line[1:]):
            if abs(x0 - x1) > 1e-9 or abs(y0 - y1) > 1e-9:
                out.append((k, (x0, y0, x1, y1)))
    return out


def _near_pairs(arrows: list[tuple[str, str, list[Point]]]):
    """Pairs of segments of different arrows with no step in common whose boxes share a grid
    cell, each pair once."""
    segs = _segments(arrows)
    grid: dict[tuple[int, int], list[int]] = {}
    for i, (_, (x0, y0, x1, y1)) in enumerate(segs):
        for gx in range(int(min(x0, x1) // _CELL), int(max(x0, x1) // _CELL) + 1):
            for gy in range(int(min(y0, y1) // _CELL), int(max(y0, y1) // _CELL) + 1):
                grid.setdefault((gx, gy), []).append(i)
    ends = [{s, t} for s, t, _ in arrows]
    seen: set[tuple[int, int]] = set()
    for members in grid.values():
        for a in range(len(members)):
            i = members[a]
            ki = segs[i][0]
            for b in range(a + 1, len(members)):
                j = members[b]
                kj = segs[j][0]
                if ki == kj or ends[ki] & ends[kj]:
                    continue  # arrows that share a step never count
                pair = (i, j) if i < j else (j, i)
                if pair in seen:
                    continue
                seen.add(pair)
                yield segs[i], segs[j]


def _orient(ax, ay, bx, by, cx, cy) -> float:
    return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)


def drawn_crossings(arrows: list[tuple[str, str, list[Point]]]) -> int:
    """Points where two drawn arrows with no step in common cross, counted on the lines as
    drawn (mapper's rendered orthogonal routes, dot's splines sampled into short pieces).
    A touch or a run along each other is not a crossing (see ``shared_channels``)."""
    total = 0
    for (_, (ax, ay, bx, by)), (_, (cx, cy, dx, dy)) in _near_pairs(arrows):
        if max(ax, bx) < min(cx, dx) or max(cx, dx) < min(ax, bx) or \
                max(ay, by) < min(cy, dy) or max(cy, dy) < min(ay, by):
            continue
        d1, d2 = _orient(cx, cy, dx, dy, ax, ay), _orient(cx, cy, dx, dy, bx, by)
        d3, d4 = _orient(ax, ay, bx, by, cx, cy), _orient(ax, ay, bx, by, dx, dy)
        if ((d1 > 0 > d2) or (d1 < 0 < d2)) and ((d3 > 0 > d4) or (d3 < 0 < d4)):
            total += 1
    return total


def shared_channels(arrows: list[tuple[str, str, list[Point]]], tolerance: float = 0.5,
                    least: float = 2.0) -> int:
    """Pairs of arrows with no step in common that run along each other (on the same line,
    within ``tolerance``, for more than ``least``): two arrows sharing a channel, which the
    reader cannot tell apart there."""
    pairs: set[tuple[int, int]] = set()
    for (ki, (ax, ay, bx, by)), (kj, (cx, cy, dx, dy)) in _near_pairs(arrows):
        if abs(ay - by) <= tolerance and abs(cy - dy) <= tolerance and abs(ay - cy) <= tolerance:
            run = min(max(ax, bx), max(cx, dx)) - max(min(ax, bx), min(cx, dx))
        elif abs(ax - bx) <= tolerance and abs(cx - dx) <= tolerance and abs(ax - cx) <= tolerance:
            run = min(max(ay, by), max(cy, dy)) - max(min(ay, by), min(cy, dy))
        else:
            continue
        if run > least:
            pairs.add((min(ki, kj), max(ki, kj)))
    return len(pairs)


def mapper_drawn(m: SystemMap, positions, waypoints):
    """The arrows as mapper's renderer draws them (``MapPicture``: the routes the canvas and
    every export paint, clipped at the shapes' outlines, loop-backs routed round)."""
    from mapper.model import set_layout
    from mapper.render.paint import MapPicture

    placed = m.model_copy(deep=True)
    set_layout(placed, positions, waypoints).apply(placed)
    picture = MapPicture(placed, markers=False)
    return [(a.source, a.target, [(p.x(), p.y()) for p in geo.points]) for a, geo in picture.arrows]


def mapper_drawing(m: SystemMap, positions, waypoints):
    centres = {sid: (float(x), float(y)) for sid, (x, y) in positions.items()}
    arrows = []
    for a in m.arrows:
        if a.source in centres and a.target in centres:
            line = [centres[a.source]] + [tuple(p) for p in waypoints.get(a.id, [])] + [centres[a.target]]
            arrows.append((a.source, a.target, line))
    return centres, arrows


# -- dot ----------------------------------------------------------------------------

def dot_source(m: SystemMap) -> str:
    """The map as a dot graph: fixed-size boxes of mapper's estimated sizes, in inches."""
    names = {}
    lines = ["digraph map {", "  rankdir=LR; ranksep=1.1; nodesep=0.55;",
             '  node [shape=box, fixedsize=true, label=""];']
    for i, s in enumerate(m.steps):
        if s.kind == "note":
            continue
        names[s.id] = f"n{i}"
        w, h = estimate_size(s)
        lines.append(f"  n{i} [width={w / 72:.3f}, height={h / 72:.3f}];")
    for a in m.arrows:
        lines.append(f"  {names[a.source]} -> {names[a.target]};")
    lines.append("}")
    return "\n".join(lines)


def _bezier(points: list[Point], steps: int = 8) -> list[Point]:
    out = [points[0]]
    for i in range(0, len(points) - 3, 3):
        p0, p1, p2, p3 = points[i:i + 4]
        for k in range(1, steps + 1):
            t = k / steps
            u = 1 - t
            out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                        u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out


def dot_drawing(m: SystemMap, dot: str = "dot", src: str | None = None):
    """Run dot on ``src`` (default: the map without lanes); return (seconds, centres,
    arrows) in points, y downwards like mapper."""
    src = dot_source(m) if src is None else src
    t0 = time.perf_counter()
    out = subprocess.run([dot, "-Tplain"], input=src, capture_output=True, text=True, check=True).stdout
    seconds = time.perf_counter() - t0
    ids = {f"n{i}": s.id for i, s in enumerate(m.steps)}
    centres: dict[str, Point] = {}
    arrows = []
    height = 0.0
    for line in out.splitlines():
        f = line.split()
        if not f:
            continue
        if f[0] == "graph":
            height = float(f[3])
        elif f[0] == "node":
            centres[ids[f[1]]] = (float(f[2]) * 72, (height - float(f[3])) * 72)
        elif f[0] == "edge":
            n = int(f[3])
            pts = [(float(f[4 + 2 * i]) * 72, (height - float(f[5 + 2 * i])) * 72) for i in range(n)]
            s, t = ids[f[1]], ids[f[2]]
            arrows.append((s, t, [centres[s]] + _bezier(pts) + [centres[t]]))
    return seconds, centres, arrows


# -- the comparison -----------------------------------------------------------------

def compare(size: int, seed: int = 0, dot: str | None = None, long_loops: bool = False) -> dict:
    m = synthetic_map(size, seed, long_loops)
    t0, c0 = time.perf_counter(), time.process_time()
    r = layout_map(m)
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    drawn = mapper_drawn(m, r.positions, r.waypoints)
    row = {"steps": size, "arrows": len(m.arrows), "mapper_s": ours, "mapper_cpu_s": ours_cpu,
           "mapper_crossings": drawn_crossings(drawn), "mapper_overlaps": shared_channels(drawn),
           "mapper_column_crossings": column_crossings(*mapper_drawing(m, r.positions, r.waypoints))}
    if dot:
        seconds, centres, arrows = dot_drawing(m, dot)
        row.update(dot_s=seconds, dot_crossings=drawn_crossings(arrows), dot_overlaps=shared_channels(arrows),
                   dot_column_crossings=column_crossings(centres, arrows))
    return row


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100,1000,5000")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--no-dot", action="store_true", help="mapper only (dot takes seconds at 5,000 steps)")
    args = p.parse_args(argv)
    pin_to_one_core()
    from PySide6.QtGui import QGuiApplication  # the renderer measures text

    app = QGuiApplication.instance() or QGuiApplication(["layout_vs_dot", "-platform", "offscreen"])  # noqa: F841
    dot = None if args.no_dot else shutil.which("dot")
    if not dot and not args.no_dot:
        print("note: Graphviz dot is not installed; showing mapper only", file=sys.stderr)
    print("| map | steps | arrows | mapper time (CPU) | mapper crossings | mapper overlaps | dot time "
          "| dot crossings | dot overlaps |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for long_loops in (False, True):
        for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
            print(f"  {size:,} ...", file=sys.stderr, flush=True)
            r = compare(size, args.seed, dot, long_loops)
            dot_t = f"{r['dot_s']:.2f} s" if dot else "-"
            dot_c = str(r["dot_crossings"]) if dot else "-"
            dot_o = str(r["dot_overlaps"]) if dot else "-"
            print(f"| {'long loops' if long_loops else 'synthetic'} | {size:,} | {r['arrows']:,} "
                  f"| {r['mapper_s'] * 1000:.0f} ms ({r['mapper_cpu_s'] * 1000:.0f} ms) "
                  f"| {r['mapper_crossings']} | {r['mapper_overlaps']} "
                  f"| {dot_t} | {dot_c} | {dot_o} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Layout in swimlanes side by side with Graphviz dot given the same lanes as clusters.

    python benchmarks/lanes_vs_dot.py [--sizes 100,1000,5000] [--by owner|stage] [--seed 0]

The synthetic map (benchmarks/synthetic.py) is laid out by mapper in lanes and
by dot with one ``subgraph cluster`` per lane; crossings are counted the same
way for both, from the finished drawings (``layout_vs_dot.column_crossings``).
dot is the reference for the benchmark only, never a dependency.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from harness import pin_to_one_core  # noqa: E402
from layout_vs_dot import column_crossings, mapper_drawing  # noqa: E402
from layout_vs_dot import dot_drawing as plain_dot_drawing  # noqa: E402
from synthetic import synthetic_map  # noqa: E402

from mapper.layout import estimate_size, layout_map  # noqa: E402
from mapper.layout.lanes import lane_key, map_lanes  # noqa: E402
from mapper.model import SystemMap  # noqa: E402


def dot_source(m: SystemMap, by: str) -> str:
    """The map as a dot graph with one cluster per lane, in the lanes' order."""
    lines = ["digraph map {", "  rankdir=LR; ranksep=1.1; nodesep=0.55; newrank=true;",
             '  node [shape=box, fixedsize=true, label=""];']
    names = {}
    for i, s in enumerate(m.steps):
        if s.kind != "note":
            names[s.id] = f"n{i}"
    for li, lane in enumerate(map_lanes(m, by)):
        lines.append(f"  subgraph cluster_{li} {{")
        for s in m.steps:
            if s.kind != "note" and lane_key(s, by) == lane.key:
                w, h = estimate_size(s)
                lines.append(f"    {names[s.id]} [width={w / 72:.3f}, height={h / 72:.3f}];")
        lines.append("  }")
    for a in m.arrows:
        lines.append(f"  {names[a.source]} -> {names[a.target]};")
    lines.append("}")
    return "\n".join(lines)


def dot_drawing(m: SystemMap, by: str, dot: str = "dot"):
    """dot's drawing of the map with its lanes as clusters (one reader: layout_vs_dot's)."""
    return plain_dot_drawing(m, dot, src=dot_source(m, by))


def compare(size: int, by: str, seed: int = 0, dot: str | None = None) -> dict:
    m = synthetic_map(size, seed)
    m.lanes = by
    t0 = time.perf_counter()
    r = layout_map(m)
    ours = time.perf_counter() - t0
    row = {"steps": size, "lanes": len(map_lanes(m, by)), "mapper_s": ours,
           "mapper_crossings": column_crossings(*mapper_drawing(m, r.positions, r.waypoints))}
    if dot:
        seconds, centres, arrows = dot_drawing(m, by, dot)
        row.update(dot_s=seconds, dot_crossings=column_crossings(centres, arrows))
    return row


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100,1000,5000")
    p.add_argument("--by", default="owner", choices=("owner", "stage"))
    p.add_argument("--seed", type=int, default=0)
    args = p.parse_args(argv)
    pin_to_one_core()
    import mapper.analysis  # noqa: F401  (imported once before timing: the lane order reads the flow order)
    dot = shutil.which("dot")
    if not dot:
        print("note: Graphviz dot is not installed; showing mapper only", file=sys.stderr)
    print(f"| steps | lanes ({args.by}) | mapper time | mapper crossings | dot time | dot crossings |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",")):
        print(f"  {size:,} ...", file=sys.stderr, flush=True)
        r = compare(size, args.by, args.seed, dot)
        dot_t = f"{r['dot_s']:.2f} s" if dot else "not installed"
        dot_c = str(r["dot_crossings"]) if dot else "-"
        print(f"| {size:,} | {r['lanes']} | {r['mapper_s'] * 1000:.0f} ms | {r['mapper_crossings']} "
              f"| {dot_t} | {dot_c} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The funnel: the map as an absorbing Markov chain (docs/analysis.md, "The funnel").

Steps are states, arrows carry the chance of going that way, ends absorb.
With Q the transitions between the other ("transient") steps and R those into
ends, the fundamental matrix N = (I - Q)^-1 gives expected visits; nothing is
simulated. N is never formed: one sparse LU factorisation of I - Q answers
every question, so 20,000 steps take milliseconds.

For 100 entrants split evenly over the starts (the vector s):
- visits      v = N^T s           (expected visits of each transient step)
- outcomes    o = R^T v           (expected count reaching each end)
- goal chance h = N r             (r: one-step chance of entering a goal end),
  so a step's chance of ever reaching a goal is h, and a goal end's is 1.

Levers. Moving a probability delta at decision d from branch w to branch b is a
rank-one change of the system: (I - Q - e_d q^T) h' = r + e_d rho with
q = delta (e_b - e_w) on transient steps and rho = delta (1[b goal] - 1[w goal]).
Sherman-Morrison gives the exact new goal count without re-solving:

    gain = v_d * delta * (g_b - g_w) / (1 - delta * (N[b, d] - N[w, d]))

where g is the chance of reaching a goal from a branch's target. N[x, d] is
zero unless x can reach d, and a branch target that reaches its decision lies
in the decision's loop (strongly connected set); paths between two steps of a
loop never leave it, so N[x, d] is read from the loop's own small system.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import breadth_first_order
from scipy.sparse.linalg import splu

from mapper.model.parallel import says_do_all, says_wait_for_all

from .flow import Flow
from .results import Finding, Funnel, Lever

ENTRANTS = 100
#: Findings that make the map something other than an absorbing chain.
BLOCKING_RULES = frozenset({"dead-end", "unreachable", "trap-loop", "probabilities"})
#: The move the levers measure: one percentage point.
LEVER_STEP = 0.01
#: Right-hand sides solved together for the levers' loop systems.
_CHUNK = 256
#: Goal chances closer than this count as equal: chances are in 0..1, so a
#: smaller difference is rounding, which huge visit counts would turn into noise.
_SAME_CHANCE = 1e-9
#: Loops up to this many steps are solved as small dense systems.
_DENSE_LIMIT = 300


def branch_chances(flow: Flow, sid: str) -> dict[str, float] | None:
    """Where a step leads, target -> probability (summing to 1), or None when the
    step splits without probabilities. Duplicate arrows add up; a single target
    without a probability counts as 1."""
    arrows = flow.out_arrows[sid]
    if all(a.probability is None for a in arrows):
        targets = dict.fromkeys(a.target for a in arrows)
        return {t: 1.0 for t in targets} if len(targets) == 1 else None
    chances: dict[str, float] = {}
    for a in arrows:
        chances[a.target] = chances.get(a.target, 0.0) + (a.probability or 0.0)
    total = sum(chances.values())
    if total <= 0:
        return None
    # The rules allow sums within 0.005 of 1; rescale so the chain is exact.
    return {t: p / total for t, p in chances.items()}


def compute_funnel(flow: Flow, findings: list[Finding] | tuple[Finding, ...],
                   cycles: list[list[str]] | None = None) -> Funnel | None:
    """The funnel per 100 entrants, or None when the map is not an absorbing chain."""
    solved = solve_funnel(flow, findings, cycles)
    return None if solved is None else solved[0]


def _transitions(flow: Flow, transient: list[str], index: dict[str, int], split: np.ndarray, factor: np.ndarray):
    """Every arrow out of a transient step as arrays (source, target, probability),
    steps numbered by ``index`` (transient steps first, then ends), probabilities
    made exact (rows sum to 1) and weighted by ``_parallel``'s ``factor``. None when
    a step other than a parallel ``split`` splits without probabilities.
    Vectorised: a Python function per step cost a third of the funnel's time."""
    src, dst, given = [], [], []
    for sid in transient:
        i = index[sid]
        for a in flow.out_arrows[sid]:
            src.append(i)
            dst.append(index[a.target])
            given.append(np.nan if a.probability is None else a.probability)
    src, dst, p = np.array(src, dtype=np.int64), np.array(dst, dtype=np.int64), np.array(given, dtype=float)
    n = len(transient)
    has = ~np.isnan(p)
    n_out = np.bincount(src, minlength=n)
    n_given = np.bincount(src, weights=has, minlength=n)
    if np.any((n_given > 0) & (n_given < n_out)):
        return None  # only some have one: the probabilities rule reports it
    bare = (n_given[src] == 0) & ~split[src]
    if bare.any():
        # Without probabilities a step may only go one way (a single arrow counts as 1).
        pairs = np.unique(src[bare] * len(index) + dst[bare])
        if np.any(np.bincount(pairs // len(index), minlength=n) > 1):
            return None
    weight = np.where(has, p, 1.0 / np.maximum(n_out[src], 1))
    total = np.bincount(src, weights=weight, minlength=n)
    if np.any(total <= 0):
        return None
    # The rules allow sums within 0.005 of 1; rescale so the chain is exact.
    return src, dst, weight / total[src] * factor[src]


def _parallel(flow: Flow, transient: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(is a parallel split, weight factor) per transient step, in ``transient``'s order.

    A parallel split ("Do all of the next steps", see ``mapper.model.parallel``) sends everyone
    down every branch (factor: its number of branches); the step that waits for all of them
    ("Wait until all are done") lets each person on once, not once per branch (factor 1/ways in).
    Every other step has factor 1. O(steps).
    """
    n = len(transient)
    split = np.zeros(n, dtype=bool)
    factor = np.ones(n)
    for i, sid in enumerate(transient):
        step = flow.steps[sid]
        if step.kind != "activity":
            continue
        # The counts first: most steps have one way in and out, and need no reading.
        if len(flow.succ[sid]) > 1 and says_do_all(step.text):
            split[i] = True
            factor[i] = len(flow.succ[sid])
        elif len(flow.in_arrows[sid]) > 1 and says_wait_for_all(step.text):
            factor[i] = 1.0 / len(flow.in_arrows[sid])
    return split, factor


def _absorbs(n: int, size: int, src: np.ndarray, dst: np.ndarray, p: np.ndarray) -> bool:
    """True when every transient step (0..n-1) can reach an end (n..size-1) through
    arrows of positive probability; else I - Q is singular (some people would go
    round for ever). One breadth-first search backwards from a virtual node
    feeding every end."""
    keep = p > 0
    back_src = np.concatenate([dst[keep], np.full(size - n, size)])
    back_dst = np.concatenate([src[keep], np.arange(n, size)])
    graph = sp.csr_matrix((np.ones(len(back_src), dtype=np.int8), (back_src, back_dst)), shape=(size + 1, size + 1))
    reached = breadth_first_order(graph, size, directed=True, return_predecessors=False)
    return bool(np.isin(np.arange(n), reached).all())


def solve_funnel(flow: Flow, findings: list[Finding] | tuple[Finding, ...],
                 cycles: list[list[str]] | None = None) -> tuple[Funnel, dict[str, float]] | None:
    """The funnel and every flow step's chance of reaching a goal (1 for goal
    ends, 0 for other ends), or None when the map is not an absorbing chain."""
    if any(f.rule in BLOCKING_RULES for f in findings) or not flow.starts or not flow.ends:
        return None
    end_set = set(flow.ends)
    lonely = set(flow.disconnected)
    transient = [sid for sid in flow.steps if sid not in end_set and sid not in lonely]
    n, n_ends = len(transient), len(flow.ends)
    index = {sid: i for i, sid in enumerate(transient + flow.ends)}
    split, factor = _parallel(flow, transient)
    arrays = _transitions(flow, transient, index, split, factor)
    if arrays is None:
        return None
    src, dst, p = arrays
    if not _absorbs(n, n + n_ends, src, dst, p):
        return None

    inner = dst < n
    Q = sp.csc_matrix((p[inner], (src[inner], dst[inner])), shape=(n, n))
    R = sp.csr_matrix((p[~inner], (src[~inner], dst[~inner] - n)), shape=(n, n_ends))
    A = (sp.identity(n, format="csc") - Q).tocsc()
    try:
        lu = splu(A)
    except RuntimeError:  # singular: cannot happen after _absorbs, kept as a guard
        return None

    s = np.zeros(n)
    for start in flow.starts:
        s[index[start]] += ENTRANTS / len(flow.starts)
    visits = lu.solve(s, trans="T")
    outcomes = R.T @ visits
    # A step that waits for all branches is reached once per branch, but each person passes once.
    visits = visits * np.minimum(factor, 1.0)
    goal_set = set(flow.goals)
    is_goal = np.array([1.0 if e in goal_set else 0.0 for e in flow.ends])
    reach_goal = lu.solve(R @ is_goal)
    if not (np.all(np.isfinite(visits)) and np.all(np.isfinite(reach_goal))):
        return None

    steps = flow.steps
    end_value = np.array([steps[e].value or 0.0 for e in flow.ends])
    end_cost = np.array([steps[e].cost or 0.0 for e in flow.ends])
    step_cost = np.array([steps[t].cost or 0.0 for t in transient])
    value = float(outcomes @ (end_value - end_cost) - visits @ step_cost)

    visit_of = dict(zip(transient, visits.tolist()))
    goal_chance = dict(zip(transient, reach_goal.tolist()))
    goal_chance.update((e, 1.0 if e in goal_set else 0.0) for e in flow.ends)
    t_index = {sid: index[sid] for sid in transient}
    levers = _levers(flow, transient, t_index, visits, goal_chance, cycles)
    funnel = Funnel(
        entrants=ENTRANTS,
        outcomes=dict(zip(flow.ends, outcomes.tolist())),
        # "every other step": steps with no arrows at all are visited 0 times
        visits={sid: visit_of.get(sid, 0.0) for sid in flow.steps if sid not in end_set},
        value_per_entrant=value / ENTRANTS,
        levers=tuple(levers),
    )
    return funnel, goal_chance


def _levers(flow: Flow, transient: list[str], t_index: dict[str, int], visits: np.ndarray,
            goal_chance: dict[str, float], cycles: list[list[str]] | None) -> list[Lever]:
    chance = goal_chance.__getitem__

    loop_of: dict[str, int] = {}
    for k, comp in enumerate(cycles or ()):
        for sid in comp:
            loop_of[sid] = k

    rows: dict[str, dict[str, float]] = {}  # where each step in a loop with a decision leads
    moves = []  # (decision, best, worst, delta)
    flat: list[str] = []
    for sid in transient:
        if flow.steps[sid].kind != "decision":
            continue
        chances = branch_chances(flow, sid)
        if chances is None or len(chances) < 2:
            flat.append(sid)  # one way out (a decision-branches finding): nothing to move
            continue
        rows[sid] = chances
        targets = list(chances)  # document order of the arrows
        best = max(targets, key=chance)  # first of equals wins: max/min keep the first
        worst = min((t for t in targets if chances[t] > 0), key=chance)
        if chance(best) - chance(worst) <= _SAME_CHANCE:
            flat.append(sid)  # every branch is as good as the others: no lever
            continue
        moves.append((sid, best, worst, min(LEVER_STEP, chances[worst])))

    # N[x, d] for branch targets inside the decision's own loop, loop by loop.
    inside: dict[tuple[str, str], float] = {}
    by_loop: dict[int, list[tuple[str, str, str, float]]] = {}
    for move in moves:
        d, best, worst, _ = move
        k = loop_of.get(d)
        if k is not None and (loop_of.get(best) == k or loop_of.get(worst) == k):
            by_loop.setdefault(k, []).append(move)
    for k, group in by_loop.items():
        members = [sid for sid in cycles[k] if sid in t_index]
        local = {sid: i for i, sid in enumerate(members)}
        ii, jj, pp = [], [], []
        for sid in members:
            chances = rows.get(sid) or branch_chances(flow, sid)
            for dst, p in chances.items():
                j = local.get(dst)
                if j is not None:
                    ii.append(local[sid]), jj.append(j), pp.append(p)
        size = len(members)
        if size <= _DENSE_LIMIT:  # most loops are a handful of steps: one small dense solve
            system = np.eye(size)
            np.subtract.at(system, (ii, jj), pp)
            solve = lambda rhs, system=system: np.linalg.solve(system, rhs)  # noqa: E731
        else:
            system = (sp.identity(size, format="csc") - sp.csc_matrix((pp, (ii, jj)), shape=(size, size))).tocsc()
            solve = splu(system).solve
        for start in range(0, len(group), _CHUNK):
            chunk = group[start:start + _CHUNK]
            rhs = np.zeros((size, len(chunk)))
            for c, (d, *_rest) in enumerate(chunk):
                rhs[local[d], c] = 1.0
            cols = solve(rhs)
            for c, (d, best, worst, _) in enumerate(chunk):
                for x in (best, worst):
                    if x in local:
                        inside[(x, d)] = float(cols[local[x], c])

    levers = [Lever(d, 0.0) for d in flat]
    for d, best, worst, delta in moves:
        lift = delta * (chance(best) - chance(worst))
        denominator = 1.0 - delta * (inside.get((best, d), 0.0) - inside.get((worst, d), 0.0))
        gain = float(visits[t_index[d]] * lift / denominator) if denominator > 0 else 0.0
        levers.append(Lever(d, max(0.0, gain)))
    order = {sid: i for i, sid in enumerate(transient)}
    levers.sort(key=lambda lv: (-lv.gain, order[lv.step]))
    return levers

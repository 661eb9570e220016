"""Metric points: where to count something every week, with a suggested name.

Every start (volume in), every decision (its conversion rate), every end
(outcomes), every critical step (was it done?) and every step with a metric.
A metric the owner named keeps its name.
"""

from __future__ import annotations

from mapper.i18n import translate

from .flow import Flow

_YES = {"yes", "y", "ok", "si", "sì", "oui", "是", "是的", "好", "won", "accepted"}


def _plain(text: str) -> str:
    return " ".join(text.split()).rstrip(" ?？")


def _rate_label(flow: Flow, sid: str, goal_chance: dict[str, float] | None) -> str:
    """The branch a decision's rate is about: the one most likely to reach a goal
    (when the funnel knows), else a "Yes"-like label, else the first label."""
    arrows = [a for a in flow.out_arrows[sid] if a.label.strip()]
    if not arrows:
        return ""
    if goal_chance:
        best = max(arrows, key=lambda a: goal_chance.get(a.target, 0.0))
        return best.label.strip()
    for a in arrows:
        if a.label.strip().casefold() in _YES:
            return a.label.strip()
    return arrows[0].label.strip()


def metric_points(flow: Flow, critical: set[str],
                  goal_chance: dict[str, float] | None = None) -> list[tuple[str, str, str]]:
    """(step id, suggested name, reason) in document order.

    ``goal_chance``: each step's chance of reaching a goal (from the funnel), used
    to name a decision's rate after its most promising branch.
    """
    starts, ends, goals = set(flow.starts), set(flow.ends), set(flow.goals)
    out = []
    for sid, s in flow.steps.items():
        text = _plain(s.text) or sid
        why: list[str] = []
        name = ""
        if sid in starts:
            name = translate("Metrics", "Leads in: {step}").format(step=text)
            why.append(translate("Metrics", "volume in: count who enters the system here"))
        if s.kind == "decision":
            label = _rate_label(flow, sid, goal_chance)
            name = (translate("Metrics", "{step} ({label} rate)").format(step=text, label=label) if label
                    else translate("Metrics", "{step} (share per branch)").format(step=text))
            why.append(translate("Metrics", "conversion: the share of people going each way shows where "
                                            "the system leaks"))
        if sid in ends:
            name = (translate("Metrics", "Won: {step}") if sid in goals and s.goal
                    else translate("Metrics", "Ended: {step}")).format(step=text)
            why.append(translate("Metrics", "outcome: count how many finish here, your goal") if s.goal
                       else translate("Metrics", "outcome: count how many finish here"))
        if sid in critical:
            if not name:
                name = translate("Metrics", "Times done: {step}").format(step=text)
            why.append(translate("Metrics", "a critical step: check that it is done every time"))
        if s.metric is not None:
            if s.metric.name.strip():
                name = s.metric.name.strip()
            if s.metric.target is None:
                why.append(translate("Metrics", "you set a metric here"))
            else:
                target = f"{s.metric.target:g}{' ' + s.metric.unit if s.metric.unit else ''}"
                why.append(translate("Metrics", "you set a metric here (target {target})").format(target=target))
        if why:
            out.append((sid, name or text, translate("Metrics", "; ").join(why)))
    return out

"""The analysis as ``mapper check`` prints it: one JSON object for scripts
(docs/command-line.md, "check"), or a plain report for people.

Numbers are computed exactly and rounded only here: counts to 1 decimal,
money to 2, lever gains to 3.
"""

from __future__ import annotations

from mapper.i18n import plural, translate
from mapper.i18n.formatting import format_money, format_number, list_separator
from mapper.model import SystemMap
from mapper.model.counting import count_words, counts_phrase, map_counts

from .flow import step_name
from .method import MethodProgress, method_progress, method_to_json
from .results import Funnel, Report

#: How many entries of each long section the text report shows (--json has all).
TEXT_LIMITS = {"findings": 200, "critical": 50, "automation": 25, "metric_points": 50, "visits": 10,
               "outcomes": 20}


def _number(x: float, digits: int) -> float | int:
    """Rounded for people; whole numbers without ".0", and never "-0"."""
    r = round(float(x), digits) + 0.0
    return int(r) if r.is_integer() and abs(r) < 2**53 else r


def funnel_to_json(funnel: Funnel | None) -> dict | None:
    if funnel is None:
        return None
    return {
        "entrants": funnel.entrants,
        "outcomes": {k: _number(v, 1) for k, v in funnel.outcomes.items()},
        "visits": {k: _number(v, 1) for k, v in funnel.visits.items()},
        "value_per_entrant": _number(funnel.value_per_entrant, 2),
        "levers": [{"step": lv.step, "gain": round(lv.gain, 3) + 0.0} for lv in funnel.levers],
    }


def report_to_json(report: Report, m: SystemMap, file: str) -> dict:
    """The object of ``mapper check --json``: file, steps, arrows, findings, critical, automation,
    metric_points, funnel (in that order)."""
    return {
        "file": str(file),
        # One count rule (model.counting): notes are not steps.
        "steps": map_counts(m)["steps"],
        "arrows": len(m.arrows),
        "findings": [{"rule": f.rule, "severity": f.severity, "steps": list(f.steps), "arrows": list(f.arrows),
                      "message": f.message} for f in report.findings],
        "critical": [{"step": c.step, "reasons": list(c.reasons)} for c in report.critical],
        "automation": [{"step": a.step, "score": round(a.score, 2) + 0.0, "reasons": list(a.reasons)}
                       for a in report.automation],
        "metric_points": [{"step": p.step, "name": p.name, "reason": p.reason} for p in report.metric_points],
        "funnel": funnel_to_json(report.funnel),
        "method": method_to_json(method_progress(m, report)),
    }


# -- for people ------------------------------------------------------------------

def _heading(severity: str) -> str:
    return {
        "error": translate("Report", "Errors (fix these: the flow does not work as drawn)"),
        "warning": translate("Report", "Warnings (worth fixing: the map is unclear)"),
        "info": translate("Report", "Notes (tidy-ups)"),
    }[severity]




def _more(shown: int, total: int, lines: list[str]) -> None:
    if total > shown:
        lines.append("  " + translate("Report", "... and {n} more (mapper check --json lists them all)").format(
            n=total - shown))


def format_report(report: Report, m: SystemMap, file: str) -> str:
    """A readable report: problems by severity with their fix, critical steps,
    automation candidates, where to measure, and the funnel. Steps are named by
    their text."""
    steps = {s.id: s for s in m.steps}

    def name(sid: str) -> str:
        s = steps.get(sid)
        return step_name(s) if s is not None else sid

    lines: list[str] = []
    title = f'"{m.title}" ' if m.title.strip() else ""
    lines.append(f"{title}({file}): {counts_phrase(m, list_separator())}")
    counts = report.counts()
    if not report.findings:
        lines.append(translate("Report", "No problems found: the flow is complete."))
    else:
        lines.append(translate("Report", "Problems: {errors}, {warnings}, {notes}").format(
            errors=count_words(counts["error"], "error"), warnings=count_words(counts["warning"], "warning"),
            notes=count_words(counts["info"], "info")))
    room = TEXT_LIMITS["findings"]
    for severity in ("error", "warning", "info"):
        group = [f for f in report.findings if f.severity == severity]
        if not group:
            continue
        lines += ["", _heading(severity)]
        for f in group[:room]:
            lines.append(f"  - {f.message} [{f.rule}]")
        _more(min(room, len(group)), len(group), lines)
        room = max(0, room - len(group))

    lines += ["", translate("Report", "Critical steps (every customer depends on these: give each a checklist "
                                      "and an owner)")]
    if not report.critical:
        lines.append("  " + translate("Report", "none: no single step is on every way to a goal (mark one with "
                                                "\"critical\" if it matters)"))
    for c in report.critical[: TEXT_LIMITS["critical"]]:
        joined = translate("Report", "; ").join(c.reasons)
        lines.append(f"  - {name(c.step)}: {joined}")
    _more(TEXT_LIMITS["critical"], len(report.critical), lines)

    lines += ["", translate("Report", "Could be automated (best first)")]
    if not report.automation:
        lines.append("  " + translate("Report", "nothing obvious: no step sends, reminds, schedules, invoices "
                                                "or records"))
    for a in report.automation[: TEXT_LIMITS["automation"]]:
        lines.append("  - " + translate("Report", "{step} (score {score})").format(
            step=name(a.step), score=format_number(a.score, 2)))
        lines += [f"      {r}" for r in a.reasons]
    _more(TEXT_LIMITS["automation"], len(report.automation), lines)

    lines += ["", translate("Report", "Where to measure (count these every week)")]
    if not report.metric_points:
        lines.append("  " + translate("Report", "nothing yet: add a start, decisions and ends"))
    for p in report.metric_points[: TEXT_LIMITS["metric_points"]]:
        lines.append("  - " + translate("Report", "{metric}  at {step}: {reason}").format(
            metric=p.name, step=name(p.step), reason=p.reason))
    _more(TEXT_LIMITS["metric_points"], len(report.metric_points), lines)

    lines += [""] + _funnel_lines(report.funnel, name, steps, m.currency)
    lines += [""] + method_lines(method_progress(m, report))
    return "\n".join(lines) + "\n"


def method_lines(progress: MethodProgress) -> list[str]:
    """The seven steps of the method for people: [x] done, [ ] open with what is left."""
    lines = [translate("Report", "Your system: {done} of {all} steps of the method done").format(
        done=progress.done_count, all=len(progress.steps))]
    for s in progress.steps:
        mark = "[x]" if s.done else "[ ]"
        lines.append(f"  {mark} {s.number}. {s.title}" + ("" if s.done else translate("Report", ": {todo}").format(
            todo=s.todo)))
    return lines


def _funnel_lines(funnel: Funnel | None, name, steps, currency: str = "") -> list[str]:
    if funnel is None:
        return [translate("Report", "Funnel: not worked out. It needs a start and an end, a probability on every "
                                    "branch (adding up to 100% per step), and no error about dead ends, "
                                    "unreachable steps or loops without a way out.")]
    lines = [translate("Report", "Funnel (out of every {n} people who enter)").format(n=funnel.entrants)]
    outcomes = list(funnel.outcomes.items())
    if len(outcomes) > TEXT_LIMITS["outcomes"]:  # a big map: the largest outcomes, in map order
        largest = set(sorted(funnel.outcomes, key=lambda e: -funnel.outcomes[e])[: TEXT_LIMITS["outcomes"]])
        outcomes = [(e, c) for e, c in outcomes if e in largest]
    width = max((len(name(e)) for e, _ in outcomes), default=0)
    for end, count in outcomes:
        goal = "  " + translate("Report", "(goal)") if steps.get(end) is not None and steps[end].goal else ""
        shown = (format_number(count, 1, grouping=False).rjust(6) if count == 0 or count >= 0.05
                 else "  <" + format_number(0.1, 1))
        lines.append(f"  {name(end):<{width}}  {shown}{goal}")
    goals = [c for e, c in funnel.outcomes.items() if steps.get(e) is not None and steps[e].goal]
    if goals:
        lines.append("  " + translate("Report", "In all, {n} of every {entrants} reach a goal.").format(
            n=format_number(sum(goals), 1, grouping=False), entrants=funnel.entrants))
    if len(outcomes) < len(funnel.outcomes):
        rest = sum(funnel.outcomes.values()) - sum(c for _, c in outcomes)
        lines.append("  " + translate("Report", "... and {n} more ends, {rest} in all").format(
            n=len(funnel.outcomes) - len(outcomes), rest=format_number(rest, 1, grouping=False)))
    busy = sorted(funnel.visits.items(), key=lambda kv: -kv[1])[: TEXT_LIMITS["visits"]]
    looping = [(sid, v) for sid, v in busy if v > funnel.entrants + 0.05]
    if looping:
        lines.append("  " + translate("Report", "Busiest steps (loops make people pass more than once):"))
        lines += ["    " + translate("Report", "{step}: {n} visits").format(
            step=name(sid), n=format_number(v, 1, grouping=False)) for sid, v in looping]
    lines.append("  " + translate("Report", "Value per person who enters: {value}").format(
        value=format_money(funnel.value_per_entrant, currency)))
    if funnel.levers:
        lines.append("  " + translate("Report", "Levers (goal outcomes gained per 100 people by moving one "
                                                "percentage point from a decision's weakest branch to its "
                                                "strongest):"))
        for lv in funnel.levers[:10]:
            lines.append(f"    {name(lv.step)}: +{format_number(lv.gain, 3, grouping=False)}")
        if len(funnel.levers) > 10:
            lines.append("    " + translate("Report", "... and {n} more").format(n=len(funnel.levers) - 10))
    return lines

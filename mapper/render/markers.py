"""Badges on steps: what the analysis says about each one, with the reasons.

Only reads a ``mapper.analysis`` Report's plain data (duck-typed), so render
keeps depending on nothing but the model and Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Marker kinds in the order their badges appear from the shape's top-right corner.
#: "owner" is the owner chip on the shape's bottom edge, switched like a badge
#: (no analysis marker has that kind).
MARKER_KINDS: tuple[str, ...] = ("critical", "automate", "metric", "error", "warning", "info", "owner")

#: What each kind means, for the legend and the View menu.
MARKER_TITLES: dict[str, str] = {
    "critical": "Critical step",
    "automate": "Could be automated",
    "metric": "Measure here",
    "error": "Error",
    "warning": "Warning",
    "info": "Note",
    "owner": "Owner",
}


@dataclass(frozen=True)
class Marker:
    """One badge: its kind and the tooltip giving the reasons."""
    kind: str
    tooltip: str


def markers_for(report) -> dict[str, list[Marker]]:
    """Badges per step id, each list in ``MARKER_KINDS`` order, for an analysis Report."""
    found: dict[str, dict[str, list[str]]] = {}

    def add(step_id: str, kind: str, line: str) -> None:
        found.setdefault(step_id, {}).setdefault(kind, []).append(line)

    if report is None:
        return {}
    for c in report.critical:
        add(c.step, "critical", _lines(MARKER_TITLES["critical"], c.reasons))
    for a in report.automation:
        add(a.step, "automate", _lines(f"Could be automated (score {a.score:.0%})", a.reasons))
    for p in report.metric_points:
        add(p.step, "metric", f"Measure here: {p.name}" + (f"\n- {p.reason}" if p.reason else ""))
    for f in report.findings:
        kind = f.severity if f.severity in ("error", "warning") else "info"
        for sid in dict.fromkeys(f.steps):
            add(sid, kind, f"{MARKER_TITLES[kind]} ({f.rule}): {f.message}")
    return {sid: [Marker(k, "\n".join(kinds[k])) for k in MARKER_KINDS if k in kinds]
            for sid, kinds in found.items()}


def _lines(title: str, reasons) -> str:
    return title + "".join(f"\n- {r}" for r in reasons)

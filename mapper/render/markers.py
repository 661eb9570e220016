"""Badges on steps: what the analysis says about each one, with the reasons.

Only reads a ``mapper.analysis`` Report's plain data (duck-typed), so render
keeps depending on nothing but the model and Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from mapper.i18n.formatting import format_percent

#: Marker kinds in the order their badges appear from the shape's top-right corner.
#: "owner" is the owner chip on the shape's bottom edge, switched like a badge
#: (no analysis marker has that kind).
MARKER_KINDS: tuple[str, ...] = ("critical", "automate", "metric", "error", "warning", "info", "owner")

def marker_title(kind: str) -> str:
    """What a kind of marker means, for the legend and the View menu, in the current language."""
    titles = {
        "critical": QCoreApplication.translate("Markers", "Critical step"),
        "automate": QCoreApplication.translate("Markers", "Could be automated"),
        "metric": QCoreApplication.translate("Markers", "Measure here"),
        "error": QCoreApplication.translate("Markers", "Error"),
        "warning": QCoreApplication.translate("Markers", "Warning"),
        "info": QCoreApplication.translate("Markers", "Note"),
        "owner": QCoreApplication.translate("Markers", "Owner"),
    }
    return titles.get(kind, kind)


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
    # Translated once per report, not once per badge: a big map has thousands.
    titles = {kind: marker_title(kind) for kind in MARKER_KINDS}
    automate = QCoreApplication.translate("Markers", "Could be automated (score {0})")
    measure = QCoreApplication.translate("Markers", "Measure here: {0}")
    finding = QCoreApplication.translate("Markers", "{0} ({1}): {2}")
    for c in report.critical:
        add(c.step, "critical", _lines(titles["critical"], c.reasons))
    for a in report.automation:
        add(a.step, "automate", _lines(automate.format(format_percent(a.score)), a.reasons))
    for p in report.metric_points:
        add(p.step, "metric", _lines(measure.format(p.name), [p.reason] if p.reason else []))
    for f in report.findings:
        kind = f.severity if f.severity in ("error", "warning") else "info"
        for sid in dict.fromkeys(f.steps):
            add(sid, kind, finding.format(titles[kind], f.rule, f.message))
    return {sid: [Marker(k, "\n".join(kinds[k])) for k in MARKER_KINDS if k in kinds]
            for sid, kinds in found.items()}


def _lines(title: str, reasons) -> str:
    return title + "".join(f"\n- {r}" for r in reasons)

"""The quarterly review as a document: one structure, written as Markdown and
HTML here and typeset as PDF by ``mapper.render.review_pdf``.

The first page carries the method's progress (the seven steps), so the review
shows where the owner stands before it shows the numbers. Numbers are written
for people: volumes whole, rates and changes in percent, money with the map's
currency. No Qt.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
from dataclasses import dataclass, field

from mapper.i18n import language, translate
from mapper.i18n.formatting import format_number, format_percent
from mapper.i18n.stages import stage_name
from mapper.model import SystemMap

from .money import money


@dataclass
class DocTable:
    headers: list[str]
    rows: list[list[str]]


@dataclass
class DocSection:
    heading: str
    paragraphs: list[str] = field(default_factory=list)
    table: DocTable | None = None
    empty: str = ""  # said instead of the table when it has no rows


@dataclass
class ReviewDoc:
    title: str
    subtitle: str
    method: list[str]        # "✓ 1. Map the system", "○ 4. Measure them: 3 steps to measure ..."
    sections: list[DocSection]


def _pct(x: float | None, signed: bool = False) -> str:
    if x is None:
        return "—"
    shown = format_percent(x / 100, 1)
    return ("+" + shown if signed and not shown.startswith("-") else shown)


def _count(x: float | None) -> str:
    if x is None:
        return "—"
    return format_number(x, 0) if float(x).is_integer() else format_number(x, 1)


def _stage(stage: str) -> str:
    """A stage as the review's tables show it, in small letters: "trust", "fiducia"."""
    return stage_name(stage).lower()


def _name(m: SystemMap, sid: str | None) -> str:
    if sid is None:
        return "—"
    s = m.step(sid)
    return (" ".join(s.text.split()) or sid) if s is not None else sid


def build_review_doc(m: SystemMap, review, report, progress, words: dict[str, str],
                     today: _dt.date | None = None) -> ReviewDoc:
    """The review of ``review`` (``analysis.review.QuarterlyReview``) for ``m``.

    The caller passes what the analysis said: ``report`` (the map's report),
    ``progress`` (``analysis.method.method_progress``) and ``words``
    (``analysis.review.review_words``: the leaks and the coverage in words).
    """
    method = [f"{'✓' if s.done else '○'} {s.number}. {s.title}"
              + (translate("Review", ": {todo}").format(todo=s.todo) if s.todo else "")
              for s in progress.steps]

    sections: list[DocSection] = []
    leaks = []
    for half in ("marketing", "operating"):
        said = words.get(half, "")
        if half == "marketing":
            leak = (translate("Review", "Marketing half: {leak}") if said
                    else translate("Review", "Marketing half: no two consecutive stages with numbers yet."))
        else:
            leak = (translate("Review", "Operating half: {leak}") if said
                    else translate("Review", "Operating half: no two consecutive stages with numbers yet."))
        leaks.append(leak.format(leak=said))
    sections.append(DocSection(translate("Review", "Where it leaks"), leaks))

    sections.append(DocSection(translate("Review", "Stage volumes"), [words.get("coverage", "")], DocTable(
        [translate("Review", "Stage"), translate("Review", "Counted at"), review.quarter, review.previous,
         translate("Review", "Change")],
        [[_stage(s.stage), _name(m, s.step), _count(s.volume), _count(s.previous), _pct(s.change, signed=True)]
         for s in review.stages]), translate("Review", "No step of this map has a stage.")))
    sections.append(DocSection(translate("Review", "Conversion between stages"), [], DocTable(
        [translate("Review", "From"), translate("Review", "To"), review.quarter, review.previous],
        [[_stage(c.source), _stage(c.target), _pct(c.rate * 100),
          _pct(c.previous * 100 if c.previous is not None else None)]
         for c in review.conversions]), translate("Review", "Not enough stage volumes this quarter to compare.")))
    sections.append(DocSection(
        translate("Review", "Scorecard"),
        [translate("Review", "Weeks on and off target over the quarter's {n} weeks.").format(n=len(review.weeks))],
        DocTable([translate("Review", "Metric"), translate("Review", "On track"), translate("Review", "Off track"),
                  translate("Review", "Logged")],
                 [[r.name, str(r.on_track), str(r.off_track), str(r.logged)] for r in review.scorecard]),
        translate("Review", "No step has a metric yet.")))
    source = {"measured": translate("Review", "The funnel measured from this quarter's numbers."),
              "assumed": translate("Review", "The funnel from the probabilities on the map.")}
    lever_lines = [f"{i}. " + translate("Review", "{step}: +{gain} goal outcomes per 100 entrants for each point "
                                                  "moved from its worst branch to its best").format(
                       step=_name(m, lv.step), gain=format_number(lv.gain, 2, grouping=False))
                   for i, lv in enumerate(review.levers, 1)]
    sections.append(DocSection(
        translate("Review", "Largest levers"),
        ([source[review.levers_from]] if review.levers_from else []) + lever_lines,
        empty="" if lever_lines else translate("Review", "No funnel yet: give the branches probabilities or log "
                                                         "their numbers.")))
    by_id = {p.id: p for p in m.priorities}
    from mapper.model.weeks import shift_quarter
    for ids, quarter in ((review.priorities_this, review.quarter),
                         (review.priorities_next, shift_quarter(review.quarter, 1))):
        rows = [[by_id[i].text, by_id[i].owner or "—", ", ".join(_name(m, s) for s in by_id[i].steps) or "—",
                 by_id[i].status] for i in ids]
        sections.append(DocSection(
            translate("Review", "Priorities for {quarter}").format(quarter=quarter), [],
            DocTable([translate("Review", "Priority"), translate("Review", "Owner"), translate("Review", "Steps"),
                      translate("Review", "Status")], rows),
            translate("Review", "None set yet.")))
    value = None
    if report.funnel is not None:
        value = money(report.funnel.value_per_entrant, m.currency)
    subtitle = " · ".join(b for b in (
        translate("Review", "Quarterly review {quarter}").format(quarter=review.quarter),
        translate("Review", "weeks {first} to {last}").format(first=review.weeks[0], last=review.weeks[-1]),
        translate("Review", "value per entrant {value}").format(value=value) if value else "",
        (today or _dt.date.today()).isoformat()) if b)
    return ReviewDoc(m.title or translate("Review", "Untitled map"), subtitle, method, sections)


# -- Markdown ------------------------------------------------------------------

def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(doc: ReviewDoc) -> str:
    out = [f"# {doc.title}", "", doc.subtitle, "", "## " + translate("Review", "Your system: the method"), ""]
    out += [f"- {line}" for line in doc.method]
    for sec in doc.sections:
        out += ["", f"## {sec.heading}", ""]
        for p in sec.paragraphs:
            out += [p, ""]
        if sec.table is not None and sec.table.rows:
            out.append("| " + " | ".join(_md_cell(h) for h in sec.table.headers) + " |")
            out.append("|" + "|".join("---" for _ in sec.table.headers) + "|")
            out += ["| " + " | ".join(_md_cell(c) for c in row) + " |" for row in sec.table.rows]
        elif sec.empty:
            out.append(sec.empty)
    return "\n".join(out).rstrip() + "\n"


# -- HTML ----------------------------------------------------------------------

_CSS = """
body { font-family: "Noto Sans", "Segoe UI", Helvetica, Arial, sans-serif; max-width: 48em; margin: 2em auto;
       color: #000; line-height: 1.4; }
h1 { margin-bottom: 0.1em; } .sub { margin-top: 0; color: #333; }
h2 { border-bottom: 1px solid #000; padding-bottom: 2px; margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #000; padding: 3px 6px; text-align: left; }
th { background: #e4e4e4; } ul.method { list-style: none; padding-left: 0; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr { break-inside: avoid; } }
"""


def to_html(doc: ReviewDoc) -> str:
    h = _html.escape
    out = ["<!DOCTYPE html>", f'<html lang="{language().replace("_", "-")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{h(doc.title)}: {h(doc.subtitle.split(' · ')[0])}</title>", f"<style>{_CSS}</style>",
           "</head>", "<body>", f"<h1>{h(doc.title)}</h1>", f'<p class="sub">{h(doc.subtitle)}</p>',
           "<h2>" + h(translate("Review", "Your system: the method")) + "</h2>", '<ul class="method">']
    out += [f"<li>{h(line)}</li>" for line in doc.method]
    out.append("</ul>")
    for sec in doc.sections:
        out.append(f"<h2>{h(sec.heading)}</h2>")
        out += [f"<p>{h(p)}</p>" for p in sec.paragraphs]
        if sec.table is not None and sec.table.rows:
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{h(c)}</th>" for c in sec.table.headers) + "</tr>")
            out += ["<tr>" + "".join(f"<td>{h(c)}</td>" for c in row) + "</tr>" for row in sec.table.rows]
            out.append("</table>")
        elif sec.empty:
            out.append(f"<p>{h(sec.empty)}</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"

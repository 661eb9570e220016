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
    return f"{x:+.1f}%" if signed else f"{x:.1f}%"


def _count(x: float | None) -> str:
    if x is None:
        return "—"
    return f"{x:,.0f}" if float(x).is_integer() else f"{x:,.1f}"


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
    method = [f"{'✓' if s.done else '○'} {s.number}. {s.title}" + (f": {s.todo}" if s.todo else "")
              for s in progress.steps]

    sections: list[DocSection] = []
    leaks = []
    for half, title in (("marketing", "Marketing half"), ("operating", "Operating half")):
        said = words.get(half, "")
        leaks.append(f"{title}: {said}" if said else f"{title}: no two consecutive stages with numbers yet.")
    sections.append(DocSection("Where it leaks", leaks))

    sections.append(DocSection("Stage volumes", [words.get("coverage", "")], DocTable(
        ["Stage", "Counted at", review.quarter, review.previous, "Change"],
        [[s.stage, _name(m, s.step), _count(s.volume), _count(s.previous), _pct(s.change, signed=True)]
         for s in review.stages]), "No step of this map has a stage."))
    sections.append(DocSection("Conversion between stages", [], DocTable(
        ["From", "To", review.quarter, review.previous],
        [[c.source, c.target, _pct(c.rate * 100), _pct(c.previous * 100 if c.previous is not None else None)]
         for c in review.conversions]), "Not enough stage volumes this quarter to compare."))
    sections.append(DocSection("Scorecard", [f"Weeks on and off target over the quarter's {len(review.weeks)} weeks."],
                               DocTable(["Metric", "On track", "Off track", "Logged"],
                                        [[r.name, str(r.on_track), str(r.off_track), str(r.logged)]
                                         for r in review.scorecard]), "No step has a metric yet."))
    source = {"measured": "measured from this quarter's numbers", "assumed": "from the probabilities on the map"}
    lever_lines = [f"{i}. {_name(m, lv.step)}: +{lv.gain:.2f} goal outcomes per 100 entrants for each point moved "
                   "from its worst branch to its best" for i, lv in enumerate(review.levers, 1)]
    sections.append(DocSection(
        "Largest levers", ([f"The funnel {source[review.levers_from]}."] if review.levers_from else []) + lever_lines,
        empty="" if lever_lines else "No funnel yet: give the branches probabilities or log their numbers."))
    by_id = {p.id: p for p in m.priorities}
    from mapper.model.weeks import shift_quarter
    for ids, quarter, label in ((review.priorities_this, review.quarter, "Priorities for"),
                                (review.priorities_next, shift_quarter(review.quarter, 1), "Priorities for")):
        rows = [[by_id[i].text, by_id[i].owner or "—", ", ".join(_name(m, s) for s in by_id[i].steps) or "—",
                 by_id[i].status] for i in ids]
        sections.append(DocSection(f"{label} {quarter}", [], DocTable(["Priority", "Owner", "Steps", "Status"], rows),
                                   "None set yet."))
    value = None
    if report.funnel is not None:
        value = money(report.funnel.value_per_entrant, m.currency)
    subtitle = " · ".join(b for b in (f"Quarterly review {review.quarter}",
                                       f"weeks {review.weeks[0]} to {review.weeks[-1]}",
                                       f"value per entrant {value}" if value else "",
                                       (today or _dt.date.today()).isoformat()) if b)
    return ReviewDoc(m.title or "Untitled map", subtitle, method, sections)


# -- Markdown ------------------------------------------------------------------

def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def to_markdown(doc: ReviewDoc) -> str:
    out = [f"# {doc.title}", "", doc.subtitle, "", "## Your system: the method", ""]
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
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{h(doc.title)}: {h(doc.subtitle.split(' · ')[0])}</title>", f"<style>{_CSS}</style>",
           "</head>", "<body>", f"<h1>{h(doc.title)}</h1>", f'<p class="sub">{h(doc.subtitle)}</p>',
           "<h2>Your system: the method</h2>", '<ul class="method">']
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

"""The scorecard for people: the words every printout uses, and Markdown and HTML.

A cell reads without colour: "✓ 12" is on track, "✗ 7" is off track, a bare
number has no target to meet. The rows off track in the last week come first,
under "To discuss", the way the weekly meeting starts. Branch counts ("Yes 9 /
No 3") follow their step's row when any was logged. No Qt.
"""

from __future__ import annotations

from mapper.i18n import language, translate
from mapper.i18n.formatting import format_date
from mapper.model import SystemMap
from mapper.model.weeks import monday, parse_week

from .markup import html_text as _h
from .markup import markdown_text as _md

ON, OFF = "✓", "✗"


def number_text(v: float | None) -> str:
    """12, 12.5, 0.33; "" for no value."""
    if v is None:
        return ""
    if float(v).is_integer() and abs(v) < 1e15:
        return str(int(v))
    return f"{v:.2f}".rstrip("0").rstrip(".")


def goal_text(row: ScorecardRow) -> str:
    """"≥ 60 per week", "≤ 14 days", or "" without a target."""
    if row.target is None:
        return ""
    sign = "≤" if row.better == "lower" else "≥"
    return f"{sign} {number_text(row.target)}" + (f" {row.unit.strip()}" if row.unit.strip() else "")


def cell_text(value: float | None, status: str | None) -> str:
    """"✓ 12", "✗ 7", "12" or ""."""
    if value is None:
        return ""
    mark = ON if status == "on" else OFF if status == "off" else ""
    return f"{mark} {number_text(value)}" if mark else number_text(value)


def trend_text(trend: float | None) -> str:
    """"+1.5 a week", "−0.3 a week", "flat", or "" with under three values."""
    if trend is None:
        return ""
    if abs(trend) < 0.005:
        return translate("Scorecard", "flat")
    sign = "+" if trend > 0 else "−"
    return translate("Scorecard", "{change} a week").format(change=f"{sign}{number_text(abs(trend))}")


def week_label(week: str) -> str:
    """"W49" for column headers."""
    parsed = parse_week(week)
    return f"W{parsed[1]:02d}" if parsed else week


def week_dates(week: str) -> str:
    """"30 Nov" (the week's Monday), for a second header line."""
    d = monday(week)
    if language() == "en":
        return f"{d.day} {d.strftime('%b')}"
    # The day and month as the language writes them, without the year ("30 nov", "11月30日").
    return format_date(d).replace(str(d.year), "").strip(" ,")


def discuss_text(row: ScorecardRow) -> str:
    """"Consultations booked: 7, goal ≥ 10 (Sales)"."""
    text = translate("Scorecard", "{metric}: {value}, goal {goal}").format(
        metric=row.name, value=number_text(row.values[-1]), goal=goal_text(row))
    return text + (translate("Scorecard", " ({owner})").format(owner=row.owner) if row.owner else "")


# -- Markdown ------------------------------------------------------------------

def to_markdown(m: SystemMap, card: Scorecard) -> str:
    title = m.title.strip() or translate("Scorecard", "Untitled map")
    out = ["# " + translate("Scorecard", "Scorecard: {title}").format(title=_md(title)), "",
           "*" + _md(translate("Scorecard", "{first} to {last} · ✓ on track, ✗ off track").format(
               first=card.weeks[0], last=card.weeks[-1])) + "*", ""]
    discuss = card.to_discuss()
    out += ["## " + _md(translate("Scorecard", "To discuss ({week})").format(week=card.weeks[-1])), ""]
    out += [f"- {OFF} {_md(discuss_text(r))}" for r in discuss] or [
        _md(translate("Scorecard", "Nothing is off track this week."))]
    out.append("")
    heads = [_md(translate("Scorecard", "Metric")), _md(translate("Scorecard", "Owner")),
             _md(translate("Scorecard", "Goal"))]
    tail = [_md(translate("Scorecard", "Average")), _md(translate("Scorecard", "Trend"))]
    out += ["## " + _md(translate("Scorecard", "Every metric")), "",
            "| " + " | ".join(heads + [week_label(w) for w in card.weeks] + tail) + " |",
            "|---|---|---|" + "---:|" * len(card.weeks) + "---:|---|"]
    branches = card.branches
    for r in card.rows:
        cells = [cell_text(v, s) for v, s in zip(r.values, r.status)]
        out.append(f"| {_md(r.name)} | {_md(r.owner) or '—'} | {_md(goal_text(r)) or '—'} | "
                   + " | ".join(cells) + f" | {number_text(r.average)} | {trend_text(r.trend)} |")
        for b in branches.get(r.step, []):
            out.append(f"| ↳ {_md(b.label)} | | | " + " | ".join(number_text(v) for v in b.values) + " | | |")
    if not card.rows:
        out += ["", _md(translate("Scorecard", "No step has a metric yet."))]
    return "\n".join(out) + "\n"


# -- HTML ----------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans","Segoe UI",Helvetica,Arial,"Noto Sans CJK SC",sans-serif;color:#111;
 margin:2em;font-size:11pt}
h1{font-size:18pt;margin:0 0 .2em}
.sub{color:#444;margin:0 0 1em}
h2{font-size:13pt;margin:1.2em 0 .4em}
table{border-collapse:collapse}
th,td{border:1pt solid #888;padding:2pt 5pt;text-align:right;white-space:nowrap}
th.l,td.l{text-align:left}
th{background:#eee}
td.on{background:#dcf1e2}
td.off{background:#f8d7d5;font-weight:bold}
tr.branch td{color:#444;font-size:10pt}
@media print{body{margin:0}@page{size:landscape;margin:12mm}}
"""


def to_html(m: SystemMap, card: Scorecard) -> str:
    """A standalone page (inline CSS, landscape when printed, every text escaped)."""
    title = m.title.strip() or translate("Scorecard", "Untitled map")
    heading = _h(translate("Scorecard", "Scorecard: {title}").format(title=title))
    out = ["<!DOCTYPE html>", f'<html lang="{language().replace("_", "-")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{heading}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{heading}</h1>",
           '<p class="sub">' + _h(translate("Scorecard", "{first} to {last} · ✓ on track, ✗ off track").format(
               first=card.weeks[0], last=card.weeks[-1])) + "</p>",
           "<h2>" + _h(translate("Scorecard", "To discuss ({week})").format(week=card.weeks[-1])) + "</h2>"]
    discuss = card.to_discuss()
    if discuss:
        out.append("<ul>" + "".join(f"<li>{OFF} {_h(discuss_text(r))}</li>" for r in discuss) + "</ul>")
    else:
        out.append("<p>" + _h(translate("Scorecard", "Nothing is off track this week.")) + "</p>")
    out += ["<h2>" + _h(translate("Scorecard", "Every metric")) + "</h2>", "<table>",
            "<tr>" + "".join(f'<th class="l">{_h(head)}</th>' for head in (
                translate("Scorecard", "Metric"), translate("Scorecard", "Owner"), translate("Scorecard", "Goal")))
            + "".join(f'<th title="{_h(w)}">{week_label(w)}</th>' for w in card.weeks)
            + "".join(f"<th>{_h(head)}</th>" for head in (translate("Scorecard", "Average"),
                                                           translate("Scorecard", "Trend"))) + "</tr>"]
    branches = card.branches
    for r in card.rows:
        cells = "".join(f'<td class="{s or "none"}">{_h(cell_text(v, s))}</td>' for v, s in zip(r.values, r.status))
        out.append(f'<tr><td class="l">{_h(r.name)}</td><td class="l">{_h(r.owner)}</td>'
                   f'<td class="l">{_h(goal_text(r))}</td>{cells}'
                   f"<td>{number_text(r.average)}</td><td>{_h(trend_text(r.trend))}</td></tr>")
        for b in branches.get(r.step, []):
            out.append(f'<tr class="branch"><td class="l">↳ {_h(b.label)}</td><td></td><td></td>'
                       + "".join(f"<td>{number_text(v)}</td>" for v in b.values) + "<td></td><td></td></tr>")
    out.append("</table>")
    if not card.rows:
        out.append("<p>" + _h(translate("Scorecard", "No step has a metric yet.")) + "</p>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"

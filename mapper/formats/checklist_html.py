"""The checklist as a standalone printable HTML page (inline CSS, print rules,
every text escaped).

Writes a built :class:`~mapper.formats.checklist.Checklist` out; the words for
people come translated from the build, the few headings of the page itself are
translated here (write it inside the same language scope). Pure Python: no Qt.
"""

from __future__ import annotations

from mapper.i18n import language, translate

from .checklist import Checklist, ChecklistStep, number_list
from .markup import html_text as _h

_CSS = """
body{font-family:"Noto Sans","Segoe UI",Helvetica,Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
 color:#111;max-width:46em;margin:2em auto;padding:0 1em;font-size:12pt;line-height:1.45}
h1{font-size:20pt;margin:0 0 .2em}
.sub{color:#444;margin:0 0 1em}
h2{font-size:15pt;border-bottom:1.5pt solid #111;padding-bottom:2pt;margin:1.4em 0 .5em}
h3{font-size:13pt;margin:1.1em 0 .4em}
ol.steps{list-style:none;padding:0;margin:0}
ol.steps>li{margin:.35em 0;padding-left:1.9em;position:relative;break-inside:avoid;page-break-inside:avoid}
ol.steps>li.inline{margin-left:2.2em}
ul.method{list-style:none;padding-left:0}
.box{position:absolute;left:0;top:.2em;width:.85em;height:.85em;border:1.5pt solid #111}
.mark{position:absolute;left:.05em;top:0;font-weight:bold}
.num{font-weight:bold}
.critical{font-weight:bold}
.tag{font-weight:bold;letter-spacing:.03em}
.owner{color:#333}
.route{font-style:italic}
ul.sub{list-style:none;padding-left:1.2em;margin:.2em 0}
ul.sub li{margin:.1em 0}
ul.sub li.item::before{content:"\\2610\\00a0"}
.detail{color:#222}
table{border-collapse:collapse;width:100%;margin-top:.5em}
th,td{border:1pt solid #555;padding:3pt 6pt;text-align:left;vertical-align:top}
th{background:#eee}
@media print{body{margin:0;max-width:none;font-size:11pt}
 h2,h3{break-after:avoid;page-break-after:avoid}
 tr{break-inside:avoid}
 @page{margin:18mm}}
"""


def to_html(checklist: Checklist) -> str:
    """A standalone printable page (inline CSS, print rules, every text escaped)."""
    out = ["<!DOCTYPE html>", f'<html lang="{language().replace("_", "-")}">', "<head>", '<meta charset="utf-8">',
           f"<title>{_h(checklist.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{_h(checklist.title)}</h1>", f'<p class="sub">{_h(checklist.subtitle())}</p>']
    if checklist.description:
        out.append(f"<p>{_h(checklist.description)}</p>")
    if checklist.method:
        out.append("<h2>" + _h(translate("Checklist", "Where you are in the method")) + '</h2><ul class="method">')
        out += [f"<li>{'☑' if done else '☐'} {n}. {_h(title)}" + (f" — {_h(todo)}" if todo and not done else "")
                + "</li>" for n, title, done, todo in checklist.method]
        out.append("</ul>")
    for sec in checklist.sections:
        tag = "h2" if sec.level == 1 else "h3"
        out.append(f"<{tag}>{_h(sec.heading)}</{tag}>")
        out.append('<ol class="steps">')
        for s in sec.steps:
            out.append(_html_step(s))
        out.append("</ol>")
    if checklist.accountability:
        heads = (translate("Checklist", "Owner"), translate("Checklist", "Steps"), translate("Checklist", "Metrics"))
        out += ["<h2>" + _h(translate("Checklist", "Who does what")) + "</h2>", "<table>",
                "<tr>" + "".join(f"<th>{_h(head)}</th>" for head in heads) + "</tr>"]
        for row in checklist.accountability:
            out.append(f"<tr><td>{_h(row.owner)}</td><td>{_h(number_list(row.steps))}</td>"
                       f"<td>{_h(', '.join(row.metrics)) or '—'}</td></tr>")
        out.append("</table>")
    if checklist.map_notes:
        out.append("<h2>" + _h(translate("Checklist", "Notes on the map")) + "</h2><ul>")
        out += [f"<li>{_h(n)}</li>" for n in checklist.map_notes]
        out.append("</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _html_step(s: ChecklistStep) -> str:
    if s.checkbox:
        lead = '<span class="box" aria-hidden="true"></span>'
    else:
        lead = f'<span class="mark" aria-hidden="true">{s.mark}</span>'
    head = f'<span class="num">{s.label}.</span> '
    if s.critical:
        head += f'<span class="tag">{_h(s.critical_tag())}</span> '
    text_class = "critical" if s.critical or s.kind == "decision" else ""
    head += f'<span class="{text_class}">{_h(s.headline())}</span>' if text_class else _h(s.headline())
    if s.routes:
        head += f' <span class="route">{_h(s.routing())}</span>'
    if s.owner_shown():
        head += f' <span class="owner">— {_h(s.owner_shown())}</span>'
    if s.aside():
        head += f' <span class="route">({_h(s.aside())})</span>'
    subs = [f'<li class="item">{_h(it)}</li>' for it in s.items]
    if s.critical:
        subs += [f'<li class="detail">{_h(d)}</li>' for d in s.detail_lines()]
        subs += [f"<li><em>{_h(why)}</em></li>" for why in s.why_critical()]
    if s.automation_hint:
        subs.append(f"<li><em>{_h(s.automation_hint)}</em></li>")
    body = f'<ul class="sub">{"".join(subs)}</ul>' if subs else ""
    item_class = ' class="inline"' if s.inline else ""
    return f"<li{item_class}>{lead}{head}{body}</li>"

"""The checklist as GitHub Markdown: task-list lines (``- [ ] 3. Send invoice — Office``).

Writes a built :class:`~mapper.formats.checklist.Checklist` out; the words for
people come translated from the build, the few headings of the page itself are
translated here (write it inside the same language scope). Pure Python: no Qt.
"""

from __future__ import annotations

from mapper.i18n import translate

from .checklist import Checklist, ChecklistStep, number_list
from .markup import markdown_text as _md

def to_markdown(checklist: Checklist) -> str:
    """GitHub Markdown: task-list lines (``- [ ] 3. Send invoice — Office``)."""
    out = [f"# {_md(checklist.title)}", "", f"*{_md(checklist.subtitle())}*", ""]
    if checklist.description:
        out += [_md(checklist.description), ""]
    if checklist.method:
        out += ["## " + _md(translate("Checklist", "Where you are in the method")), ""]
        out += [f"- [{'x' if done else ' '}] {n}. {_md(title)}" + (f" — {_md(todo)}" if todo and not done else "")
                for n, title, done, todo in checklist.method] + [""]
    for sec in checklist.sections:
        out += [("## " if sec.level == 1 else "### ") + _md(sec.heading), ""]
        for s in sec.steps:
            out += _md_step(s)
        if sec.steps:
            out.append("")
    if checklist.accountability:
        header = (_md(translate("Checklist", "Owner")), _md(translate("Checklist", "Steps")),
                  _md(translate("Checklist", "Metrics")))
        out += ["## " + _md(translate("Checklist", "Who does what")), "",
                "| {} | {} | {} |".format(*header), "|---|---|---|"]
        for row in checklist.accountability:
            out.append(f"| {_md(row.owner)} | {number_list(row.steps)} | "
                       f"{_md(', '.join(row.metrics)) or '—'} |")
        out.append("")
    if checklist.map_notes:
        out += ["## " + _md(translate("Checklist", "Notes on the map")), ""]
        out += [f"- {_md(' '.join(n.split()))}" for n in checklist.map_notes] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def _md_step(s: ChecklistStep) -> list[str]:
    head = f"{s.label}. " + (f"{s.critical_tag()} " if s.critical else "")
    head += f"**{_md(s.headline())}**" if s.kind == "decision" or s.critical else _md(s.headline())
    if s.routes:
        head += f" {s.routing()}"
    if s.owner_shown():
        head += f" — {_md(s.owner_shown())}"
    if s.aside():
        head += f" ({s.aside()})"
    # Lines without a box lead with the shape's symbol; "- 3. text" would also make
    # Markdown start a numbered list inside the bullet.
    lead = "- [ ] " if s.checkbox else f"- {s.mark} "
    lines = [lead + head]
    for it in s.items:
        lines.append(f"  - [ ] {_md(it)}")
    if s.critical:
        lines += [f"  - {_md(d)}" for d in s.detail_lines()]
        lines += [f"  - *{_md(why)}*" for why in s.why_critical()]
    if s.automation_hint:
        lines.append(f"  - *{_md(s.automation_hint)}*")
    if s.inline:  # a lettered sub-step nests under its decision
        lines = ["  " + line for line in lines]
    return lines

"""The accountability chart as a document: cards in words, and their Markdown and HTML.

``build_accountability(m, chart)`` turns the chart's ids into what a person
reads: one card per owner with their steps grouped by hourglass stage, the
metrics they answer for and their priorities, then a "Nobody" card. The app's
view, the PDF and these text formats all read the same cards. No Qt.
"""

from __future__ import annotations

import html as _html
import re
from dataclasses import dataclass, field

from mapper.model import STAGES, Step, SystemMap

#: The heading of steps with no stage, after the seven stages.
NO_STAGE = "No stage"
#: The card of what nobody owns.
NOBODY = "Nobody"


@dataclass(frozen=True)
class Entry:
    """One line of a card; ``steps`` are the ids a click selects on the canvas."""
    text: str
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardSection:
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Card:
    owner: str
    sections: tuple[CardSection, ...]
    #: True for the "Nobody" card.
    nobody: bool = False

    def summary(self) -> str:
        """"6 steps, 1 metric, 2 priorities"."""
        if self.nobody:
            n = sum(len(s.entries) for s in self.sections)
            return _plural(n, "thing") + " with no owner"
        counts = {s.heading: len(s.entries) for s in self.sections}
        steps = sum(n for h, n in counts.items() if h not in ("Metrics", "Priorities"))
        parts = [_plural(steps, "step")]
        if counts.get("Metrics"):
            parts.append(_plural(counts["Metrics"], "metric"))
        if counts.get("Priorities"):
            parts.append(_plural(counts["Priorities"], "priority", "priorities"))
        return ", ".join(parts)


@dataclass
class AccountabilityDoc:
    title: str
    cards: list[Card] = field(default_factory=list)

    def subtitle(self) -> str:
        owners = sum(1 for c in self.cards if not c.nobody)
        return f"Accountability chart: {_plural(owners, 'owner')}, one seat each"


def _plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def step_label(s: Step) -> str:
    """A step on one line: its text, or what it is."""
    text = " ".join(s.text.split())
    return text or f"(unnamed {s.kind}, {s.id})"


def metric_label(s: Step) -> str:
    """"Consultations booked (per week), target 10 — at Books a consultation?"."""
    mt = s.metric
    name = " ".join(mt.name.split()) or "Metric"
    text = name + (f" ({mt.unit})" if mt.unit.strip() else "")
    if mt.target is not None:
        target = int(mt.target) if float(mt.target).is_integer() else mt.target
        text += f", target {'at most' if mt.better == 'lower' else 'at least'} {target}"
    return f"{text} — at {step_label(s)}"


def _by_stage(m: SystemMap, ids: tuple[str, ...]) -> list[CardSection]:
    groups: dict[str, list[Entry]] = {}
    for sid in ids:
        s = m.step(sid)
        groups.setdefault(s.stage or "", []).append(Entry(step_label(s), (sid,)))
    out = [CardSection(stage.capitalize(), tuple(groups[stage])) for stage in STAGES if stage in groups]
    if "" in groups:
        out.append(CardSection(NO_STAGE if out else "Steps", tuple(groups[""])))
    return out


def build_accountability(m: SystemMap, chart) -> AccountabilityDoc:
    """The chart of ``m`` in words; ``chart`` is ``analysis.accountability.accountability_chart(m)``."""
    doc = AccountabilityDoc(" ".join(m.title.split()) or "Untitled map")
    priorities = {p.id: p for p in m.priorities}
    for c in chart.owners:
        sections = _by_stage(m, c.steps)
        if c.metrics:
            sections.append(CardSection("Metrics", tuple(Entry(metric_label(m.step(sid)), (sid,))
                                                         for sid in c.metrics)))
        if c.priorities:
            entries = []
            for pid in c.priorities:
                p = priorities[pid]
                text = f"{p.quarter}: {' '.join(p.text.split()) or '(no text)'} ({p.status})"
                entries.append(Entry(text, tuple(p.steps)))
            sections.append(CardSection("Priorities", tuple(entries)))
        doc.cards.append(Card(c.owner, tuple(sections)))
    u = chart.unowned
    if u:
        sections = []
        for heading, ids, label in (("Critical steps", u.critical, step_label),
                                    ("Metrics nobody answers for", u.metrics, metric_label),
                                    ("Activities and decisions", u.steps, step_label)):
            if ids:
                sections.append(CardSection(heading, tuple(Entry(label(m.step(sid)), (sid,)) for sid in ids)))
        doc.cards.append(Card(NOBODY, tuple(sections), nobody=True))
    return doc


# -- Markdown ------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def to_markdown(doc: AccountabilityDoc) -> str:
    """One "##" heading per seat, a "###" per stage or list, bullets for the entries."""
    out = [f"# {_md(doc.title)}", "", f"*{_md(doc.subtitle())}*", ""]
    for card in doc.cards:
        out += [f"## {_md(card.owner)}", "", f"*{_md(card.summary())}*", ""]
        for sec in card.sections:
            out += [f"### {_md(sec.heading)}", ""] + [f"- {_md(e.text)}" for e in sec.entries] + [""]
    return "\n".join(out).rstrip("\n") + "\n"


# -- HTML ----------------------------------------------------------------------

_CSS = """
body{font-family:"Noto Sans","Segoe UI",Helvetica,Arial,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;
 color:#111;background:#fff;max-width:70em;margin:2em auto;padding:0 1em;font-size:11.5pt;line-height:1.4}
h1{font-size:20pt;margin:0 0 .2em}
.sub{color:#444;margin:0 0 1.2em}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(17em,1fr));gap:1em}
.card{border:1.2pt solid #333;border-radius:8px;padding:.6em .9em;break-inside:avoid;page-break-inside:avoid}
.card.nobody{border-style:dashed}
h2{font-size:14pt;margin:0;border-bottom:1pt solid #333;padding-bottom:2pt}
.summary{color:#444;font-size:10pt;margin:.2em 0 .4em}
h3{font-size:10.5pt;margin:.6em 0 .1em;text-transform:uppercase;letter-spacing:.04em;color:#333}
ul{margin:0;padding-left:1.1em}
li{margin:.1em 0}
@media print{body{margin:0;max-width:none;font-size:10.5pt} @page{margin:15mm}}
"""


def _h(text: str) -> str:
    return _html.escape(text, quote=True)


def to_html(doc: AccountabilityDoc) -> str:
    """A standalone printable page in the light export colours, every text escaped."""
    out = ["<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
           f"<title>{_h(doc.title)} — accountability</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
           f"<h1>{_h(doc.title)}</h1>", f'<p class="sub">{_h(doc.subtitle())}</p>', '<div class="cards">']
    for card in doc.cards:
        out.append(f'<section class="card{" nobody" if card.nobody else ""}">')
        out.append(f"<h2>{_h(card.owner)}</h2>")
        out.append(f'<p class="summary">{_h(card.summary())}</p>')
        for sec in card.sections:
            out.append(f"<h3>{_h(sec.heading)}</h3><ul>")
            out += [f"<li>{_h(e.text)}</li>" for e in sec.entries]
            out.append("</ul>")
        out.append("</section>")
    out += ["</div>", "</body>", "</html>"]
    return "\n".join(out) + "\n"

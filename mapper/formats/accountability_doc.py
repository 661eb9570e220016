"""The accountability chart as a document: cards in words, and their Markdown and HTML.

``build_accountability(m, chart)`` turns the chart's ids into what a person
reads: one card per owner with their steps grouped by hourglass stage, the
metrics they answer for and their priorities, then a "Nobody" card. The app's
view, the PDF and these text formats all read the same cards. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mapper.i18n import language, plural, translate
from mapper.i18n.stages import stage_name
from mapper.model import STAGES, Step, SystemMap
from mapper.model.counting import count_words

from .markup import html_text as _h
from .markup import markdown_text as _md


@dataclass(frozen=True)
class Entry:
    """One line of a card; ``steps`` are the ids a click selects on the canvas."""
    text: str
    steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class CardSection:
    heading: str
    entries: tuple[Entry, ...]
    #: What the entries are: "steps", "metrics" or "priorities" (the heading is translated).
    kind: str = "steps"


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
            return plural(n, translate("Accountability", "{n} thing with no owner"),
                          translate("Accountability", "{n} things with no owner")).format(n=n)
        steps = sum(len(s.entries) for s in self.sections if s.kind == "steps")
        metrics = sum(len(s.entries) for s in self.sections if s.kind == "metrics")
        priorities = sum(len(s.entries) for s in self.sections if s.kind == "priorities")
        parts = [count_words(steps, "step")]
        if metrics:
            parts.append(plural(metrics, translate("Accountability", "{n} metric"),
                                translate("Accountability", "{n} metrics")).format(n=metrics))
        if priorities:
            parts.append(plural(priorities, translate("Accountability", "{n} priority"),
                                translate("Accountability", "{n} priorities")).format(n=priorities))
        return translate("Accountability", ", ").join(parts)


@dataclass
class AccountabilityDoc:
    title: str
    cards: list[Card] = field(default_factory=list)

    def subtitle(self) -> str:
        owners = sum(1 for c in self.cards if not c.nobody)
        return plural(owners, translate("Accountability", "Accountability chart: {n} owner, one seat each"),
                      translate("Accountability", "Accountability chart: {n} owners, one seat each")).format(n=owners)


def step_label(s: Step) -> str:
    """A step on one line: its text, or what it is."""
    text = " ".join(s.text.split())
    if text:
        return text
    if s.kind == "decision":
        return translate("Accountability", "(unnamed decision, {id})").format(id=s.id)
    if s.kind == "terminator":
        return translate("Accountability", "(unnamed terminator, {id})").format(id=s.id)
    return translate("Accountability", "(unnamed activity, {id})").format(id=s.id)


def metric_label(s: Step) -> str:
    """"Consultations booked (per week), target 10 — at Books a consultation?"."""
    mt = s.metric
    name = " ".join(mt.name.split()) or translate("Accountability", "Metric")
    text = name + (f" ({mt.unit})" if mt.unit.strip() else "")
    if mt.target is not None:
        target = int(mt.target) if float(mt.target).is_integer() else mt.target
        text += (translate("Accountability", ", target at most {target}") if mt.better == "lower"
                 else translate("Accountability", ", target at least {target}")).format(target=target)
    return translate("Accountability", "{metric} — at {step}").format(metric=text, step=step_label(s))


def _by_stage(m: SystemMap, ids: tuple[str, ...]) -> list[CardSection]:
    groups: dict[str, list[Entry]] = {}
    for sid in ids:
        s = m.step(sid)
        groups.setdefault(s.stage or "", []).append(Entry(step_label(s), (sid,)))
    out = [CardSection(stage_name(stage), tuple(groups[stage])) for stage in STAGES if stage in groups]
    if "" in groups:
        out.append(CardSection(translate("Accountability", "No stage") if out
                               else translate("Accountability", "Steps"), tuple(groups[""])))
    return out


def build_accountability(m: SystemMap, chart) -> AccountabilityDoc:
    """The chart of ``m`` in words; ``chart`` is ``analysis.accountability.accountability_chart(m)``."""
    doc = AccountabilityDoc(" ".join(m.title.split()) or translate("Accountability", "Untitled map"))
    priorities = {p.id: p for p in m.priorities}
    for c in chart.owners:
        sections = _by_stage(m, c.steps)
        if c.metrics:
            sections.append(CardSection(translate("Accountability", "Metrics"),
                                        tuple(Entry(metric_label(m.step(sid)), (sid,)) for sid in c.metrics),
                                        "metrics"))
        if c.priorities:
            entries = []
            for pid in c.priorities:
                p = priorities[pid]
                text = translate("Accountability", "{quarter}: {priority} ({status})").format(
                    quarter=p.quarter, priority=" ".join(p.text.split()) or translate("Accountability", "(no text)"),
                    status=p.status)
                entries.append(Entry(text, tuple(p.steps)))
            sections.append(CardSection(translate("Accountability", "Priorities"), tuple(entries), "priorities"))
        doc.cards.append(Card(c.owner, tuple(sections)))
    u = chart.unowned
    if u:
        sections = []
        for heading, ids, label, kind in (
                (translate("Accountability", "Critical steps"), u.critical, step_label, "steps"),
                (translate("Accountability", "Metrics nobody answers for"), u.metrics, metric_label, "metrics"),
                (translate("Accountability", "Activities and decisions"), u.steps, step_label, "steps")):
            if ids:
                sections.append(CardSection(heading, tuple(Entry(label(m.step(sid)), (sid,)) for sid in ids), kind))
        doc.cards.append(Card(translate("Accountability", "Nobody"), tuple(sections), nobody=True))
    return doc


# -- Markdown ------------------------------------------------------------------

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


def to_html(doc: AccountabilityDoc) -> str:
    """A standalone printable page in the light export colours, every text escaped."""
    out = ["<!DOCTYPE html>", f'<html lang="{language().replace("_", "-")}">', "<head>", '<meta charset="utf-8">',
           "<title>" + _h(translate("Accountability", "{title} — accountability").format(title=doc.title)) + "</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
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

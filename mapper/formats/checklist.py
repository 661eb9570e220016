"""The team's checklist, built from a map: one structure with the words for people
already in the owner's language; ``checklist_markdown``, ``checklist_html`` and
``mapper.render.checklist_pdf`` write it out with the same words.

The checklist reads in flow order (``checklist_order``): the main path first, short
branches inline under their decision as lettered sub-steps ("3a, 3b, then go on
at step 4"), long branches and loops as their own sections, then steps nothing
leads to. Each step appears exactly once; a path that meets a step again says
"continue at step 7". Decisions read as routing, ends as outcomes, critical
steps carry their full detail. Weekly counts are not asked for here: they belong
to the scorecard (``mapper scorecard``), not to the sheet a job is run from.
The crew's edition leaves out the analysis (automation hints, why a step is
critical); the owner's edition has them. Pure Python: no Qt.

Build it inside the language it is for (``mapper.i18n.language_scope``): its
headings, routing ("Yes: go to step 4") and asides are translated as it is built.
"""

from __future__ import annotations

import datetime as _dt
import html as _html
import re
from dataclasses import dataclass, field

from mapper.i18n import plural, translate
from mapper.i18n.formatting import format_number
from mapper.i18n.stages import stage_name
from mapper.model import Arrow, Step, SystemMap

from .checklist_order import (LOOSE, Ancestry, Entry, flow_order, group_by_stage,
                              inline_short_branches, step_refs)


def system_title(system: str) -> str:
    """"Marketing system", "Operating system" (translated), or "" for a map of neither."""
    if system == "marketing":
        return translate("Checklist", "Marketing system")
    if system == "operating":
        return translate("Checklist", "Operating system")
    return ""

#: Software a small business names in its steps; shown as "Tools" on critical steps.
#: Longest names first so "Google Sheets" wins over "Google".
TOOLS: tuple[str, ...] = tuple(sorted((
    "Calendly", "Zoom", "Google Meet", "Microsoft Teams", "Teams", "Skype", "Slack", "WhatsApp",
    "Mailchimp", "ConvertKit", "ActiveCampaign", "Klaviyo", "Constant Contact", "HubSpot",
    "Salesforce", "Pipedrive", "Zoho", "Xero", "QuickBooks", "FreshBooks", "Wave", "Sage",
    "Stripe", "PayPal", "Square", "Shopify", "WooCommerce", "WordPress", "Squarespace", "Wix",
    "Google Sheets", "Google Docs", "Google Drive", "Google Calendar", "Google Forms", "Gmail",
    "Google Ads", "Google Business Profile", "Facebook", "Instagram", "LinkedIn", "TikTok",
    "YouTube", "Excel", "Word", "Outlook", "Dropbox", "OneDrive", "Trello", "Asana", "Notion",
    "Airtable", "Monday", "ClickUp", "Zapier", "Make", "Typeform", "Jotform", "SurveyMonkey",
    "DocuSign", "PandaDoc", "Canva", "Jobber", "ServiceTitan", "Housecall Pro", "Acuity",
    "Twilio", "Intercom", "Zendesk", "Trustpilot", "Yelp", "Eventbrite", "Webex",
), key=lambda t: (-len(t), t)))

# "Make", "Word", "Square", "Wave", "Sage", "Monday", "Teams" are also plain words: only
# count them when written with their capital, as a product name is.
_CASE_SENSITIVE_TOOLS = {"Make", "Word", "Square", "Wave", "Sage", "Monday", "Teams"}
_TOOL_PATTERNS = [
    (t, re.compile(r"(?<![\w])" + re.escape(t) + r"(?![\w])",
                   0 if t in _CASE_SENSITIVE_TOOLS else re.IGNORECASE))
    for t in TOOLS
]


def tools_named(*texts: str) -> list[str]:
    """Software named in the texts, in the order of :data:`TOOLS`' canonical spelling.

    >>> tools_named("Book a call in Calendly", "Log it in google sheets")
    ['Calendly', 'Google Sheets']
    """
    joined = "\n".join(t for t in texts if t)
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for name, pattern in _TOOL_PATTERNS:
        for match in pattern.finditer(joined):
            span = match.span()
            if any(span[0] < e and s < span[1] for s, e in taken):
                continue  # "Google Sheets" already took this text; not also "Sheets"
            taken.append(span)
            found.append((span[0], name))
            break
    return [name for _, name in sorted(found)]


# -- the structure -------------------------------------------------------------

@dataclass
class Route:
    """Where one branch of a step leads: ``label`` ("Yes") to step ``ref`` ("7", "3a")."""
    label: str
    ref: str
    text: str
    back: bool  # the target comes earlier in the checklist: a loop
    inline: bool = False  # the target is a lettered sub-step printed right below


@dataclass
class ChecklistStep:
    """One numbered line of the checklist (an activity, decision, start or end)."""
    number: int          # the line's number; a lettered sub-step has its decision's
    step_id: str
    kind: str
    text: str
    owner: str = ""
    stage: str | None = None
    is_start: bool = False
    is_end: bool = False
    goal: bool = False
    critical: bool = False
    critical_reasons: tuple[str, ...] = ()
    items: list[str] = field(default_factory=list)   # the step's own checklist
    notes: str = ""
    duration_min: float | None = None
    cost: float | None = None
    tools: list[str] = field(default_factory=list)
    routes: list[Route] = field(default_factory=list)  # decisions and splits
    next_ref: str | None = None      # the one next step when it is not the next line
    next_back: bool = False
    ref: str = ""                    # "4", or "3a" for a lettered sub-step of decision 3
    inline: bool = False             # printed under its decision as a lettered sub-step
    dead_end: bool = False           # an activity the map leads nowhere from
    record: str = ""                 # metric to write down here
    record_unit: str = ""
    record_target: float | None = None
    automation_hint: str = ""

    @property
    def label(self) -> str:
        """What the checklist calls this step: "4" or "3a"."""
        return self.ref or str(self.number)

    @property
    def checkbox(self) -> bool:
        """Activities are ticked off; decisions are asked, starts and ends are read."""
        return self.kind == "activity"

    @property
    def mark(self) -> str:
        """The symbol a line without a box leads with: ◇ a decision, ▶ the start, ○ the others."""
        return "◇" if self.kind == "decision" else "▶" if self.is_start else "○"

    def display_text(self) -> str:
        return self.text.strip() or translate("Checklist", "(untitled step)")

    def headline(self) -> str:
        """The step's line without its number: "Send invoice", "→ New client (goal)"."""
        text = self.display_text()
        if self.is_end:
            return (translate("Checklist", "→ {step} (goal)") if self.goal else "→ {step}").format(step=text)
        if self.is_start:
            return translate("Checklist", "Start: {step}").format(step=text)
        return text

    def owner_shown(self) -> str:
        """Who the step's line names as doing it: its owner, except on an end (an
        outcome is nobody's task). The one place every writer asks; each puts it
        after the step's text ("Send invoice — Office")."""
        return "" if self.is_end else self.owner

    def routing(self) -> str:
        """"Yes: go to step 7. No: back to step 3." or "Continue at step 7." or ""."""
        if self.routes:
            parts = []
            for i, r in enumerate(self.routes):
                label = r.label.strip() or (translate("Checklist", "Then") if i == 0
                                            else translate("Checklist", "Also"))
                if r.back:
                    route = translate("Checklist", "{label}: back to step {ref}.")
                elif r.inline:
                    route = translate("Checklist", "{label}: do {ref} below.")
                else:
                    route = translate("Checklist", "{label}: go to step {ref}.")
                parts.append(route.format(label=label, ref=r.ref))
            return " ".join(parts)
        if self.next_ref is not None:
            if self.inline and not self.next_back:
                return translate("Checklist", "Then go on at step {ref}.").format(ref=self.next_ref)
            if self.next_back:
                return translate("Checklist", "Back to step {ref}.").format(ref=self.next_ref)
            return translate("Checklist", "Continue at step {ref}.").format(ref=self.next_ref)
        if self.dead_end:
            return translate("Checklist", "The map shows no next step here.")
        return ""

    def next_hint(self) -> str:
        """The lone next step as a short aside: "continue at step 8" (or "")."""
        if self.routes or self.next_ref is None:
            return ""
        if self.inline and not self.next_back:
            return translate("Checklist", "then go on at step {ref}").format(ref=self.next_ref)
        if self.next_back:
            return translate("Checklist", "back to step {ref}").format(ref=self.next_ref)
        return translate("Checklist", "continue at step {ref}").format(ref=self.next_ref)

    def aside(self) -> str:
        """What follows the step's line in brackets: its lone next step, or that
        the map shows none ("" when the routing says it already)."""
        if self.next_hint():
            return self.next_hint()
        if self.dead_end:
            return self.routing().rstrip(".").lower()
        return ""

    def record_label(self) -> str:
        """The metric's name without a repeat of the step's own text: a suggested
        "Times done: Send the invoice" on the line "Send the invoice" reads "Times done"."""
        prefix, sep, rest = self.record.partition(": ")
        if sep and rest.strip().casefold() == self.display_text().casefold():
            return prefix
        return self.record

    def detail_lines(self) -> list[str]:
        """Duration, cost, tools and notes: shown in full on critical steps."""
        out = []
        facts = []
        if self.duration_min is not None:
            facts.append(translate("Checklist", "Takes about {duration}").format(duration=_duration(self.duration_min)))
        if self.cost is not None:
            facts.append(translate("Checklist", "Costs {amount}").format(amount=_number(self.cost)))
        if self.tools:
            facts.append(translate("Checklist", "Tools: {tools}").format(tools=", ".join(self.tools)))
        if facts:
            out.append(". ".join(facts) + ".")
        if self.notes.strip():
            out.append(translate("Checklist", "Notes: {notes}").format(notes=" ".join(self.notes.split())))
        return out

    def critical_tag(self) -> str:
        """"★ CRITICAL" on a critical step's line ("" on the others)."""
        return translate("Checklist", "★ CRITICAL") if self.critical else ""

    def why_critical(self) -> list[str]:
        """"Why it is critical: ..." for each reason (the owner's edition has them)."""
        return [translate("Checklist", "Why it is critical: {reason}").format(reason=r) for r in self.critical_reasons]


@dataclass
class ChecklistSection:
    """A run of steps under one heading. ``level`` 1: a stage or the main path;
    2: a branch inside it."""
    heading: str
    level: int
    steps: list[ChecklistStep] = field(default_factory=list)


@dataclass
class OwnerRow:
    owner: str
    steps: list[str]     # step refs: "2", "3a"
    metrics: list[str]


@dataclass
class Checklist:
    title: str
    system: str          # "Marketing system", "Operating system" or ""
    description: str
    date: str            # ISO date the checklist was made
    critical_only: bool
    sections: list[ChecklistSection]
    accountability: list[OwnerRow]
    map_notes: list[str] = field(default_factory=list)
    owner_edition: bool = False
    #: The method's seven steps for this map (owner's edition): (number, title, done, what is left).
    method: list[tuple[int, str, bool, str]] = field(default_factory=list)

    def steps(self) -> list[ChecklistStep]:
        """Every step in checklist order."""
        return [s for sec in self.sections for s in sec.steps]

    def subtitle(self) -> str:
        if self.critical_only:
            kind = (translate("Checklist", "Critical steps card (owner's edition)") if self.owner_edition
                    else translate("Checklist", "Critical steps card"))
        else:
            kind = (translate("Checklist", "Checklist (owner's edition)") if self.owner_edition
                    else translate("Checklist", "Checklist"))
        bits = [b for b in (self.system, kind, self.date) if b]
        return " · ".join(bits)


# -- building it ---------------------------------------------------------------

def build_checklist(m: SystemMap, report, critical_only: bool = False,
                    today: _dt.date | None = None, owner_edition: bool = False,
                    progress=None) -> Checklist:
    """The checklist of a map, in flow order (see the module docstring).

    ``report`` is the map's analysis (``mapper.analysis.analyse(m)``), which the
    caller already has; ``progress`` is its ``analysis.method.method_progress``,
    shown on the first page when given. ``critical_only`` keeps just the critical
    steps, numbered as in the full checklist so the card and the full list agree.
    ``owner_edition`` adds what the crew does not need: automation hints and why a
    step is critical.
    """
    steps = {s.id: s for s in m.steps if s.kind != "note"}
    out_arrows: dict[str, list[Arrow]] = {sid: [] for sid in steps}
    has_in: set[str] = set()
    in_count: dict[str, int] = {}
    for a in m.arrows:
        if a.source in steps and a.target in steps:
            out_arrows[a.source].append(a)
            has_in.add(a.target)
            in_count[a.target] = in_count.get(a.target, 0) + 1

    order = flow_order(steps, out_arrows, has_in)
    use_stages = any(s.stage for s in steps.values())
    if use_stages:
        order = group_by_stage(order, steps)
    order = inline_short_branches(order, steps, out_arrows, in_count)
    refs = step_refs(order)
    position = {e.step_id: i for i, e in enumerate(order)}
    inline_of = {e.step_id: e.inline_of for e in order if e.inline_of}

    # "back to step 3" is for loops (the arrow returns to a step on the path that led
    # here); a path that merely rejoins a step listed earlier "continues at" it.
    component = Ancestry(order)
    critical = {c.step: c.reasons for c in report.critical}
    metric_names = {p.step: p.name for p in report.metric_points}
    automation = {a.step: a.reasons for a in report.automation} if owner_edition else {}

    items: dict[str, ChecklistStep] = {}
    for entry in order:
        s = steps[entry.step_id]
        items[s.id] = _item(s, entry, steps, refs, position, inline_of, out_arrows, has_in, component,
                            critical, metric_names, automation)

    sections: list[ChecklistSection] = []
    current_group = current_path = None
    for entry in order:
        if entry.inline_of:
            sections[-1].steps.append(items[entry.step_id])  # right under its decision
            continue
        group = (entry.group, entry.staged)
        if group != current_group:
            current_group, current_path = group, None
            if entry.group == LOOSE:
                sections.append(ChecklistSection(translate("Checklist", "Not connected to the flow"), 1))
                current_path = entry.path
            elif use_stages:
                # A step without a stage never reads as part of the stage above it.
                sections.append(ChecklistSection(stage_name(entry.group) if entry.staged
                                                 else translate("Checklist", "Steps with no stage"), 1))
        if entry.path != current_path:
            current_path = entry.path
            if use_stages:
                # Sorting by stage can put part of a branch before or after other steps:
                # say where this run of steps is entered from, unless that is the line above.
                heading = _entry_heading(entry, refs, position, out_arrows)
                if heading:
                    sections.append(ChecklistSection(heading, 2))
            else:
                level = 1 if entry.path[0] in ("main", "start") else 2
                sections.append(ChecklistSection(_path_heading(entry.path, refs, steps), level))
        sections[-1].steps.append(items[entry.step_id])

    if critical_only:
        for sec in sections:
            sec.steps = [s for s in sec.steps if s.critical]
        sections = [sec for sec in sections if sec.steps]
        # Branch headings refer to the full checklist; on a card one list reads better.
        sections = [ChecklistSection(translate("Checklist", "Critical steps"), 1,
                                     [s for sec in sections for s in sec.steps])]

    if not owner_edition:
        for item in items.values():
            item.critical_reasons = ()
    method = [] if progress is None else [(st.number, st.title, st.done, st.todo) for st in progress.steps]

    shown = [s for sec in sections for s in sec.steps]
    return Checklist(
        title=m.title.strip() or translate("Checklist", "Untitled map"),
        system=system_title(m.system or ""),
        description=m.description.strip(),
        date=(today or _dt.date.today()).isoformat(),
        critical_only=critical_only,
        sections=sections,
        accountability=_accountability(shown),
        map_notes=[] if critical_only else [n.text.strip() for n in m.steps if n.kind == "note" and n.text.strip()],
        owner_edition=owner_edition,
        method=method,
    )


def _path_heading(path: tuple, refs: dict[str, str], steps: dict[str, Step]) -> str:
    if path[0] == "main":
        return translate("Checklist", "Main path")
    if path[0] == "start":
        start = steps[path[1]].text.strip() or translate("Checklist", "another start")
        return translate("Checklist", "Also starts at: {step}").format(step=start)
    if path[0] == "branch":
        origin, label = path[1], path[2]
        if label:
            return translate("Checklist", "Branch from step {ref}: {label}").format(ref=refs[origin], label=label)
        return translate("Checklist", "Branch from step {ref}").format(ref=refs[origin])
    return ""


def _entry_heading(entry: Entry, refs: dict[str, str], position: dict[str, int], out_arrows) -> str:
    """"Branch from step 9: No" for a run of steps entered from a step not just above it."""
    parent = entry.parent
    if parent is None or position[parent] == position[entry.step_id] - 1:
        return ""
    if len({a.target for a in out_arrows[parent]}) < 2:
        return ""  # not a branch: the step before says "continue at step N"
    label = next((a.label.strip() for a in out_arrows[parent] if a.target == entry.step_id), "")
    # Sorting by stage can also move the main path below one of its branches: calling
    # the main path a "branch" sent owners looking for the main path that was not there.
    ref = refs[parent]
    if entry.path[0] == "branch":
        return (translate("Checklist", "Branch from step {ref}: {label}") if label
                else translate("Checklist", "Branch from step {ref}")).format(ref=ref, label=label)
    if entry.path[0] == "main":
        return (translate("Checklist", "Main path, from step {ref}: {label}") if label
                else translate("Checklist", "Main path, from step {ref}")).format(ref=ref, label=label)
    return (translate("Checklist", "From step {ref}: {label}") if label
            else translate("Checklist", "From step {ref}")).format(ref=ref, label=label)


def _item(s: Step, entry: Entry, steps: dict[str, Step], refs, position, inline_of, out_arrows, has_in,
          component, critical, metric_names, automation) -> ChecklistStep:
    ref = refs[s.id]
    n = int(ref.rstrip("abcdefghijklmnopqrstuvwxyz"))
    here = position[s.id]
    outs = out_arrows[s.id]
    item = ChecklistStep(
        number=n, ref=ref, inline=entry.inline_of is not None, step_id=s.id, kind=s.kind, text=" ".join(s.text.split()), owner=s.owner.strip(),
        stage=s.stage, is_start=s.kind == "terminator" and s.id not in has_in and bool(outs),
        is_end=s.kind == "terminator" and not outs and s.id in has_in,
        goal=s.goal, critical=s.id in critical, critical_reasons=tuple(critical.get(s.id, ())),
        items=[" ".join(c.split()) for c in s.checklist if c.strip()],
        notes=s.notes, duration_min=s.duration_min, cost=s.cost,
        tools=tools_named(s.text, s.notes, *s.checklist),
    )
    targets = list(dict.fromkeys(a.target for a in outs))
    if s.kind == "decision" or len(targets) > 1:
        seen_targets: set[str] = set()
        for a in outs:  # in the order drawn: "Yes" before "No" as the owner wrote them
            if a.target in seen_targets:
                continue  # a duplicate arrow says nothing new
            seen_targets.add(a.target)
            t = position[a.target]
            loop = component.is_ancestor(a.target, s.id)
            item.routes.append(Route(a.label.strip(), refs[a.target], " ".join(steps[a.target].text.split()),
                                     back=loop and t <= here, inline=inline_of.get(a.target) == s.id))
    elif targets:
        t = position[targets[0]]
        # The next line is the way on, except from the last lettered sub-step of a branch.
        follows = t == here + 1 and (not item.inline or inline_of.get(targets[0]) == entry.inline_of)
        if not follows:
            item.next_ref, item.next_back = refs[targets[0]], component.is_ancestor(targets[0], s.id)
    elif s.kind in ("activity", "decision") and s.id in has_in:
        item.dead_end = True
    if s.metric is not None and s.metric.name.strip():
        item.record = s.metric.name.strip()
        item.record_unit = s.metric.unit.strip()
        item.record_target = s.metric.target
    elif s.id in metric_names and metric_names[s.id].strip():
        item.record = metric_names[s.id].strip()
    if s.id in automation:
        reasons = automation[s.id]
        item.automation_hint = (translate("Checklist", "Could be automated: {reason}").format(
            reason=_short_reason(reasons[0])) if reasons else translate("Checklist", "Could be automated"))
    return item


def _short_reason(reason: str) -> str:
    """The gist of an analysis reason, short enough for a checklist line."""
    gist = reason.split(": ", 1)[0].strip().rstrip(".")
    return gist if len(gist) <= 80 else gist[:77].rstrip() + "..."


def _accountability(shown: list[ChecklistStep]) -> list[OwnerRow]:
    nobody = translate("Checklist", "(no owner yet)")
    rows: dict[str, OwnerRow] = {}
    generic: dict[tuple[str, str], list[int]] = {}
    for s in shown:
        if (s.is_start or s.is_end) and not s.owner:
            continue  # an unowned start or outcome is nobody's task
        owner = s.owner or nobody
        row = rows.setdefault(owner, OwnerRow(owner, [], []))
        row.steps.append(s.label)
        if s.record:
            label = s.record_label()
            if label != s.record:
                generic.setdefault((owner, label), []).append(s.label)
            elif s.record not in row.metrics:
                row.metrics.append(s.record)
    # Suggested counts named after their step ("Times done: Send the invoice") read as one
    # entry per owner: "Times done (steps 2-4, 10)".
    for (owner, label), numbers in generic.items():
        steps = plural(len(numbers), translate("Checklist", "{metric} (step {steps})"),
                       translate("Checklist", "{metric} (steps {steps})"))
        rows[owner].metrics.append(steps.format(metric=label, steps=number_list(numbers)))
    # An owner really named "(no owner yet)" is still listed with the others.
    named = [r for r in rows.values() if r.owner != nobody]
    return named + [r for r in rows.values() if r.owner == nobody]


def _number(v: float) -> str:
    """1500, 12.5, 0.25 in the language's digits, no needless zeros and no grouping."""
    if float(v).is_integer():
        return format_number(v, 0, grouping=False)
    return format_number(float(f"{v:.2f}"), len(f"{v:.2f}".rstrip("0").split(".")[1]), grouping=False)


def _duration(minutes: float) -> str:
    if minutes >= 60:
        h, mins = divmod(round(minutes), 60)
        return (translate("Checklist", "{hours} h {minutes} min") if mins
                else translate("Checklist", "{hours} h")).format(hours=h, minutes=mins)
    return translate("Checklist", "{minutes} min").format(minutes=_number(minutes))


def number_list(numbers: list[int] | list[str]) -> str:
    """"1-4, 7, 9" from [1, 2, 3, 4, 7, 9]; lettered sub-steps ("3a") stand alone."""
    if any(not str(n).isdigit() for n in numbers):
        parts, run = [], []
        for n in numbers:
            if str(n).isdigit():
                run.append(int(n))
            else:
                if run:
                    parts.append(number_list(run))
                    run = []
                parts.append(str(n))
        if run:
            parts.append(number_list(run))
        return ", ".join(parts)
    numbers = [int(n) for n in numbers]
    out, i = [], 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1] == numbers[j] + 1:
            j += 1
        out.append(str(numbers[i]) if j == i else f"{numbers[i]}–{numbers[j]}" if j > i + 1
                   else f"{numbers[i]}, {numbers[j]}")
        i = j + 1
    return ", ".join(out)

"""Automation candidates: steps a machine could do, scored 0..1 with reasons.

An activity is a candidate when what it says is a task software does well
(send, email, remind, schedule, invoice...) and that task comes before any
word of human judgment (call, meet, visit...): step texts start with what is
done, so "Schedule a site visit" is a candidate and "Call to confirm the
booking" is not. A decision is a candidate when data settles it ("Paid?",
"Opened the email?"). How often the step runs and who does it now raise the
score. The owner's ``automate`` flag wins either way.
"""

from __future__ import annotations

from functools import lru_cache

from mapper.i18n import language, translate
from mapper.i18n.formatting import format_number

from .flow import Flow
from .wording import Match, read_text, reasons

#: Score of a step with one kind of automatable task; more kinds add a little.
BASE_SCORE = 0.5
MAX_COMPUTED = 0.95


def _judged(matches: tuple[Match, ...], wanted: str) -> list[Match]:
    """The ``wanted`` matches, if the first of them comes before any human word
    (a human word at the same place wins); else none."""
    found = [m for m in matches if m.category == wanted]
    if not found:
        return []
    human = [m.position for m in matches if m.category == "human"]
    if human and min(human) <= found[0].position:
        return []
    return found


def _what_it_says(kind: str, text: str) -> tuple[float, tuple[str, ...]]:
    """Score and reasons from the step's words alone, in the owner's language."""
    return _said(kind, text, language())


@lru_cache(maxsize=8192)
def _said(kind: str, text: str, lang: str) -> tuple[float, tuple[str, ...]]:
    """``_what_it_says`` cached per language (maps repeat texts)."""
    why = reasons()
    if kind == "activity":
        tasks = _judged(read_text(text), "task")
        groups = list(dict.fromkeys(m.group for m in tasks))
        if groups:
            first_word = {m.group: m.word for m in reversed(tasks)}
            return (min(0.7, BASE_SCORE + 0.1 * (len(groups) - 1)),
                    tuple(translate("Automation", 'it says "{word}": {reason}').format(word=first_word[g], reason=why[g])
                          for g in groups))
    elif kind == "decision":
        data = _judged(read_text(text), "data")
        if data:
            return BASE_SCORE, (translate("Automation", 'it asks "{word}": {reason}').format(
                word=data[0].word, reason=why["data"]),)
    return 0.0, ()


def _owner_reason(owner: str) -> tuple[float, str] | None:
    return _owner_said(owner, language())


@lru_cache(maxsize=1024)
def _owner_said(owner: str, lang: str) -> tuple[float, str] | None:
    owner = owner.strip()
    if not owner:
        return None
    roles = {m.category for m in read_text(owner)}
    if "owner" in roles:
        return 0.1, translate("Automation", 'the owner does it now ("{owner}"): automating it gives the '
                                            "owner's time back").format(owner=owner)
    if "admin" in roles:
        return 0.05, translate("Automation", 'the office does it now ("{owner}"): routine admin that software '
                                             "does well").format(owner=owner)
    return None


def automation_candidates(flow: Flow, main_path: set[str], in_loops: set[str],
                          visits: dict[str, float] | None = None) -> list[tuple[str, float, list[str]]]:
    """(step id, score, reasons), highest score first (document order among equals).

    ``main_path``: steps every customer passes (the dominators); ``in_loops``: steps
    inside a loop; ``visits``: the funnel's visits per 100 entrants, when there is one.
    """
    found = []
    for order, (sid, s) in enumerate(flow.steps.items()):
        if s.automate is False or s.kind == "note":
            continue
        score, said = _what_it_says(s.kind, s.text)
        said = list(said)
        if not said and s.automate is not True:
            continue
        extra = []
        times = (visits or {}).get(sid)
        if sid in in_loops:
            score += 0.15
            if times and times > 100:
                extra.append(translate("Automation", "it is inside a loop, so it runs again every time someone "
                                                     "goes round ({times} times per customer on average)").format(
                                                         times=format_number(times / 100, 1)))
            else:
                extra.append(translate("Automation", "it is inside a loop, so it runs again every time someone "
                                                     "goes round"))
        elif times is not None and times > 100.5:
            score += 0.1
            extra.append(translate("Automation", "it runs {times} times per customer on average").format(
                times=format_number(times / 100, 1)))
        if sid in main_path:
            score += 0.1
            extra.append(translate("Automation", "it is on the main path: every customer passes here"))
        owner = _owner_reason(s.owner)
        if owner:
            score += owner[0]
            extra.append(owner[1])
        if s.automate is True:
            score = 1.0
            said.insert(0, translate("Automation", "you marked it to be automated"))
        found.append((sid, round(min(score, MAX_COMPUTED) if s.automate is not True else 1.0, 2),
                      said + extra, order))
    found.sort(key=lambda c: (-c[1], c[3]))
    return [(sid, score, reasons_) for sid, score, reasons_, _ in found]

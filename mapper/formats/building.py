"""Building a valid map out of another tool's shapes and connectors.

Every importer collects steps and arrows keyed by the source file's own ids;
``MapBuilder`` turns those into safe, unique step ids and a ``SystemMap`` that
passes the model's rules (arrows name steps, arrows never touch notes).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from mapper.i18n import plural, translate
from mapper.i18n.formatting import format_number
from mapper.model import MAX_COORDINATE, MAX_SIZE, Arrow, Step, SystemMap
from mapper.model.ids import fresh_id
from mapper.model.parallel import PARALLEL_JOIN_TEXT, PARALLEL_SPLIT_TEXT, says_do_all, says_wait_for_all

#: Refuse files bigger than this before parsing, and cap decompressed payloads to it.
MAX_INPUT_BYTES = 50 * 1024 * 1024


@dataclass
class ImportResult:
    """An imported map and what could not be carried over, in the owner's words."""

    map: SystemMap
    warnings: list[str] = field(default_factory=list)
    #: The warning (also in ``warnings``) that says which draw.io page was taken and how to
    #: take another: the app leaves it out when the owner has just picked the page.
    page_note: str = ""


def parallel_text(ways_out: int, ways_in: int, name: str = "") -> str:
    """The text for a parallel gateway with these many arrows out and in, so the owner (and
    mapper's analysis, see ``mapper.model.parallel``) reads what it means: an unnamed split says
    "Do all of the next steps", a named one gets that as its second line; joins likewise."""
    name = tidy_text(name)
    if ways_out > 1:
        return name if says_do_all(name) else "\n".join(p for p in (name, PARALLEL_SPLIT_TEXT) if p)
    if ways_in > 1:
        return name if says_wait_for_all(name) else "\n".join(p for p in (name, PARALLEL_JOIN_TEXT) if p)
    return name


#: Whole labels that mean "the flow starts here" / "ends here", in the languages of real files.
START_WORDS = {"start", "begin", "start here", "inicio", "início", "comienzo", "début", "debut", "anfang", "beginn",
               "начало", "старт", "开始", "開始", "始まり", "mulai", "bắt đầu", "başla", "başlangıç", "inizio"}
END_WORDS = {"end", "stop", "finish", "finished", "done", "the end", "fin", "fim", "final", "ende", "schluss",
             "конец", "финиш", "стоп", "结束", "終了", "終わり", "selesai", "kết thúc", "bitiş"}

_SPACES = re.compile(r"[ \t\u00a0\u2007\u202f\f\v]+")


def tidy_text(text: str) -> str:
    """Text as a shape shows it: runs of spaces collapsed, lines trimmed, no blank ends.

    Both Mermaid and draw.io (HTML labels) render text this way, so importers
    store it like this and round trips compare texts after ``tidy_text``.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


_UNSAFE_ID = re.compile(r"[^\w\-]+")


def safe_id(raw: str, fallback: str = "step") -> str:
    """A step id made of letters, digits, ``_`` and ``-`` derived from a foreign id."""
    out = _UNSAFE_ID.sub("_", raw or "").strip("_")
    return out[:60] or fallback


def counted(n: int, one: str, many: str, **fields: Any) -> str:
    """A translated sentence about ``n`` things in the form the language takes for ``n``:
    ``counted(3, translate("Import", "{n} arrow ..."), translate("Import", "{n} arrows ..."))``."""
    return plural(n, one, many).format(n=n, **fields)


def warn_about(warnings: list[str], n: int, one: str, many: str, **fields: Any) -> None:
    """Add the warning about ``n`` things (worded by ``counted``) to ``warnings``, unless there
    were none: ``warn_about(warnings, len(dropped), translate(...), translate(...))``."""
    if n > 0:
        warnings.append(counted(n, one, many, **fields))


def quoted_list(texts: list[str], limit: int = 6, width: int = 40) -> str:
    """'"A", "B", "C" …': the first ``limit`` texts, each shortened, for a warning."""
    return ", ".join(f'"{short(t, width)}"' for t in texts[:limit]) + (" …" if len(texts) > limit else "")


def short(text: str, limit: int = 40) -> str:
    """A quotable one-line excerpt of a label for warnings."""
    one = " ".join(text.split())
    return one if len(one) <= limit else one[: limit - 1] + "…"


# -- absurd numbers -----------------------------------------------------------------
#
# Another tool's file may hold any number (y="1e308", width="inf"). Maps bound
# coordinates to +-MAX_COORDINATE and sizes to MAX_SIZE, so every importer passes
# its shapes through here: a position or size that is not a finite number within
# the bounds is dropped (mapper places and sizes the step itself), and one
# warning names the shapes.

def bounded_geometry(fields: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """``fields`` with x, y, width, height made safe for a map, and whether anything had to change."""
    out = dict(fields)
    changed = False
    x, y = out.get("x"), out.get("y")
    if x is not None or y is not None:
        ok = all(isinstance(v, (int, float)) and math.isfinite(v) and abs(v) <= MAX_COORDINATE for v in (x, y))
        if not ok:
            out.pop("x", None)
            out.pop("y", None)
            changed = True
    for key in ("width", "height"):
        v = out.get(key)
        if v is None:
            continue
        if not isinstance(v, (int, float)) or not math.isfinite(v) or not 0 < v <= MAX_SIZE:
            out.pop(key)   # the kind's default size instead of a shape wider than any page
            changed = True
    return out, changed


def bounded_points(points: Iterable[tuple[float, float]]) -> list[tuple[float, float]] | None:
    """Arrow bends, or None when any of them is not a finite number within the bounds."""
    pts = list(points)
    for x, y in pts:
        if not (math.isfinite(x) and math.isfinite(y) and abs(x) <= MAX_COORDINATE and abs(y) <= MAX_COORDINATE):
            return None
    return pts


def absurd_numbers_warning(names: list[str]) -> str:
    """The one warning for shapes whose position or size was beyond what a map holds."""
    return counted(len(names),
                   translate("Import", "{n} shape had a position or size far outside any drawing (beyond {limit}, "
                                       "or not a number); mapper placed or sized it itself: {names}"),
                   translate("Import", "{n} shapes had a position or size far outside any drawing (beyond {limit}, "
                                       "or not a number); mapper placed or sized them itself: {names}"),
                   limit=format_number(MAX_COORDINATE), names=quoted_list(names))


class Tally(dict):
    """How many times an importer did each thing it warns about, kept in one place so the
    warnings can say "3 arrows" afterwards: ``tally.add("reversed")``, then
    ``tally["reversed"]`` (0 for a thing that never happened).

    ``sentences`` then writes one warning per key.
    """

    def __missing__(self, what: str) -> int:
        return 0

    def add(self, what: str, n: int = 1) -> None:
        self[what] = self[what] + n

    def sentences(self, words: Callable[[str, int], str]) -> list[str]:
        """One warning per key, in the keys' alphabetical order: ``words(key, n)`` writes it
        (translated, in the form the language takes for ``n``, e.g. with ``counted``)."""
        return [words(what, n) for what, n in sorted(self.items())]


class MapBuilder:
    """Collects steps and arrows keyed by source ids and builds a valid ``SystemMap``."""

    def __init__(self, title: str = "", keep_ids: bool = False) -> None:
        self.title = title
        self.keep_ids = keep_ids  # the file came from mapper: its ids are already step ids
        self.steps: dict[str, Step] = {}          # source key -> step, in insertion order
        self._taken: set[str] = set()
        self.arrows: list[Arrow] = []
        self.out_of_bounds: list[str] = []   # texts (or ids) of shapes with absurd numbers

    def has(self, key: str) -> bool:
        return key in self.steps

    def step(self, key: str) -> Step:
        return self.steps[key]

    def add_step(self, key: str, kind: str, text: str = "", **fields: Any) -> Step:
        """Add a step for the source element ``key``; its id is ``key`` made safe and unique."""
        base = key if self.keep_ids and key else safe_id(key)
        sid = fresh_id(base, self._taken, joiner="_", first=2)
        fields, changed = bounded_geometry(fields)
        if changed:
            self.out_of_bounds.append(text or key)
        step = Step(id=sid, kind=kind, text=text, **fields)
        self.steps[key] = step
        return step

    def remove_step(self, key: str) -> None:
        step = self.steps.pop(key)
        self.arrows = [a for a in self.arrows if step.id not in (a.source, a.target)]

    def add_arrow(self, source_key: str, target_key: str, label: str = "",
                  waypoints: Iterable[tuple[float, float]] = (), **fields: Any) -> Arrow:
        bends = bounded_points(waypoints)
        if bends is None:
            bends = []   # a bend far outside the drawing: the arrow is routed afresh
            ends = (self.steps[source_key], self.steps[target_key])
            self.out_of_bounds.append(" → ".join(s.text.strip() or s.id for s in ends))
        arrow = Arrow(id=f"a{len(self.arrows) + 1}", source=self.steps[source_key].id,
                      target=self.steps[target_key].id, label=label, waypoints=bends, **fields)
        self.arrows.append(arrow)
        return arrow

    def ends_by_name(self, warnings: list[str]) -> None:
        """Boxes that say "Start" or "End" where the flow starts or ends are start/end points.

        People draw them as plain boxes more often than not; the words and the arrows
        agree, so the map gets the start and end it plainly has.
        """
        ins = {a.target for a in self.arrows}
        outs = {a.source for a in self.arrows}
        changed = []
        for s in self.steps.values():
            if s.kind not in ("activity", "note"):
                continue
            word = " ".join(s.text.split()).casefold().strip(" .!:")
            if (word in START_WORDS and s.id in outs and s.id not in ins) or \
                    (word in END_WORDS and s.id in ins and s.id not in outs):
                s.kind = "terminator"
                changed.append(s)
        warn_about(warnings, len(changed),
                   translate("Import", "{n} box that says where the flow starts or ends became a "
                                       "start/end point: {names}"),
                   translate("Import", "{n} boxes that say where the flow starts or ends became "
                                       "start/end points: {names}"),
                   names=quoted_list([s.text for s in changed]))

    def boxes_as_decisions(self, warnings: list[str]) -> None:
        """A box with two or more labelled arrows out ("Yes", "No") asks a question: a decision.

        People often draw the question in a plain box and label the ways out; mapper's
        decision is that step, and its rules then check the answers.
        """
        labelled: dict[str, set[str]] = {}
        for a in self.arrows:
            if a.label.strip():
                labelled.setdefault(a.source, set()).add(" ".join(a.label.split()).casefold())
        changed = [s for s in self.steps.values() if s.kind == "activity" and len(labelled.get(s.id, ())) >= 2]
        for s in changed:
            s.kind = "decision"
        warn_about(warnings, len(changed),
                   translate("Import", "{n} box with two or more labelled arrows out became a "
                                       "decision: {names}"),
                   translate("Import", "{n} boxes with two or more labelled arrows out became "
                                       "decisions: {names}"),
                   names=quoted_list([s.text for s in changed]))

    def ends_in_the_flow(self, warnings: list[str], keys: Iterable[str]) -> None:
        """The steps of ``keys`` drawn as start/end shapes that have arrows both in and out: activities.

        A start or end point is where the flow starts or stops; in the middle of the flow the
        shape is only how the author drew a step.
        """
        ins = {a.target for a in self.arrows}
        outs = {a.source for a in self.arrows}
        changed = [s for k in keys if k in self.steps for s in [self.steps[k]]
                   if s.kind == "terminator" and s.id in ins and s.id in outs]
        for s in changed:
            s.kind = "activity"
        warn_about(warnings, len(changed),
                   translate("Import", "{n} start/end shape in the middle of the flow became an "
                                       "activity (a start or end point has arrows only out or only "
                                       "in): {names}"),
                   translate("Import", "{n} start/end shapes in the middle of the flow became "
                                       "activities (a start or end point has arrows only out or only "
                                       "in): {names}"),
                   names=quoted_list([s.text for s in changed]))

    def build(self, warnings: list[str]) -> SystemMap:
        """The map. Notes that arrows touch become activities (and the warnings say so)."""
        touched = {a.source for a in self.arrows} | {a.target for a in self.arrows}
        promoted = [s for s in self.steps.values() if s.kind == "note" and s.id in touched]
        for s in promoted:
            s.kind = "activity"
        warn_about(warnings, len(promoted),
                   translate("Import", "{n} note with arrows became an activity (notes take no part "
                                       "in the flow): {names}"),
                   translate("Import", "{n} notes with arrows became activities (notes take no part "
                                       "in the flow): {names}"),
                   names=quoted_list([s.text for s in promoted], limit=5))
        if self.out_of_bounds:
            warnings.append(absurd_numbers_warning(self.out_of_bounds))
        # Arrow ids are renumbered so they stay a1, a2... in document order.
        arrows = [a.model_copy(update={"id": f"a{i}"}) for i, a in enumerate(self.arrows, 1)]
        return SystemMap(title=self.title, steps=list(self.steps.values()), arrows=arrows)

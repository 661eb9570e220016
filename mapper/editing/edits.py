"""The canvas's edits as plain functions: an intent (paste this, add the next step
that way, align these on their left edges...) becomes model operations. No Qt:
shapes are ``Box`` es the canvas measures, and "is this spot free?" is a question
the canvas answers from its scene (``is_free``). The canvas applies what comes
back through the document (one undo step each) and selects the new ids.

Refused intents raise ``EditRefused`` with a sentence for the status bar.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Callable, Iterable

from mapper.i18n import translate
from mapper.i18n.stages import kind_name
from mapper.model import (AddArrow, AddStep, Arrow, Batch, MoveSteps, SetArrowFields, SetStepFields, Step,
                          SystemMap, map_from_document, map_to_document)
from mapper.model.ids import fresh_id
from mapper.model.schema import DEFAULT_SIZE

from .flow_keys import BRANCH_LABELS, connect_arrow, next_branch_label

#: The snapping grid of the canvas.
GRID = 20.0
#: Space between a step and the next one quick-add creates.
GAP_X = 80.0
GAP_Y = 60.0
#: Room kept between a pasted or duplicated shape and the shapes already there.
PASTE_CLEARANCE = 10.0


class EditRefused(ValueError):
    """An intent that makes no sense on this map; the message is for the status bar."""


@dataclass(frozen=True)
class Box:
    """A shape's bounding box on the canvas (scene coordinates)."""
    left: float
    top: float
    width: float
    height: float

    @classmethod
    def around(cls, x: float, y: float, w: float, h: float) -> "Box":
        return cls(x - w / 2, y - h / 2, w, h)

    @property
    def right(self) -> float:
        return self.left + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height

    @property
    def cx(self) -> float:
        return self.left + self.width / 2

    @property
    def cy(self) -> float:
        return self.top + self.height / 2

    def moved(self, dx: float, dy: float) -> "Box":
        return Box(self.left + dx, self.top + dy, self.width, self.height)

    def grown(self, margin: float) -> "Box":
        return Box(self.left - margin, self.top - margin, self.width + 2 * margin, self.height + 2 * margin)

    def intersects(self, other: "Box") -> bool:
        return (self.left < other.right and other.left < self.right
                and self.top < other.bottom and other.top < self.bottom)


def union(boxes: Iterable[Box]) -> Box | None:
    boxes = list(boxes)
    if not boxes:
        return None
    left, top = min(b.left for b in boxes), min(b.top for b in boxes)
    right, bottom = max(b.right for b in boxes), max(b.bottom for b in boxes)
    return Box(left, top, right - left, bottom - top)


#: "Is there no shape in this box?", answered by whoever knows the shapes (the canvas's scene).
IsFree = Callable[[Box], bool]


def snap_point(x: float, y: float, snap: bool) -> tuple[float, float]:
    if not snap:
        return x, y
    return round(x / GRID) * GRID, round(y / GRID) * GRID


# -- moving -------------------------------------------------------------------------------
def move(m: SystemMap, positions: dict[str, tuple[float, float]], merge_key=None, text: str = "") -> MoveSteps:
    """Move steps; the arrows of the moved steps drop their waypoints in the same
    operation, so they re-route."""
    moved = set(positions)
    waypoints = {a.id: [] for a in m.arrows if a.waypoints and (a.source in moved or a.target in moved)}
    op = MoveSteps(positions, merge_key=merge_key, waypoints=waypoints)
    op.text = text or translate("Edits", "Move")
    return op


def nudge(m: SystemMap, ids: list[str], direction: str, big: bool, snap: bool) -> MoveSteps | None:
    """Arrow keys: one grid step (five with Shift); with the grid on, onto the next
    grid line that way (a step off the grid lands on it), the others keeping their
    distance to the first."""
    if not ids:
        return None
    step = (GRID if snap else 1.0) * (5 if big else 1)
    dx, dy = {"right": (step, 0), "left": (-step, 0), "up": (0, -step), "down": (0, step)}[direction]
    if snap:
        first = m.step(ids[0])
        x, y = first.x or 0.0, first.y or 0.0
        if dx:
            lines = math.floor(x / GRID + 1e-9) if dx > 0 else math.ceil(x / GRID - 1e-9)
            dx = (lines + dx / GRID) * GRID - x
        if dy:
            lines = math.floor(y / GRID + 1e-9) if dy > 0 else math.ceil(y / GRID - 1e-9)
            dy = (lines + dy / GRID) * GRID - y
    positions = {sid: ((m.step(sid).x or 0) + dx, (m.step(sid).y or 0) + dy) for sid in ids}
    return move(m, positions, text=translate("Edits", "Nudge"))


def align(m: SystemMap, boxes: dict[str, Box], edge: str) -> MoveSteps | None:
    """Line the steps (their drawn ``boxes``) up on a common edge or centre line:
    "left", "right", "top", "bottom", "hcenter" or "vcenter"."""
    if len(boxes) < 2:
        return None
    around = union(boxes.values())
    positions = {}
    for sid, r in boxes.items():
        x, y = m.step(sid).x or 0.0, m.step(sid).y or 0.0
        if edge == "left":
            x = around.left + r.width / 2
        elif edge == "right":
            x = around.right - r.width / 2
        elif edge == "top":
            y = around.top + r.height / 2
        elif edge == "bottom":
            y = around.bottom - r.height / 2
        elif edge == "hcenter":
            x = around.cx
        elif edge == "vcenter":
            y = around.cy
        else:
            raise ValueError(f"unknown edge {edge!r}")
        positions[sid] = (x, y)
    return move(m, positions, text=translate("Edits", "Align"))


def distribute(m: SystemMap, boxes: dict[str, Box], axis: str) -> MoveSteps | None:
    """Space the steps with equal gaps between their shapes, across ("h") or down ("v")."""
    if len(boxes) < 3:
        return None
    horizontal = axis == "h"
    order = sorted(boxes, key=lambda s: boxes[s].cx if horizontal else boxes[s].cy)
    size = (lambda r: r.width) if horizontal else (lambda r: r.height)
    first, last = boxes[order[0]], boxes[order[-1]]
    span = (last.right - first.left) if horizontal else (last.bottom - first.top)
    gap = (span - sum(size(boxes[s]) for s in order)) / (len(order) - 1)
    at = first.left if horizontal else first.top
    positions = {}
    for sid in order:
        r = boxes[sid]
        c = at + size(r) / 2
        s = m.step(sid)
        positions[sid] = (c, s.y or 0.0) if horizontal else (s.x or 0.0, c)
        at += size(r) + gap
    return move(m, positions, text=translate("Edits", "Distribute"))


# -- adding -------------------------------------------------------------------------------
def add_step(m: SystemMap, kind: str, x: float, y: float) -> tuple[AddStep, str]:
    sid = m.unused_step_id(kind)
    return AddStep(Step(id=sid, kind=kind, x=x, y=y)), sid


def set_kind(m: SystemMap, ids: list[str], kind: str) -> Batch | None:
    """Make the steps ``kind`` (those not already so)."""
    ops = [SetStepFields(sid, {"kind": kind}) for sid in ids if m.step(sid).kind != kind]
    if not ops:
        return None
    return Batch(ops, translate("Edits", "Make {kind}").format(kind=kind_name(kind)))


def add_connected(m: SystemMap, source_id: str, kind: str, x: float, y: float) -> tuple[Batch, str]:
    """A new step of ``kind`` at (x, y) with an arrow to it from ``source_id``
    (labelled Yes, then No, out of a decision). Quick-add and the drop of a new
    arrow in empty space both come here."""
    source = m.step(source_id)
    if source is not None and source.kind == "note":
        raise EditRefused(translate("Edits", "Notes take no part in the flow; select a step to add the next one."))
    sid = m.unused_step_id(kind)
    ops = [AddStep(Step(id=sid, kind=kind, x=x, y=y)),
           AddArrow(Arrow(id=m.unused_arrow_id(), source=source_id, target=sid,
                          label=next_branch_label(m, source_id)))]
    return Batch(ops, translate("Edits", "Add Next Step")), sid


def next_place(source: Box, kind: str, direction: str, is_free: IsFree, snap: bool) -> tuple[float, float]:
    """Where quick-add puts the next step of ``kind``: beside ``source`` that way,
    moved sideways until it covers no shape, kept in line when it could be."""
    w, h = DEFAULT_SIZE[kind]
    cx, cy = source.cx, source.cy
    if direction == "right":
        cx = source.right + GAP_X + w / 2
    elif direction == "left":
        cx = source.left - GAP_X - w / 2
    elif direction == "down":
        cy = source.bottom + GAP_Y + h / 2
    else:
        cy = source.top - GAP_Y - h / 2
    x, y = cx, cy
    for _ in range(30):
        if is_free(Box.around(x, y, w, h).grown(10)):
            break
        if direction in ("right", "left"):
            y += h + GAP_Y / 2
        else:
            x += w + GAP_X / 2
    x, y = snap_point(x, y, snap)
    if direction in ("right", "left"):
        y = cy if abs(y - cy) < GRID else y
    else:
        x = cx if abs(x - cx) < GRID else x
    return x, y


def flow_direction(m: SystemMap, step_id: str | None) -> str:
    """Where "next" is after ``step_id``: onward from the arrow that led to it (right by default)."""
    s = m.step(step_id) if step_id else None
    if s is None:
        return "right"
    for a in m.arrows:
        if a.target == s.id and a.source != s.id:
            p = m.step(a.source)
            dx, dy = (s.x or 0) - (p.x or 0), (s.y or 0) - (p.y or 0)
            if abs(dx) >= abs(dy):
                return "right" if dx >= 0 else "left"
            return "down" if dy > 0 else "up"
    return "right"


def connect(m: SystemMap, source_id: str, target_id: str) -> AddArrow:
    """An arrow from one step to another, labelled Yes, then No, out of a decision."""
    op = connect_arrow(m, source_id, target_id)
    if op is None:
        raise EditRefused(translate("Edits", "Notes take no part in the flow, so arrows cannot touch them."))
    op.text = translate("Edits", "Connect")
    return op


# -- typing -------------------------------------------------------------------------------
def keep_text(m: SystemMap, step_id: str, text: str, fresh: bool) -> SetStepFields | None:
    """The typed text of a step kept; a fresh activity whose text asks a question becomes a decision."""
    step = m.step(step_id)
    if step is None:
        return None
    values = {}
    if text != step.text:
        values["text"] = text
    if fresh and step.kind == "activity" and text.endswith("?"):
        values["kind"] = "decision"
    if not values:
        return None
    op = SetStepFields(step_id, values)
    op.text = translate("Edits", "Edit Text")
    return op


def keep_label(m: SystemMap, arrow_id: str, text: str) -> SetArrowFields | None:
    arrow = m.arrow(arrow_id)
    if arrow is None or text == arrow.label:
        return None
    op = SetArrowFields(arrow_id, {"label": text})
    op.text = translate("Edits", "Edit Label")
    return op


# -- the clipboard --------------------------------------------------------------------------
def fragment(m: SystemMap, ids: Iterable[str]) -> tuple[bytes, str] | None:
    """The steps and the arrows among them as mapper JSON (what is copied), plus their texts."""
    ids = set(ids)
    if not ids:
        return None
    steps = [s for s in m.steps if s.id in ids]
    arrows = [a for a in m.arrows if a.source in ids and a.target in ids]
    doc = map_to_document(SystemMap(steps=steps, arrows=arrows))
    data = json.dumps({"steps": doc["steps"], "arrows": doc["arrows"]}, ensure_ascii=False).encode("utf-8")
    return data, "\n".join(s.text for s in steps if s.text)


def read_fragment(data: bytes) -> SystemMap:
    """A copied piece back as a small map; ``EditRefused`` when it is not one."""
    try:
        doc = json.loads(data.decode("utf-8"))
        return map_from_document({"format": "mapper/system-map", "schema_version": 1,
                                  "steps": doc.get("steps", []), "arrows": doc.get("arrows", [])}, "clipboard")
    except Exception:  # anything on the clipboard that is not a mapper fragment
        raise EditRefused(translate("Edits", "The clipboard does not hold mapper steps.")) from None


def free_offset(boxes: list[Box], in_place: bool, is_free: IsFree, snap: bool) -> tuple[float, float]:
    """How far to move a pasted or duplicated piece (its shapes' ``boxes``) so that
    none covers a shape already there: not at all when its own spot is free
    (``in_place``: a paste after a cut, or into another map), else straight down by
    its height and a gap, again and again, to the first free spot."""
    around = union(boxes)
    if around is None:
        return 0.0, 0.0
    step = around.height + GAP_Y
    if snap:
        step = math.ceil(step / GRID) * GRID
    k = 0 if in_place else 1
    while k < 1000 and not all(is_free(b.moved(0.0, k * step).grown(PASTE_CLEARANCE)) for b in boxes):
        k += 1
    return 0.0, k * step


def paste_piece(m: SystemMap, piece: SystemMap, dx: float, dy: float) -> tuple[Batch, list[str]]:
    """The piece added with fresh ids, moved by (dx, dy), the arrows among its steps kept."""
    taken_steps = {s.id for s in m.steps}
    taken_arrows = {a.id for a in m.arrows}
    new_ids: dict[str, str] = {}
    ops = []
    for s in piece.steps:
        nid = fresh_id(s.id, taken_steps, renumber=True)
        new_ids[s.id] = nid
        x = None if s.x is None else s.x + dx
        y = None if s.y is None else s.y + dy
        ops.append(AddStep(s.model_copy(update={"id": nid, "x": x, "y": y})))
    for a in piece.arrows:
        aid = fresh_id("a", taken_arrows, always_number=True, renumber=True)
        wps = [(px + dx, py + dy) for px, py in a.waypoints]
        ops.append(AddArrow(a.model_copy(update={"id": aid, "source": new_ids[a.source],
                                                 "target": new_ids[a.target], "waypoints": wps})))
    return Batch(ops, translate("Edits", "Paste")), list(new_ids.values())


def paste_tasks(m: SystemMap, tasks, x: float, y: float,
                width_of: Callable[[Step], float]) -> tuple[Batch, list[str]]:
    """A brainstormed list (``formats.brainstorm.parse_tasks``) as steps chained
    left to right from (x, y) with arrows; the arrow out of a question is "Yes".
    ``width_of`` says how wide a step is drawn (its text grows it)."""
    taken_steps = {s.id for s in m.steps}
    taken_arrows = {a.id for a in m.arrows}
    ops, ids = [], []
    prev_right = None
    for task in tasks:
        sid = fresh_id(task.kind, taken_steps, renumber=True)
        probe = Step(id=sid, kind=task.kind, text=task.text, checklist=task.checklist, x=0, y=0)
        w = width_of(probe)
        if prev_right is not None:
            x = prev_right + GAP_X + w / 2
        ops.append(AddStep(probe.model_copy(update={"x": x, "y": y})))
        if ids:
            label = BRANCH_LABELS[0] if tasks[len(ids) - 1].kind == "decision" else ""
            ops.append(AddArrow(Arrow(id=fresh_id("a", taken_arrows, always_number=True, renumber=True),
                                      source=ids[-1], target=sid, label=label)))
        ids.append(sid)
        prev_right = x + w / 2
    return Batch(ops, translate("Edits", "Paste")), ids

"""Reversible edit operations: the only way a map changes.

Each operation is a small object with ``apply(map)`` and ``undo(map)``; both
return a ``Change`` saying which steps and arrows were touched, so a view can
update just those. Applying then undoing gives back the identical map (same
objects' fields, same list order). The editor's QUndoStack wraps these; the
CLI, importers and tests use them directly.

Operations capture what they need to undo on first ``apply`` and refuse bad
edits with ``EditError`` before anything changes.
"""

from __future__ import annotations

import abc
import copy
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import ValidationError

from mapper.i18n import translate
from .schema import Arrow, MetricsLogEntry, Step, SystemMap


class EditError(ValueError):
    """An edit that would break the map (unknown id, arrow to a note...)."""


@dataclass
class Change:
    """What an operation touched. Ids only; look the objects up in the map."""

    steps_added: list[str] = field(default_factory=list)
    steps_removed: list[str] = field(default_factory=list)
    steps_changed: list[str] = field(default_factory=list)
    arrows_added: list[str] = field(default_factory=list)
    arrows_removed: list[str] = field(default_factory=list)
    arrows_changed: list[str] = field(default_factory=list)
    map_changed: bool = False
    #: True when only positions/geometry changed (analysis of flow is unaffected
    #: except the "overlap" rule).
    geometry_only: bool = False

    def merge(self, other: "Change") -> "Change":
        for name in ("steps_added", "steps_removed", "steps_changed",
                     "arrows_added", "arrows_removed", "arrows_changed"):
            getattr(self, name).extend(getattr(other, name))
        self.map_changed = self.map_changed or other.map_changed
        self.geometry_only = self.geometry_only and other.geometry_only
        return self


class Operation(abc.ABC):
    """Base class. Subclasses implement ``apply`` and ``undo``."""

    #: Short description for the Edit menu ("Undo Move").
    text: str = "Edit"

    @abc.abstractmethod
    def apply(self, m: SystemMap) -> Change:
        """Make the change; return what it touched."""

    @abc.abstractmethod
    def undo(self, m: SystemMap) -> Change:
        """Reverse ``apply`` exactly; return what it touched."""


def _require_step(m: SystemMap, step_id: str) -> int:
    i = m.step_index(step_id)
    if i is None:
        raise EditError(translate("Edit", 'there is no step "{id}"').format(id=step_id))
    return i


def _require_arrow(m: SystemMap, arrow_id: str) -> int:
    i = m.arrow_index(arrow_id)
    if i is None:
        raise EditError(translate("Edit", 'there is no arrow "{id}"').format(id=arrow_id))
    return i


class AddStep(Operation):
    text = "Add Step"

    def __init__(self, step: Step, index: int | None = None) -> None:
        self.step = step
        self.index = index

    def apply(self, m: SystemMap) -> Change:
        if m.step_index(self.step.id) is not None:
            raise EditError(translate("Edit", 'a step "{id}" already exists').format(id=self.step.id))
        i = len(m.steps) if self.index is None else max(0, min(self.index, len(m.steps)))
        m.steps.insert(i, self.step)
        self.index = i
        return Change(steps_added=[self.step.id])

    def undo(self, m: SystemMap) -> Change:
        i = _require_step(m, self.step.id)
        del m.steps[i]
        return Change(steps_removed=[self.step.id])


class AddArrow(Operation):
    text = "Connect"

    def __init__(self, arrow: Arrow, index: int | None = None) -> None:
        self.arrow = arrow
        self.index = index

    def apply(self, m: SystemMap) -> Change:
        if m.arrow_index(self.arrow.id) is not None:
            raise EditError(translate("Edit", 'an arrow "{id}" already exists').format(id=self.arrow.id))
        for end in (self.arrow.source, self.arrow.target):
            i = _require_step(m, end)
            if m.steps[i].kind == "note":
                raise EditError(translate("Edit", "notes take no part in the flow; arrows may not touch them"))
        i = len(m.arrows) if self.index is None else max(0, min(self.index, len(m.arrows)))
        m.arrows.insert(i, self.arrow)
        self.index = i
        return Change(arrows_added=[self.arrow.id])

    def undo(self, m: SystemMap) -> Change:
        i = _require_arrow(m, self.arrow.id)
        del m.arrows[i]
        return Change(arrows_removed=[self.arrow.id])


class RemoveArrow(Operation):
    text = "Disconnect"

    def __init__(self, arrow_id: str) -> None:
        self.arrow_id = arrow_id
        self.arrow: Arrow | None = None
        self.index: int | None = None

    def apply(self, m: SystemMap) -> Change:
        i = _require_arrow(m, self.arrow_id)
        self.arrow, self.index = m.arrows[i], i
        del m.arrows[i]
        return Change(arrows_removed=[self.arrow_id])

    def undo(self, m: SystemMap) -> Change:
        assert self.arrow is not None and self.index is not None
        m.arrows.insert(self.index, self.arrow)
        return Change(arrows_added=[self.arrow_id])


class RemoveStep(Operation):
    """Remove a step together with every arrow touching it: one undo brings all back."""

    text = "Delete"

    def __init__(self, step_id: str) -> None:
        self.step_id = step_id
        self.step: Step | None = None
        self.index: int | None = None
        self.removed_arrows: list[tuple[int, Arrow]] = []

    def apply(self, m: SystemMap) -> Change:
        i = _require_step(m, self.step_id)
        self.step, self.index = m.steps[i], i
        self.removed_arrows = [(n, a) for n, a in enumerate(m.arrows)
                               if a.source == self.step_id or a.target == self.step_id]
        gone = {id(a) for _, a in self.removed_arrows}
        if gone:
            m.arrows[:] = [a for a in m.arrows if id(a) not in gone]
        del m.steps[i]
        return Change(steps_removed=[self.step_id], arrows_removed=[a.id for _, a in self.removed_arrows])

    def undo(self, m: SystemMap) -> Change:
        assert self.step is not None and self.index is not None
        m.steps.insert(self.index, self.step)
        for n, a in self.removed_arrows:  # ascending positions: each lands where it was
            m.arrows.insert(n, a)
        return Change(steps_added=[self.step_id], arrows_added=[a.id for _, a in self.removed_arrows])


class MoveSteps(Operation):
    """Move steps to new centres. Merges with the next move of the same steps
    (a whole drag is one undo step) when ``merge_key`` matches."""

    text = "Move"

    def __init__(self, positions: dict[str, tuple[float, float]], merge_key: Any = None,
                 waypoints: dict[str, list[tuple[float, float]]] | None = None) -> None:
        self.positions = dict(positions)
        self.merge_key = merge_key
        self.waypoints = dict(waypoints or {})
        self.old: dict[str, tuple[float | None, float | None]] = {}
        self.old_waypoints: dict[str, list[tuple[float, float]]] = {}

    def apply(self, m: SystemMap) -> Change:
        for sid in self.positions:
            _require_step(m, sid)
        for aid in self.waypoints:
            _require_arrow(m, aid)
        first = not self.old and not self.old_waypoints
        for sid, (x, y) in self.positions.items():
            s = m.steps[m.step_index(sid)]
            if first:
                self.old[sid] = (s.x, s.y)
            s.x, s.y = float(x), float(y)
        for aid, pts in self.waypoints.items():
            a = m.arrows[m.arrow_index(aid)]
            if first:
                self.old_waypoints[aid] = list(a.waypoints)
            a.waypoints = [(float(px), float(py)) for px, py in pts]
        return Change(steps_changed=list(self.positions), arrows_changed=list(self.waypoints),
                      geometry_only=True)

    def undo(self, m: SystemMap) -> Change:
        for sid, (x, y) in self.old.items():
            s = m.steps[_require_step(m, sid)]
            s.x, s.y = x, y
        for aid, pts in self.old_waypoints.items():
            m.arrows[_require_arrow(m, aid)].waypoints = list(pts)
        return Change(steps_changed=list(self.old), arrows_changed=list(self.old_waypoints),
                      geometry_only=True)

    def merge(self, later: "MoveSteps") -> bool:
        """Absorb a later move of the same drag (already applied). True when merged."""
        if self.merge_key is None or later.merge_key != self.merge_key:
            return False
        for sid, pos in later.positions.items():
            self.positions[sid] = pos
            self.old.setdefault(sid, later.old.get(sid, pos))
        for aid, pts in later.waypoints.items():
            self.waypoints[aid] = pts
            self.old_waypoints.setdefault(aid, later.old_waypoints.get(aid, pts))
        return True


_GEOMETRY_FIELDS = {"x", "y", "width", "height", "waypoints", "label_pos"}


class _SetFields(Operation):
    def __init__(self, target_id: str, values: dict[str, Any]) -> None:
        self.target_id = target_id
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    @abc.abstractmethod
    def _target(self, m: SystemMap):
        """The step or arrow whose fields change."""

    def _check(self, m: SystemMap, obj) -> None:
        pass

    def _check_names(self, obj) -> None:
        fields = type(obj).model_fields
        for k in self.values:
            if k not in fields or k == "id":
                raise EditError(translate("Edit", '"{field}" is not a field that can be changed here')
                                .format(field=k))

    def _set(self, m: SystemMap, values: dict[str, Any]) -> None:
        obj = self._target(m)
        # Validate the new values with the model itself so bad values never land.
        candidate = obj.model_copy(update=values)
        try:
            type(obj).model_validate(candidate.model_dump())
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            where = ".".join(str(p) for p in err.get("loc", ()))
            raise EditError(f"{where}: {err.get('msg', 'not a valid value')}") from None
        self._check(m, candidate)
        for k, v in values.items():
            setattr(obj, k, copy.deepcopy(v))

    def apply(self, m: SystemMap) -> Change:
        obj = self._target(m)
        self._check_names(obj)
        if not self.old:
            self.old = {k: copy.deepcopy(getattr(obj, k)) for k in self.values}
        self._set(m, self.values)
        return self._change()

    def undo(self, m: SystemMap) -> Change:
        self._set(m, self.old)
        return self._change()

    @abc.abstractmethod
    def _change(self) -> Change:
        """What a change of these fields touched."""


class SetStepFields(_SetFields):
    """Change any fields of a step (text, kind, owner, metric...)."""

    text = "Change Step"

    def _target(self, m: SystemMap) -> Step:
        return m.steps[_require_step(m, self.target_id)]

    def _check(self, m: SystemMap, candidate: Step) -> None:
        if candidate.kind == "note" and any(
                a.source == self.target_id or a.target == self.target_id for a in m.arrows):
            raise EditError(translate("Edit", "a step with arrows cannot become a note; remove its arrows first"))

    def _change(self) -> Change:
        return Change(steps_changed=[self.target_id],
                      geometry_only=set(self.values) <= _GEOMETRY_FIELDS)


class SetArrowFields(_SetFields):
    """Change an arrow's label, probability, ends or route."""

    text = "Change Arrow"

    def _target(self, m: SystemMap) -> Arrow:
        return m.arrows[_require_arrow(m, self.target_id)]

    def _check(self, m: SystemMap, candidate: Arrow) -> None:
        for end in (candidate.source, candidate.target):
            i = _require_step(m, end)
            if m.steps[i].kind == "note":
                raise EditError(translate("Edit", "notes take no part in the flow; arrows may not touch them"))

    def _change(self) -> Change:
        return Change(arrows_changed=[self.target_id],
                      geometry_only=set(self.values) <= _GEOMETRY_FIELDS)


class SetMapFields(Operation):
    """Change the map's title, system, description, currency, direction, lanes,
    priorities or metrics log."""

    text = "Change Map"
    _ALLOWED = {"title", "system", "description", "currency", "direction", "lanes", "priorities", "metrics_log"}

    def __init__(self, values: dict[str, Any]) -> None:
        bad = set(values) - self._ALLOWED
        if bad:
            raise EditError(translate("Edit", "cannot change {fields} here").format(fields=', '.join(sorted(bad))))
        self.values = dict(values)
        self.old: dict[str, Any] = {}

    def _set(self, m: SystemMap, values: dict[str, Any]) -> None:
        def plain(v: Any) -> Any:
            if isinstance(v, list):
                return [e.model_dump() if hasattr(e, "model_dump") else e for e in v]
            return v
        probe = SystemMap.model_validate({k: plain(v) for k, v in values.items()})
        for k in values:
            setattr(m, k, copy.deepcopy(getattr(probe, k)))

    def apply(self, m: SystemMap) -> Change:
        if not self.old:
            self.old = {k: copy.deepcopy(getattr(m, k)) for k in self.values}
        self._set(m, self.values)
        return Change(map_changed=True)

    def undo(self, m: SystemMap) -> Change:
        self._set(m, self.old)
        return Change(map_changed=True)


class SetLogValues(Operation):
    """Record numbers in the metrics log: ``{week: {key: value or None}}``.

    A key is a step id (counted at that step) or an arrow id (went that way);
    None removes the value, and a week left with no values disappears. One
    operation for any number of cells, so a pasted column is one undo step.
    """

    text = "Record Numbers"

    def __init__(self, values: dict[str, dict[str, float | None]]) -> None:
        self.values = {w: dict(v) for w, v in values.items()}

    def _check(self, m: SystemMap) -> None:
        from math import isfinite

        from .weeks import parse_week
        keys = {s.id for s in m.steps} | {a.id for a in m.arrows}
        for week, cells in self.values.items():
            if parse_week(week) is None:
                raise EditError(translate("Edit", '"{week}" is not a week that exists').format(week=week))
            for key, value in cells.items():
                if key not in keys:
                    raise EditError(translate("Edit", '"{key}" names no step or arrow in this map').format(key=key))
                if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))
                                          or not isfinite(value)):
                    raise EditError(translate("Edit", 'the value for "{key}" in {week} must be a finite number')
                                    .format(key=key, week=week))

    def apply(self, m: SystemMap) -> Change:
        self._check(m)
        # Undo keeps the old entry list (same objects, same order) and a copy of each
        # touched week's values (same key order): cheap even on years of log, and exact.
        self.old_entries = list(m.metrics_log)
        self.old_values: list[tuple[MetricsLogEntry, dict[str, float]]] = []
        entries = {e.week: e for e in m.metrics_log}
        for week, cells in self.values.items():
            entry = entries.get(week)
            if entry is None:
                entry = entries[week] = MetricsLogEntry(week=week)
                m.metrics_log.append(entry)
            self.old_values.append((entry, entry.values))
            # A new dict, never one changed in place: a snapshot the analysis reads on
            # another thread shares the old one.
            values = dict(entry.values)
            for key, value in cells.items():
                if value is None:
                    values.pop(key, None)
                else:
                    values[key] = float(value)
            entry.values = values
        m.metrics_log[:] = sorted((e for e in m.metrics_log if e.values), key=lambda e: e.week)
        return Change(map_changed=True)

    def undo(self, m: SystemMap) -> Change:
        for entry, values in reversed(self.old_values):
            entry.values = values
        m.metrics_log[:] = self.old_entries
        return Change(map_changed=True)


class Batch(Operation):
    """Several operations as one undo step (paste, delete selection, tidy up)."""

    def __init__(self, operations: Iterable[Operation], text: str = "Edit") -> None:
        self.operations = list(operations)
        self.text = text

    def apply(self, m: SystemMap) -> Change:
        change = Change(geometry_only=True)
        done: list[Operation] = []
        try:
            for op in self.operations:
                change.merge(op.apply(m))
                done.append(op)
        except Exception:
            for op in reversed(done):  # leave the map as it was
                op.undo(m)
            raise
        if not self.operations:
            change.geometry_only = False
        return change

    def undo(self, m: SystemMap) -> Change:
        change = Change(geometry_only=True)
        for op in reversed(self.operations):
            change.merge(op.undo(m))
        if not self.operations:
            change.geometry_only = False
        return change


def remove_steps(m: SystemMap, step_ids: Iterable[str], arrow_ids: Iterable[str] = ()) -> Batch:
    """One operation deleting a selection: the arrows first, then the steps (with theirs)."""
    step_ids = [s for s in step_ids if m.step_index(s) is not None]
    doomed = set(step_ids)
    arrows = [a for a in arrow_ids if m.arrow_index(a) is not None
              and m.arrow(a).source not in doomed and m.arrow(a).target not in doomed]
    ops: list[Operation] = [RemoveArrow(a) for a in arrows]
    ops += [RemoveStep(s) for s in step_ids]
    return Batch(ops, "Delete")


def set_layout(m: SystemMap, positions: dict[str, tuple[float, float]],
               waypoints: dict[str, list[tuple[float, float]]] | None = None) -> MoveSteps:
    """One operation applying a computed layout (positions and arrow routes)."""
    op = MoveSteps(positions, waypoints=waypoints)
    op.text = "Tidy Up"
    return op


class ReplaceContent(Operation):
    """Replace everything in the map by another map's content, in place (the
    editor keeps its map object): reloading a file someone else changed is one
    undoable step, and undo gives back the version that was open before.

    The change names every step and arrow removed, added or kept (kept ones
    may have changed), so the views update only those.
    """

    text = "Reload from Disk"

    def __init__(self, new: SystemMap, text: str | None = None) -> None:
        self.new = {k: getattr(new, k) for k in SystemMap.model_fields}
        self.old: dict[str, Any] = {}
        if text:
            self.text = text

    @staticmethod
    def _change(before: dict[str, Any], after: dict[str, Any]) -> Change:
        old_steps = [s.id for s in before["steps"]]
        new_steps = dict.fromkeys(s.id for s in after["steps"])
        old_arrows = [a.id for a in before["arrows"]]
        new_arrows = dict.fromkeys(a.id for a in after["arrows"])
        return Change(steps_removed=[s for s in old_steps if s not in new_steps],
                      steps_added=[s for s in new_steps if s not in set(old_steps)],
                      steps_changed=[s for s in old_steps if s in new_steps],
                      arrows_removed=[a for a in old_arrows if a not in new_arrows],
                      arrows_added=[a for a in new_arrows if a not in set(old_arrows)],
                      arrows_changed=[a for a in old_arrows if a in new_arrows],
                      map_changed=True)

    def _set(self, m: SystemMap, values: dict[str, Any]) -> None:
        for k, v in values.items():
            setattr(m, k, v)

    def apply(self, m: SystemMap) -> Change:
        if not self.old:
            self.old = {k: getattr(m, k) for k in SystemMap.model_fields}
        self._set(m, self.new)
        return self._change(self.old, self.new)

    def undo(self, m: SystemMap) -> Change:
        self._set(m, self.old)
        return self._change(self.new, self.old)

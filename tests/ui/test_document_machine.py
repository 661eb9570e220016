"""Random editing sessions on the canvas (Gaphor's most valuable test).

Hypothesis adds, removes, moves, connects, disconnects, relabels, pastes,
undoes and redoes at random, through the canvas and the document. After every
step the scene has exactly one item per step and arrow of the model, each where
the model says, and the map saves, loads and saves to the same bytes; at the
end, undoing everything gives back the first map byte for byte.
"""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from mapper.model import (Arrow, EditError, SetArrowFields, SetStepFields, Step, SystemMap,  # noqa: E402
                          dumps_map, loads_map)
from mapper.render import geometry as g  # noqa: E402
from mapper.ui.canvas import Canvas  # noqa: E402
from mapper.ui.canvas.items import ArrowItem, StepItem  # noqa: E402
from mapper.ui.document import Document, new_drag_key  # noqa: E402

app = QApplication.instance() or QApplication([])

KINDS = st.sampled_from(["terminator", "activity", "decision", "note"])
COORD = st.integers(-600, 600).map(float)
TEXT = st.text(alphabet=st.sampled_from(list("abc xyz?éü发送\n")), max_size=30)


class CanvasSession(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        m = SystemMap(title="Session", steps=[
            Step(id="start", kind="terminator", text="Start", x=0, y=0),
            Step(id="work", kind="activity", text="Do the work", x=240, y=0)],
            arrows=[Arrow(id="a1", source="start", target="work")])
        self.document = Document(m)
        self.canvas = Canvas(self.document)
        self.initial = dumps_map(m)

    # -- helpers ---------------------------------------------------------------------
    @property
    def m(self) -> SystemMap:
        return self.document.map

    def pick(self, data, items):
        return data.draw(st.sampled_from(items))

    # -- rules -------------------------------------------------------------------------
    @rule(kind=KINDS, x=COORD, y=COORD)
    def add_step(self, kind, x, y):
        from PySide6.QtCore import QPointF
        self.canvas.add_step(kind, QPointF(x, y))

    @precondition(lambda self: self.m.steps)
    @rule(data=st.data())
    def delete_steps(self, data):
        ids = data.draw(st.lists(st.sampled_from([s.id for s in self.m.steps]), min_size=1, max_size=3,
                                 unique=True))
        self.canvas.select(ids)
        self.canvas.delete_selection()

    @precondition(lambda self: self.m.arrows)
    @rule(data=st.data())
    def disconnect(self, data):
        self.canvas.select([], [self.pick(data, [a.id for a in self.m.arrows])])
        self.canvas.delete_selection()

    @precondition(lambda self: self.m.steps)
    @rule(data=st.data(), dx=COORD, dy=COORD, drag=st.booleans())
    def move(self, data, dx, dy, drag):
        ids = data.draw(st.lists(st.sampled_from([s.id for s in self.m.steps]), min_size=1, max_size=3,
                                 unique=True))
        key = new_drag_key() if drag else None
        for part in ((0.5, 0.5), (1.0, 1.0)) if drag else ((1.0, 1.0),):
            self.canvas.move_steps({sid: ((self.m.step(sid).x or 0) + dx * part[0],
                                          (self.m.step(sid).y or 0) + dy * part[1]) for sid in ids},
                                   merge_key=key)

    @precondition(lambda self: len(self.m.steps) >= 1)
    @rule(data=st.data())
    def connect(self, data):
        ids = [s.id for s in self.m.steps]
        self.canvas.connect_steps(self.pick(data, ids), self.pick(data, ids))

    @precondition(lambda self: self.m.steps)
    @rule(data=st.data(), text=TEXT, kind=KINDS)
    def change_step(self, data, text, kind):
        sid = self.pick(data, [s.id for s in self.m.steps])
        try:
            self.document.apply(SetStepFields(sid, {"text": text, "kind": kind}))
        except EditError:
            assert kind == "note"  # only a step with arrows becoming a note is refused

    @precondition(lambda self: self.m.arrows)
    @rule(data=st.data(), label=TEXT, pos=st.floats(0, 1), wp=st.booleans())
    def change_arrow(self, data, label, pos, wp):
        a = self.m.arrow(self.pick(data, [a.id for a in self.m.arrows]))
        values = {"label": label, "label_pos": pos}
        if wp:
            s, t = self.m.step(a.source), self.m.step(a.target)
            values["waypoints"] = [((s.x or 0), (t.y or 0))]
        self.document.apply(SetArrowFields(a.id, values))

    @precondition(lambda self: self.m.steps)
    @rule(data=st.data(), duplicate=st.booleans())
    def copy_paste(self, data, duplicate):
        ids = data.draw(st.lists(st.sampled_from([s.id for s in self.m.steps]), min_size=1, max_size=4,
                                 unique=True))
        self.canvas.select(ids)
        before = {a.id for a in self.m.arrows}
        inside = [a for a in self.m.arrows if a.source in ids and a.target in ids]
        if duplicate:
            self.canvas.duplicate()
        else:
            self.canvas.copy()
            self.canvas.paste()
        new = [a for a in self.m.arrows if a.id not in before]
        assert len(new) == len(inside)
        assert len(self.canvas.selected_step_ids()) == len(ids)

    @precondition(lambda self: len(self.m.steps) >= 2)
    @rule(data=st.data(), how=st.sampled_from(["left", "right", "top", "bottom", "hcenter", "vcenter", "h", "v"]))
    def arrange(self, data, how):
        ids = data.draw(st.lists(st.sampled_from([s.id for s in self.m.steps]), min_size=2, max_size=4,
                                 unique=True))
        self.canvas.select(ids)
        if how in ("h", "v"):
            self.canvas.distribute(how)
        else:
            self.canvas.align(how)

    @precondition(lambda self: self.document.undo_stack.canUndo())
    @rule(n=st.integers(1, 3))
    def undo(self, n):
        for _ in range(n):
            if self.document.undo_stack.canUndo():
                self.document.undo_stack.undo()

    @precondition(lambda self: self.document.undo_stack.canRedo())
    @rule(n=st.integers(1, 3))
    def redo(self, n):
        for _ in range(n):
            if self.document.undo_stack.canRedo():
                self.document.undo_stack.redo()

    # -- invariants -----------------------------------------------------------------------
    @invariant()
    def scene_mirrors_the_model(self):
        scene = self.canvas.map_scene
        steps = [it for it in scene.items() if isinstance(it, StepItem)]
        arrows = [it for it in scene.items() if isinstance(it, ArrowItem)]
        assert sorted(it.step_id for it in steps) == sorted(s.id for s in self.m.steps)
        assert sorted(it.arrow_id for it in arrows) == sorted(a.id for a in self.m.arrows)
        for s in self.m.steps:
            item = scene.step_items[s.id]
            assert item.scene_rect() == g.step_rect(s)
        for a in self.m.arrows:
            item = scene.arrow_items[a.id]
            assert item.ends == (a.source, a.target)
            geo = item.geometry
            # Both ends on the right shapes' outlines (or, for overlapping shapes, inside them).
            assert scene.step_items[a.source].scene_rect().adjusted(-1, -1, 1, 1).contains(geo.points[0])
            assert scene.step_items[a.target].scene_rect().adjusted(-1, -1, 1, 1).contains(geo.points[-1])
        for sid, aids in scene.arrows_by_step.items():
            for aid in aids:
                a = self.m.arrow(aid)
                assert a is not None and sid in (a.source, a.target)

    @invariant()
    def save_load_save_is_stable(self):
        text = dumps_map(self.m)
        assert dumps_map(loads_map(text, "session")) == text

    def teardown(self):
        stack = self.document.undo_stack
        while stack.canUndo():
            stack.undo()
        assert dumps_map(self.m) == self.initial
        assert set(self.canvas.map_scene.step_items) == {"start", "work"}
        stack.blockSignals(True)
        self.canvas.deleteLater()


CanvasSession.TestCase.settings = settings(max_examples=120, stateful_step_count=40, deadline=None,
                                           suppress_health_check=list(HealthCheck))
test_canvas_session = CanvasSession.TestCase

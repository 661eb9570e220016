"""The scene mirrors the document: it listens to ``changed`` and ``reset`` and
creates, removes or re-shapes only the items an edit touched. Nothing else
creates or removes step and arrow items."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QImage, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsScene, QToolTip

from mapper.model import Change
from mapper.render import LIGHT, geometry as g
from mapper.render.markers import Marker, markers_for
from mapper.render.swimlanes import map_bands

from ..document import Document
from .items import HANDLE_OFFSET, ArrowItem, HandleOverlay, Layer, StepItem, handle_points

#: How far from a moved step the arrows that might now route differently are looked for.
AUTO_ROUTE_REACH = 400.0
#: Items per invisible parent layer (see ``Layer``).
LAYER_SIZE = 256


class MapScene(QGraphicsScene):
    """The items of one document's map."""

    #: Emitted after the scene caught up with a change (for the overview cache and the view).
    content_changed = Signal()

    def __init__(self, document: Document, parent=None) -> None:
        super().__init__(parent)
        self.document = document
        self.theme = LIGHT
        self.step_items: dict[str, StepItem] = {}
        self.arrow_items: dict[str, ArrowItem] = {}
        self.arrows_by_step: dict[str, set[str]] = {}
        self.pairs: Counter[tuple[str, str]] = Counter()
        self.markers: dict[str, list[Marker]] = {}
        self.errors: set[str] = set()
        self.hidden_markers: set[str] = set()
        self._layers: list[Layer] = []
        self._obstacles = self._step_rects_near
        #: While ``rebuild`` routes every arrow: the tips each decision's branches leave
        #: from, worked out once per decision (else per arrow in, from the scene).
        self._tips: dict[str, set[str]] | None = None
        self.layers_transparent = False
        #: Swimlane bands as the steps stand (drawn by the view's background); kept
        #: as they were while a drag is under way (``bands_frozen``).
        self.bands: list = []
        self.bands_frozen = False
        self._lanes: list | None = None   # map_lanes, kept while edits only move steps
        self.handles = HandleOverlay()
        self.addItem(self.handles)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        document.changed.connect(self.apply_change)
        document.reset.connect(self.rebuild)
        self.rebuild()

    # -- mirroring ------------------------------------------------------------
    def rebuild(self) -> None:
        """Drop every item and build them again from the model (new/open/recover)."""
        self.clearSelection()
        self.handles.show_for(None, None)
        for layer in self._layers:
            self.removeItem(layer)
        self._layers = []
        self.layers_transparent = False
        self.step_items.clear()
        self.arrow_items.clear()
        self.arrows_by_step.clear()
        self.pairs.clear()
        m = self.document.map
        # Index first (one pass), so no per-item look-up walks the whole map.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        for s in m.steps:
            self._add_step_item(s.id, s)
        for a in m.arrows:
            self.pairs[(a.source, a.target)] += 1
        by_id = {s.id: s for s in m.steps}
        # No scene index while building: routes look for shapes in their way in a grid
        # (the grid labels are then placed with).
        rects = {sid: item.scene_rect() for sid, item in self.step_items.items() if item.isVisible()}
        kinds = {s.id: s.kind for s in m.steps}
        grid = g.shape_grid(rects, kinds)
        self._obstacles = grid.near
        # Every arrow is routed once, knowing where each decision's branches leave
        # (the same route as routing them all, then the arrows into decisions again).
        self._tips = self._all_branch_sides(by_id)
        for a in m.arrows:
            self._add_arrow_item(a.id, a, count_pair=False, ends=(by_id.get(a.source), by_id.get(a.target)),
                                 labelled_later=True)
        self._tips = None
        self._obstacles = self._step_rects_near
        self._place_all_labels(rects, kinds, grid)
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self._lanes = None
        self.update_bands()
        self.content_changed.emit()

    def _layer(self) -> Layer:
        if not self._layers or self._layers[-1].count >= LAYER_SIZE:
            layer = Layer()
            layer.setOpacity(0.0 if self.layers_transparent else 1.0)
            self.addItem(layer)
            self._layers.append(layer)
        layer = self._layers[-1]
        layer.count += 1
        return layer

    def _add_step_item(self, step_id: str, step) -> StepItem:
        item = StepItem(step_id)
        item.setParentItem(self._layer())
        self.step_items[step_id] = item
        item.set_geometry(g.step_rect(step), step.kind)
        item.setVisible(step.placed)
        return item

    def _add_arrow_item(self, arrow_id: str, arrow, count_pair: bool = True, ends=None,
                        labelled_later: bool = False) -> ArrowItem:
        item = ArrowItem(arrow_id)
        item.setParentItem(self._layer())
        self.arrow_items[arrow_id] = item
        if count_pair:
            self.pairs[(arrow.source, arrow.target)] += 1
        self._index_arrow(item, arrow.source, arrow.target)
        self._route(item, arrow, ends, labelled_later)
        return item

    def _index_arrow(self, item: ArrowItem, source: str, target: str) -> None:
        for sid in item.ends:
            if sid:
                self.arrows_by_step.get(sid, set()).discard(item.arrow_id)
        item.ends = (source, target)
        for sid in item.ends:
            if sid:
                self.arrows_by_step.setdefault(sid, set()).add(item.arrow_id)

    def _route(self, item: ArrowItem, arrow, ends=None, labelled_later: bool = False) -> None:
        """Route one arrow and give its item the geometry; ``labelled_later``: only
        keep the geometry, ``_place_all_labels`` hands it to the item with its label."""
        s_item = self.step_items.get(arrow.source)
        t_item = self.step_items.get(arrow.target)
        if ends is None:
            m = self.document.map
            ends = m.step(arrow.source), m.step(arrow.target)
        s, t = ends
        if s_item is None or t_item is None or s is None or t is None:
            item.setVisible(False)
            return
        item.setVisible(s.placed and t.placed)
        loop_back = g.is_loop_back(arrow, s, t, self.pairs)
        avoid = ()
        if t.kind == "decision" and s.id != t.id:
            avoid = self._tips.get(t.id, ()) if self._tips is not None else self._branch_sides(t.id, t_item)
        geo = g.arrow_geometry(arrow, s_item.scene_rect(), t_item.scene_rect(), s.kind, t.kind, loop_back,
                               self._obstacles, avoid)
        if labelled_later:
            item.geometry = geo
        else:
            item.set_geometry(geo, g.drawn_label_text(arrow, geo))

    def _branch_sides(self, decision_id: str, item) -> set[str]:
        """The tips of a decision where its branches leave (as export computes them)."""
        m = self.document.map
        out = []
        for aid in self.arrows_by_step.get(decision_id, ()):
            a = m.arrow(aid)
            if a is None or a.source != decision_id:
                continue
            t_item, t = self.step_items.get(a.target), m.step(a.target)
            if t_item is not None and t is not None:
                out.append((a, t_item.scene_rect(), t.kind, g.is_loop_back(a, m.step(decision_id), t, self.pairs)))
        return g.branch_sides(item.scene_rect(), out)

    def _all_branch_sides(self, by_id: dict) -> dict[str, set[str]]:
        """``_branch_sides`` of every decision at once (for ``rebuild``), from the map's
        arrows rather than the scene's index, which is still being filled."""
        branches: dict[str, list] = {}
        for a in self.document.map.arrows:
            s, t = by_id.get(a.source), by_id.get(a.target)
            t_item = self.step_items.get(a.target)
            if s is not None and s.kind == "decision" and t is not None and t_item is not None:
                branches.setdefault(s.id, []).append(
                    (a, t_item.scene_rect(), t.kind, g.is_loop_back(a, s, t, self.pairs)))
        return {sid: g.branch_sides(self.step_items[sid].scene_rect(), out) for sid, out in branches.items()
                if sid in self.step_items}

    def _reroute_into_decisions(self, arrow_ids) -> set[str]:
        """Re-route the arrows into each decision that one of ``arrow_ids`` leaves
        (where a branch leaves decides where they may enter); returns those whose
        route changed, so only their labels are placed again."""
        m = self.document.map
        changed = set()
        for aid in arrow_ids:
            a = m.arrow(aid)
            s = m.step(a.source) if a is not None else None
            if s is None or s.kind != "decision":
                continue
            for x in self.arrows_by_step.get(s.id, ()):
                b, item = m.arrow(x), self.arrow_items.get(x)
                if x in arrow_ids or b is None or b.target != s.id or item is None:
                    continue
                before = [(p.x(), p.y()) for p in item.geometry.points] if item.geometry is not None else None
                self._route(item, b)
                if item.geometry is None or before != [(p.x(), p.y()) for p in item.geometry.points]:
                    changed.add(x)
        return changed

    def _remove_item(self, item) -> None:
        layer = item.parentItem()
        if isinstance(layer, Layer):
            layer.count -= 1
        self.removeItem(item)

    def apply_change(self, change: Change) -> None:
        """Bring the items in line with the model for what ``change`` touched."""
        m = self.document.map
        reroute: set[str] = set()
        step_ids = dict.fromkeys(change.steps_removed + change.steps_added + change.steps_changed)
        arrow_ids = dict.fromkeys(change.arrows_removed + change.arrows_added + change.arrows_changed)
        for aid in arrow_ids:
            item = self.arrow_items.get(aid)
            arrow = m.arrow(aid)
            if arrow is None and item is not None:
                self.pairs[item.ends] -= 1
                if self.pairs[item.ends] <= 0:
                    del self.pairs[item.ends]
                reroute |= self._reverse_of(item.ends)
                reroute |= self.arrows_by_step.get(item.ends[0], set())  # a branch gone frees its tip
                self._index_arrow(item, "", "")
                del self.arrow_items[aid]
                self._remove_item(item)
        for sid in step_ids:
            item = self.step_items.get(sid)
            step = m.step(sid)
            if step is None:
                if item is not None:
                    reroute |= self._auto_routes_in(item.scene_rect())
                    if self.handles.step_id == sid:
                        self.handles.show_for(None, None)
                    del self.step_items[sid]
                    self._remove_item(item)
                continue
            if item is None:
                item = self._add_step_item(sid, step)
                reroute |= self._auto_routes_in(item.scene_rect())
            else:
                before = item.scene_rect()
                item.set_geometry(g.step_rect(step), step.kind)
                # Automatic routes it leaves or now stands in the way of pick their route again.
                reroute |= self._auto_routes_in(before) | self._auto_routes_in(item.scene_rect())
                item.setVisible(step.placed)
                if self.handles.step_id == sid:
                    self.handles.show_for(sid, item.scene_rect())
            reroute |= self.arrows_by_step.get(sid, set())
        for aid in arrow_ids:
            arrow = m.arrow(aid)
            if arrow is None:
                continue
            item = self.arrow_items.get(aid)
            if item is None:
                item = self._add_arrow_item(aid, arrow)
            elif item.ends != (arrow.source, arrow.target):
                self.pairs[item.ends] -= 1
                if self.pairs[item.ends] <= 0:
                    del self.pairs[item.ends]
                reroute |= self._reverse_of(item.ends)
                self.pairs[(arrow.source, arrow.target)] += 1
                self._index_arrow(item, arrow.source, arrow.target)
            reroute |= self._reverse_of((arrow.source, arrow.target))
            reroute.add(aid)
        for aid in reroute:
            item = self.arrow_items.get(aid)
            arrow = m.arrow(aid)
            if item is not None and arrow is not None:
                self._route(item, arrow)
        reroute |= self._reroute_into_decisions(reroute)
        self.place_labels_near(reroute | set(arrow_ids), set(step_ids))
        if m.lanes or self.bands:
            if not change.geometry_only:
                self._lanes = None   # owners, stages or the lanes themselves may have changed
            self.update_bands()
        self.content_changed.emit()

    def refresh_step(self, step_id: str, rect: QRectF | None = None) -> None:
        """Redo one step's geometry from the model (after a typing preview), or
        preview it at ``rect``; its arrows follow either way."""
        item = self.step_items.get(step_id)
        step = self.document.map.step(step_id)
        if item is not None and step is not None:
            item.set_geometry(rect if rect is not None else g.step_rect(step), step.kind)
            arrows = set(self.arrows_by_step.get(step_id, ()))
            for aid in arrows:
                self._reroute(aid)
            arrows |= self._reroute_into_decisions(arrows)
            self.place_labels_near(arrows, {step_id})

    def reroute(self, arrow_id: str) -> None:
        """Recompute one arrow's drawing from the model (after a cancelled preview)."""
        self._reroute(arrow_id)
        self.place_labels_near({arrow_id})

    def _reroute(self, arrow_id: str) -> None:
        item = self.arrow_items.get(arrow_id)
        arrow = self.document.map.arrow(arrow_id)
        if item is not None and arrow is not None:
            self._route(item, arrow)

    # -- arrow labels (the same placement as export: ``geometry.place_labels``) -----
    def _place_all_labels(self, rects: dict, kinds: dict, shapes) -> None:
        """Place every label (as export does) and give every routed arrow item its
        geometry and label (``rebuild`` routes them with ``labelled_later``).
        ``rects``, ``kinds``: the visible shapes; ``shapes``: their ``shape_grid``."""
        m = self.document.map
        pairs = [(a, self.arrow_items[a.id].geometry) for a in m.arrows
                 if a.id in self.arrow_items and self.arrow_items[a.id].geometry is not None
                 and self.arrow_items[a.id].isVisible()]
        g.place_labels(pairs, rects, kinds, shapes)
        for a in m.arrows:
            item = self.arrow_items.get(a.id)
            if item is not None and item.geometry is not None:
                item.set_geometry(item.geometry, g.drawn_label_text(a, item.geometry))

    def place_labels_near(self, arrow_ids, step_ids=()) -> None:
        """Place again the labels that routing these arrows (or moving these steps)
        can affect: those of every arrow leaving a step at either end of them.
        Only those steps' arrows are looked at, never the whole map."""
        m = self.document.map
        ends: set[str] = set(step_ids)
        for aid in arrow_ids:
            item = self.arrow_items.get(aid)
            if item is not None:
                ends.update(sid for sid in item.ends if sid)
        sources: set[str] = set()
        for sid in ends:
            for aid in self.arrows_by_step.get(sid, ()):
                sources.add(self.arrow_items[aid].ends[0])
        for sid in sources:
            group = []
            for aid in self.arrows_by_step.get(sid, ()):
                item = self.arrow_items[aid]
                arrow = m.arrow(aid)
                if item.ends[0] == sid and arrow is not None and item.geometry is not None \
                        and item.isVisible() and g.arrow_label_text(arrow):
                    group.append((m.arrow_index(aid), arrow, item))
            if not group:
                continue
            group.sort(key=lambda t: t[0])
            mine = {arrow.id for _, arrow, _ in group}
            g.place_step_labels([(arrow, item.geometry) for _, arrow, item in group], self._siblings_of,
                                self._shapes_near, lambda r, mine=mine: self._labels_near(r, mine),
                                self._lines_near)
            for _, arrow, item in group:
                item.set_geometry(item.geometry, g.drawn_label_text(arrow, item.geometry))

    def _siblings_of(self, arrow) -> list:
        out = []
        for aid in self.arrows_by_step.get(arrow.source, set()) | self.arrows_by_step.get(arrow.target, set()):
            item = self.arrow_items.get(aid)
            if aid != arrow.id and item is not None and item.geometry is not None and item.isVisible():
                out.append(item.geometry.points)
        return out

    def items_in(self, rect: QRectF) -> list:
        if not self.layers_transparent:
            return self.items(rect)
        # Qt leaves transparent items out of look-ups: walk the layers there instead.
        return [item for layer in self._layers if layer.childrenBoundingRect().intersects(rect)
                for item in layer.childItems() if item.sceneBoundingRect().intersects(rect)]

    def _step_rects_near(self, rect: QRectF) -> list[QRectF]:
        return [item.scene_rect() for item in self.items_in(rect)
                if isinstance(item, StepItem) and item.isVisible()]

    def _auto_routes_in(self, rect: QRectF) -> set[str]:
        """Arrows without waypoints that run, or could choose to run, through a
        rectangle: those drawn there, and those of steps nearby whose two ends
        span it (their L or Z routes stay between their ends)."""
        m = self.document.map
        out = set()
        # Detours that went round it pass within a lane's width of it.
        lane = 2 * g.STUB + 2
        for item in self.items_in(rect.adjusted(-lane, -lane, lane, lane)):
            if isinstance(item, ArrowItem) and item.geometry is not None:
                arrow = m.arrow(item.arrow_id)
                if arrow is not None and not arrow.waypoints:
                    out.add(item.arrow_id)
        r = AUTO_ROUTE_REACH
        for item in self.items_in(rect.adjusted(-r, -r, r, r)):
            if not isinstance(item, StepItem):
                continue
            for aid in self.arrows_by_step.get(item.step_id, ()):
                if aid in out:
                    continue
                source, target = self.step_items.get(self.arrow_items[aid].ends[0]), \
                    self.step_items.get(self.arrow_items[aid].ends[1])
                if source is None or target is None:
                    continue
                arrow = m.arrow(aid)
                if arrow is not None and not arrow.waypoints \
                        and source.scene_rect().united(target.scene_rect()).intersects(rect):
                    out.add(aid)
        return out

    def _shapes_near(self, rect: QRectF) -> list:
        m = self.document.map
        out = []
        for item in self.items_in(rect):
            if isinstance(item, StepItem) and item.isVisible():
                step = m.step(item.step_id)
                out.append((item.scene_rect(), step.kind if step is not None else "activity"))
        return out

    def _labels_near(self, rect: QRectF, mine: set[str]) -> list:
        return [item.label_box() for item in self.items_in(rect)
                if isinstance(item, ArrowItem) and item.isVisible() and item.arrow_id not in mine
                and item.label_box() is not None]

    def _lines_near(self, arrow, rect: QRectF) -> list:
        ends = {arrow.source, arrow.target}
        out = []
        for item in self.items_in(rect):
            if isinstance(item, ArrowItem) and item.isVisible() and item.geometry is not None \
                    and not (set(item.ends) & ends):
                pts = item.geometry.points
                out += list(zip(pts, pts[1:]))
        return out

    def label_at(self, scene_pos: QPointF) -> ArrowItem | None:
        """The arrow whose label is under a scene point."""
        for item in self.items(scene_pos):
            if isinstance(item, ArrowItem):
                box = item.label_box()
                if box is not None and box.contains(scene_pos):
                    return item
            elif isinstance(item, StepItem):
                return None
        return None

    def _reverse_of(self, ends: tuple[str, str]) -> set[str]:
        """Arrows going the other way between the same two steps (their loop-back routing may flip)."""
        source, target = ends
        if not source:
            return set()
        return {aid for aid in self.arrows_by_step.get(target, ())
                if self.arrow_items[aid].ends == (target, source)}

    # -- swimlanes ----------------------------------------------------------------
    def update_bands(self, force: bool = False) -> None:
        """Read the lane bands again from the map (unless a drag froze them)."""
        if self.bands_frozen and not force:
            return
        m = self.document.map
        if not m.lanes:
            bands = []
        else:
            if self._lanes is None:
                from mapper.layout.lanes import map_lanes
                self._lanes = map_lanes(m)
            rects = {sid: item.scene_rect() for sid, item in self.step_items.items() if item.isVisible()}
            bands = map_bands(m, rects, self._lanes)
        if bands != self.bands:
            self.bands = bands
            self.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)
            self.update()

    def lanes_rect(self) -> QRectF:
        """Where the bands are drawn (empty without lanes)."""
        from mapper.render.swimlanes import bands_bounds
        return bands_bounds(self.bands, self.document.map.direction != "TB")

    # -- markers ----------------------------------------------------------------
    def set_report(self, report) -> None:
        before = set(self.markers)
        self.markers = markers_for(report) if report is not None else {}
        self.errors = {sid for sid, ms in self.markers.items() if any(mk.kind == "error" for mk in ms)}
        for sid in before | set(self.markers):
            item = self.step_items.get(sid)
            if item is not None:
                item.update()

    def set_marker_visible(self, kind: str, visible: bool) -> None:
        if visible:
            self.hidden_markers.discard(kind)
        else:
            self.hidden_markers.add(kind)
        for sid in self.markers:
            item = self.step_items.get(sid)
            if item is not None:
                item.update()

    def visible_markers(self, step_id: str) -> list[Marker]:
        ms = self.markers.get(step_id)
        if not ms:
            return []
        if not self.hidden_markers:
            return ms
        return [mk for mk in ms if mk.kind not in self.hidden_markers]

    def in_error(self, step_id: str) -> bool:
        return step_id in self.errors and "error" not in self.hidden_markers

    def marker_at(self, scene_pos: QPointF) -> Marker | None:
        """The badge under a scene point (for tooltips)."""
        for item in self.items(QRectF(scene_pos.x() - 12, scene_pos.y() - 12, 24, 24)):
            if isinstance(item, StepItem):
                marker = item.marker_at(item.mapFromScene(scene_pos))
                if marker is not None:
                    return marker
        return None

    def tooltip_at(self, scene_pos: QPointF) -> str:
        """What hovering here explains: a badge's reasons, else all of the step's."""
        marker = self.marker_at(scene_pos)
        if marker is not None:
            return marker.tooltip
        item = self.step_at(scene_pos)
        if item is not None:
            parts = [mk.tooltip for mk in self.visible_markers(item.step_id)]
            owners = self.owner_tooltip(item.step_id)
            return "\n\n".join(([owners] if owners else []) + parts)
        return ""

    def owner_tooltip(self, step_id: str) -> str:
        """"Owner: Sales" (and who answers for its metric when someone else does)."""
        from PySide6.QtCore import QCoreApplication
        step = self.document.map.step(step_id)
        if step is None:
            return ""
        owner = " ".join(step.owner.split())
        lines = [QCoreApplication.translate("MapScene", "Owner: {0}").format(owner) if owner
                 else QCoreApplication.translate("MapScene", "Owner: nobody yet")]
        if step.metric is not None:
            metric_owner = " ".join(step.metric.owner.split())
            if metric_owner and metric_owner.casefold() != owner.casefold():
                lines.append(QCoreApplication.translate("MapScene", "Answers for the metric: {0}").format(metric_owner))
        return "\n".join(lines)

    def helpEvent(self, event) -> None:
        text = self.tooltip_at(event.scenePos())
        if text:
            QToolTip.showText(event.screenPos(), text)
        else:
            QToolTip.hideText()
        event.accept()

    # -- look-ups -----------------------------------------------------------------
    def step_at(self, scene_pos: QPointF) -> StepItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, StepItem) and item.isVisible():
                return item
        if self.layers_transparent:
            # Qt does not hit-test transparent items: look through the layers' bounds.
            for layer in self._layers:
                if layer.childrenBoundingRect().contains(scene_pos):
                    for item in layer.childItems():
                        if isinstance(item, StepItem) and item.isVisible() \
                                and item.scene_rect().contains(scene_pos):
                            return item
        return None

    def arrow_at(self, scene_pos: QPointF) -> ArrowItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, ArrowItem) and item.isVisible():
                return item
            if isinstance(item, StepItem):
                return None
        return None

    def handle_at(self, scene_pos: QPointF) -> tuple[str, str, QPointF] | None:
        """(step id, side, handle point) when ``scene_pos`` is on a connection handle.
        Works without a hover first (a quick press right on a side's middle)."""
        side = self.handles.side_at(scene_pos)
        if side is not None and self.handles.step_id is not None:
            return self.handles.step_id, side, self.handles.points()[side]
        hit = HandleOverlay.HIT
        reach = hit + HANDLE_OFFSET
        m = self.document.map
        for item in self.items(QRectF(scene_pos.x() - reach, scene_pos.y() - reach, 2 * reach, 2 * reach)):
            if isinstance(item, StepItem) and item.isVisible():
                step = m.step(item.step_id)
                if step is None or step.kind == "note":
                    continue
                for side, p in handle_points(item.scene_rect()).items():
                    if (p - scene_pos).manhattanLength() <= hit:
                        return item.step_id, side, p
        return None

    def hover_step(self, item: StepItem | None, leaving: StepItem | None = None) -> None:
        if item is None:
            if leaving is not None and self.handles.step_id == leaving.step_id:
                # Keep the handles while the mouse is on one of them (just outside the shape).
                return
            self.handles.show_for(None, None)
            return
        step = self.document.map.step(item.step_id)
        if step is None or step.kind == "note":
            self.handles.show_for(None, None)  # notes take no part in the flow
            return
        self.handles.show_for(item.step_id, item.scene_rect())

    def pointer_moved(self, scene_pos: QPointF) -> None:
        """Hide the handles once the mouse has left their step and its handles
        (leaving the shape for one of its handles keeps them, see ``hover_step``)."""
        if self.handles.step_id is not None and not self.handles.boundingRect().contains(scene_pos):
            self.handles.show_for(None, None)

    def steps_bounds(self) -> QRectF:
        r = QRectF()
        for layer in self._layers:
            r = r.united(layer.childrenBoundingRect())
        return r

    def set_layers_visible(self, visible: bool) -> None:
        """Paint the items or not. Transparent rather than hidden, so that at
        overview zoom steps can still be clicked, selected and rubber-banded."""
        self.layers_transparent = not visible
        for layer in self._layers:
            layer.setOpacity(1.0 if visible else 0.0)

    # -- overview (very low zoom) -----------------------------------------------------
    def overview(self, max_side: int = 2048) -> tuple[QImage, QRectF] | None:
        """A small picture of the whole map (coloured blocks and lines), for zoom
        levels where shapes are a few pixels: one drawImage instead of 20,000 items."""
        bounds = self.steps_bounds()
        if bounds.isEmpty():
            return None
        scale = min(1.0, max_side / max(bounds.width(), bounds.height()))
        img = QImage(max(1, int(bounds.width() * scale) + 2), max(1, int(bounds.height() * scale) + 2),
                     QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        p = QPainter(img)
        p.scale(scale, scale)
        p.translate(-bounds.left(), -bounds.top())
        lines = QPainterPath()
        for item in self.arrow_items.values():
            if item.geometry is not None and item.isVisible():
                pts = item.geometry.points
                lines.moveTo(pts[0])
                for pt in pts[1:]:
                    lines.lineTo(pt)
        p.setPen(QPen(self.theme.arrow, 1.5 / scale * 0.5))
        p.drawPath(lines)
        p.setPen(Qt.PenStyle.NoPen)
        m = self.document.map
        brushes = {k: QBrush(self.theme.shape(k).outline) for k in self.theme.shapes}
        for sid, item in self.step_items.items():
            if item.isVisible():
                step = m.step(sid)
                p.setBrush(brushes.get(step.kind if step else "activity"))
                p.drawRect(item.scene_rect())
        p.end()
        return img, bounds

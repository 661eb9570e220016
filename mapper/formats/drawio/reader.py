"""One page of a draw.io diagram turned into a map, phase by phase (see ``PageReader.run``)."""

from __future__ import annotations

import json
import math
import re
from dataclasses import replace
from pathlib import PurePath
from xml.etree.ElementTree import Element

from pydantic import ValidationError

from mapper.layout.spatial import SpatialGrid
from mapper.model import Arrow, MapFileError, Step, SystemMap

from mapper.i18n import translate

from ..building import ImportResult, MapBuilder, Tally, counted, parallel_text, quoted_list, short, warn_about
from .cells import (_BPMN_EVENTS, _GEOMETRY, _JUNCTION_SHAPES, _Box, _Cell, _is, _kind, _mapper_lane,
                    _read_cells, _without_hidden, label_text)
from .container import _Page, _page_model, _pages, _root


def _pass_through(arrows: list[tuple], groups: list[set[str]]) -> tuple[list[tuple], list[set[str]]]:
    """Arrows with each group of connector shapes taken out: what came in goes on to what went
    out. A group with no way in or no way out stays (it is where the flow starts or stops)."""
    passed = []
    for g in groups:
        into = [a for a in arrows if a[2] in g and a[1] not in g]
        out = [a for a in arrows if a[1] in g and a[2] not in g]
        if not into or not out:
            continue
        kept = [a for a in arrows if a[1] not in g and a[2] not in g]
        for e, s, _, label_in in into:
            for _, _, t, label_out in out:
                if s != t:
                    kept.append((replace(e, points=[]), s, t, label_in or label_out))
        arrows = kept
        passed.append(g)
    return arrows, passed


# -- free labels -------------------------------------------------------------------

_ANSWER_WORDS = {"yes", "no", "true", "false", "y", "n", "да", "нет", "是", "否", "oui", "non", "ja",
                 "nein", "si", "sí", "ok", "not ok", "approved", "rejected",
                 # more of the answers people write next to a decision's arrows, in their languages
                 "sim", "não", "nao", "nee", "tak", "nie", "evet", "hayır", "ya", "tidak", "có", "không",
                 "はい", "いいえ", "예", "네", "아니오", "아니요", "так", "ні", "igen", "nem", "ano", "ne",
                 "pass", "fail", "valid", "invalid", "found", "not found", "accepted", "declined", "none",
                 "正确", "错误", "对", "错", "有", "无", "成功", "失败", "通过", "不通过"}


_LOOSE_END_REACH = 12.0  # a loose arrow end about one grid step (10) from a shape means it
_SHORT_END_REACH = 60.0  # an arrow that stops this short of the shape it points straight at means it
_GRID = 400.0  # cell size of the grid that finds arrows near a free text
_MARKER_SIZE = 40.0  # a shape this small with a letter or two and no arrows is a callout or legend key


def _segment_distance(p: tuple[float, float], a: tuple[float, float], b: tuple[float, float]) -> float:
    (px, py), (ax, ay), (bx, by) = p, a, b
    dx, dy = bx - ax, by - ay
    if dx == dy == 0:
        return math.hypot(px - ax, py - ay)
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


_GAP_UNDER = 30.0  # a text this close under (or over) a blank shape names it


def _ray_enters(start: tuple[float, float], direction: tuple[float, float], b: _Box) -> float | None:
    """How far along the ray from ``start`` it enters the inside of the box (None: it misses).

    The box is shrunk by 2 px so a ray that only grazes a corner or an edge does not count.
    """
    (sx, sy), (ux, uy) = start, direction
    lo, hi = 0.0, math.inf
    for s0, u, a, z in ((sx, ux, b.x + 2, b.x + b.w - 2), (sy, uy, b.y + 2, b.y + b.h - 2)):
        if a > z:
            return None
        if abs(u) < 1e-12:
            if not a <= s0 <= z:
                return None
            continue
        t1, t2 = (a - s0) / u, (z - s0) / u
        lo, hi = max(lo, min(t1, t2)), min(hi, max(t1, t2))
        if lo > hi:
            return None
    return lo


def _polyline_distance(p: tuple[float, float], pts: list[tuple[float, float]]) -> float:
    return min(_segment_distance(p, pts[i], pts[i + 1]) for i in range(len(pts) - 1))


#: draw.io's own page names in its languages ("Page-1", "Seite-1", "Страница — 1", "第 1 页"...):
#: not a title the author chose.
_DEFAULT_PAGE_NAME = re.compile(
    r"(?:page|seite|p[aá]gina|strona|sayfa|sida|side|sivu|str[aá]nka|oldal|trang|halaman|страница|"
    r"сторінка|σελίδα|ページ|페이지|diagram)?\s*[-–—]?\s*\d+|第\s*\d+\s*[页頁]", re.IGNORECASE)


def import_drawio(data: bytes, name: str = "<drawio>", page: int | None = None) -> ImportResult:
    """Read one page of a draw.io diagram (page 1 by default; ``page`` is 1-based)."""
    root = _root(data, name)
    pages = _pages(root, name)
    warnings: list[str] = []
    number = 1 if page is None else page
    if not 1 <= number <= len(pages):
        names = ", ".join(f'{i} "{p.name}"' for i, p in enumerate(pages, 1))
        raise MapFileError(name, counted(len(pages), translate("Import", "there is no page {number}; the file has "
                                                                         "{n} page: {names}"),
                                         translate("Import", "there is no page {number}; the file has {n} pages: "
                                                             "{names}"), number=number, names=names), "--page")
    result = _import_page(root, pages, number, name)
    skipped: list[int] = []
    if page is None and not result.map.steps:
        # Page 1 is often a cover or left blank: take the first page that has a flow on it.
        for other in range(2, len(pages) + 1):
            try:
                candidate = _import_page(root, pages, other, name)
            except MapFileError:
                continue
            if candidate.map.steps:
                skipped, number, result = list(range(1, other)), other, candidate
                break
    chosen = pages[number - 1]
    if len(pages) > 1:
        others = ", ".join(f'{i} "{p.name}"' for i, p in enumerate(pages, 1) if i != number)
        why = ""
        if skipped:
            why = counted(len(skipped), translate("Import", " (page {pages} had no shapes)"),
                          translate("Import", " (pages {pages} had no shapes)"), pages=", ".join(map(str, skipped)))
        result.page_note = translate("Import", 'took page {number} "{name}" of {count}{why}; the others ({others}) '
                                               'can be imported with --page N').format(
            number=number, name=chosen.name, count=len(pages), why=why, others=others)
        warnings.append(result.page_note)
    result.warnings[:0] = warnings
    return result


def _restore_map_fields(m: SystemMap, raw: str | None) -> None:
    """The map's system, description, lanes and direction, kept by mapper's own export on <mxfile>."""
    if not raw:
        return
    try:
        fields = json.loads(raw)
        probe = SystemMap.model_validate({"system": fields.get("system"),
                                          "description": fields.get("description", ""),
                                          "lanes": fields.get("lanes"), "direction": fields.get("direction", "LR")})
    except (ValueError, AttributeError):
        return  # hand-edited into something else: the map simply has none
    m.system, m.description, m.lanes, m.direction = probe.system, probe.description, probe.lanes, probe.direction


def _import_page(root: Element, pages: list[_Page], number: int, name: str) -> ImportResult:
    chosen = pages[number - 1]
    model = _page_model(chosen, number, name)
    cells = _read_cells(model)
    cells, hidden = _without_hidden(cells)
    stem = PurePath(name).stem.removesuffix(".drawio") if not name.startswith("<") else ""
    # A page named by its author ("Onboarding") is the map's title; "Page-1" is not.
    generic = _DEFAULT_PAGE_NAME.fullmatch(chosen.name.strip())
    title = stem if generic or not chosen.name.strip() else chosen.name.strip()
    importer = PageReader(cells, title, name, translate("Import", "page {number}").format(number=number))
    importer.from_mapper = root.get("host") == "mapper"  # mapper's own export: take it as it is
    result = importer.run([])
    if importer.from_mapper:
        _restore_map_fields(result.map, root.get("mapper"))
    warn_about(result.warnings, hidden, translate("Import", "left out {n} shape or arrow that draw.io hides "
                                                           "(hidden layers or hidden cells)"),
               translate("Import", "left out {n} shapes and arrows that draw.io hides "
                                   "(hidden layers or hidden cells)"))
    return result


class PageReader:
    """One page's cells read into a map (``run``). The phases of ``run`` leave what they
    found on the reader (the step cells, the arrows, the texts adopted as labels...);
    ``explain`` turns it into the warnings."""

    def __init__(self, cells: list[_Cell], title: str, file: str, place: str) -> None:
        self.cells = cells
        self.by_id = {c.id: c for c in cells}
        self.title = title
        self.file = file
        self.place = place
        self.kinds = {c.id: _kind(c) for c in cells if c.vertex}
        # A shape other shapes were dropped into is a container, whatever it looks like:
        # draw.io only nests shapes in containers (edge labels hang on edges, not shapes).
        # An icon or a blank shape inside a box is decoration; a child with text or arrows is a step.
        ends = {c.source for c in cells if c.edge} | {c.target for c in cells if c.edge}
        holders = {c.parent for c in cells if c.vertex and c.parent in self.kinds
                   and self.kinds.get(c.id) not in ("text", None) and (c.value.strip() or c.id in ends)}
        for cid in holders:
            up = list(self.ancestors(self.by_id[cid]))
            if any(self.kinds.get(a.id) == "table" for a in up):
                continue  # a table's rows hold its cells
            if up and up[-1].parent == cid:
                continue  # a broken file where shapes hold each other: nothing is a container
            if self.kinds[cid] in ("activity", "terminator", "decision", "note", "text"):
                self.kinds[cid] = "swimlane" if self.by_id[cid].value.strip() else "group"
        self._boxes: dict[str, _Box] = {}
        self.overlays: dict[str, str] = {}  # shape id -> the text laid over it (see labels_over_shapes)
        self.from_mapper = False
        self.tally = Tally()  # how often a phase did something the warnings tell
        self.children: dict[str, list[_Cell]] = {}
        for c in cells:
            if c.parent:
                self.children.setdefault(c.parent, []).append(c)

    # geometry ----------------------------------------------------------
    def offset(self, cell_id: str | None) -> tuple[float, float]:
        """Top-left corner of the cell in page coordinates (children are relative to parents)."""
        x = y = 0.0
        seen = set()
        while cell_id and cell_id not in seen:
            seen.add(cell_id)
            c = self.by_id.get(cell_id)
            if c is None or not c.vertex:
                break
            if not c.relative:
                x, y = x + c.x, y + c.y
            cell_id = c.parent
        return x, y

    def box(self, cell: _Cell) -> _Box:
        b = self._boxes.get(cell.id)
        if b is None:
            x, y = self.offset(cell.id)
            b = self._boxes[cell.id] = _Box(x, y, cell.w, cell.h)
        return b

    def html(self, cell: _Cell) -> bool:
        return cell.style.get("html") == "1"

    def text(self, cell: _Cell) -> str:
        over = self.overlays.get(cell.id)
        return over if over is not None else label_text(cell.value, self.html(cell))

    # structure ---------------------------------------------------------
    def ancestors(self, cell: _Cell):
        seen = {cell.id}
        pid = cell.parent
        while pid and pid not in seen:
            seen.add(pid)
            p = self.by_id.get(pid)
            if p is None:
                return
            yield p
            pid = p.parent

    def table_of(self, cell: _Cell) -> _Cell | None:
        for a in self.ancestors(cell):
            if self.kinds.get(a.id) == "table":
                return a
        return None

    def run(self, warnings: list[str]) -> ImportResult:
        """The page as a map, in phases; each leaves what it found on the reader for the next."""
        self.find_edge_labels()
        self.choose_step_cells()
        self.file_shapes_near()
        self.connect_arrows()
        self.follow_line_networks()
        self.read_free_texts()
        self.pass_through_connectors()
        builder = MapBuilder(self.title, keep_ids=self.from_mapper)
        self.add_steps(builder)
        self.add_arrows(builder)
        if not self.from_mapper:
            builder.ends_by_name(warnings)
            builder.ends_in_the_flow(warnings, [c.id for c in self.step_cells
                                                if self.kinds[c.id] == "terminator" and not _is(c, _BPMN_EVENTS)])
            builder.boxes_as_decisions(warnings)
        m = builder.build(warnings)
        self.explain(m, builder, warnings)
        return ImportResult(m, warnings)

    # phases of run -----------------------------------------------------
    def find_edge_labels(self) -> None:
        """Label cells hanging on an edge (edgeLabel style or parent = the edge)."""
        self.edges = [c for c in self.cells if c.edge]
        edge_ids = {c.id for c in self.edges}
        self.edge_labels: dict[str, list[str]] = {}
        self.label_cells: set[str] = set()
        for c in self.cells:
            if c.vertex and c.parent in edge_ids:
                self.label_cells.add(c.id)
                t = self.text(c)
                if t:
                    self.edge_labels.setdefault(c.parent, []).append(t)

    def choose_step_cells(self) -> None:
        """Which vertices become steps; a cell inside a table stands for its table."""
        self.step_cells: list[_Cell] = []
        self.in_table: dict[str, str] = {}
        for c in self.cells:
            if not c.vertex or c.id in self.label_cells:
                continue
            table = self.table_of(c)
            if table is not None:
                self.in_table[c.id] = table.id
                continue
            if self.kinds[c.id] in ("swimlane", "group"):
                continue
            self.step_cells.append(c)
        self.step_ids = {c.id for c in self.step_cells}

    def file_shapes_near(self) -> None:
        """Boxes filed in a coarse grid, so a loose end is only measured against shapes near it."""
        self.near = SpatialGrid(_GRID)
        for c in self.step_cells:
            if self.kinds[c.id] == "text" or c.w <= 0 or c.h <= 0:
                continue
            b = self.box(c)
            # Filed as far as an arrow that stops short may reach; a loose end on the shape is nearer still.
            self.near.add(b.x - _SHORT_END_REACH, b.y - _SHORT_END_REACH, b.x + b.w + _SHORT_END_REACH,
                          b.y + b.h + _SHORT_END_REACH, (b, c.id))
        self.short_of: set[str] = set()  # arrows joined to the shape they stop just short of

    def connect_arrows(self) -> None:
        """Each edge between two steps becomes an arrow; a loose end dropped on (or pointing
        just short of) a shape is joined to it; the rest are counted for the warnings."""
        self.arrows: list[tuple[_Cell, str, str, str]] = []  # edge, source, target, label
        self.dangling: list[str] = []
        self.loose_lines: list[tuple[_Cell, str | None, str | None]] = []
        self.to_container: list[str] = []
        self.to_edge: list[str] = []
        for e in self.edges:
            s, why_s = self.resolve(e.source)
            t, why_t = self.resolve(e.target)
            loose_s = s is None and e.source is None and why_s == "missing"
            loose_t = t is None and e.target is None and why_t == "missing"
            if loose_s or loose_t:
                s2 = self.under(e, "sourcePoint") if loose_s else s
                t2 = self.under(e, "targetPoint") if loose_t else t
                if s2 is not None and t2 is not None and s2 != t2:
                    s, t, why_s, why_t = s2, t2, "", ""
                    self.tally.add("glued")
            if s is None or t is None:
                why = why_s or why_t
                if why == "missing":
                    self.loose_lines.append((e, s, t))
                    continue
                {"container": self.to_container, "edge": self.to_edge}.get(why, self.dangling).append(e.id)
                continue
            label = " ".join([p for p in [self.text(e)] + self.edge_labels.get(e.id, []) if p])
            if e.style.get("endArrow") == "none" and e.style.get("startArrow", "none") != "none":
                s, t = t, s  # drawn with the arrowhead at the start: the flow runs the other way
                self.tally.add("reversed")
            self.arrows.append((e, s, t, label))

    def follow_line_networks(self) -> None:
        """Lines that touch each other but no shape at one end: a "bus" drawn from a step to a
        row of arrowheads, each dropping onto a step. Follow it from step to steps."""
        self.networked, self.used = self.line_networks(self.loose_lines, self.under, self.edge_labels)
        self.arrows += self.networked
        self.dangling += [e.id for e, _, _ in self.loose_lines if e.id not in self.used]

    def read_free_texts(self) -> None:
        """Texts that are not steps: over or under a blank shape they name it, small lettered
        markers with no arrows are left out, and next to an arrow a text is its label."""
        connected = {a[1] for a in self.arrows} | {a[2] for a in self.arrows}
        self.laid_over = self.labels_over_shapes(self.step_cells, connected)
        # mapper's own export holds only steps: a small lettered one is a step, not a callout.
        self.markers_left_out = {} if self.from_mapper else self.markers(self.step_cells, connected)
        free_texts = [c for c in self.step_cells if self.kinds[c.id] == "text" and c.id not in connected
                      and c.id not in self.laid_over and c.id not in self.markers_left_out]
        self.adopted = self.adopt_free_labels(free_texts, self.arrows)
        for k, label in self.adopted.items():
            e, s, t, _ = self.arrows[k]
            self.arrows[k] = (e, s, t, label[1])

    def pass_through_connectors(self) -> None:
        """Connectors are not steps: an arrow into "A" goes on where the other "A" leads, and
        an unnamed junction point only joins arrows."""
        groups = self.pass_through_groups(self.step_cells, self.arrows)
        self.arrows, self.passed = _pass_through(self.arrows, groups)
        self.sources, self.targets = {a[1] for a in self.arrows}, {a[2] for a in self.arrows}

    def add_steps(self, builder: MapBuilder) -> None:
        """The step cells that are still steps, with their kinds settled by their arrows."""
        left_out = ({cid for cid, _ in self.adopted.values()} | {cid for g in self.passed for cid in g}
                    | set(self.laid_over) | set(self.markers_left_out))
        connected = self.sources | self.targets
        for c in self.step_cells:
            if c.id in left_out:
                continue
            kind = self.kinds[c.id]
            text = self.text(c)
            owner = ""
            if kind == "table":
                rows = self.table_rows(c)
                text = rows[0] if rows else ""
                owner = "\n".join(rows[1:2])
                if len(rows) > 2:
                    text = "\n".join([rows[0]] + rows[2:])
                kind = "activity"
            elif kind == "text":
                kind = "activity" if c.id in connected else "note"
            elif kind == "event":
                # A BPMN event drawn as neither start nor end: where its arrows go says what it is.
                has_in, has_out = c.id in self.targets, c.id in self.sources
                kind = "terminator" if has_in != has_out else "activity"
            elif kind == "parallel":
                self.tally.add("parallel")
                kind = "activity"
                said = parallel_text(sum(a[1] == c.id for a in self.arrows), sum(a[2] == c.id for a in self.arrows),
                                     text)
                self.tally.add("named parallel", said != text)
                text = said
            if not text and c.id not in connected and not self.from_mapper:
                self.tally.add("skipped empty")
                continue
            if kind == "terminator" and not text and not self.from_mapper:
                has_in, has_out = c.id in self.targets, c.id in self.sources
                if has_in != has_out:
                    text = "End" if has_in else "Start"
                    self.tally.add("named ends")
            owner = owner or self.swimlane_owner(c)
            b = self.box(c)
            cx, cy = b.centre
            fields = {"owner": owner}
            if c.has_geometry and c.w > 0 and c.h > 0:
                fields.update(x=round(cx, 3), y=round(cy, 3), width=c.w, height=c.h)
            elif c.has_geometry:
                fields.update(x=round(cx, 3), y=round(cy, 3))
            if c.mapper_fields:
                extra = self.mapper_fields(c.mapper_fields, Step)
                if extra is None:
                    self.tally.add("bad fields")
                else:
                    fields.update(extra)
            builder.add_step(c.id, kind, text, **fields)

    def add_arrows(self, builder: MapBuilder) -> None:
        """The arrows between steps that were made, with their bends where mapper can follow them."""
        for e, s, t, label in self.arrows:
            if not (builder.has(s) and builder.has(t)):
                self.dangling.append(e.id)
                continue
            waypoints = self.waypoints(e, builder.step(s), builder.step(t))
            if e.points and not waypoints:
                self.tally.add("dropped bends")
            extra = self.mapper_fields(e.mapper_fields, Arrow) if e.mapper_fields else {}
            if extra is None:
                self.tally.add("bad fields")
                extra = {}
            builder.add_arrow(s, t, label, waypoints, **extra)

    def explain(self, m: SystemMap, builder: MapBuilder, warnings: list[str]) -> None:
        """The warnings: what the phases read differently from how draw.io draws it, or left out."""
        tally = self.tally
        if not m.steps:
            warnings.append(translate("Import", "{place} has no shapes mapper could read").format(place=self.place))
        naming = [k for k in self.laid_over.values() if builder.has(k)]
        if naming:
            named = [builder.step(k).text for k in dict.fromkeys(naming)]
            if len(named) == 1:   # one shape named, by one text or by several
                said = counted(len(naming), translate("Import", "{n} text laid over or under a shape became its name: "
                                                                "{names}"),
                               translate("Import", "{n} texts laid over or under a shape became its name: {names}"),
                               names=quoted_list(named, width=25))
            else:
                said = translate("Import", "{n} texts laid over or under a shape became their names: {names}").format(
                    n=len(naming), names=quoted_list(named, width=25))
            warnings.append(said)
        if self.markers_left_out:
            texts = [t for t in self.markers_left_out.values() if t]
            warnings.append(counted(len(self.markers_left_out),
                                    translate("Import", "left out {n} small marker with no arrows (callouts, badges "
                                                        "or legend keys)"),
                                    translate("Import", "left out {n} small markers with no arrows (callouts, badges "
                                                        "or legend keys)"))
                            + (": " + ", ".join(f'"{t}"' for t in texts[:10]) if texts else "")
                            + (" …" if len(texts) > 10 else ""))
        if self.passed:
            named = sorted({self.text(self.by_id[next(iter(g))]) for g in self.passed} - {""})
            junctions = sum(1 for g in self.passed if not self.text(self.by_id[next(iter(g))]))
            quoted = ", ".join('"' + short(n, 12) + '"' for n in named[:8])
            points = counted(junctions, translate("Import", "{n} junction point"),
                             translate("Import", "{n} junction points"))
            if named and junctions:
                said = translate("Import", "connectors {names} and {points} became the arrows that pass through "
                                           "them").format(names=quoted, points=points)
            elif named:
                said = translate("Import", "connectors {names} became the arrows that pass through them").format(
                    names=quoted)
            else:
                said = translate("Import", "{points} became the arrows that pass through them").format(points=points)
            warnings.append(said)
        if self.networked:
            arrows = counted(len(self.networked), translate("Import", "{n} arrow from step to step"),
                             translate("Import", "{n} arrows from step to step"))
            warnings.append(counted(len(self.used),
                                    translate("Import", "followed {n} loose line that joins others into {arrows}"),
                                    translate("Import", "followed {n} loose lines that join each other into {arrows}"),
                                    arrows=arrows))
        glued_short = len(self.short_of & {a[0].id for a in self.arrows})
        warn_about(warnings, tally["glued"] - glued_short,
                   translate("Import", "joined {n} arrow whose loose end was dropped on a shape "
                                       "(drawn touching it, but not attached)"),
                   translate("Import", "joined {n} arrows whose loose end was dropped on a shape "
                                       "(drawn touching it, but not attached)"))
        warn_about(warnings, glued_short,
                   translate("Import", "joined {n} arrow that stops just short of the shape it "
                                       "points at (within {reach} px)"),
                   translate("Import", "joined {n} arrows that stop just short of the shape they "
                                       "point at (within {reach} px)"), reach=int(_SHORT_END_REACH))
        dangling, to_container, to_edge = self.dangling, self.to_container, self.to_edge
        warn_about(warnings, len(dangling),
                   translate("Import", "left out {n} arrow not attached to a shape at both ends "
                                       "(cell {cells})"),
                   translate("Import", "left out {n} arrows not attached to a shape at both ends "
                                       "(cell {cells})"),
                   cells=", ".join(dangling[:6]) + (" …" if len(dangling) > 6 else ""))
        warn_about(warnings, len(to_container),
                   translate("Import", "left out {n} arrow drawn to or from a swimlane or group "
                                       "rather than a step (cell {cells})"),
                   translate("Import", "left out {n} arrows drawn to or from a swimlane or group "
                                       "rather than a step (cell {cells})"),
                   cells=", ".join(to_container[:6]))
        warn_about(warnings, len(to_edge),
                   translate("Import", "left out {n} arrow that ends on another arrow (cell {cells})"),
                   translate("Import", "left out {n} arrows that end on another arrow (cell {cells})"),
                   cells=", ".join(to_edge[:6]))
        warn_about(warnings, tally["reversed"],
                   translate("Import", "{n} arrow with the arrowhead at the start now runs the way "
                                       "the arrowhead points"),
                   translate("Import", "{n} arrows with the arrowhead at the start now run the way "
                                       "the arrowhead points"))
        warn_about(warnings, len(self.adopted),
                   translate("Import", "{n} free-floating text next to an arrow became its label: "
                                       "{names}"),
                   translate("Import", "{n} free-floating texts next to arrows became their labels: "
                                       "{names}"),
                   names=quoted_list([v[1] for v in self.adopted.values()], limit=10, width=15))
        tables = sum(1 for c in self.step_cells if self.kinds[c.id] == "table")
        warn_about(warnings, tables,
                   translate("Import", "{n} table became a step: the first row is the step, the "
                                       "second row its owner"),
                   translate("Import", "{n} tables became steps: the first row is the step, the "
                                       "second row its owner"))
        if tally["parallel"]:
            warnings.append(counted(tally["parallel"],
                                    translate("Import", "{n} parallel gateway became an activity that takes every "
                                                        "branch (a mapper decision would pick one)"),
                                    translate("Import", "{n} parallel gateways became activities that take every "
                                                        "branch (a mapper decision would pick one)"))
                            + (counted(tally["named parallel"],
                                       translate("Import", "; {n} says \"Do all of the next steps\" or \"Wait until "
                                                           "all are done\", so the analysis takes every branch"),
                                       translate("Import", "; {n} say \"Do all of the next steps\" or \"Wait until all "
                                                           "are done\", so the analysis takes every branch"))
                               if tally["named parallel"] else ""))
        warn_about(warnings, tally["named ends"],
                   translate("Import", "named {n} unlabelled start/end shape Start or End"),
                   translate("Import", "named {n} unlabelled start/end shapes Start or End"))
        warn_about(warnings, tally["skipped empty"],
                   translate("Import", "left out {n} shape with no text and no arrows (decoration)"),
                   translate("Import", "left out {n} shapes with no text and no arrows (decoration)"))
        warn_about(warnings, tally["dropped bends"],
                   translate("Import", "{n} arrow lost bends mapper cannot follow; mapper routes it "
                                       "itself"),
                   translate("Import", "{n} arrows lost bends mapper cannot follow; mapper routes "
                                       "them itself"))
        warn_about(warnings, tally["bad fields"],
                   translate("Import", "ignored mapper properties on {n} shape that were not valid"),
                   translate("Import", "ignored mapper properties on {n} shapes that were not "
                                       "valid"))
        lanes = sorted({s.owner for s in m.steps if s.owner})
        if lanes and not self.from_mapper and any(self.kinds.get(c.id) == "swimlane" and _mapper_lane(c.mapper_fields)
                                                  is None for c in self.cells):
            warnings.append(translate("Import", "swimlane titles became the owners of the steps inside: {names}")
                            .format(names=", ".join(f'"{short(o, 25)}"' for o in lanes[:8])))

    # arrow ends --------------------------------------------------------
    def resolve(self, end: str | None) -> tuple[str | None, str]:
        """The step an arrow end is glued to, or None and why not: "missing", "edge", "container"."""
        if end is None:
            return None, "missing"
        if end in self.step_ids:
            return end, ""
        if end in self.in_table:
            return self.in_table[end], ""
        c = self.by_id.get(end)
        if c is None:
            return None, "missing"
        if c.edge:
            return None, "edge"
        if self.kinds.get(c.id) in ("swimlane", "group"):
            return None, "container"
        return None, "missing"

    def under(self, e: _Cell, which: str) -> str | None:
        """The step a loose end was dropped on: draw.io shows it touching, the owner means it."""
        point = e.end_points.get(which)
        if point is None:
            return None
        ox, oy = self.offset(e.parent)
        px, py = point[0] + ox, point[1] + oy
        best = None
        for b, cid in self.near.near(px, py):
            d = math.hypot(max(b.x - px, 0.0, px - (b.x + b.w)), max(b.y - py, 0.0, py - (b.y + b.h)))
            if d <= _LOOSE_END_REACH and (best is None or (d, b.w * b.h) < best[0]):
                best = ((d, b.w * b.h), cid)
        if best:
            return best[1]
        hit = self.pointed_at(e, which, (px, py), self.near)
        if hit is not None:
            self.short_of.add(e.id)
        return hit

    def line_networks(self, lines: list[tuple[_Cell, str | None, str | None]], under,
                      edge_labels: dict[str, list[str]]) -> tuple[list[tuple], set[str]]:
        """Arrows through groups of touching loose lines, and the ids of the lines used.

        A step at a line's plain end is where the flow comes from; a step at an arrowhead is
        where it goes. Every "from" step of a group of touching lines leads to every "to" step.
        """
        ends: dict[str, list[tuple[tuple[float, float], str | None, bool]]] = {}
        paths: dict[str, list[tuple[float, float]]] = {}
        for e, s, t in lines:
            ox, oy = self.offset(e.parent)
            pts = []
            for which, step, head in (("sourcePoint", s, e.style.get("startArrow", "none") != "none"),
                                      ("targetPoint", t, e.style.get("endArrow", "classic") != "none")):
                if step is not None:
                    b = self.box(self.by_id[step])
                    pts.append((b.centre, step, head))
                elif which in e.end_points:
                    x, y = e.end_points[which]
                    pts.append(((x + ox, y + oy), under(e, which), head))
                else:
                    break
            if len(pts) == 2:
                ends[e.id] = pts
                paths[e.id] = [pts[0][0]] + [(x + ox, y + oy) for x, y in e.points] + [pts[1][0]]
        ids = list(ends)
        parent = {i: i for i in ids}

        def find(i: str) -> str:
            while parent[i] != i:
                parent[i] = parent[parent[i]]
                i = parent[i]
            return i
        reach = _LOOSE_END_REACH / 2
        cells = SpatialGrid(_GRID)  # lines filed by the grid squares they cross
        for b in ids:
            xs, ys = [p[0] for p in paths[b]], [p[1] for p in paths[b]]
            cells.add(min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach, b)
        for a in ids:
            for point, step, _ in ends[a]:
                if step is not None:
                    continue
                for b in cells.near(point[0], point[1]):
                    if b != a and _polyline_distance(point, paths[b]) <= reach:
                        parent[find(a)] = find(b)
        groups: dict[str, list[str]] = {}
        for i in ids:
            groups.setdefault(find(i), []).append(i)
        arrows: list[tuple] = []
        used: set[str] = set()
        for members in groups.values():
            if len(members) < 2:
                continue  # one line alone is glued or dropped by the caller's rules
            froms = [(step, m) for m in members for _, step, head in ends[m] if step and not head]
            tos = [(step, m) for m in members for _, step, head in ends[m] if step and head]
            made = [(f, t, fm, tm) for f, fm in froms for t, tm in tos if f != t]
            if not made:
                continue
            used.update(members)
            seen = set()
            for f, t, fm, tm in made:
                if (f, t) in seen:
                    continue
                seen.add((f, t))
                line = self.by_id[tm]
                label = " ".join(p for p in [self.text(line)] + edge_labels.get(tm, []) if p) or \
                    " ".join(p for p in [self.text(self.by_id[fm])] + edge_labels.get(fm, []) if p)
                arrows.append((replace(line, points=[]), f, t, label))
        return arrows, used

    def labels_over_shapes(self, step_cells: list[_Cell], connected: set[str]) -> dict[str, str]:
        """Text cell id -> shape id, for free texts that name a blank shape they lie on or just under.

        Many people label a box, an actor figure or an icon with a separate text cell on top
        of it or under it; the reader sees one named step. Texts inside a shape win over texts
        next to one; several texts on one shape are read top to bottom. The shape's text is
        set in ``self.overlays``.
        """
        blanks = [c for c in step_cells if self.kinds[c.id] in ("activity", "terminator", "decision")
                  and c.w > 0 and c.h > 0 and not self.text(c)]
        if not blanks:
            return {}
        grid = SpatialGrid(_GRID)
        for c in blanks:
            b = self.box(c)
            grid.add(b.x - _GAP_UNDER, b.y - _GAP_UNDER, b.x + b.w + _GAP_UNDER, b.y + b.h + _GAP_UNDER, c)
        taken: dict[str, str] = {}
        for t in step_cells:
            if self.kinds[t.id] != "text" or t.id in connected or not self.text(t):
                continue
            tb = self.box(t)
            cx, cy = tb.centre
            best = None
            for c in grid.near(cx, cy):
                b = self.box(c)
                inside = b.x <= cx <= b.x + b.w and b.y <= cy <= b.y + b.h
                # Under or over it: the text's box starts within a small gap of the shape's edge and
                # the two are centred on each other (draw.io's own label position "below").
                gap = max(tb.y - (b.y + b.h), b.y - (tb.y + tb.h))
                centred = abs(cx - b.centre[0]) <= max(b.w, 20.0) / 2
                beside = not inside and centred and -tb.h / 2 <= gap <= _GAP_UNDER
                if not (inside or beside):
                    continue
                rank = (0 if inside else 1, math.hypot(cx - b.centre[0], cy - b.centre[1]))
                if best is None or rank < best[0]:
                    best = (rank, c)
            if best is not None:
                taken[t.id] = best[1].id
        if not taken:
            return {}
        by_shape: dict[str, list[_Cell]] = {}
        for tid, sid in taken.items():
            by_shape.setdefault(sid, []).append(self.by_id[tid])
        for sid, texts in by_shape.items():
            texts.sort(key=lambda t: (self.box(t).y, self.box(t).x))
            self.overlays[sid] = "\n".join(self.text(t) for t in texts)
        return taken

    def markers(self, step_cells: list[_Cell], connected: set[str]) -> dict[str, str]:
        """Shape id -> text of the small markers on the page: circles, diamonds or boxes of at most
        ``_MARKER_SIZE`` with a letter or a number (or nothing) and no arrows.

        Files put them on the corners of other shapes as callouts, numbered badges or legend
        keys; as steps they would be dozens of lone decisions and start/end points.
        """
        out: dict[str, str] = {}
        for c in step_cells:
            if self.kinds[c.id] not in ("activity", "terminator", "decision") or c.id in connected:
                continue
            if not (0 < c.w <= _MARKER_SIZE and 0 < c.h <= _MARKER_SIZE):
                continue
            text = self.text(c)
            if 0 < len(text.replace(" ", "")) <= 3 and "\n" not in text:
                out[c.id] = text
        return out

    def pointed_at(self, e: _Cell, which: str, end: tuple[float, float],
                   near: dict[tuple[int, int], list[tuple[_Box, str]]]) -> str | None:
        """The shape a loose arrow end points straight at, when it stops at most ``_SHORT_END_REACH``
        short of it; None when no shape, or more than one, could be meant.

        The arrow's last segment is followed on from its end. An orthogonal arrow with no
        stored bends may arrive across or down, so both are tried, and must agree.
        """
        ox, oy = self.offset(e.parent)
        bends = [(x + ox, y + oy) for x, y in e.points]
        other_end = "source" if which == "targetPoint" else "target"
        other_id = getattr(e, other_end)
        if bends:
            before = bends[-1] if which == "targetPoint" else bends[0]
        elif other_id in self.by_id and self.by_id[other_id].vertex:
            before = self.box(self.by_id[other_id]).centre
        elif ("sourcePoint" if which == "targetPoint" else "targetPoint") in e.end_points:
            x, y = e.end_points["sourcePoint" if which == "targetPoint" else "targetPoint"]
            before = (x + ox, y + oy)
        else:
            return None
        dx, dy = end[0] - before[0], end[1] - before[1]
        if dx == dy == 0:
            return None
        directions = [(dx, dy)]
        if not bends and "orthogonal" in e.style.get("edgeStyle", "") + e.style.get("orthogonal", ""):
            directions = [d for d in ((math.copysign(1, dx), 0.0) if dx else None,
                                      (0.0, math.copysign(1, dy)) if dy else None) if d]
        hits = set()
        for ux, uy in directions:
            n = math.hypot(ux, uy)
            ux, uy = ux / n, uy / n
            best = None
            for b, cid in near.near(end[0], end[1]):
                t = _ray_enters(end, (ux, uy), b)
                if t is not None and t <= _SHORT_END_REACH:
                    if best is not None and abs(t - best[0]) < 1.0 and best[1] != cid:
                        return None  # the ray passes between two shapes: nobody can tell which
                    if best is None or t < best[0]:
                        best = (t, cid)
            if best is not None:
                hits.add(best[1])
        if len(hits) != 1:
            return None
        hit = hits.pop()
        return None if hit == other_id else hit

    def pass_through_groups(self, step_cells: list[_Cell], arrows: list[tuple]) -> list[set[str]]:
        """Shapes that stand for a jump, not a step: same-named on-page connectors, and
        unnamed junction points (draw.io's waypoint, or a small unnamed circle) with
        arrows both in and out."""
        ins = {a[2] for a in arrows}
        outs = {a[1] for a in arrows}
        by_name: dict[str, set[str]] = {}
        groups: list[set[str]] = []
        for c in step_cells:
            text = self.text(c)
            if c.shape == "mxgraph.flowchart.on-page_reference" and text:
                by_name.setdefault(" ".join(text.split()).casefold(), set()).add(c.id)
            elif not text and c.id in ins and c.id in outs and (
                    c.shape in _JUNCTION_SHAPES or (self.kinds[c.id] == "terminator" and 0 < max(c.w, c.h) <= 40)):
                groups.append({c.id})
        groups += [g for g in by_name.values() if len(g) > 1]
        return groups

    def table_rows(self, table: _Cell) -> list[str]:
        out = []
        for r in self.children.get(table.id, []):
            parts = [self.text(c) for c in self.children.get(r.id, [])] or [self.text(r)]
            line = " | ".join(p for p in parts if p)
            if line:
                out.append(line)
        return out

    def swimlane_owner(self, cell: _Cell) -> str:
        for a in self.ancestors(cell):
            if self.kinds.get(a.id) == "swimlane":
                lane = _mapper_lane(a.mapper_fields)
                if lane is not None:  # a lane of mapper's export: "Nobody" and stage lanes name no owner
                    return self.text(a) if lane.get("by") == "owner" and lane.get("lane") else ""
                t = self.text(a)
                if t:
                    return t
        return ""

    def mapper_fields(self, raw: str, model: type) -> dict | None:
        """mapper's own step or arrow fields, stored by ``export_drawio`` as a JSON property."""
        try:
            extra = json.loads(raw)
            if not isinstance(extra, dict) or set(extra) & _GEOMETRY:
                return None
            probe = ({"id": "probe", "source": "a", "target": "b"} if model is Arrow
                     else {"id": "probe", "kind": "activity"})
            model.model_validate({**probe, **extra})
            return extra
        except (ValueError, ValidationError):
            return None

    def route(self, e: _Cell, s: _Cell, t: _Cell) -> list[list[tuple[float, float]]]:
        """Candidate polylines of an edge as draw.io would draw it (with and without elbows)."""
        sb, tb = self.box(s), self.box(t)
        start = sb.anchor(e.style.get("exitX"), e.style.get("exitY"))
        end = tb.anchor(e.style.get("entryX"), e.style.get("entryY"))
        ox, oy = self.offset(e.parent)
        pts = [(x + ox, y + oy) for x, y in e.points]
        if pts:
            return [[start] + pts + [end]]
        # No bends stored: draw.io routes the edge itself. Try the straight line and the
        # elbows it would draw, starting along the side the edge leaves from.
        (x0, y0), (x1, y1) = start, end
        mx, my = (x0 + x1) / 2, (y0 + y1) / 2
        across = [[start, (mx, y0), (mx, y1), end], [start, (x1, y0), end]]
        down = [[start, (x0, my), (x1, my), end], [start, (x0, y1), end]]
        exit_x, exit_y = e.style.get("exitX"), e.style.get("exitY")
        if exit_x in ("0", "1"):
            return [[start, end]] + across
        if exit_y in ("0", "1"):
            return [[start, end]] + down
        return [[start, end]] + across + down

    def adopt_free_labels(self, texts: list[_Cell], arrows: list[tuple]) -> dict[int, tuple[str, str]]:
        """Arrow index -> (text cell id, label) for free texts that sit on an unlabelled arrow.

        Each arrow's possible routes are computed once and filed in a coarse grid, so a
        text is only measured against the arrows that pass near it.
        """
        decision_sources = {c.id for c in self.cells if self.kinds.get(c.id) == "decision"}
        reach = 40.0 + 100.0  # the farthest a label may sit, plus half of a large label box
        grid = SpatialGrid(_GRID)
        routes: dict[int, list[list[tuple[float, float]]]] = {}
        for k, (e, s, t, existing) in enumerate(arrows):
            if existing:
                continue
            routes[k] = self.route(e, self.by_id[s], self.by_id[t])
            xs = [p[0] for r in routes[k] for p in r]
            ys = [p[1] for r in routes[k] for p in r]
            grid.add(min(xs) - reach, min(ys) - reach, max(xs) + reach, max(ys) + reach, k)
        pairs = []
        for c in texts:
            label = self.text(c)
            if not label or "\n" in label:
                continue
            answer = label.lower().strip(" .!:") in _ANSWER_WORDS
            if not answer and (len(label) > 20 or len(label.split()) > 3
                               or not any(ch.isalnum() for ch in label)):
                continue
            b = self.box(c)
            centre = b.centre
            slack = min(b.w, b.h) / 2
            for k in grid.near(centre[0], centre[1]):
                e, s, t, _ = arrows[k]
                from_decision = s in decision_sources
                if answer and not from_decision:
                    continue  # "Yes"/"No" answer a decision's question, nothing else
                d = max(0.0, min(_polyline_distance(centre, r) for r in routes[k]) - slack)
                if d <= (40.0 if answer else 12.0):
                    pairs.append((d if from_decision else d + 15.0, k, c.id, label))
        out: dict[int, tuple[str, str]] = {}
        used: set[str] = set()
        for _d, k, cid, label in sorted(pairs):
            if k in out or cid in used:
                continue
            out[k] = (cid, label)
            used.add(cid)
        return out

    def waypoints(self, e: _Cell, s: Step, t: Step) -> list[tuple[float, float]]:
        """The edge's bends in page coordinates, when they make an orthogonal route."""
        if not e.points or s.x is None or t.x is None:
            return []
        ox, oy = self.offset(e.parent)
        pts = [(round(x + ox, 3), round(y + oy, 3)) for x, y in e.points]
        path = [(s.x, s.y)] + pts + [(t.x, t.y)]
        for (ax, ay), (bx, by) in zip(path, path[1:]):
            if abs(ax - bx) > 0.5 and abs(ay - by) > 0.5:
                return []
        return pts

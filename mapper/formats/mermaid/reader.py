"""A Mermaid flowchart turned into a map, phase by phase (see ``ChartReader.run``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from mapper.i18n import translate
from mapper.model import MapFileError

from ..building import ImportResult, MapBuilder, Tally, counted, quoted_list, short, warn_about
from .chains import _ROUND_SHAPES, _STORE_OPENERS, _ChainReader, _Garbled, _NodeRef
from .lexer import (_HEADER, _join_open_arrows, _join_open_shapes, _Line, _split_statements, decode_label,
                    extract_flowchart)
from .writer import MAPPER_MARK


_SKIPPED_WORDS = {
    "classdef": "classDef", "class": "class", "style": "style", "linkstyle": "linkStyle",
    "click": "click", "callback": "click", "direction": "direction",
}


@dataclass
class _Subgraph:
    id: str | None
    title: str
    line: int
    members: list[str] = field(default_factory=list)  # steps mentioned directly inside


def _subgraph_header(rest: str) -> tuple[str | None, str]:
    # "subgraph X direction LR" on one line: the direction is a layout hint, not the title.
    rest = re.sub(r"\s+direction\s+(?:TB|TD|LR|RL|BT)\s*$", "", rest.strip(), flags=re.IGNORECASE).strip()
    m = re.match(r"^([^\s\[\]\"]+)\s*\[(.*)\]$", rest)
    if m:
        return m.group(1), decode_label(m.group(2))
    if rest.startswith('"'):
        return None, decode_label(rest)
    if re.fullmatch(r"[^\s\[\]\"]+", rest):
        return rest, decode_label(rest)
    return None, decode_label(rest)


def import_mermaid(text: str, name: str = "<mermaid>") -> ImportResult:
    """Read a Mermaid flowchart (or Markdown holding one) into an unplaced map."""
    return ChartReader(name).run(text)


class ChartReader:
    """One Mermaid flowchart read into a map, in phases (see ``run``). Each phase leaves what
    it found on the reader: the nodes, the edges, the subgraphs and what was skipped."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.title = PurePath(name).stem if name and not name.startswith("<") else ""
        self.nodes: dict[str, _NodeRef] = {}
        self.owners: dict[str, str] = {}
        self.edges: list[tuple[str, str, str]] = []
        self.open_subgraphs: list[_Subgraph] = []
        self.inside: dict[str, dict[str, None]] = {}  # subgraph id -> every step named in it, nested ones too
        self.subgraph_ids: set[str] = set()
        self.skipped = Tally()  # the kind of line skipped ("classDef", "style"...) -> how many
        self.tally = Tally()  # how often a phase did something the warnings tell
        self.garbled: list[str] = []
        self.note_classes: dict[str, set[str]] = {}
        self.header_seen = False
        self.as_drawn = False  # mapper's own export: every shape is the kind it says
        self.changed: dict[str, list[str]] = {}  # shape name -> ids of steps that became activities

    def run(self, text: str) -> ImportResult:
        lines, warnings = extract_flowchart(text, self.name)
        self.read_lines(_join_open_arrows(_join_open_shapes(lines)), warnings)
        if not self.header_seen:
            raise MapFileError(self.name, translate("Import", "the Mermaid block is empty: no \"flowchart\" line"))
        self.close_open_subgraphs(warnings)
        warnings.extend(self.garbled)
        self.join_whole_subgraphs(warnings)
        builder = MapBuilder(self.title)
        self.add_steps(builder)
        for s, t, label in self.edges:
            builder.add_arrow(s, t, label)
        self.explain_changed_shapes(builder, warnings)
        if not self.as_drawn:
            builder.ends_by_name(warnings)
            builder.boxes_as_decisions(warnings)
        m = builder.build(warnings)
        self.explain(warnings)
        return ImportResult(m, warnings)

    # phases of run -----------------------------------------------------
    def read_lines(self, lines: list[_Line], warnings: list[str]) -> None:
        """Front matter, comments and statements, line by line."""
        in_front_matter = False
        front_matter_done = False
        for line in lines:
            raw = line.text.strip()
            if not self.header_seen and not front_matter_done:
                if raw == "---" and not in_front_matter:
                    in_front_matter = True
                    continue
                if in_front_matter:
                    if raw == "---":
                        in_front_matter, front_matter_done = False, True
                    else:
                        t = re.match(r"^title\s*:\s*(.+)$", raw)
                        if t:
                            self.title = t.group(1).strip().strip("\"'")
                    continue
            if not raw:
                continue
            if raw.startswith("%%"):
                if raw == MAPPER_MARK and not self.header_seen:
                    self.as_drawn = True
                elif raw.startswith("%%{"):
                    self.skipped.add("settings (%%{...}%%)")
                elif self.header_seen:  # comments above the header are the file's heading
                    self.tally.add("comments")
                continue
            for stmt in _split_statements(raw):
                self.read_statement(stmt, line, warnings)

    def read_statement(self, stmt: str, line: _Line, warnings: list[str]) -> None:
        """One statement: the header, a subgraph's start or end, a skipped line, or a chain."""
        if not self.header_seen:
            self.header_seen = True
            if not _HEADER.match(stmt):
                warnings.append(translate("Import", 'line {line}: unusual flowchart header "{header}"; read it as '
                                                    'a flowchart').format(line=line.number, header=short(stmt)))
            return
        word = stmt.split(None, 1)[0]
        low = word.lower()
        if low == "subgraph":
            sid, stitle = _subgraph_header(stmt[len(word):])
            self.open_subgraphs.append(_Subgraph(sid, stitle, line.number))
            if sid:
                self.subgraph_ids.add(sid)
            return
        if low == "end" and stmt.strip().lower() == "end":
            if self.open_subgraphs:
                self.close(self.open_subgraphs.pop())
            else:
                warnings.append(translate("Import", 'line {line}: "end" without a subgraph to close; ignored')
                                .format(line=line.number))
            return
        if low in _SKIPPED_WORDS:
            if low == "class":
                parts = stmt.split()
                if len(parts) >= 3 and parts[-1] == "note":
                    for nid in ",".join(parts[1:-1]).split(","):
                        if nid.strip():
                            self.note_classes.setdefault(nid.strip(), set()).add("note")
                    return
            if low == "classdef" and len(stmt.split()) >= 2 and stmt.split()[1] == "note":
                return
            self.skipped.add(_SKIPPED_WORDS[low])
            return
        if re.match(r"^(accTitle|title)\s*:", stmt):
            self.title = stmt.split(":", 1)[1].strip()
            return
        if re.match(r"^accDescr\b", stmt):
            self.skipped.add("accessibility description")
            return
        try:
            groups, links = _ChainReader(stmt).read()
        except _Garbled as e:
            self.garbled.append(translate("Import", 'line {line}: could not read "{text}" ({reason}); skipped it')
                                .format(line=line.number, text=short(stmt, 50), reason=e))
            return
        for group in groups:
            for ref in group:
                self.mention(ref)
        for k, link in enumerate(links):
            if link.invisible:
                self.tally.add("invisible", len(groups[k]) * len(groups[k + 1]))
                continue
            if link.both_ways:
                self.tally.add("two-way")
            if link.two_labels:
                self.garbled.append(translate("Import", 'line {line}: an arrow has two labels ("-- text -->|text|", '
                                                        'which Mermaid refuses); kept both as "{label}"').format(
                    line=line.number, label=short(link.label)))
            for s in groups[k]:
                for t in groups[k + 1]:
                    self.edges.append((s.id, t.id, link.label))

    def mention(self, ref: _NodeRef) -> None:
        node = self.nodes.get(ref.id)
        if node is None:
            node = self.nodes[ref.id] = _NodeRef(ref.id)
        if ref.kind is not None:  # a later shape wins, as in Mermaid
            node.kind, node.text, node.opener = ref.kind, ref.text, ref.opener
        node.classes += [c for c in ref.classes if c not in node.classes]
        if self.open_subgraphs:
            self.open_subgraphs[-1].members.append(ref.id)
        for sg in self.open_subgraphs:
            if sg.id:
                self.inside.setdefault(sg.id, {})[ref.id] = None

    def close(self, sg: _Subgraph) -> None:
        # As in Mermaid, a step belongs to the first subgraph to close that names it: the
        # innermost one, or the earlier one when two siblings both name it.
        for nid in sg.members:
            self.owners.setdefault(nid, sg.title)

    def close_open_subgraphs(self, warnings: list[str]) -> None:
        for sg in reversed(self.open_subgraphs):
            self.close(sg)
            warnings.append(translate("Import", 'line {line}: subgraph "{title}" is never closed with "end"; closed '
                                                'it at the end of the file').format(line=sg.line, title=short(sg.title)))

    def join_whole_subgraphs(self, warnings: list[str]) -> None:
        """An arrow to a whole subgraph goes to the steps it starts with; one from a subgraph
        leaves from the steps it ends with (mapper's arrows join steps, not groups)."""
        nodes, inside, edges = self.nodes, self.inside, self.edges
        whole = {sid for sid in self.subgraph_ids if sid in nodes and nodes[sid].kind is None}
        ends: dict[str, tuple[list[str], list[str]]] = {}
        for sid in whole:
            del nodes[sid]
            members = [n for n in inside.get(sid, {}) if n not in whole]
            within = [(a, b) for a, b, _ in edges if a in inside.get(sid, {}) and b in inside.get(sid, {})]
            firsts = [n for n in members if not any(b == n for _, b in within)] or members[:1]
            lasts = [n for n in members if not any(a == n for a, _ in within)] or members[-1:]
            ends[sid] = (firsts, lasts)
        joined_to_subgraph = dropped_to_subgraph = 0
        if whole:
            rewired: list[tuple[str, str, str]] = []
            for a, b, label in edges:
                if a not in whole and b not in whole:
                    rewired.append((a, b, label))
                    continue
                froms = ends[a][1] if a in whole else [a]
                tos = ends[b][0] if b in whole else [b]
                new = [(x, y, label) for x in froms for y in tos if x != y]
                rewired += new
                if new:
                    joined_to_subgraph += 1
                else:
                    dropped_to_subgraph += 1
            self.edges = rewired
        warn_about(warnings, joined_to_subgraph,
                   translate("Import", "{n} arrow drawn to or from a whole subgraph now joins the "
                                       "steps it starts or ends with (mapper's arrows join steps)"),
                   translate("Import", "{n} arrows drawn to or from a whole subgraph now join the "
                                       "steps it starts or ends with (mapper's arrows join steps)"))
        warn_about(warnings, dropped_to_subgraph,
                   translate("Import", "left out {n} arrow drawn to or from a whole subgraph with no "
                                       "other step in it to join (mapper's arrows join steps)"),
                   translate("Import", "left out {n} arrows drawn to or from a whole subgraph with "
                                       "no other step in it to join (mapper's arrows join steps)"))

    def add_steps(self, builder: MapBuilder) -> None:
        """Every node as a step; a rounded shape is a start or end only where its arrows say so."""
        edges = self.edges
        touched = {e[0] for e in edges} | {e[1] for e in edges}
        mid_flow = {e[0] for e in edges} & {e[1] for e in edges}
        for nid, node in self.nodes.items():
            kind = node.kind or "activity"
            shape = _ROUND_SHAPES.get(node.opener)
            if kind == "terminator" and shape and not self.as_drawn and (nid in mid_flow
                                                                         or node.opener in _STORE_OPENERS):
                # A rounded shape is where the flow starts or stops only when its arrows say so; a
                # database shape is a step that stores something, wherever it sits.
                kind = "activity"
                self.changed.setdefault(shape, []).append(nid)
            classes = set(node.classes) | self.note_classes.get(nid, set())
            if "note" in classes and nid not in touched:
                kind = "note"
            text = node.text if node.text is not None else decode_label(nid)
            builder.add_step(nid, kind, text, owner=self.owners.get(nid, ""))

    def explain_changed_shapes(self, builder: MapBuilder, warnings: list[str]) -> None:
        for shape, ids in self.changed.items():
            shapes = shape_count(shape, len(ids))
            names = quoted_list([builder.step(i).text for i in ids], width=25)
            if shape.startswith("database"):
                said = counted(len(ids), translate("Import", "{shapes} that stores data became an activity (storing "
                                                             "is a step, not a start or end): {names}"),
                               translate("Import", "{shapes} that store data became activities (storing is a step, "
                                                   "not a start or end): {names}"), shapes=shapes, names=names)
            else:
                said = counted(len(ids), translate("Import", "{shapes} in the middle of the flow became an activity (a "
                                                             "start or end point has arrows only out or only in): "
                                                             "{names}"),
                               translate("Import", "{shapes} in the middle of the flow became activities (a start or "
                                                   "end point has arrows only out or only in): {names}"),
                               shapes=shapes, names=names)
            warnings.append(said)

    def explain(self, warnings: list[str]) -> None:
        """The warnings about what the chart has that a map does not keep."""
        grouped = sorted({o for o in self.owners.values() if o})
        if grouped:
            warnings.append(translate("Import", "subgraphs were flattened; their titles became the owners of the "
                                                "steps inside: {names}").format(
                names=", ".join(f'"{short(g)}"' for g in grouped)))
        warn_about(warnings, self.tally["two-way"],
                   translate("Import", "{n} two-way arrow (<-->) kept pointing one way only, from "
                                       "the first step to the second"),
                   translate("Import", "{n} two-way arrows (<-->) kept pointing one way only, from "
                                       "the first step to the second"))
        warn_about(warnings, self.tally["invisible"],
                   translate("Import", "left out {n} invisible link (~~~): it only spaces the "
                                       "drawing"),
                   translate("Import", "left out {n} invisible links (~~~): they only space the "
                                       "drawing"))
        for key, n in sorted(self.skipped.items()):
            why = {"classDef": translate("Import", "colours are not kept"),
                   "class": translate("Import", "colours are not kept"),
                   "style": translate("Import", "colours are not kept"),
                   "linkStyle": translate("Import", "arrow colours are not kept"),
                   "click": translate("Import", "links and callbacks are not kept"),
                   "direction": translate("Import", "mapper lays the map out itself")}.get(key) \
                or translate("Import", "not used by mapper")
            what = {"settings (%%{...}%%)": translate("Import", "settings (%%{...}%%)"),
                    "accessibility description": translate("Import", "accessibility description")}.get(key, key)
            warnings.append(counted(n, translate("Import", "skipped {n} {what} line ({why})"),
                                    translate("Import", "skipped {n} {what} lines ({why})"), what=what, why=why))
        warn_about(warnings, self.tally["comments"], translate("Import", "skipped {n} comment line (%%)"),
                   translate("Import", "skipped {n} comment lines (%%)"))


def shape_count(shape: str, n: int) -> str:
    """"2 pills ([..])": ``n`` shapes of one kind of ``chains._ROUND_SHAPES``, in the owner's language
    (Mermaid's own shape names, "@stadium", stay as Mermaid writes them)."""
    if shape.startswith("@"):
        return counted(n, translate("Import", "{n} {name} shape"), translate("Import", "{n} {name} shapes"),
                       name=shape[1:])
    one, many = {
        "rounded box": (translate("Import", "{n} rounded box (..)"), translate("Import", "{n} rounded boxes (..)")),
        "pill": (translate("Import", "{n} pill ([..])"), translate("Import", "{n} pills ([..])")),
        "circle": (translate("Import", "{n} circle ((..))"), translate("Import", "{n} circles ((..))")),
        "double circle": (translate("Import", "{n} circle (((..)))"), translate("Import", "{n} circles (((..)))")),
        "database [(..)]": (translate("Import", "{n} database shape [(..)]"),
                            translate("Import", "{n} database shapes [(..)]")),
    }.get(shape) or (translate("Import", "{n} database shape"), translate("Import", "{n} database shapes"))
    return counted(n, one, many)

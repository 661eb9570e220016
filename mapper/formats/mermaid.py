"""Mermaid flowcharts in and out (docs/command-line.md, "import").

Import reads ``flowchart``/``graph`` charts, alone or fenced in Markdown:
- ``([..])`` stadium, ``((..))`` circle, ``(((..)))`` and ``(..)`` rounded are
  terminators (mapper's rounded shapes) where the flow starts or stops; in the
  middle of the flow (arrows in and out) they are activities, and ``[(..)]``
  database shapes always are (the warnings say so). ``{..}`` is a decision, and
  so is a box with two or more labelled arrows out; every other box (``[..]``,
  ``[[..]]``, ``[/..]``, ``>..]``, ``{{..}}``...) is an activity. Boxes that say
  "Start" or "End" where the flow starts or ends are start/end points. mapper's
  own export (marked by ``MAPPER_MARK``) comes back exactly as drawn.
- Arrows of every style (``-->``, ``---``, ``-.->``, ``==>``...) with labels in
  both syntaxes (``-->|Yes|`` and ``-- Yes -->``), ``&`` fan-out/fan-in and chains,
  also across lines: an arrow at the end of a line goes on with the next line.
- Subgraphs are flattened; their title becomes the ``owner`` of the steps inside
  (``subgraph "" direction LR``: no title, no owner).
- Colours and layout hints (classDef, class, style, linkStyle, click, direction)
  and ``%%`` comments are skipped and counted in the warnings. A node whose class
  is ``note`` and that no arrow touches comes back as a note (that is how notes
  are exported, see ``export_mermaid``).

Export writes a conservative ``flowchart LR`` using only syntax from Mermaid's
flowchart documentation: quoted labels with entity codes, ``(["…"])``
terminators, ``{"…"}`` decisions, ``["…"]`` activities, ``-->|"label"|``
arrows. Notes have no arrows; they are written as flag-shaped nodes ``>"…"]``
in a ``note`` class (pale yellow), so they stay visible in the rendered chart and
come back as notes when imported again.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from mapper.model import MapFileError, SystemMap

from .building import ImportResult, MapBuilder, plural, short, tidy_text

__all__ = ["import_mermaid", "export_mermaid", "extract_flowchart"]

# -- reading the text ------------------------------------------------------------

_HEADER = re.compile(r"^(flowchart|graph)(?:-elk)?(?:\s+(TD|TB|LR|RL|BT))?\s*$", re.IGNORECASE)
_OTHER_DIAGRAM = re.compile(
    r"^(sequenceDiagram|classDiagram(?:-v2)?|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|"
    r"gitGraph|mindmap|timeline|quadrantChart|requirementDiagram|C4\w*|sankey(?:-beta)?|"
    r"xychart(?:-beta)?|block(?:-beta)?|architecture(?:-beta)?|kanban|packet(?:-beta)?|radar(?:-beta)?)\b")
_FENCE_OPEN = re.compile(r"^\s*(`{3,}|~{3,})\s*mermaid\b.*$", re.IGNORECASE)
# Other ways Markdown sites hold a chart, as (opening line, closing line): Jekyll and Hugo
# shortcodes, Azure DevOps wiki ":::", and raw HTML for mermaid.js.
_OTHER_BLOCKS = [
    (re.compile(r"^\s*\{%-?\s*mermaid\b.*%\}\s*$", re.IGNORECASE),
     re.compile(r"^\s*\{%-?\s*endmermaid\s*-?%\}", re.IGNORECASE)),
    (re.compile(r"^\s*\{\{[<%]\s*mermaid\b.*[>%]\}\}\s*$", re.IGNORECASE),
     re.compile(r"^\s*\{\{[<%]\s*/\s*mermaid\s*[>%]\}\}", re.IGNORECASE)),
    (re.compile(r"^\s*:::\s*mermaid\s*$", re.IGNORECASE), re.compile(r"^\s*:::\s*$")),
    (re.compile(r"""^\s*<(div|pre)\b[^>]*\bclass\s*=\s*["'][^"']*\bmermaid\b[^"']*["'][^>]*>\s*$""", re.IGNORECASE),
     re.compile(r"^\s*</\s*(div|pre)\s*>", re.IGNORECASE)),
]


@dataclass
class _Line:
    number: int          # 1-based line number in the original file
    text: str


def _split_lines(text: str) -> list[str]:
    # CRLF, CR-only and mixed endings all count as line breaks.
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def extract_flowchart(text: str, name: str) -> tuple[list[_Line], list[str]]:
    """The lines of the first Mermaid flowchart in ``text`` (bare or fenced in Markdown).

    Returns the lines (with their numbers in the file) and warnings. Raises
    ``MapFileError`` when there is no flowchart at all.
    """
    lines = _split_lines(text.lstrip("\ufeff"))
    warnings: list[str] = []
    blocks: list[list[_Line]] = []
    i = 0
    fenced = False
    while i < len(lines):
        m = _FENCE_OPEN.match(lines[i])
        closing = None
        in_html = False  # mermaid.js reads an HTML block's text: "--&gt;" is "-->"
        if m:
            fence = m.group(1)
            closing = lambda t, fence=fence: t.strip().startswith(fence)  # noqa: E731
        else:
            for k, (opening, close) in enumerate(_OTHER_BLOCKS):
                if opening.match(lines[i]):
                    closing, in_html = close.match, k == len(_OTHER_BLOCKS) - 1
                    break
        if closing is not None:
            fenced = True
            block: list[_Line] = []
            i += 1
            while i < len(lines) and not closing(lines[i]):
                block.append(_Line(i + 1, html.unescape(lines[i]) if in_html else lines[i]))
                i += 1
            blocks.append(block)
        i += 1
    if not fenced:
        blocks = [[_Line(n, t) for n, t in enumerate(lines, 1)]]
    other_kind = None
    for b, block in enumerate(blocks):
        body = _skip_front_matter(block)
        first = next((ln for ln in body if ln.text.strip() and not ln.text.strip().startswith("%%")), None)
        if first is None:
            continue
        head = first.text.strip().split(";")[0].strip()
        if _HEADER.match(head) or re.match(r"^(flowchart|graph)\b", head, re.IGNORECASE):
            if len(blocks) > 1:
                rest = len(blocks) - 1
                warnings.append(f"the file holds {len(blocks)} Mermaid diagrams; took the flowchart "
                                f"at line {first.number} and left the other {plural(rest, 'diagram')}")
            return block, warnings
        kind = _OTHER_DIAGRAM.match(head)
        if kind and other_kind is None:
            other_kind = (kind.group(1), first.number)
    if other_kind:
        raise MapFileError(name, f"this is a Mermaid {other_kind[0]}, not a flowchart; mapper imports "
                                 "flowcharts (they start with \"flowchart\" or \"graph\")",
                           f"line {other_kind[1]}")
    if fenced or name.lower().endswith((".md", ".markdown")):
        raise MapFileError(name, "the Markdown holds no Mermaid flowchart (a ```mermaid block starting "
                                 "with \"flowchart\" or \"graph\")")
    if not any(t.strip() for t in lines):
        raise MapFileError(name, "the file is empty")
    first = next((n for n, t in enumerate(lines, 1) if t.strip()), 1)
    raise MapFileError(name, "this is not a Mermaid flowchart: it should start with \"flowchart TD\", "
                             "\"flowchart LR\" or \"graph TD\"", f"line {first}")


def _skip_front_matter(block: list[_Line]) -> list[_Line]:
    start = next((k for k, ln in enumerate(block) if ln.text.strip()), None)
    if start is None or block[start].text.strip() != "---":
        return block
    for k in range(start + 1, len(block)):
        if block[k].text.strip() == "---":
            return block[k + 1:]
    return block


#: How many lines one shape's text may run over before mapper stops joining them.
MAX_LABEL_LINES = 30


def _open_brackets(text: str) -> int:
    """How many shape brackets ``[ ( {`` the text leaves open (quotes and |labels| do not count)."""
    depth = 0
    quoted = piped = False
    for ch in text:
        if ch == '"' and not piped:
            quoted = not quoted
        elif quoted:
            continue
        elif ch == "|":
            piped = not piped
        elif piped:
            continue
        elif ch in "[({":
            depth += 1
        elif ch in "])}":
            depth = max(0, depth - 1)
    return depth


def _join_open_shapes(lines: list[_Line]) -> list[_Line]:
    """Mermaid lets a shape's text run over several lines; put each such shape on one line.

    A line that leaves a bracket open takes the next lines (joined by line breaks) until
    it closes; when it never closes within ``MAX_LABEL_LINES``, the lines stay as they are
    and are reported one by one.
    """
    out: list[_Line] = []
    i = 0
    while i < len(lines):
        text = lines[i].text
        if text.strip().startswith("%%") or not _open_brackets(text):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        joined = text
        while j < len(lines) and j - i < MAX_LABEL_LINES and _open_brackets(joined):
            joined += "\n" + lines[j].text
            j += 1
        if _open_brackets(joined):
            out.append(lines[i])
            i += 1
            continue
        out.append(_Line(lines[i].number, joined))
        i = j
    return out


#: A line that ends in an arrow (with or without its label): the arrow's target is on the next line.
_TRAILING_ARROW = re.compile(r"(?:-{2,}>|-{3,}|={2,}>|={3,}|-\.+->|-\.+-|~{3,}|-{2}[ox]|={2}[ox])"
                             r"(?:\s*\|[^|]*\|)?\s*;?\s*$")


def _ends_in_arrow(text: str) -> bool:
    """The line is a statement whose last arrow has no step after it ("---" alone is not one)."""
    text = text.strip()
    m = _TRAILING_ARROW.search(text)
    return bool(m) and bool(text[:m.start()].strip()) and not text.startswith("%%") and not _HEADER.match(text)


def _join_open_arrows(lines: list[_Line]) -> list[_Line]:
    """Mermaid lets an arrow at the end of a line take the line break (``A -->`` then ``B``):
    the chain goes on with the next line, so such lines are read as one statement."""
    out: list[_Line] = []
    pending: _Line | None = None
    for line in lines:
        text = line.text.strip()
        if pending is not None:
            if not text or text.startswith("%%"):
                out.append(line)
                continue
            pending = _Line(pending.number, pending.text.rstrip().rstrip(";") + " " + text)
        else:
            pending = line
        if _ends_in_arrow(pending.text):
            continue
        out.append(pending)
        pending = None
    if pending is not None:
        out.append(pending)
    return out


def _split_statements(text: str) -> list[str]:
    """Split a line on ``;`` outside quotes and brackets (Mermaid's statement separator)."""
    out: list[str] = []
    depth = 0
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif ch in "[({":
            depth += 1
        elif ch in "])}":
            depth = max(0, depth - 1)
        elif ch == ";" and depth == 0:
            # "#quot;" style entity codes outside quotes are not separators.
            if not re.search(r"#\w+$", text[start:i]):
                out.append(text[start:i])
                start = i + 1
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


# -- labels ------------------------------------------------------------------------

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?(?:b|i|u|s|em|strong|small|big|span|font|div|p|sub|sup|code|a|mark)\b[^>]*>",
                  re.IGNORECASE)
_ICON = re.compile(r"\bfa[bsrl]?:fa-[\w-]+\s?")  # "fa:fa-user": Mermaid draws a Font Awesome icon there
_ENTITY = re.compile(r"#(\d+|[A-Za-z]\w*);|&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z]\w*);")


def _decode_entity(m: re.Match) -> str:
    code = m.group(1) if m.group(1) is not None else m.group(2)
    if code.isdigit():
        ref = f"&#{code};"
    else:
        ref = f"&{code};"
    out = html.unescape(ref)
    return m.group(0) if out == ref else out


def decode_label(raw: str) -> str:
    """What Mermaid shows for a label: quotes off, <br> and \\n as line breaks, entities decoded."""
    t = raw.strip()
    if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
        t = t[1:-1]
        if len(t) >= 2 and t[0] == "`" and t[-1] == "`":
            t = t[1:-1]  # a "`markdown string`"
    t = _BREAK.sub("\n", t)
    t = t.replace("\\n", "\n")
    t = _TAG.sub("", t)
    t = _ICON.sub("", t)
    t = _ENTITY.sub(_decode_entity, t)
    return tidy_text(t)


# -- statements ----------------------------------------------------------------------

class _Garbled(Exception):
    """A statement mapper cannot read; the line is skipped with a warning."""


@dataclass
class _NodeRef:
    id: str
    kind: str | None = None       # None: referenced without a shape
    text: str | None = None
    opener: str = ""              # the bracket the shape was drawn with: "(", "([", "{"...
    classes: list[str] = field(default_factory=list)


@dataclass
class _Link:
    label: str
    invisible: bool = False
    both_ways: bool = False
    two_labels: bool = False  # "-- Yes -->|why|": Mermaid refuses it, but both words are the owner's


_ID = re.compile(r"[^\s\[\](){}<>&;|\"=:@,~-]+(?:-(?![-.>=])[^\s\[\](){}<>&;|\"=:@,~-]+)*")

# (opener, closers, kind): longest openers first.
_SHAPES: list[tuple[str, tuple[str, ...], str]] = [
    ("(((", (")))",), "terminator"),
    ("([", ("])",), "terminator"),
    ("((", ("))",), "terminator"),
    ("[(", (")]",), "terminator"),
    ("[[", ("]]",), "activity"),
    ("[/", ("/]", "\\]"), "activity"),
    ("[\\", ("\\]", "/]"), "activity"),
    ("{{", ("}}",), "activity"),
    ("(", (")",), "terminator"),
    ("[", ("]",), "activity"),
    ("{", ("}",), "decision"),
    (">", ("]",), "activity"),
]

#: Shapes drawn round that mapper reads as start/end points only where the flow starts or stops
#: (opener -> "singular|plural" name for the warnings); database shapes never are.
_ROUND_SHAPES = {"(": "rounded box (..)|rounded boxes (..)", "([": "pill ([..])|pills ([..])",
                 "((": "circle ((..))|circles ((..))", "(((": "circle (((..)))|circles (((..)))",
                 "[(": "database shape [(..)]|database shapes [(..)]",
                 **{f"@{n}": f"{n} shape|{n} shapes" for n in ("rounded", "stadium", "pill", "circle", "circ",
                                                            "sm-circ", "small-circle", "dbl-circ",
                                                            "double-circle", "fr-circ", "framed-circle",
                                                            "f-circ", "filled-circle", "event")},
                 **{f"@{n}": "database shape|database shapes" for n in ("cyl", "cylinder", "database", "db")}}
_STORE_OPENERS = {"[(", "@cyl", "@cylinder", "@database", "@db"}

_NEW_SHAPE_KINDS = {
    "terminator": {"rounded", "stadium", "pill", "terminal", "circle", "circ", "sm-circ", "small-circle",
                   "start", "stop", "dbl-circ", "double-circle", "fr-circ", "framed-circle", "f-circ",
                   "filled-circle", "cyl", "cylinder", "database", "db", "event"},
    "decision": {"diam", "diamond", "decision", "question"},
}

# "e1@-->": Mermaid 11 lets an arrow carry an id; it means nothing to mapper.
_FULL_LINK = re.compile(r"(?:[\w-]+@)?(<)?(-{2,}>|-{3,}|-{2}[ox](?![a-z])|={2,}>|={3,}|={2}[ox](?![a-z])"
                        r"|-\.+->|-\.+-|~{3,})")
_TEXT_LINK_START = re.compile(r"(?:[\w-]+@)?(<)?(--|==|-\.)(?![->=.])")
_TEXT_LINK_END = {
    "--": re.compile(r"\s*(-{2,}>|-{3,}|-{2}[ox](?=\s|$))"),
    "==": re.compile(r"\s*(={2,}>|={3,}|={2}[ox](?=\s|$))"),
    "-.": re.compile(r"\s*(\.-+>|\.-+)"),
}


class _ChainReader:
    """Reads ``A[..] & B --> |x| C --> D`` into node groups and the links between them."""

    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def ws(self) -> None:
        while self.i < len(self.s) and self.s[self.i].isspace():
            self.i += 1

    def read(self) -> tuple[list[list[_NodeRef]], list[_Link]]:
        groups = [self.group()]
        links: list[_Link] = []
        while True:
            self.ws()
            if self.i >= len(self.s):
                return groups, links
            link = self.link()
            if link is None:
                raise _Garbled("expected an arrow such as --> after a step")
            links.append(link)
            groups.append(self.group())

    def group(self) -> list[_NodeRef]:
        nodes = [self.node()]
        while True:
            self.ws()
            if self.s.startswith("&", self.i):
                self.i += 1
                nodes.append(self.node())
            else:
                return nodes

    def node(self) -> _NodeRef:
        self.ws()
        m = _ID.match(self.s, self.i)
        if not m:
            raise _Garbled("expected a step id")
        ref = _NodeRef(m.group(0))
        self.i = m.end()
        # "A [text]" is refused by Mermaid, but the owner's meaning is plain: read it.
        spaced = re.compile(r"[ \t]+(?=[\[({])").match(self.s, self.i)
        if spaced and not re.match(r"\s*(end|subgraph)\b", self.s[spaced.end():]):
            self.i = spaced.end()
        if self.s.startswith("@{", self.i):
            self.new_shape(ref)
        else:
            for opener, closers, kind in _SHAPES:
                if self.s.startswith(opener, self.i):
                    self.i += len(opener)
                    ref.text = self.text_until(closers)
                    ref.kind = kind
                    ref.opener = opener
                    break
        while self.s.startswith(":::", self.i):
            c = re.compile(r"[\w-]+").match(self.s, self.i + 3)
            if not c:
                raise _Garbled("expected a class name after :::")
            ref.classes.append(c.group(0))
            self.i = c.end()
        return ref

    def text_until(self, closers: tuple[str, ...]) -> str:
        start = self.i
        j = self.i
        while j < len(self.s) and self.s[j].isspace():
            j += 1
        if j < len(self.s) and self.s[j] == '"':
            end_quote = self.s.find('"', j + 1)
            if end_quote < 0:
                raise _Garbled("a label's closing quote is missing")
            k = end_quote + 1
            while k < len(self.s) and self.s[k].isspace():
                k += 1
            for c in closers:
                if self.s.startswith(c, k):
                    self.i = k + len(c)
                    return decode_label(self.s[j:end_quote + 1])
            raise _Garbled(f"expected {closers[0]} after the quoted label")
        best = None
        for c in closers:
            pos = self.s.find(c, start)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, c)
        if best is None:
            raise _Garbled(f"a shape is not closed (expected {closers[0]})")
        self.i = best[0] + len(best[1])
        return decode_label(self.s[start:best[0]])

    def new_shape(self, ref: _NodeRef) -> None:
        end = self.s.find("}", self.i)
        if end < 0:
            raise _Garbled("a @{ shape } is not closed")
        body = self.s[self.i + 2:end]
        self.i = end + 1
        shape = re.search(r"shape\s*:\s*([\w-]+)", body)
        label = re.search(r"label\s*:\s*(\"[^\"]*\"|[^,}]+)", body)
        name = shape.group(1).lower() if shape else "rect"
        ref.kind = next((k for k, names in _NEW_SHAPE_KINDS.items() if name in names), "activity")
        ref.opener = "@" + name
        ref.text = decode_label(label.group(1)) if label else None

    def link(self) -> _Link | None:
        m = _FULL_LINK.match(self.s, self.i)
        if m:
            self.i = m.end()
            body = m.group(2)
            label = ""
            self.ws()
            if self.s.startswith("|", self.i):
                end = self._pipe_end(self.i + 1)
                label = decode_label(self.s[self.i + 1:end])
                self.i = end + 1
            return _Link(label, invisible=body.startswith("~"),
                         both_ways=bool(m.group(1)) and body.endswith(">"))
        m = _TEXT_LINK_START.match(self.s, self.i)
        if m:
            end = _TEXT_LINK_END[m.group(2)].search(self.s, m.end())
            if not end:
                raise _Garbled("an arrow with text is not finished (expected -->)")
            label = decode_label(self.s[m.end():end.start()])
            self.i = end.end()
            link = _Link(label, both_ways=bool(m.group(1)) and end.group(1).endswith(">"))
            self.ws()
            if self.s.startswith("|", self.i):
                bar = self._pipe_end(self.i + 1)
                more = decode_label(self.s[self.i + 1:bar])
                self.i = bar + 1
                link.label = ": ".join(p for p in (label, more) if p)
                link.two_labels = True
            return link
        return None

    def _pipe_end(self, j: int) -> int:
        k = j
        while k < len(self.s) and self.s[k].isspace():
            k += 1
        if k < len(self.s) and self.s[k] == '"':
            q = self.s.find('"', k + 1)
            if q >= 0:
                bar = self.s.find("|", q + 1)
                if bar >= 0:
                    return bar
        bar = self.s.find("|", j)
        if bar < 0:
            raise _Garbled("an arrow label is not closed with |")
        return bar


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
    lines, warnings = extract_flowchart(text, name)
    title = PurePath(name).stem if name and not name.startswith("<") else ""
    nodes: dict[str, _NodeRef] = {}
    owners: dict[str, str] = {}
    edges: list[tuple[str, str, str]] = []
    open_subgraphs: list[_Subgraph] = []
    inside: dict[str, dict[str, None]] = {}  # subgraph id -> every step named in it, nested ones too
    subgraph_ids: set[str] = set()
    skipped: dict[str, int] = {}
    comments = 0
    garbled: list[str] = []
    two_way = invisible = 0
    note_classes: dict[str, set[str]] = {}
    header_seen = False
    as_drawn = False  # mapper's own export: every shape is the kind it says
    in_front_matter = False
    front_matter_done = False

    def mention(ref: _NodeRef) -> None:
        node = nodes.get(ref.id)
        if node is None:
            node = nodes[ref.id] = _NodeRef(ref.id)
        if ref.kind is not None:  # a later shape wins, as in Mermaid
            node.kind, node.text, node.opener = ref.kind, ref.text, ref.opener
        node.classes += [c for c in ref.classes if c not in node.classes]
        if open_subgraphs:
            open_subgraphs[-1].members.append(ref.id)
        for sg in open_subgraphs:
            if sg.id:
                inside.setdefault(sg.id, {})[ref.id] = None

    def close(sg: _Subgraph) -> None:
        # As in Mermaid, a step belongs to the first subgraph to close that names it: the
        # innermost one, or the earlier one when two siblings both name it.
        for nid in sg.members:
            owners.setdefault(nid, sg.title)

    for line in _join_open_arrows(_join_open_shapes(lines)):
        raw = line.text.strip()
        if not header_seen and not front_matter_done:
            if raw == "---" and not in_front_matter:
                in_front_matter = True
                continue
            if in_front_matter:
                if raw == "---":
                    in_front_matter, front_matter_done = False, True
                else:
                    t = re.match(r"^title\s*:\s*(.+)$", raw)
                    if t:
                        title = t.group(1).strip().strip("\"'")
                continue
        if not raw:
            continue
        if raw.startswith("%%"):
            if raw == MAPPER_MARK and not header_seen:
                as_drawn = True
            elif raw.startswith("%%{"):
                skipped["settings (%%{...}%%)"] = skipped.get("settings (%%{...}%%)", 0) + 1
            elif header_seen:  # comments above the header are the file's heading
                comments += 1
            continue
        for stmt in _split_statements(raw):
            if not header_seen:
                header_seen = True
                if not _HEADER.match(stmt):
                    warnings.append(f'line {line.number}: unusual flowchart header "{short(stmt)}"; '
                                    "read it as a flowchart")
                continue
            word = stmt.split(None, 1)[0]
            low = word.lower()
            if low == "subgraph":
                sid, stitle = _subgraph_header(stmt[len(word):])
                open_subgraphs.append(_Subgraph(sid, stitle, line.number))
                if sid:
                    subgraph_ids.add(sid)
                continue
            if low == "end" and stmt.strip().lower() == "end":
                if open_subgraphs:
                    close(open_subgraphs.pop())
                else:
                    warnings.append(f'line {line.number}: "end" without a subgraph to close; ignored')
                continue
            if low in _SKIPPED_WORDS:
                if low == "class":
                    parts = stmt.split()
                    if len(parts) >= 3 and parts[-1] == "note":
                        for nid in ",".join(parts[1:-1]).split(","):
                            if nid.strip():
                                note_classes.setdefault(nid.strip(), set()).add("note")
                        continue
                if low == "classdef" and len(stmt.split()) >= 2 and stmt.split()[1] == "note":
                    continue
                key = _SKIPPED_WORDS[low]
                skipped[key] = skipped.get(key, 0) + 1
                continue
            if re.match(r"^(accTitle|title)\s*:", stmt):
                title = stmt.split(":", 1)[1].strip()
                continue
            if re.match(r"^accDescr\b", stmt):
                skipped["accessibility description"] = skipped.get("accessibility description", 0) + 1
                continue
            try:
                groups, links = _ChainReader(stmt).read()
            except _Garbled as e:
                garbled.append(f'line {line.number}: could not read "{short(stmt, 50)}" ({e}); skipped it')
                continue
            for group in groups:
                for ref in group:
                    mention(ref)
            for k, link in enumerate(links):
                if link.invisible:
                    invisible += len(groups[k]) * len(groups[k + 1])
                    continue
                if link.both_ways:
                    two_way += 1
                if link.two_labels:
                    garbled.append(f'line {line.number}: an arrow has two labels ("-- text -->|text|", which '
                                   f'Mermaid refuses); kept both as "{short(link.label)}"')
                for s in groups[k]:
                    for t in groups[k + 1]:
                        edges.append((s.id, t.id, link.label))

    if not header_seen:
        raise MapFileError(name, "the Mermaid block is empty: no \"flowchart\" line")
    for sg in reversed(open_subgraphs):
        close(sg)
        warnings.append(f'line {sg.line}: subgraph "{short(sg.title)}" is never closed with "end"; '
                        "closed it at the end of the file")
    warnings.extend(garbled)

    # An arrow to a whole subgraph goes to the steps it starts with; one from a subgraph
    # leaves from the steps it ends with (mapper's arrows join steps, not groups).
    whole = {sid for sid in subgraph_ids if sid in nodes and nodes[sid].kind is None}
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
        edges = rewired
    if joined_to_subgraph:
        warnings.append(f"{plural(joined_to_subgraph, 'arrow')} drawn to or from a whole subgraph now "
                        "join the steps it starts or ends with (mapper's arrows join steps)")
    if dropped_to_subgraph:
        warnings.append(f"left out {plural(dropped_to_subgraph, 'arrow')} drawn to or from a whole subgraph "
                        "with no other step in it to join (mapper's arrows join steps)")

    builder = MapBuilder(title)
    touched = {e[0] for e in edges} | {e[1] for e in edges}
    mid_flow = {e[0] for e in edges} & {e[1] for e in edges}
    changed: dict[str, list[str]] = {}  # shape name -> ids of steps that became activities
    for nid, node in nodes.items():
        kind = node.kind or "activity"
        shape = _ROUND_SHAPES.get(node.opener)
        if kind == "terminator" and shape and not as_drawn and (nid in mid_flow or node.opener in _STORE_OPENERS):
            # A rounded shape is where the flow starts or stops only when its arrows say so; a
            # database shape is a step that stores something, wherever it sits.
            kind = "activity"
            changed.setdefault(shape, []).append(nid)
        classes = set(node.classes) | note_classes.get(nid, set())
        if "note" in classes and nid not in touched:
            kind = "note"
        text = node.text if node.text is not None else decode_label(nid)
        builder.add_step(nid, kind, text, owner=owners.get(nid, ""))
    for s, t, label in edges:
        builder.add_arrow(s, t, label)
    for shape, ids in changed.items():
        store = shape.startswith("database")
        warnings.append(f"{plural(len(ids), shape.split('|')[0], shape.split('|')[1])} "
                        f"{'that store data' if store else 'in the middle of the flow'} "
                        f"became {'an activity' if len(ids) == 1 else 'activities'} "
                        + ("(storing is a step, not a start or end): " if store else
                           "(a start or end point has arrows only out or only in): ")
                        + ", ".join(f'"{short(builder.step(i).text, 25)}"' for i in ids[:6])
                        + (" …" if len(ids) > 6 else ""))
    if not as_drawn:
        builder.ends_by_name(warnings)
        builder.boxes_as_decisions(warnings)
    m = builder.build(warnings)

    grouped = sorted({o for o in owners.values() if o})
    if grouped:
        warnings.append("subgraphs were flattened; their titles became the owners of the steps inside: "
                        + ", ".join(f'"{short(g)}"' for g in grouped))
    if two_way:
        warnings.append(f"{plural(two_way, 'two-way arrow')} (<-->) kept pointing one way only, "
                        "from the first step to the second")
    if invisible:
        warnings.append(f"left out {plural(invisible, 'invisible link')} (~~~): they only space the drawing")
    for key, n in sorted(skipped.items()):
        why = {"classDef": "colours are not kept", "class": "colours are not kept",
               "style": "colours are not kept", "linkStyle": "arrow colours are not kept",
               "click": "links and callbacks are not kept",
               "direction": "mapper lays the map out itself"}.get(key, "not used by mapper")
        warnings.append(f"skipped {plural(n, key + ' line')} ({why})")
    if comments:
        warnings.append(f"skipped {plural(comments, 'comment line')} (%%)")
    return ImportResult(m, warnings)


# -- export --------------------------------------------------------------------------

_RESERVED = {"end", "graph", "flowchart", "subgraph", "style", "class", "classdef", "click", "linkstyle",
             "direction", "call", "href", "callback", "default", "interpolate", "acctitle", "accdescr"}
_ESCAPES = {"#": "#35;", '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "|": "#124;",
            "\\": "#92;", "`": "#96;", "\n": "<br>", "\r": "", "\t": " "}


def _quote(text: str) -> str:
    body = "".join(_ESCAPES.get(ch, ch) for ch in text)
    return f'"{body or " "}"'


def _mermaid_ids(m: SystemMap) -> dict[str, str]:
    out: dict[str, str] = {}
    taken: set[str] = set()
    for s in m.steps:
        base = s.id if re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", s.id) else re.sub(r"[^A-Za-z0-9_]+", "_", s.id).strip("_")
        if not base or not base[0].isalpha():
            base = "s_" + base
        if any(base.startswith(word) for word in _RESERVED):  # lowercase keywords break Mermaid's lexer
            base = "n_" + base
        mid, n = base, 2
        while mid in taken:
            mid = f"{base}_{n}"
            n += 1
        taken.add(mid)
        out[s.id] = mid
    return out


#: The comment mapper's export puts above the chart: each shape is already the kind mapper
#: means, so the import takes the kinds as drawn (no start/end or decision guessing).
MAPPER_MARK = "%% mapper: shapes are step kinds"


def export_mermaid(m: SystemMap) -> str:
    """The map as a Mermaid ``flowchart LR`` that renders in Mermaid and imports back the same."""
    ids = _mermaid_ids(m)
    out = []
    if m.title:
        out.append("%% " + " ".join(m.title.split()))
    out.append(MAPPER_MARK)
    out.append("flowchart LR")
    notes = []
    by_owner: dict[str, list[str]] = {}
    for s in m.steps:
        if s.owner.strip():
            by_owner.setdefault(s.owner, []).append(ids[s.id])
        label = _quote(s.text)
        if s.kind == "terminator":
            shape = f"([{label}])"
        elif s.kind == "decision":
            shape = f"{{{label}}}"
        elif s.kind == "note":
            shape = f">{label}]"
            notes.append(ids[s.id])
        else:
            shape = f"[{label}]"
        out.append(f"    {ids[s.id]}{shape}")
    for a in m.arrows:
        label = f'|{_quote(a.label)}|' if a.label.strip() else ""
        out.append(f"    {ids[a.source]} -->{label} {ids[a.target]}")
    # Owners travel as subgraphs (mapper reads a subgraph's title back as the owner).
    for k, (owner, members) in enumerate(by_owner.items(), 1):
        out.append(f"    subgraph owner_{k}[{_quote(owner)}]")
        out.extend(f"        {mid}" for mid in members)
        out.append("    end")
    if notes:
        out.append("    %% notes: free text, not part of the flow")
        out.append("    classDef note fill:#fff5b1,stroke:#d4b106,color:#333")
        out.append(f"    class {','.join(notes)} note")
    return "\n".join(out) + "\n"

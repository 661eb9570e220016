"""One Mermaid statement (``A[..] & B -->|x| C --> D``) read into node groups and links."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mapper.i18n import translate

from .lexer import decode_label


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
#: (opener -> which shape, for the warnings: see ``reader.shape_count``); database shapes never are.
_ROUND_SHAPES = {"(": "rounded box", "([": "pill", "((": "circle", "(((": "double circle",
                 "[(": "database [(..)]",
                 **{f"@{n}": f"@{n}" for n in ("rounded", "stadium", "pill", "circle", "circ",
                                               "sm-circ", "small-circle", "dbl-circ",
                                               "double-circle", "fr-circ", "framed-circle",
                                               "f-circ", "filled-circle", "event")},
                 **{f"@{n}": "database" for n in ("cyl", "cylinder", "database", "db")}}
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
                raise _Garbled(translate("Import", "expected an arrow such as --> after a step"))
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
            raise _Garbled(translate("Import", "expected a step id"))
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
                raise _Garbled(translate("Import", "expected a class name after :::"))
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
                raise _Garbled(translate("Import", "a label's closing quote is missing"))
            k = end_quote + 1
            while k < len(self.s) and self.s[k].isspace():
                k += 1
            for c in closers:
                if self.s.startswith(c, k):
                    self.i = k + len(c)
                    return decode_label(self.s[j:end_quote + 1])
            raise _Garbled(translate("Import", "expected {closer} after the quoted label").format(closer=closers[0]))
        best = None
        for c in closers:
            pos = self.s.find(c, start)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, c)
        if best is None:
            raise _Garbled(translate("Import", "a shape is not closed (expected {closer})").format(closer=closers[0]))
        self.i = best[0] + len(best[1])
        return decode_label(self.s[start:best[0]])

    def new_shape(self, ref: _NodeRef) -> None:
        end = self.s.find("}", self.i)
        if end < 0:
            raise _Garbled(translate("Import", "a @{ shape } is not closed"))
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
                raise _Garbled(translate("Import", "an arrow with text is not finished (expected -->)"))
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
            raise _Garbled(translate("Import", "an arrow label is not closed with |"))
        return bar

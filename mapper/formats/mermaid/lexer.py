"""The flowchart in a Mermaid text, as numbered lines and statements, and its labels decoded."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from mapper.i18n import translate
from mapper.model import MapFileError
from mapper.model.fileformat import line_place

from ..building import counted, tidy_text


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
                warnings.append(counted(rest, translate("Import", "the file holds {count} Mermaid diagrams; took "
                                                                  "the flowchart at line {line} and left the other "
                                                                  "{n} diagram"),
                                        translate("Import", "the file holds {count} Mermaid diagrams; took the "
                                                            "flowchart at line {line} and left the other {n} "
                                                            "diagrams"), count=len(blocks), line=first.number))
            return block, warnings
        kind = _OTHER_DIAGRAM.match(head)
        if kind and other_kind is None:
            other_kind = (kind.group(1), first.number)
    if other_kind:
        raise MapFileError(name, translate("Import", "this is a Mermaid {kind}, not a flowchart; mapper imports "
                                                     "flowcharts (they start with \"flowchart\" or \"graph\")")
                           .format(kind=other_kind[0]), line_place(other_kind[1]))
    if fenced or name.lower().endswith((".md", ".markdown")):
        raise MapFileError(name, translate("Import", "the Markdown holds no Mermaid flowchart (a ```mermaid block "
                                                     "starting with \"flowchart\" or \"graph\")"))
    if not any(t.strip() for t in lines):
        raise MapFileError(name, translate("MapFile", "the file is empty"))
    first = next((n for n, t in enumerate(lines, 1) if t.strip()), 1)
    raise MapFileError(name, translate("Import", "this is not a Mermaid flowchart: it should start with \"flowchart "
                                                 "TD\", \"flowchart LR\" or \"graph TD\""), line_place(first))


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

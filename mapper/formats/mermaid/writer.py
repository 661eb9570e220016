"""A map written as a Mermaid ``flowchart LR`` that renders in Mermaid and imports back the same."""

from __future__ import annotations

import re

from mapper.model import SystemMap
from mapper.model.ids import fresh_id


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
        out[s.id] = fresh_id(base, taken, joiner="_", first=2)
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

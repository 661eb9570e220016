"""Small maps written in a line or two, for the analysis tests."""

from __future__ import annotations

from mapper.model import Arrow, Step, SystemMap


def build(steps: list[tuple], arrows: list[tuple], placed: bool = True) -> SystemMap:
    """``steps``: (id, kind, text[, {fields}]); ``arrows``: (source, target[, label[, probability]]).
    Steps are placed on a grid far enough apart not to overlap, and owned by "Team"
    (so ``owner-missing`` stays out of tests about the flow) unless given another owner."""
    made = []
    for i, (sid, kind, text, *rest) in enumerate(steps):
        fields = dict(rest[0]) if rest else {}
        if kind != "note":
            fields.setdefault("owner", "Team")
        if placed:
            fields.setdefault("x", (i % 8) * 300.0)
            fields.setdefault("y", (i // 8) * 300.0)
        made.append(Step(id=sid, kind=kind, text=text, **fields))
    made_arrows = []
    for k, (src, dst, *rest) in enumerate(arrows, 1):
        made_arrows.append(Arrow(id=f"a{k}", source=src, target=dst, label=rest[0] if rest else "",
                                 probability=rest[1] if len(rest) > 1 else None))
    return SystemMap(steps=made, arrows=made_arrows)


def start(sid: str = "start", text: str = "New enquiry", **fields) -> tuple:
    return (sid, "terminator", text, fields)


def end(sid: str = "end", text: str = "Job done", **fields) -> tuple:
    return (sid, "terminator", text, fields)


def act(sid: str, text: str | None = None, **fields) -> tuple:
    return (sid, "activity", sid.capitalize() if text is None else text, fields)


def dec(sid: str, text: str | None = None, **fields) -> tuple:
    return (sid, "decision", (sid.capitalize() + "?") if text is None else text, fields)

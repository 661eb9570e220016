"""Brainstorming a system as a list (method steps 2 and 3): the product or service,
where its system starts and stops, and the tasks between, one per line.

- a line ending in "?" is a decision;
- an indented line is a checklist item of the task above it;
- an empty line ends the list (blank lines before the first task are skipped).

``parse_tasks`` reads such a list; ``brainstormed_map`` turns the answers into a
connected chain from the start to the stop, ready to refine. Pure Python: no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mapper.model import Arrow, Step, SystemMap

#: A list longer than this is cut (a pasted book is not a system).
MAX_TASKS = 500
#: Where a decision's "No" goes in a fresh brainstorm, until the owner says otherwise.
NOT_NOW = "Not now"


@dataclass
class Task:
    text: str
    kind: str                      # "activity" or "decision"
    checklist: list[str] = field(default_factory=list)


def parse_tasks(text: str) -> list[Task]:
    """The tasks of a brainstormed list, in order.

    >>> [(t.kind, t.text, t.checklist) for t in parse_tasks("Call back\\n  Note the address\\nUrgent?\\n\\nignored")]
    [('activity', 'Call back', ['Note the address']), ('decision', 'Urgent?', [])]
    """
    tasks: list[Task] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = " ".join(raw.split())
        line = line.lstrip("-*•·").strip() if line[:1] in "-*•·" and line[1:2] == " " else line
        if not line:
            if tasks:
                break          # an empty line ends the list
            continue
        if raw[:1] in (" ", "\t") and tasks:
            tasks[-1].checklist.append(line)
            continue
        if len(tasks) >= MAX_TASKS:
            break
        tasks.append(Task(line, "decision" if line.endswith("?") else "activity"))
    return tasks


def brainstormed_map(product: str, start: str, stop: str, tasks_text: str) -> SystemMap:
    """A map of the system: the start, the tasks chained in order, the stop (a goal).

    A decision's "Yes" goes on to the next task; its "No" ends at a "Not now" end
    of its own, so the map is complete (``mapper check`` finds no error) and the
    owner only has to say where "No" really leads. Steps are not placed: lay the
    map out (``mapper.layout.placing.ensure_placed``).
    """
    product = " ".join(product.split())
    start_text = " ".join(start.split()) or "Start"
    stop_text = " ".join(stop.split()) or "Done"
    tasks = parse_tasks(tasks_text)
    steps = [Step(id="start", kind="terminator", text=start_text)]
    arrows: list[Arrow] = []
    taken = {"start", "stop"}

    def fresh(base: str) -> str:
        i = 1
        while f"{base}{i}" in taken:
            i += 1
        taken.add(f"{base}{i}")
        return f"{base}{i}"

    def connect(source: str, target: str, label: str = "") -> None:
        arrows.append(Arrow(id=f"a{len(arrows) + 1}", source=source, target=target, label=label))

    previous, pending_no = "start", None
    for task in tasks:
        sid = fresh(task.kind)
        steps.append(Step(id=sid, kind=task.kind, text=task.text, checklist=list(task.checklist)))
        connect(previous, sid, "Yes" if pending_no else "")
        if pending_no:          # "Yes" drawn first, then "No", as the owner reads them
            arrows.append(pending_no)
            pending_no = None
        if task.kind == "decision":
            end = fresh("not_now")
            steps.append(Step(id=end, kind="terminator", text=NOT_NOW))
            pending_no = Arrow(id="no", source=sid, target=end, label="No")   # numbered below
        previous = sid
    steps.append(Step(id="stop", kind="terminator", text=stop_text, goal=True))
    connect(previous, "stop", "Yes" if pending_no else "")
    if pending_no:
        arrows.append(pending_no)
    arrows = [a.model_copy(update={"id": f"a{i + 1}"}) for i, a in enumerate(arrows)]
    return SystemMap(title=product or "My most profitable system",
                     description=f"From “{start_text}” to “{stop_text}”: every task between, in order.",
                     steps=steps, arrows=arrows)

"""BPMN 2.0 process models in (docs/command-line.md, "import").

BPMN says more than a mapper flowchart; what does not carry over is said in the
warnings, never dropped silently:
- start and end events are terminators; every kind of task (user, service,
  send, manual, script, business rule, receive, call activity) is an activity;
  an exclusive gateway that splits the flow is a decision (inclusive, complex
  and event-based gateways too, with a warning); a parallel gateway (do every
  branch) is an activity, with a warning; intermediate events are activities.
- A gateway that only merges (two or more ways in, one way out) is not a
  question: it is dissolved and its incoming arrows go straight to where it
  leads. A gateway with one way in and one out keeps its question.
- A parallel gateway says what it means ("Do all of the next steps", "Wait until
  all are done", under its name if it has one), so the analysis knows the
  branches all run.
- A boundary event (a timer, an error on a task or a sub-process) becomes a
  decision asked after that step, "No reply in 3 days?", its path the "Yes".
- Sequence flows are arrows, labelled with their name or else their condition;
  a gateway's unnamed default flow reads "otherwise".
- Lanes and pools become the steps' ``owner``.
- Sub-processes are flattened: arrows into one go to what follows its start,
  arrows out leave from what comes before its ends (without start or end
  events: its first and last steps). When that is impossible (several start
  events) it stays one activity.
- Text annotations are notes. Positions come from the diagram (BPMNDI) when
  every step has one in the same drawing; otherwise mapper lays the map out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import PurePath
from xml.etree.ElementTree import Element

from mapper.i18n import translate
from mapper.i18n.formatting import format_number
from mapper.model import MapFileError
from mapper.model.fileformat import line_place

from .building import (MAX_INPUT_BYTES, ImportResult, MapBuilder, Tally, absurd_numbers_warning,
                       bounded_geometry, counted, parallel_text, quoted_list, short, tidy_text,
                       warn_about)
from .safexml import local_name, parse_xml

__all__ = ["import_bpmn"]

_TASKS = {"task", "userTask", "serviceTask", "sendTask", "manualTask", "scriptTask", "businessRuleTask",
          "receiveTask", "callActivity"}
_SUBPROCESSES = {"subProcess", "transaction", "adHocSubProcess", "calledProcess"}
_GATEWAYS = {"exclusiveGateway", "inclusiveGateway", "parallelGateway", "complexGateway", "eventBasedGateway"}
_INTERMEDIATE = {"intermediateCatchEvent", "intermediateThrowEvent"}
_DATA = {"dataObject", "dataObjectReference", "dataStoreReference", "dataInput", "dataOutput"}
_IGNORED = {"laneSet", "extensionElements", "documentation", "ioSpecification", "property",
            "multiInstanceLoopCharacteristics", "standardLoopCharacteristics", "incoming", "outgoing",
            "association", "group", "category", "dataInputAssociation", "dataOutputAssociation"}


@dataclass
class _Node:
    id: str
    tag: str
    name: str
    parent: str | None          # enclosing sub-process id
    process: str
    attached_to: str | None = None
    event: str = ""             # timer, error, message...: the event definition inside an event


@dataclass
class _Flow:
    source: str
    target: str
    label: str


@dataclass
class _Model:
    nodes: dict[str, _Node] = field(default_factory=dict)
    flows: list[_Flow] = field(default_factory=list)
    lanes: dict[str, str] = field(default_factory=dict)
    notes: list[tuple[str, str]] = field(default_factory=list)
    left_out: Tally = field(default_factory=Tally)  # "data" or "annotation link" -> how many were not part of the flow


def _text_of(el: Element, child: str) -> str:
    for c in el:
        if local_name(c.tag) == child:
            return "".join(c.itertext())
    return ""


#: Sub-processes nested deeper than this are refused: no real process looks like that.
MAX_NESTING = 50


def _walk(container: Element, model: _Model, process: str, name: str, inside: str | None = None) -> None:
    """Collect the flow elements of a process, sub-processes included, in document order.

    ``inside`` is the call activity whose called process this is: its steps belong there.
    """
    unnamed_flows: dict[str, _Flow] = {}
    defaults: list[str] = []
    stack = [(iter(container), inside)]
    while stack:
        children, parent = stack[-1]
        el = next(children, None)
        if el is None:
            stack.pop()
            continue
        tag = local_name(el.tag)
        eid = el.get("id") or ""
        text = tidy_text(el.get("name") or "")
        if tag == "sequenceFlow":
            label = text or tidy_text(_text_of(el, "conditionExpression"))
            model.flows.append(_Flow(el.get("sourceRef") or "", el.get("targetRef") or "", label))
            if not label and eid:
                unnamed_flows[eid] = model.flows[-1]
        elif tag == "laneSet":
            _lanes(el, model)
        elif tag == "textAnnotation":
            model.notes.append((eid or f"note{len(model.notes) + 1}", tidy_text(_text_of(el, "text"))))
        elif tag in _DATA:
            model.left_out.add("data")
        elif tag in _IGNORED or not eid:
            if tag == "association":
                model.left_out.add("annotation link")
        else:
            event = next((local_name(c.tag)[:-len("EventDefinition")] for c in el
                          if local_name(c.tag).endswith("EventDefinition")), "")
            model.nodes[eid] = _Node(eid, tag, text, parent, process, el.get("attachedToRef"), event)
            if tag in _GATEWAYS and el.get("default"):
                defaults.append(el.get("default"))
            if tag in _SUBPROCESSES:
                if len(stack) > MAX_NESTING:
                    raise MapFileError(name, translate("Import", "sub-processes are nested more than {depth} deep; "
                                                                 "mapper refuses such a model").format(depth=MAX_NESTING),
                                       translate("Import", 'element "{id}"').format(id=eid))
                stack.append((iter(el), eid))
    # A gateway's default flow is the branch taken when no condition holds.
    for fid in defaults:
        if fid in unnamed_flows:
            unnamed_flows[fid].label = "otherwise"


def _called_processes(root: Element, processes: list[Element], pools: dict[str, str]) \
        -> dict[str, tuple[str, bool]]:
    """Process id -> (the one call activity that calls it, drawn expanded?), for processes with no pool."""
    ids = {p.get("id") for p in processes if p.get("id")}
    callers: dict[str, list[str]] = {}
    for el in root.iter():
        if local_name(el.tag) == "callActivity" and el.get("calledElement") in ids and el.get("id"):
            callers.setdefault(el.get("calledElement"), []).append(el.get("id"))
    drawn: dict[str, str] = {}  # call activity -> its diagram shape's isExpanded ("" when not said)
    has_diagram = False
    for el in root.iter():
        if local_name(el.tag) == "BPMNShape":
            has_diagram = True
            drawn[el.get("bpmnElement") or ""] = el.get("isExpanded") or ""
    out = {}
    for pid, calls in callers.items():
        if pid in pools or len(calls) != 1:
            continue
        call = calls[0]
        # Without a diagram nothing is drawn collapsed; with one, only isExpanded="true" is open.
        out[pid] = (call, not has_diagram or drawn.get(call) == "true")
    return out


def _lanes(lane_set: Element, model: _Model) -> None:
    for lane in lane_set:
        if local_name(lane.tag) != "lane":
            continue
        name = tidy_text(lane.get("name") or "")
        for c in lane:
            if local_name(c.tag) == "flowNodeRef" and name:
                model.lanes[(c.text or "").strip()] = name
        for c in lane:  # nested lanes are more specific: they win
            if local_name(c.tag) == "childLaneSet":
                _lanes(c, model)


def import_bpmn(data: bytes, name: str = "<bpmn>") -> ImportResult:
    """Read every process of a BPMN 2.0 file into one map (pools and lanes as owners)."""
    if len(data) > MAX_INPUT_BYTES:
        raise MapFileError(name, translate("Import", "the file is too large for a process model ({size} MB)").format(
            size=format_number(len(data) // (1024 * 1024))))
    if not data.strip():
        raise MapFileError(name, translate("MapFile", "the file is empty"))
    root = parse_xml(data, name)
    if local_name(root.tag) != "definitions":
        raise MapFileError(name, translate("Import", "this is not a BPMN 2.0 file (the XML starts with <{tag}>, "
                                                     "expected <definitions>)").format(tag=local_name(root.tag)),
                           line_place(1))
    warnings: list[str] = []
    model = _Model()
    pools: dict[str, str] = {}
    message_flows = 0
    black_boxes = 0
    for el in root.iter():
        tag = local_name(el.tag)
        if tag == "participant":
            if el.get("processRef"):
                pools[el.get("processRef")] = tidy_text(el.get("name") or "")
            else:
                black_boxes += 1
        elif tag == "messageFlow":
            message_flows += 1
    processes = [el for el in root if local_name(el.tag) == "process"]
    if not processes:
        raise MapFileError(name, translate("Import", "the BPMN file holds no process"))
    # Annotations on a collaboration diagram live in the collaboration, not in a process.
    for collab in (el for el in root if local_name(el.tag) == "collaboration"):
        for el in collab:
            if local_name(el.tag) == "textAnnotation":
                model.notes.append((el.get("id") or f"note{len(model.notes) + 1}", tidy_text(_text_of(el, "text"))))
            elif local_name(el.tag) == "association":
                model.left_out.add("annotation link")
    called = _called_processes(root, processes, pools)
    for p in processes:
        if p.get("id") not in called:
            _walk(p, model, p.get("id") or "", name)
    # A process that is only the inside of a call activity (no pool of its own) is not a
    # second flow: drawn expanded, its steps replace the call; drawn collapsed, the call
    # stays one step.
    for pid, (call, expanded) in called.items():
        node = model.nodes.get(call)
        if node is None:
            continue
        if expanded:
            _walk(next(p for p in processes if p.get("id") == pid), model, node.process, name, inside=call)
            node.tag = "calledProcess"
        else:
            warnings.append(translate("Import", 'kept call activity "{name}" as one step; the process it calls is '
                                                'drawn collapsed, so its steps were left out').format(
                name=short(node.name or call)))

    interruptions = _boundary_questions(model)
    _flatten_subprocesses(model, warnings, _drawn_collapsed(root, model))
    merged = _dissolve_merges(model)
    waits = _name_event_waits(model)

    title = PurePath(name).stem.removesuffix(".bpmn20") if not name.startswith("<") else ""
    if len(processes) == 1 and processes[0].get("name"):
        title = tidy_text(processes[0].get("name"))
    builder = MapBuilder(title)
    positions = _diagram_positions(root)
    kinds_warned = Tally()  # "what|how it was read" (see _kind) -> how many
    named = named_parallel = 0
    for n in model.nodes.values():
        kind, why = _kind(n)
        if why:
            kinds_warned.add(why)
        text = n.name
        if not text and n.tag in ("startEvent", "endEvent"):
            text = "Start" if n.tag == "startEvent" else "End"
            named += 1
        if n.tag == "parallelGateway":
            said = parallel_text(sum(f.source == n.id for f in model.flows),
                                 sum(f.target == n.id for f in model.flows), text)
            named_parallel += said != text
            text = said
        owner = model.lanes.get(n.id) or pools.get(n.process, "")
        builder.add_step(n.id, kind, text, owner=owner)
    for nid, text in model.notes:
        builder.add_step(nid, "note", text)

    bad = 0
    for f in model.flows:
        if builder.has(f.source) and builder.has(f.target):
            builder.add_arrow(f.source, f.target, f.label)
        else:
            bad += 1
    m = builder.build(warnings)
    _place(m, builder, positions, warnings)

    lanes = sorted(set(model.lanes.values()))
    if lanes:
        warnings.append(translate("Import", "lane names became the owners of their steps: {names}").format(
            names=", ".join(f'"{short(x, 25)}"' for x in lanes)))
    own = len(processes) - len(called)
    if own > 1:
        warnings.append(translate("Import", "the file holds {n} processes; all were imported, each pool's name as "
                                            "the owner of its steps").format(n=own))
    warnings += kinds_warned.sentences(_kind_sentence)
    warn_about(warnings, waits, translate("Import", "the ways out of {n} event-based gateway are labelled with "
                                                    "the event each one waits for; an unnamed one asks "
                                                    "\"{question}\""),
               translate("Import", "the ways out of {n} event-based gateways are labelled with the "
                                   "event each one waits for; an unnamed one asks \"{question}\""),
               question=EVENT_GATEWAY_TEXT)
    warn_about(warnings, len(interruptions),
               translate("Import", "{n} boundary event (a timer, an error or a message that "
                                   "interrupts a step) became a decision after that step, the "
                                   "event's path its \"Yes\": {names}"),
               translate("Import", "{n} boundary events (a timer, an error or a message that "
                                   "interrupts a step) became a decision after that step, the "
                                   "event's path its \"Yes\": {names}"),
               names=quoted_list(interruptions))
    warn_about(warnings, merged, translate("Import", "dissolved {n} merging gateway (two or more ways in and "
                                                     "one way out, so no question to ask): its arrows go "
                                                     "straight to the next step"),
               translate("Import", "dissolved {n} merging gateways (two or more ways in and one way "
                                   "out, so no question to ask): their arrows go straight to the "
                                   "next step"))
    warn_about(warnings, named, translate("Import", "named {n} unnamed start/end event Start or End"),
               translate("Import", "named {n} unnamed start/end events Start or End"))
    warn_about(warnings, named_parallel,
               translate("Import", "{n} parallel gateway now says \"Do all of the next steps\" (or "
                                   "\"Wait until all are done\" where branches meet), so the "
                                   "analysis takes every branch"),
               translate("Import", "{n} parallel gateways now say \"Do all of the next steps\" (or "
                                   "\"Wait until all are done\" where branches meet), so the "
                                   "analysis takes every branch"))
    warn_about(warnings, bad, translate("Import", "left out {n} sequence flow whose source or target is not a "
                                                  "step"),
               translate("Import", "left out {n} sequence flows whose source or target is not a "
                                   "step"))
    warn_about(warnings, message_flows,
               translate("Import", "left out {n} message flow between pools (mapper's arrows are "
                                   "the order of work, not messages)"),
               translate("Import", "left out {n} message flows between pools (mapper's arrows are "
                                   "the order of work, not messages)"))
    warn_about(warnings, black_boxes, translate("Import", "left out {n} pool with no process inside"),
               translate("Import", "left out {n} pools with no process inside"))
    warnings += model.left_out.sentences(_left_out_sentence)
    return ImportResult(m, warnings)


def _left_out_sentence(what: str, n: int) -> str:
    if what == "data":
        return counted(n, translate("Import", "left out {n} data object or store (not part of the flow)"),
                       translate("Import", "left out {n} data objects and stores (not part of the flow)"))
    return counted(n, translate("Import", "left out {n} annotation link (not part of the flow)"),
                   translate("Import", "left out {n} annotation links (not part of the flow)"))


def _kind_sentence(key: str, n: int) -> str:
    """The warning for ``n`` elements read as ``key`` says (see ``_kind``)."""
    tag, how = key.split("|")
    if how == "gateway":
        return counted(n, translate("Import", "{n} {tag} became a decision (mapper's decisions take one branch; "
                                              "BPMN lets this one take several or wait for an event)"),
                       translate("Import", "{n} {tag}s became decisions (mapper's decisions take one branch; BPMN "
                                           "lets this one take several or wait for an event)"), tag=tag)
    if how == "parallel":
        return counted(n, translate("Import", "{n} parallel gateway became an activity that takes every branch (a "
                                              "mapper decision would pick one)"),
                       translate("Import", "{n} parallel gateways became activities that take every branch (a mapper "
                                           "decision would pick one)"))
    if how == "intermediate":
        return counted(n, translate("Import", "{n} intermediate event became an activity (a wait or a message "
                                              "mid-flow)"),
                       translate("Import", "{n} intermediate events became activities (a wait or a message "
                                           "mid-flow)"))
    if how == "boundary":
        return counted(n, translate("Import", "{n} boundary event became an activity reached by an arrow from the "
                                              "task it interrupts"),
                       translate("Import", "{n} boundary events became activities reached by an arrow from the task "
                                           "they interrupt"))
    return counted(n, translate("Import", "{n} {tag} became an activity"),
                   translate("Import", "{n} {tag} elements became activities"), tag=tag)


def _kind(n: _Node) -> tuple[str, str]:
    """(mapper kind, "what|how it was read" for the warnings, or ''). The part before "|"
    orders the warnings; ``_kind_sentence`` writes them."""
    if n.tag in ("startEvent", "endEvent"):
        return "terminator", ""
    if n.tag in _TASKS:
        return "activity", ""
    if n.tag == "exclusiveGateway":
        return "decision", ""
    if n.tag in ("inclusiveGateway", "complexGateway", "eventBasedGateway"):
        return "decision", f"{n.tag}|gateway"
    if n.tag == "parallelGateway":
        return "activity", "parallel gateway|parallel"
    if n.tag in _INTERMEDIATE:
        return "activity", "intermediate event|intermediate"
    if n.tag == "boundaryEvent":
        return "activity", "boundary event|boundary"
    if n.tag == "boundaryQuestion":
        return "decision", ""
    if n.tag in _SUBPROCESSES or n.tag == "subProcess-kept":
        return "activity", ""
    return "activity", f"{n.tag}|element"


def _drawn_collapsed(root: Element, model: _Model) -> set[str]:
    """Sub-processes the diagram shows closed: isExpanded="false", or their insides drawn on a
    drawing of their own (how bpmn.io keeps a collapsed sub-process's contents)."""
    positions = _diagram_positions(root)
    out = set()
    expanded = {el.get("bpmnElement"): el.get("isExpanded") for el in root.iter()
                if local_name(el.tag) == "BPMNShape" and el.get("bpmnElement")}
    for nid, n in model.nodes.items():
        if n.tag not in _SUBPROCESSES or nid not in positions:
            continue
        inner_planes = {positions[c.id][0] for c in model.nodes.values() if c.parent == nid and c.id in positions}
        if expanded.get(nid) == "false" or (inner_planes and positions[nid][0] not in inner_planes):
            out.add(nid)
    return out


def _flatten_subprocesses(model: _Model, warnings: list[str], collapsed: set[str] = frozenset()) -> None:
    """Replace each sub-process by its contents, innermost first (see module docstring)."""
    def depth(nid: str) -> int:
        d, p = 0, model.nodes[nid].parent
        while p and p in model.nodes and d <= MAX_NESTING:
            d, p = d + 1, model.nodes[p].parent
        return d

    subs = sorted((n.id for n in model.nodes.values() if n.tag in _SUBPROCESSES), key=depth, reverse=True)
    for sid in subs:
        sub = model.nodes[sid]
        inner = [n for n in model.nodes.values() if n.parent == sid]
        starts = [n for n in inner if n.tag == "startEvent"]
        ends = [n for n in inner if n.tag == "endEvent"]
        inner_ids = {n.id for n in inner}
        # BPMN lets a sub-process leave out its start and end events: its work then starts with
        # the steps nothing leads to and stops with the steps that lead nowhere.
        firsts_drawn = not starts and [n for n in inner if not any(f.target == n.id and f.source in inner_ids
                                                                   for f in model.flows)]
        lasts_drawn = not ends and [n for n in inner if not any(f.source == n.id and f.target in inner_ids
                                                                for f in model.flows)]
        incoming = [f for f in model.flows if f.target == sid]
        outgoing = [f for f in model.flows if f.source == sid]
        label = (translate("Import", 'the process called by "{name}"') if sub.tag == "calledProcess"
                 else translate("Import", 'sub-process "{name}"')).format(name=short(sub.name or sid))
        reason = None
        if not inner:
            reason = translate("Import", "it is empty or drawn collapsed")
        elif sid in collapsed:
            reason = translate("Import", "the diagram shows it closed, its steps on a page of their own")
        elif incoming and len(starts) > 1:
            reason = translate("Import", "it has more than one start event")
        elif incoming and not starts and not firsts_drawn:
            reason = translate("Import", "it has no start event and no first step")
        elif outgoing and not ends and not lasts_drawn:
            reason = translate("Import", "it has no end event and no last step")
        if reason:
            for nid in inner_ids:
                del model.nodes[nid]
            model.flows = [f for f in model.flows if f.source not in inner_ids and f.target not in inner_ids]
            for nid in list(model.lanes):
                if nid in inner_ids:
                    del model.lanes[nid]
            sub.tag = "subProcess-kept"
            warnings.append(translate("Import", "kept {what} as one activity: {reason}").format(what=label,
                                                                                                reason=reason))
            continue
        new: list[_Flow] = []
        doomed: set[int] = set()
        if incoming and starts:
            start = starts[0]
            after = [f for f in model.flows if f.source == start.id]
            for f in incoming:
                for g in after:
                    new.append(_Flow(f.source, g.target, f.label or g.label))
            doomed |= {id(f) for f in incoming + after}
            del model.nodes[start.id]
        elif incoming:
            new += [_Flow(f.source, n.id, f.label) for f in incoming for n in firsts_drawn]
            doomed |= {id(f) for f in incoming}
        if outgoing and ends:
            for end in ends:
                before = [f for f in model.flows if f.target == end.id]
                for h in before:
                    for o in outgoing:
                        new.append(_Flow(h.source, o.target, h.label or o.label))
                doomed |= {id(f) for f in before}
                del model.nodes[end.id]
            doomed |= {id(f) for f in outgoing}
        elif outgoing:
            new += [_Flow(n.id, o.target, o.label) for n in lasts_drawn for o in outgoing]
            doomed |= {id(f) for f in outgoing}
        model.flows = [f for f in model.flows if id(f) not in doomed] + new
        for n in inner:
            if n.id in model.nodes:
                n.parent = sub.parent
                if sub.id in model.lanes and n.id not in model.lanes:
                    model.lanes[n.id] = model.lanes[sub.id]
        del model.nodes[sid]
        model.flows = [f for f in model.flows if sid not in (f.source, f.target)]
        warnings.append(translate("Import", "flattened {what} into the map: arrows into it go to its first step, "
                                            "arrows out of it leave from its last steps").format(what=label))


#: What a boundary event asks once it is a decision after the step it interrupts, by its event.
_BOUNDARY_QUESTION = {"timer": "Time is up?", "error": "Did it fail?", "message": "Did a message come?",
                      "escalation": "Escalated?", "signal": "Did the signal come?", "conditional": "Did it happen?",
                      "compensate": "Must it be undone?", "cancel": "Was it cancelled?"}


def _boundary_questions(model: _Model) -> list[str]:
    """Each boundary event becomes a decision right after the step (or sub-process) it sits on.

    In BPMN the event interrupts the step ("no reply in 3 days"); in a flowchart that is a
    question asked after it: "No reply in 3 days?" with the event's path as "Yes" and the
    step's usual way on as "No". Several events on one step are asked one after another.
    Returns the questions, in document order.
    """
    asked = []
    for b in list(model.nodes.values()):
        if b.tag != "boundaryEvent" or b.attached_to not in model.nodes:
            continue
        host = b.attached_to
        text = b.name.strip() or _BOUNDARY_QUESTION.get(b.event, "Interrupted?")
        if not text.endswith("?"):
            text += "?"
        b.name, b.tag, b.attached_to = text, "boundaryQuestion", None
        b.parent = model.nodes[host].parent  # asked where the step sits, not inside it
        for f in model.flows:
            if f.source == b.id and not f.label:
                f.label = "Yes"
        onward = [f for f in model.flows if f.source == host]
        for f in onward:
            f.source, f.label = b.id, f.label or "No"
        model.flows.append(_Flow(host, b.id, ""))
        if host in model.lanes and b.id not in model.lanes:
            model.lanes[b.id] = model.lanes[host]
        asked.append(text)
    return asked


#: What an unnamed event-based gateway asks once it is a mapper decision.
EVENT_GATEWAY_TEXT = "Which happens first?"


def _name_event_waits(model: _Model) -> int:
    """An event-based gateway waits for whichever event comes first: its answers are those events."""
    done = 0
    for nid, n in model.nodes.items():
        if n.tag != "eventBasedGateway":
            continue
        outs = [f for f in model.flows if f.source == nid]
        named = False
        for f in outs:
            target = model.nodes.get(f.target)
            if not f.label and target is not None and target.name:
                f.label = target.name
                named = True
        if not n.name and len(outs) > 1:
            n.name = EVENT_GATEWAY_TEXT
            named = True
        done += named
    return done


def _dissolve_merges(model: _Model) -> int:
    """Remove gateways that only merge (two or more ways in, one way out); their incoming arrows
    go straight to the next step."""
    done = 0
    changed = True
    while changed:
        changed = False
        for nid, n in list(model.nodes.items()):
            if n.tag not in _GATEWAYS or n.tag == "parallelGateway":
                continue  # a parallel join waits for every branch: it stays, and says so
            outs = [f for f in model.flows if f.source == nid]
            ins = [f for f in model.flows if f.target == nid]
            # Only a true merge has no question: two or more ways in, one way out. A gateway with
            # one way in and one out ("Approved?" with only its "yes") keeps its question.
            if len(outs) != 1 or len(ins) < 2 or outs[0].target == nid:
                continue
            out = outs[0]
            keep = [f for f in model.flows if f.source != nid and f.target != nid]
            keep += [_Flow(h.source, out.target, h.label or out.label) for h in ins if h.source != nid]
            model.flows = keep
            del model.nodes[nid]
            done += 1
            changed = True
    return done


def _diagram_positions(root: Element) -> dict[str, tuple[int, float, float, float, float]]:
    """bpmnElement -> (plane number, x, y, width, height) from BPMNDI shapes."""
    out: dict[str, tuple[int, float, float, float, float]] = {}
    for k, plane in enumerate(el for el in root.iter() if local_name(el.tag) == "BPMNPlane"):
        for shape in plane.iter():
            if local_name(shape.tag) != "BPMNShape":
                continue
            bounds = next((b for b in shape if local_name(b.tag) == "Bounds"), None)
            ref = shape.get("bpmnElement")
            if bounds is None or not ref:
                continue
            try:
                x, y = float(bounds.get("x", "0")), float(bounds.get("y", "0"))
                w, h = float(bounds.get("width", "0")), float(bounds.get("height", "0"))
            except ValueError:
                continue
            out[ref] = (k, x, y, w, h)   # absurd numbers are bounded, with a warning, in _place
    return out


def _place(m, builder: MapBuilder, positions: dict, warnings: list[str]) -> None:
    """Use the diagram's positions when every flow step has one in the same drawing."""
    if not positions:
        return
    found = {key: positions.get(key) for key in builder.steps}
    flow_keys = [k for k, s in builder.steps.items() if s.kind != "note"]
    planes = {found[k][0] for k in flow_keys if found[k]}
    if not flow_keys or any(found[k] is None for k in flow_keys) or len(planes) > 1:
        warnings.append(translate("Import", "the diagram's positions do not cover every step in one drawing; "
                                            "mapper lays the map out afresh"))
        return
    by_id = {s.id: s for s in m.steps}
    absurd: list[str] = []
    for key, step in builder.steps.items():
        pos = found[key]
        if pos is None:
            continue
        _, x, y, w, h = pos
        s = by_id[step.id]
        fields = {"x": round(x + w / 2, 3), "y": round(y + h / 2, 3)} if math.isfinite(x + w / 2 + y + h / 2) \
            else {"x": math.inf, "y": math.inf}
        if w > 0 and h > 0:
            fields.update(width=w, height=h)
        fields, changed = bounded_geometry(fields)
        if changed:
            absurd.append(step.text or step.id)
        for key, value in fields.items():
            setattr(s, key, value)
    if absurd:
        warnings.append(absurd_numbers_warning(absurd))

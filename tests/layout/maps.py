"""Small maps for the layout tests, written the way an owner would draw them."""

from __future__ import annotations

from mapper.model import Arrow, Step, SystemMap


def flow(steps: list[tuple[str, str]], arrows: list[tuple], **placed) -> SystemMap:
    """``steps``: (id, kind) with the id as text; ``arrows``: (source, target[, label]).
    ``placed``: id -> (x, y) for steps that already have a place."""
    m = SystemMap(steps=[Step(id=i, kind=k, text=i.replace("_", " ").capitalize()) for i, k in steps])
    for n, a in enumerate(arrows, 1):
        m.arrows.append(Arrow(id=f"a{n}", source=a[0], target=a[1], label=a[2] if len(a) > 2 else ""))
    for sid, (x, y) in placed.items():
        s = m.step(sid)
        s.x, s.y = float(x), float(y)
    return m


def webinar_loop() -> SystemMap:
    """Webinar -> nurture -> booked?; Yes -> client, No -> back to nurture."""
    return flow([("webinar", "terminator"), ("nurture", "activity"), ("booked", "decision"),
                 ("client", "terminator")],
                [("webinar", "nurture"), ("nurture", "booked"), ("booked", "client", "Yes"),
                 ("booked", "nurture", "No")])


def two_branches() -> SystemMap:
    """A decision whose two branches each run to their own end."""
    return flow([("start", "terminator"), ("fit", "decision"), ("call", "activity"), ("won", "terminator"),
                 ("email", "activity"), ("later", "terminator")],
                [("start", "fit"), ("fit", "call", "Yes"), ("call", "won"), ("fit", "email", "No"),
                 ("email", "later")])


def recycle_funnel() -> SystemMap:
    """Two interleaved loops back over the main line, a drop-out, a detour that
    rejoins, and a second start feeding the middle."""
    return flow(
        [("lead", "terminator"), ("score", "activity"), ("ready", "decision"), ("call", "activity"),
         ("quote", "activity"), ("accepts", "decision"), ("job", "activity"), ("paid", "decision"),
         ("remind", "activity"), ("client", "terminator"), ("lost", "terminator"), ("referral", "terminator"),
         ("visit", "activity"), ("measure", "activity")],
        [("lead", "score"), ("score", "ready"), ("ready", "call", "Yes"), ("ready", "score", "No"),
         ("call", "quote"), ("quote", "accepts"), ("accepts", "job", "Yes"), ("accepts", "call", "No"),
         ("accepts", "lost", "Never"), ("job", "paid"), ("paid", "client", "Yes"), ("paid", "remind", "No"),
         ("remind", "paid"), ("referral", "call"), ("call", "visit"), ("visit", "measure"), ("measure", "quote")])

"""Synthetic maps that look like real ones, at any size, for the benchmarks.

``synthetic_map(n)`` builds ``n`` steps in lanes of about 250 steps. Each lane is
one marketing-and-delivery system: a start (an ad, a webinar, a referral...), a
chain of activities with a decision every ~5 steps, and an end. Decisions either
let people drop out (to a non-goal end), recycle them back a few steps (nurture
loops, sometimes inside other loops), or send them on a detour that rejoins the
main line; a few split big and small jobs to two goal ends. Every branch has a
probability, so the map is a valid funnel; every step is placed without overlap.
"""

from __future__ import annotations

import random

from mapper.model import Arrow, Metric, Step, SystemMap

LANE_STEPS = 250
COLUMN = 240.0  # scene units between columns
ROW = 150.0     # between rows
LANE_ROWS = 4   # rows 0 (main line) .. 3, plus a row above for the lane's note

STARTS = ["Free webinar", "Google ad", "Referral from a client", "Facebook post", "Trade show",
          "Website enquiry", "Walk-in customer", "Newsletter sign-up"]
ACTIVITIES = [
    "Send welcome email", "Add contact to CRM", "Tag the lead by interest", "Call the lead",
    "Send the price list", "Schedule a consultation", "Send a reminder the day before",
    "Hold the consultation", "Prepare the proposal", "Email the proposal", "Follow up by email",
    "Visit the site", "Measure the job", "Order materials", "Confirm the booking by SMS",
    "Do the job", "Check the work with the customer", "Send the invoice", "Send a payment reminder",
    "Send a thank-you note", "Ask for a review", "Publish the case study", "Send the survey",
    "Book the follow-up visit", "Offer the maintenance plan", "Record the job in the log",
    "Negotiate the scope", "Train the new client", "Update the job sheet", "Notify the team",
]
DECISIONS = [
    ("Opened the email?", ("Yes", "No")), ("Books a consultation?", ("Yes", "No")),
    ("Good fit?", ("Yes", "No")), ("Accepted the quote?", ("Yes", "No")),
    ("Paid?", ("Yes", "No")), ("Replied?", ("Yes", "Not yet")),
    ("Needs a site visit?", ("No", "Yes")), ("Happy with the work?", ("Yes", "No")),
]
LOST = ["Not interested", "Lost to a competitor", "Unsubscribed", "Did not pay", "Not now"]
OWNERS = ["Marketing", "Sales", "Office", "Owner", "Technician"]
STAGES = ["know", "like", "trust", "try", "buy", "repeat", "refer"]


class _Lane:
    """Builds one lane; ``budget`` is exactly the number of steps it adds."""

    def __init__(self, rng: random.Random, index: int, budget: int, top: float,
                 steps: list[Step], arrows: list[Arrow], reach: tuple[int, int] = (2, 8)):
        self.rng, self.index, self.top = rng, index, top
        self.reach = reach  # how many main steps back a recycling loop goes (fewest, most)
        self.steps, self.arrows = steps, arrows
        self.remaining = budget
        self.taken: set[tuple[int, int]] = set()
        self.col = 0
        self.main: list[str] = []          # activities on the main line (loop-back targets)
        self.pending: list[tuple[str, str, float | None]] = []  # (source, label, probability) -> next main step
        self.rejoins: list[tuple[int, str]] = []  # (column, last step of a detour)

    # -- adding things ------------------------------------------------------
    def _id(self, what: str) -> str:
        return f"l{self.index}-{what}{len(self.steps)}"

    def _step(self, kind: str, text: str, col: int, row: int, **fields) -> str:
        sid = self._id(kind[0])
        self.taken.add((col, row))
        self.steps.append(Step(id=sid, kind=kind, text=text, x=col * COLUMN,
                               y=self.top + row * ROW, **fields))
        self.remaining -= 1
        return sid

    def _arrow(self, source: str, target: str, label: str = "", probability: float | None = None) -> None:
        self.arrows.append(Arrow(id=f"a{len(self.arrows) + 1}", source=source, target=target,
                                 label=label, probability=probability))

    def _free_row(self, col: int) -> int:
        for row in range(1, LANE_ROWS):
            if (col, row) not in self.taken:
                return row
        return -1

    def _extras(self, kind: str) -> dict:
        rng = self.rng
        fields: dict = {}
        if rng.random() < 0.3:
            fields["owner"] = rng.choice(OWNERS)
        if rng.random() < 0.5:
            fields["stage"] = STAGES[min(6, self.col * 7 // max(1, self.col + self.remaining))]
        if kind == "activity" and rng.random() < 0.2:
            fields["cost"] = float(rng.choice([2, 5, 10, 25]))
        if kind == "activity" and rng.random() < 0.1:
            fields["checklist"] = ["Open the customer's card", "Do it", "Tick it off in the log"]
        return fields

    def _main_step(self, kind: str, text: str, last: bool = False, **fields) -> str:
        self.col += 1
        sid = self._step(kind, text, self.col, 0, **fields)
        for source, label, p in self.pending:
            self._arrow(source, sid, label, p)
        self.pending = []
        for col, detour_end in [r for r in self.rejoins if r[0] <= self.col or last]:
            self._arrow(detour_end, sid)
        self.rejoins = [r for r in self.rejoins if r[0] > self.col and not last]
        return sid

    def _detour_row(self, k: int) -> int:
        """A row with ``k`` free columns after the current one, or 0."""
        for r in range(1, LANE_ROWS):
            if all((self.col + i, r) not in self.taken for i in range(1, k + 1)):
                return r
        return 0

    # -- the lane --------------------------------------------------------------
    def build(self) -> None:
        rng = self.rng
        self._step("note", f"Lane {self.index + 1}: keep this system running every week", 0, -1)
        start = self._step("terminator", rng.choice(STARTS), 0, 0, stage="know")
        self.pending = [(start, "", None)]
        gap = rng.randint(3, 6)
        while self.remaining > 1:
            room = self.remaining - 1  # one is kept for the goal end
            if gap > 0 or room < 6:
                sid = self._main_step("activity", rng.choice(ACTIVITIES), **self._extras("activity"))
                self.main.append(sid)
                self.pending = [(sid, "", None)]
                gap -= 1
                continue
            self._decision(room)
            gap = rng.randint(3, 6)
        goal = self._main_step("terminator", "New client", last=True, goal=True, value=float(rng.choice([500, 1000, 2500])))
        assert not self.pending and not self.rejoins, goal

    def _decision(self, room: int) -> None:
        rng = self.rng
        text, (yes, no) = rng.choice(DECISIONS)
        fields = self._extras("decision")
        if rng.random() < 0.2:
            fields["metric"] = Metric(name=text.rstrip("?") + " rate", unit="per week", target=10)
        d = self._main_step("decision", text, **fields)
        p_yes = round(rng.uniform(0.3, 0.9), 2)
        roll = rng.random()
        row = self._free_row(self.col)
        if roll < 0.3 and row > 0:                                  # some drop out
            p_yes = round(rng.uniform(0.6, 0.95), 2)  # most stay: a 250-step lane is a long road
            lost = self._step("terminator", rng.choice(LOST), self.col, row, value=0.0)
            self._arrow(d, lost, no, round(1 - p_yes, 2))
        elif roll < 0.6 and len(self.main) >= 3:                    # recycle: loop back a few steps
            lo, hi = self.reach
            back = self.main[-rng.randint(min(lo, len(self.main)), min(hi, len(self.main)))]
            self._arrow(d, back, no, round(1 - p_yes, 2))
        elif roll < 0.9 and room >= 4 and self._detour_row(k := rng.randint(1, min(3, room - 3))):
            row = self._detour_row(k)
            prev, label, p = d, no, round(1 - p_yes, 2)
            for i in range(1, k + 1):
                sid = self._step("activity", rng.choice(ACTIVITIES), self.col + i, row, **self._extras("activity"))
                self._arrow(prev, sid, label, p)
                prev, label, p = sid, "", None
            self.rejoins.append((self.col + k + 1, prev))
        elif row > 0:                                               # big and small jobs: a second goal
            small = self._step("terminator", "Small client", self.col, row, goal=True, value=300.0)
            p_small = round((1 - p_yes) / 2, 2)
            self._arrow(d, small, "Small job", p_small)
            row2 = self._free_row(self.col)
            if row2 > 0:
                lost = self._step("terminator", rng.choice(LOST), self.col, row2, value=0.0)
                self._arrow(d, lost, no, round(1 - p_yes - p_small, 2))
            else:
                p_small = round(1 - p_yes, 2)
                self.arrows[-1].probability = p_small
        else:                                                       # nowhere to put a branch: loop to self's predecessor
            self._arrow(d, self.main[-1], no, round(1 - p_yes, 2))
        self.pending = [(d, yes, p_yes)]


#: How far back recycling loops reach in the two kinds of synthetic map.
SHORT_LOOPS = (2, 8)
LONG_LOOPS = (10, 40)


def synthetic_map(n_steps: int, seed: int = 0, long_loops: bool = False) -> SystemMap:
    """A placed, valid map of exactly ``n_steps`` steps (at least 8) with a funnel.

    ``long_loops``: recycling loops go 10 to 40 main steps back instead of 2 to 8 (a lead
    sent back to the start of nurturing), so their return lanes run long under the flow
    and nest and overlap each other."""
    if n_steps < 8:
        raise ValueError("a synthetic map needs at least 8 steps")
    rng = random.Random(seed)
    lanes = max(1, round(n_steps / LANE_STEPS))
    sizes = [n_steps // lanes + (1 if i < n_steps % lanes else 0) for i in range(lanes)]
    steps: list[Step] = []
    arrows: list[Arrow] = []
    for i, size in enumerate(sizes):
        _Lane(rng, i, size, top=i * (LANE_ROWS + 1) * ROW + ROW, steps=steps, arrows=arrows,
              reach=LONG_LOOPS if long_loops else SHORT_LOOPS).build()
    return SystemMap(title=f"Synthetic system of {n_steps:,} steps", system="marketing",
                     steps=steps, arrows=arrows)

"""Small maps whose checklists we know by heart, for the output tests."""

from __future__ import annotations

from mapper.model import Arrow, Metric, Step, SystemMap


def quote_map() -> SystemMap:
    """An enquiry that becomes a client, with three branches, a loop, a rejoin and an orphan.

    Flow order (main path along the most likely branches):
      1 Enquiry, 2 Call the lead, 3 Books a visit?, 4 Visit the site, 5 Send the quote,
      6 Accepts the quote?, 7 New client; branch from 3 "No": 8 Add to newsletter, 9 Not now;
      not connected: 10 Tidy the van. Branch from 3 "Later" is short and rejoins at 4, so it
      is printed inline under 3: 3a Send a reminder (then go on at 4).
    """
    def step(id, kind, text, x, y, **kw):
        return Step(id=id, kind=kind, text=text, x=x, y=y, **kw)

    steps = [
        step("enquiry", "terminator", "Enquiry", 0, 0, owner="Office"),
        step("call", "activity", "Call the lead", 220, 0, owner="Sales",
             checklist=["Ask about the job", "Log it in Google Sheets"], notes="Use the <script> opener",
             duration_min=15, cost=5),
        step("books", "decision", "Books a visit?", 440, 0, metric=Metric(name="Visits booked", unit="per week")),
        step("visit", "activity", "Visit the site", 660, 0, owner="Technician"),
        step("quote", "activity", "Send the quote", 880, 0, owner="Office"),
        step("buys", "decision", "Accepts the quote?", 1100, 0),
        step("client", "terminator", "New client", 1320, 0, goal=True),
        step("nurture", "activity", "Add to newsletter", 440, 200, owner="Office"),
        step("lost", "terminator", "Not now", 660, 200),
        step("remind", "activity", "Send a reminder", 440, -200, owner="Office"),
        step("orphan", "activity", "Tidy the van", 0, 400),
        step("note", "note", "Review every Friday", 0, -200),
    ]
    arrows = [
        Arrow(id="a1", source="enquiry", target="call"),
        Arrow(id="a2", source="call", target="books"),
        Arrow(id="a3", source="books", target="visit", label="Yes", probability=0.6),
        Arrow(id="a4", source="books", target="nurture", label="No", probability=0.3),
        Arrow(id="a5", source="books", target="remind", label="Later", probability=0.1),
        Arrow(id="a6", source="visit", target="quote"),
        Arrow(id="a7", source="quote", target="buys"),
        Arrow(id="a8", source="buys", target="client", label="Yes", probability=0.7),
        Arrow(id="a9", source="buys", target="call", label="No", probability=0.3),
        Arrow(id="a10", source="nurture", target="lost"),
        Arrow(id="a11", source="remind", target="visit"),
    ]
    return SystemMap(title="Quote to client", system="operating", description="From enquiry to job.",
                     steps=steps, arrows=arrows)


FLOW_ORDER = ["enquiry", "call", "books", "remind", "visit", "quote", "buys", "client", "nurture", "lost", "orphan"]
LABELS = ["1", "2", "3", "3a", "4", "5", "6", "7", "8", "9", "10"]

"""Brainstorming the most profitable system as a list: the list's rules, and a map
that mapper check passes."""

from __future__ import annotations

from mapper.analysis import analyse
from mapper.cli import main
from mapper.formats.brainstorm import NOT_NOW, brainstormed_map, parse_tasks
from mapper.model import save_map

PLUMBING = """
Book a visit
    Take the address
    Ask about the leak
Emergency?
Do the job
Send the invoice
Paid?

Everything below the empty line is not part of the list
"""


def test_the_lists_rules():
    tasks = parse_tasks(PLUMBING)
    assert [(t.kind, t.text) for t in tasks] == [
        ("activity", "Book a visit"), ("decision", "Emergency?"), ("activity", "Do the job"),
        ("activity", "Send the invoice"), ("decision", "Paid?")]
    assert tasks[0].checklist == ["Take the address", "Ask about the leak"]
    # Bullets as people type them are not part of the text; an indented first line is a task.
    assert [t.text for t in parse_tasks("  - Call back\n* Send the quote\n")] == ["Call back", "Send the quote"]
    assert parse_tasks("\n\n") == []


def test_a_brainstorm_is_a_connected_chain_from_start_to_stop(tmp_path, capsys):
    m = brainstormed_map("Emergency plumbing repairs", "Customer calls", "Happy customer", PLUMBING)
    assert m.title == "Emergency plumbing repairs"
    texts = [s.text for s in m.steps if s.text != NOT_NOW]
    assert texts == ["Customer calls", "Book a visit", "Emergency?", "Do the job", "Send the invoice", "Paid?",
                     "Happy customer"]
    by_id = {s.id: s for s in m.steps}
    chain = [(by_id[a.source].text, by_id[a.target].text, a.label) for a in m.arrows]
    assert chain == [("Customer calls", "Book a visit", ""), ("Book a visit", "Emergency?", ""),
                     ("Emergency?", "Do the job", "Yes"), ("Emergency?", NOT_NOW, "No"),
                     ("Do the job", "Send the invoice", ""), ("Send the invoice", "Paid?", ""),
                     ("Paid?", "Happy customer", "Yes"), ("Paid?", NOT_NOW, "No")]
    assert m.step("stop").goal and m.step("stop").kind == "terminator"
    assert by_id["activity1"].checklist == ["Take the address", "Ask about the leak"]
    report = analyse(m)
    # Nothing wrong with the flow; who owns each step comes later (method step 5).
    assert [f for f in report.findings if f.rule != "owner-missing"] == []
    # The same check the owner runs.
    path = tmp_path / "plumbing.json"
    save_map(m, path)      # unplaced steps are fine on disk: mapper lays them out on open
    assert main(["check", str(path)]) == 0
    assert main(["layout", str(path)]) == 0 and main(["check", str(path)]) == 0


def test_an_empty_brainstorm_still_goes_from_start_to_stop():
    m = brainstormed_map("", "Enquiry", "Paid", "")
    assert [s.text for s in m.steps] == ["Enquiry", "Paid"]
    assert [f for f in analyse(m).findings if f.rule != "owner-missing"] == []

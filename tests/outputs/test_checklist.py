"""The checklist reads in flow order, routes by step number, and loses nothing."""

from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from mapper.analysis import analyse
from mapper.analysis.results import AutomationCandidate, CriticalStep, MetricPoint, Report
from mapper.formats.checklist import build_checklist, tools_named
from mapper.formats.checklist_html import to_html
from mapper.formats.checklist_markdown import to_markdown
from mapper.i18n.stages import stage_name
from mapper.model import STAGES, Arrow, Step, SystemMap

from .maps import FLOW_ORDER, LABELS, quote_map


def _by_id(c):
    return {s.step_id: s for s in c.steps()}


def test_every_step_once_in_flow_order_with_branches_and_loose_steps():
    c = build_checklist(quote_map(), analyse(quote_map()))
    assert [s.step_id for s in c.steps()] == FLOW_ORDER
    assert [s.label for s in c.steps()] == LABELS
    headings = [sec.heading for sec in c.sections]
    # "Later" is a short branch back to step 4: lettered under its decision, no section of its own.
    assert headings == ["Main path", "Branch from step 3: No", "Not connected to the flow"]
    assert [s.step_id for s in c.sections[0].steps][2:4] == ["books", "remind"]
    assert c.sections[-1].steps[0].text == "Tidy the van"


def test_decisions_route_by_step_number_and_loops_refer_back():
    items = _by_id(build_checklist(quote_map(), analyse(quote_map())))
    assert items["books"].routing() == "Yes: go to step 4. No: go to step 8. Later: do 3a below."
    assert items["buys"].routing() == "Yes: go to step 7. No: back to step 2."
    # A step met again on a later path is not repeated: the path says where to continue.
    assert items["remind"].routing() == "Then go on at step 4."
    assert items["remind"].inline and not items["visit"].inline
    assert items["client"].headline() == "→ New client (goal)"
    assert items["lost"].headline() == "→ Not now"
    assert items["enquiry"].headline() == "Start: Enquiry"


def test_main_path_follows_first_arrow_when_no_probabilities():
    m = quote_map()
    for a in m.arrows:
        a.probability = None
    m.arrows.sort(key=lambda a: a.id != "a5")  # "Later" drawn first: it becomes the main path
    order = [s.step_id for s in build_checklist(m, analyse(m)).steps()]
    assert order[:6] == ["enquiry", "call", "books", "remind", "visit", "quote"]


def test_critical_steps_carry_their_detail_and_metric_points_ask_for_a_number():
    m = quote_map()
    report = Report(critical=(CriticalStep("call", ("every path passes here",)),),
                    metric_points=(MetricPoint("books", "Bookings", "decision"),
                                   MetricPoint("enquiry", "Enquiries", "start")),
                    automation=(AutomationCandidate("remind", 0.9, ("sends a reminder",)),))
    items = _by_id(build_checklist(m, report, owner_edition=True))
    call = items["call"]
    assert call.critical and call.items == ["Ask about the job", "Log it in Google Sheets"]
    assert call.tools == ["Google Sheets"]
    details = " ".join(call.detail_lines())
    assert "15 min" in details and "Costs 5" in details and "Tools: Google Sheets" in details
    assert "Notes: Use the <script> opener" in details
    # The step's own metric wins over the suggestion (for "who does what").
    assert items["books"].record == "Visits booked" and items["enquiry"].record == "Enquiries"
    assert items["remind"].automation_hint == "Could be automated: sends a reminder"
    assert call.critical_reasons == ("every path passes here",)
    # The crew's edition leaves the analysis out.
    crew = _by_id(build_checklist(m, report))
    assert crew["remind"].automation_hint == "" and crew["call"].critical_reasons == ()
    assert not items["visit"].critical and items["visit"].record == ""


def test_critical_only_holds_exactly_the_critical_steps_numbered_as_in_the_full_list():
    m = quote_map()
    report = analyse(m)
    full = _by_id(build_checklist(m, report))
    card = build_checklist(m, report, critical_only=True)
    assert report.critical_ids(), "the sample must have critical steps"
    assert {s.step_id for s in card.steps()} == report.critical_ids()
    assert all(s.number == full[s.step_id].number for s in card.steps())
    assert [s.number for s in card.steps()] == sorted(s.number for s in card.steps())


def test_accountability_lists_owners_steps_and_metrics():
    m = quote_map()
    m.step("books").owner = "Sales"
    rows = {r.owner: r for r in build_checklist(m, Report()).accountability}
    assert rows["Sales"].steps == ["2", "3"] and rows["Sales"].metrics == ["Visits booked"]
    assert rows["Office"].steps == ["1", "3a", "5", "8"]
    assert rows["(no owner yet)"].steps == ["6", "10"]
    assert list(rows)[-1] == "(no owner yet)"


def test_stages_group_steps_in_hourglass_order_keeping_flow_order_within():
    m = quote_map()
    stages = {"enquiry": "know", "call": "trust", "books": "trust", "visit": "try", "quote": "buy",
              "nurture": "like"}
    for sid, stage in stages.items():
        m.step(sid).stage = stage
    c = build_checklist(m, Report())
    level1 = [sec.heading for sec in c.sections if sec.level == 1]
    # Steps without a stage never sit under the stage heading above them.
    assert level1 == ["Know", "Like", "Steps with no stage", "Trust", "Try", "Buy", "Steps with no stage",
                      "Not connected to the flow"]
    by_heading = {sec.heading: [x.step_id for x in sec.steps] for sec in c.sections if sec.steps}
    assert by_heading["Buy"] == ["quote"] and "buys" not in by_heading["Buy"]
    order = [s.step_id for s in c.steps()]
    # "Add to newsletter" (like) moves before the trust steps; unstaged steps stay with their path.
    assert order.index("nurture") < order.index("call") < order.index("books")
    assert order.index("buys") > order.index("quote")
    assert [s.label for s in c.steps()] == [str(n) for n in range(1, 6)] + ["5a"] + [
        str(n) for n in range(6, 11)]
    assert sorted(order) == sorted(FLOW_ORDER)


def test_markdown_uses_task_lists():
    md = to_markdown(build_checklist(quote_map(), Report()))
    assert "- [ ] 2. Call the lead — Sales" in md
    assert "- [ ] 5. Send the quote — Office" in md
    assert "  - [ ] Ask about the job" in md
    assert "- ◇ 3. **Books a visit?** Yes: go to step 4. No: go to step 8. Later: do 3a below." in md
    assert "- ▶ 1. Start: Enquiry — Office" in md and "- ○ 7. → New client (goal)" in md
    assert "\n  - [ ] 3a. Send a reminder — Office (then go on at step 4)\n" in md
    assert "| Office | 1, 3a, 5, 8 | — |" in md
    assert md.count("Tidy the van") == 1


def test_html_is_standalone_printable_and_escapes_text():
    m = quote_map()
    m.step("visit").text = "<script>alert('x')</script> & measure"
    html = to_html(build_checklist(m, Report(critical=(CriticalStep("call", ()),))))
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html and "@media print" in html
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; measure" in html
    assert "Use the &lt;script&gt; opener" in html  # critical step notes are escaped too


def test_tools_are_recognised_as_names_not_as_ordinary_words():
    assert tools_named("Send the invoice from Xero", "book via calendly") == ["Xero", "Calendly"]
    assert tools_named("make a note", "a square meal") == []
    assert tools_named("Track it in Google Sheets") == ["Google Sheets"]


@st.composite
def random_maps(draw):
    n = draw(st.integers(1, 14))
    kinds = draw(st.lists(st.sampled_from(["terminator", "activity", "decision", "note"]), min_size=n, max_size=n))
    steps = [Step(id=f"s{i}", kind=k, text=f"Step {i}") for i, k in enumerate(kinds)]
    flow = [s.id for s in steps if s.kind != "note"]
    arrows = []
    if flow:
        pairs = draw(st.lists(st.tuples(st.sampled_from(flow), st.sampled_from(flow)), max_size=30))
        arrows = [Arrow(id=f"a{i}", source=a, target=b, label=draw(st.sampled_from(["", "Yes", "No"])))
                  for i, (a, b) in enumerate(pairs)]
    return SystemMap(steps=steps, arrows=arrows)


@settings(max_examples=150, deadline=None)
@given(random_maps())
def test_any_map_lists_each_flow_step_exactly_once_and_routes_to_real_numbers(m):
    c = build_checklist(m, Report())
    ids = [s.step_id for s in c.steps()]
    assert sorted(ids) == sorted(s.id for s in m.steps if s.kind != "note")
    labels = [s.label for s in c.steps()]
    main = [s.label for s in c.steps() if not s.inline]
    assert main == [str(n) for n in range(1, len(main) + 1)]
    assert len(set(labels)) == len(labels)
    for s in c.steps():
        if s.inline:  # a lettered sub-step follows its decision or its sibling
            assert re.fullmatch(r"\d+[a-z]+", s.label)
        for n in re.findall(r"(?:step|do) (\d+[a-z]*)", s.routing()):
            assert n in labels
    md = to_markdown(c)
    for s in c.steps():
        assert re.search(rf"^(  )?- (\[ \] |[◇▶○] ){s.label}\. ", md, re.M)


def test_with_stages_a_run_of_steps_says_which_branch_it_comes_from():
    m = quote_map()
    for sid, stage in {"enquiry": "know", "call": "like", "remind": "like", "books": "trust",
                       "visit": "try", "quote": "buy"}.items():
        m.step(sid).stage = stage
    c = build_checklist(m, Report())
    numbers = {s.step_id: s.number for s in c.steps()}
    assert [s.step_id for s in c.steps()][:4] == ["enquiry", "call", "remind", "books"]
    like = [sec.heading for sec in c.sections]
    # "Send a reminder" sits in Like, before the decision that leads to it.
    assert like[:4] == ["Know", "Like", f"Branch from step {numbers['books']}: Later", "Trust"]
    # Continuing straight on from the line above, or after a plain "continue at", needs no heading.
    assert not any(h.startswith(f"Branch from step {numbers['call']}") for h in like)
    assert _by_id(c)["call"].routing() == f"Continue at step {numbers['books']}."


def test_a_main_path_moved_below_its_branch_by_the_stages_is_not_called_a_branch():
    """Client onboarding: "Paid within 14 days?" goes on along Yes (85%) to the Refer
    stage, while No (the reminder) is in Repeat, which comes first. The testimonial run
    is the main path continuing, not a "Branch from step 13: Yes"."""
    from mapper.model import load_map
    from tests.conftest import SAMPLE_MAPS
    m = load_map(SAMPLE_MAPS / "client-onboarding.json")
    c = build_checklist(m, analyse(m))
    numbers = {s.step_id: s.number for s in c.steps()}
    paid = next(s for s in m.steps if s.text.startswith("Paid within"))
    heading = next(sec.heading for sec in c.sections if any(s.step_id == "testimonial" for s in sec.steps))
    assert heading == f"Main path, from step {numbers[paid.id]}: Yes"
    reminder = next(sec.heading for sec in c.sections
                    if any(s.text == "Revise the milestone" for s in sec.steps))
    assert reminder.startswith("Branch from step")


def plumbing_job() -> SystemMap:
    """The issue's plumbing job: an emergency branch that rejoins at "Do the job", a
    reminder loop, and two steps with no stage between staged ones."""
    def step(id, kind, text, **kw):
        return Step(id=id, kind=kind, text=text, **kw)
    steps = [step("call", "terminator", "Customer calls", stage="try"),
             step("book", "activity", "Book a visit", stage="try"),
             step("emergency", "decision", "Emergency?", stage="try"),
             step("oncall", "activity", "Dispatch on-call plumber", stage="try"),
             step("estimate", "activity", "Give the estimate", stage="try"),
             step("accepts", "decision", "Accepts the quote?", stage="buy"),
             step("job", "activity", "Do the job", stage="buy"),
             step("invoice", "activity", "Send the invoice"),
             step("paid", "decision", "Paid?"),
             step("remind", "activity", "Send a reminder", stage="repeat"),
             step("happy", "terminator", "Happy customer", goal=True, stage="repeat"),
             step("lost", "terminator", "No job", stage="buy")]
    pairs = [("call", "book"), ("book", "emergency"), ("emergency", "oncall", "Yes"),
             ("emergency", "estimate", "No"), ("oncall", "job"), ("estimate", "accepts"),
             ("accepts", "job", "Yes"), ("accepts", "lost", "No"), ("job", "invoice"), ("invoice", "paid"),
             ("paid", "happy", "Yes"), ("paid", "remind", "No"), ("remind", "paid")]
    arrows = [Arrow(id=f"a{i}", source=p[0], target=p[1], label=p[2] if len(p) > 2 else "")
              for i, p in enumerate(pairs)]
    return SystemMap(title="Plumbing job", steps=steps, arrows=arrows)


def test_a_short_branch_that_rejoins_reads_inline_as_lettered_sub_steps():
    m = plumbing_job()
    for s in m.steps:
        s.stage = None
    c = build_checklist(m, analyse(m))
    lines = [(s.label, s.step_id) for s in c.steps()]
    # The emergency call-out is not printed after the payment: it sits under its decision.
    assert lines[:6] == [("1", "call"), ("2", "book"), ("3", "emergency"), ("3a", "oncall"),
                         ("4", "estimate"), ("5", "accepts")]
    items = _by_id(c)
    assert items["emergency"].routing() == "Yes: do 3a below. No: go to step 4."
    assert items["oncall"].routing() == "Then go on at step 6." and items["job"].label == "6"
    # The reminder loop keeps its own section.
    assert [sec.heading for sec in c.sections] == ["Main path", "Branch from step 5: No",
                                                   "Branch from step 8: No"]
    md = to_markdown(c)
    assert "- ◇ 3. **Emergency?** Yes: do 3a below. No: go to step 4.\n" in md
    assert "\n  - [ ] 3a. Dispatch on-call plumber (then go on at step 6)\n" in md
    html = to_html(c)
    assert '<li class="inline"><span class="box" aria-hidden="true"></span><span class="num">3a.</span>' in html


def test_stage_headings_only_over_steps_that_carry_a_stage():
    c = build_checklist(plumbing_job(), analyse(plumbing_job()))
    sections = [(sec.heading, [s.step_id for s in sec.steps]) for sec in c.sections if sec.steps]
    assert sections[0] == ("Try", ["call", "book", "emergency", "oncall", "estimate"])
    # "Send the invoice" and "Paid?" carry no stage: they do not read as part of "Buy".
    assert ("Buy", ["accepts", "job"]) in sections
    assert ("Steps with no stage", ["invoice", "paid"]) in sections
    assert all(s.stage for heading, ids in sections if heading in {stage_name(st) for st in STAGES}
               for s in (build_step(c, i) for i in ids))


def build_step(c, step_id):
    return _by_id(c)[step_id]


def test_crew_edition_leaves_out_the_analysis_and_the_owner_edition_has_it():
    m = plumbing_job()
    from mapper.analysis.method import method_progress
    report = analyse(m)
    crew = to_markdown(build_checklist(m, report, progress=method_progress(m, report)))
    owner = to_markdown(build_checklist(m, report, owner_edition=True, progress=method_progress(m, report)))
    for text in ("Could be automated", "Why it is critical"):
        assert text not in crew and text in owner
    assert "owner's edition" in owner and "owner's edition" not in crew
    # Both editions open with where the owner is in the method (the crew sees what is left too).
    for edition in (crew, owner):
        assert "Where you are in the method" in edition and "- [x] 1. Map the system" in edition
    assert "Where you are in the method" not in to_markdown(build_checklist(m, report))


def test_a_two_step_branch_reads_3a_3b_then_go_on():
    m = plumbing_job()
    for s in m.steps:
        s.stage = None
    m.steps.append(Step(id="eta", kind="activity", text="Text the customer our arrival time"))
    for a in m.arrows:
        if (a.source, a.target) == ("oncall", "job"):
            a.target = "eta"
    m.arrows.append(Arrow(id="a99", source="eta", target="job"))
    c = build_checklist(m, analyse(m))
    items = _by_id(c)
    assert [s.label for s in c.steps()][:6] == ["1", "2", "3", "3a", "3b", "4"]
    assert items["oncall"].label == "3a" and items["eta"].label == "3b"
    assert items["oncall"].routing() == "" and items["eta"].routing() == "Then go on at step 6."
    assert items["emergency"].routing() == "Yes: do 3a below. No: go to step 4."
    md = to_markdown(c)
    assert ("  - [ ] 3a. Dispatch on-call plumber\n  - [ ] 3b. Text the customer our arrival time "
            "(then go on at step 6)\n") in md


def test_the_job_checklist_asks_for_no_weekly_counts():
    """Weekly numbers belong to the scorecard: no "Record: Times done ____", no "Won ____"."""
    m = quote_map()
    c = build_checklist(m, analyse(m))
    for text in (to_markdown(c), to_html(c)):
        assert "Record:" not in text and "____" not in text and "Won" not in text

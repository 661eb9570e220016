"""Real diagrams import, and come out as the file really is.

Two sets of files: ``tests/corpus`` (committed: real files whose licence allows
it, and files written for mapper that carry the constructs of the others; see
its SOURCES.md), always run; and the real files that may not be redistributed,
run when the environment variable ``MAPPER_CORPUS`` names the folder that holds
them (``.ci/run`` sets it when that folder sits beside the checkout), otherwise skipped
with that reason in pytest's summary.

The counts below were established by reading each file (cell by cell for
draw.io, line by line for Mermaid, element by element for BPMN), not by running
the importer. Where a source's automated counts differ, these are the ones
that match the drawing. Columns: terminators, activities, decisions, notes,
arrows, labelled arrows.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mapper.formats.importers import import_file
from tests.conftest import CORPUS

#: The real files, committed or not.
REAL: dict[str, tuple[int, int, int, int, int, int, str]] = {
    # -- Mermaid: nodes by bracket shape, arrows = one per source x target of each link --------
    "mermaid/carmen-grn-extra-cost-distribution.mmd": (2, 11, 2, 0, 17, 5,
        "Start/Done stadiums; Action, Method diamonds; SelectMethod used before defined; 5 |..| labels"),
    "mermaid/carmen-load-data-retry-tiny.mmd": (0, 5, 2, 0, 7, 4,
        "all boxes; LoadResult and UserChoice diamonds; Yes/No/Retry/Navigate Back"),
    "mermaid/carmen-procure-to-pay-classdef.mmd": (4, 6, 1, 0, 10, 3,
        "6 stadiums: Need, Rejected, Refund, Payment end or start the flow; Vendor and Invoice sit in the "
        "middle of it = activities; GRN has one labelled arrow out (stays a box); class lines skipped"),
    "mermaid/carmen-purchase-request-submit.mmd": (6, 21, 6, 0, 34, 12,
        "Start + 5 stadium ends; the 4 [(cylinder)] saves mid-flow are activities; 34 --> lines"),
    "mermaid/codeassess-job-lifecycle-decisions.mmd": (2, 16, 12, 0, 41, 24,
        "Start/End stadiums, 12 diamonds each with a Yes and a No arrow, 7 rejections into End"),
    "mermaid/icrc-clubfoot-follow-up-visit.mmd": (2, 18, 3, 0, 27, 6,
        "every (\"..\") node is rounded: the first and last are terminators, the 19 in the middle of the "
        "flow are activities, but F (Option 1 / Option 2 out) asks a question = decision; Q, T diamonds; "
        "H2 --> J & L & M fans out to 3"),
    "mermaid/icrc-odoo-allocate-stock.mmd": (0, 16, 4, 0, 24, 7,
        "D, I, O diamonds; the box J (Popup: Process all reserved quantities?) has Yes/No out = decision; H1 & K & L --> M and P & Q --> R fan in; -- Yes --> labels"),
    "mermaid/icrc-odoo-create-employee-linear.mmd": (0, 13, 0, 0, 12, 0,
        "13 quoted boxes A..M in a chain, ; line ends, %% comments"),
    "mermaid/icrc-odoo-purchase-rfq-to-receipt.mmd": (2, 14, 3, 0, 21, 6,
        "A and S stadiums with emoji; B, H, O diamonds; 'No — adjust' label"),
    "mermaid/icrc-odoo-repair-workflow-subgraph.mmd": (2, 14, 1, 0, 17, 2,
        "A and O stadiums; G diamond; SK1..SK4 listed in subgraph Stock Keeper"),
    "mermaid/noorg-sales-process.mmd": (0, 9, 2, 0, 12, 4,
        "B(Lead Qualification) is rounded but mid-flow = activity; C, G diamonds"),
    "mermaid/noorg-support-ticket-management.mmd": (0, 16, 3, 0, 21, 6,
        "Simple, Escalate, Satisfied diamonds; Yes/No on each"),
    "mermaid/rse-software-license-decision.mmd": (5, 1, 5, 0, 13, 12,
        "questions drawn as ([..]) stadiums: A starts the flow (terminator), B C D E J sit mid-flow with "
        "Yes/No out = decisions; outcomes G H I K as (..) end it; F (a web address) is rounded mid-flow "
        "= activity; F --> J unlabelled"),
    "mermaid/tp2-onboarding-fr.mmd": (2, 8, 1, 0, 11, 2,
        "nodes declared first, chained edges (Start --> Collect --> Check = 2 arrows); Oui/Non; "
        "Start[Start] and End[End] boxes at the ends of the flow are its start and end"),
    "mermaid/tp2-support-client-fr.mmd": (2, 7, 1, 0, 10, 2,
        "one chain of 5 arrows, IfEsc diamond with Oui/Non; Start and End boxes are start/end points"),
    # -- draw.io: vertices by style; edges attached at both ends; free Yes/No texts -----------
    "drawio/jgraph-basic-flowchart-tiny.xml": (0, 4, 2, 0, 5, 4,
        "rounded=1 boxes without arcSize are activities; 2 rhombus; 5 edges (SOURCES says 4), Yes/No/No/Yes"),
    "drawio/jgraph-work-order-workflow.xml": (1, 20, 6, 0, 32, 12,
        "trapezoids are activities; one mxgraph.flowchart.terminator End; 12 Yes/No edge values"),
    "drawio/jgraph-project-material-flowchart.xml": (2, 13, 5, 0, 24, 10,
        "start/end terminators; 5 flowchart decisions; the 10 free 'yes'/'no' text cells label the "
        "decisions' arrows"),
    "drawio/jgraph-hr-plan-workflow.xml": (2, 11, 0, 0, 16, 0,
        "2 unlabelled start_2 circles (Start/End); 2 parallelGw gateways become activities; 9 boxes"),
    "drawio/auto-insurance-claim-tiny-compressed.drawio": (0, 3, 2, 0, 4, 3,
        "2 of 4 edges have no target but end on a box's top edge (joined); free 'Before' and 'After' "
        "sit on the two edges out of the box 'Claim before or after incident', which asks = decision"),
    "drawio/ics4u-reverse-string-recursion.drawio": (2, 5, 1, 1, 8, 2,
        "Start/Stop terminators; free True/False label the decision's arrows; title text = note"),
    "drawio/ics3u-factorial-loop.drawio": (2, 6, 2, 0, 11, 4,
        "ellipse Start/Stop; 11 edges, cell 11 has no target but ends on the top of 'try' (joined); "
        "free Yes/Exception/Yes/No on decision arrows"),
    "drawio/market-center-login-menu.drawio.xml": (3, 18, 4, 0, 30, 23,
        "4 shape=terminator, but 'Exit program' sits between the menu and End = activity; 2 rhombus, and "
        "2 menu boxes whose ways out are labelled (Menu 1..5) = decisions; 23 edge values"),
    "drawio/yume-reader-reading-scenario-ru.drawio": (2, 6, 2, 2, 13, 5,
        "ellipse start + unlabelled end ellipse; the box 'Экран чтения' has labelled ways out = decision; bullet text and title text are notes"),
    "drawio/yume-reader-book-import-ru.drawio": (1, 10, 1, 2, 14, 4,
        "text cell 6 and note 12 have arrows = activities; title and footnote texts = notes"),
    "drawio/yume-reader-settings-flow-ru.drawio": (1, 10, 0, 6, 14, 2,
        "gear icon and text cell 5 are in the flow; Aa, ↕, ◐, title, hint and the note = 6 notes; "
        "bare cylinder left out"),
    "drawio/data-pipeline-tiny-decisions.drawio": (0, 4, 2, 0, 5, 4,
        "2 rhombus (one Chinese), 4 rounded boxes, Yes/No edge values"),
    "drawio/new-project-environment-process.drawio": (1, 15, 3, 0, 21, 6,
        "14 two-row tables + Go Live document; '1' ellipse; 6 of 21 edges have no target but end "
        "at most 10.5 px from a table (joined); the 6 free Y/N sit on the decisions' arrows"),
    "drawio/ai-playground-site-flow-zh.drawio": (0, 20, 2, 0, 17, 0,
        "everything inside one group; 2 rhombus; 4 of 21 edges lack a source or target"),
    "drawio/doctor-appointment-app-flow.drawio": (2, 17, 3, 0, 24, 6,
        "start_1 Start/Stop; 23 of 38 edges are loose lines: 15 of them join into 9 arrows (the admin "
        "pages' return bus into Admin Home, Is Present -> User Home, Rate Doctor -> User Home); the bus "
        "under Admin Home has no line from it (8 left out); 6 free Yes/No on decision arrows"),
    # -- BPMN: events, tasks, gateways; merge gateways dissolved; sub-process flattened -------
    "bpmn/miwg-A1-simple-sequence.bpmn": (2, 3, 0, 0, 4, 0, "start, Task 1..3, end"),
    "bpmn/miwg-A2-exclusive-gateways.bpmn": (2, 4, 1, 0, 8, 0,
        "split gateway = decision; merge gateway dissolved: Task 3, Task 4 -> End (9 flows -> 8)"),
    "bpmn/camunda-loan-granting.bpmn": (2, 3, 1, 3, 6, 2,
        "sub-process flattened (its start and 2 ends dissolve into the outer flow); 3 annotations"),
    "bpmn/camunda-tweet-approval.bpmn": (2, 3, 1, 0, 6, 2,
        "Approved? decision with yes/no; Join merge dissolved"),
    "bpmn/camunda-job-announcement-lanes.bpmn": (2, 6, 1, 0, 9, 2,
        "5 user/service tasks + call activity; OK? with yes/no; 3 lanes"),
}

#: Files written for mapper (tests/corpus/SOURCES.md says which constructs each carries).
OWN: dict[str, tuple[int, int, int, int, int, int, str]] = {
    "drawio/order-shipping-loose-ends.drawio": (2, 4, 2, 1, 9, 4,
        "ellipse Start/Stop; parallelogram = activity; e2 has no target but ends on the top of 'Order "
        "found?' (joined); 4 free Yes/No on the decisions' arrows; bold title text = note"),
    "drawio/claim-triage-compressed.drawio": (0, 3, 2, 0, 5, 3,
        "compressed; 4 rounded boxes; c2, c3 end loose on box tops (joined) and take the free "
        "Before/After, so that box, with two labelled arrows out, is a decision; c5 has the value Yes"),
    "drawio/environment-request-tables.drawio": (1, 7, 2, 0, 11, 4,
        "'1' ellipse; 6 two-row tables + Go Live document; f2, f6, f10 end loose on tables (joined); "
        "4 free Y/N"),
    "drawio/ai-lab-site-group-zh.drawio": (0, 5, 1, 0, 6, 2,
        "all inside one group; 登录? rhombus with 是/否 values; g7, g8 have one loose end in empty space "
        "(left out)"),
    "drawio/order-approval-swimlanes-ru.drawio": (1, 4, 1, 1, 6, 2,
        "page 1 of 2; arcSize=50 pills Заявка/Готово (Заявка has arrows in and out: an activity); "
        "Да/Нет are edgeLabel child cells; the note shape"),
    "mermaid/purchase-request-styles.mmd": (2, 4, 2, 0, 10, 5,
        "Start/Done stadiums; the [(cylinder)] save is a step (storing is work); Budget, SelectMethod "
        "diamonds (SelectMethod used before defined); 5 |..| labels"),
    "mermaid/repair-desk-subgraph.mmd": (2, 8, 1, 0, 12, 2,
        "A and O stadiums; G diamond; R --> T1 & T2 fans out, T1 & T2 --> O fans in"),
    "mermaid/onboarding-crlf-fr.mmd": (2, 5, 1, 0, 8, 2,
        "Start --> Collect --> Check = 2 arrows; Start[Start] and End[End] boxes are the ends"),
    "mermaid/new-employee-linear.mmd": (0, 7, 0, 0, 6, 0, "7 quoted boxes in a chain"),
    "mermaid/licence-questions-front-matter.mmd": (4, 1, 2, 0, 7, 6,
        "A stadium start; B, E stadiums mid-flow with labelled arrows out = decisions; C, D, G rounded "
        "ends; F (a web address) is rounded mid-flow = activity"),
    "mermaid/load-retry-tiny.mmd": (0, 4, 2, 0, 6, 4, "B, E diamonds; Yes/No/Retry/Back"),
    "mermaid/sales-pipeline-semicolons.mmd": (0, 9, 2, 0, 12, 4,
        "B(Lead qualification) is rounded but mid-flow = activity; C, G diamonds"),
}

#: Files checked construct by construct (steps, kinds, arrows, labels) in test_constructs.py.
CONSTRUCTS = {
    "drawio/help-desk-labels-callouts-short-arrows.drawio", "drawio/returns-picture.drawio.png",
    "drawio/returns-picture.drawio.svg", "mermaid/repair-shop-chains-and-shapes.mmd",
    "bpmn/quote-approval-parallel-and-timers.bpmn", "bpmn/miwg-C3-fridge-repair-boundary-timer.bpmn",
    "bpmn/miwg-B1-parallel-and-subprocesses.bpmn",
}

#: Everything in tests/corpus with its counts here.
COMMITTED = {rel: REAL[rel] for rel in REAL if (CORPUS / rel).is_file()} | OWN

#: The folder of the real files that are not committed, if given.
EXTERNAL = Path(os.environ["MAPPER_CORPUS"]) if os.environ.get("MAPPER_CORPUS") else None
needs_external = pytest.mark.skipif(
    EXTERNAL is None, reason="MAPPER_CORPUS is not set: the real files that may not be redistributed "
                             "were not read (tests/corpus covers the same constructs)")


def _counts(m) -> tuple[int, ...]:
    kinds = [s.kind for s in m.steps]
    return (kinds.count("terminator"), kinds.count("activity"), kinds.count("decision"), kinds.count("note"),
            len(m.arrows), sum(1 for a in m.arrows if a.label))


def _files(folder: Path) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.glob("*/*") if p.is_file()}


def test_the_table_covers_the_committed_corpus():
    assert _files(CORPUS) == set(COMMITTED) | CONSTRUCTS


@pytest.mark.parametrize("rel", sorted(COMMITTED))
def test_corpus_file_imports_as_drawn(rel):
    result = import_file(CORPUS / rel)
    assert _counts(result.map) == COMMITTED[rel][:6]
    assert all(isinstance(w, str) and w for w in result.warnings)


@needs_external
def test_the_table_covers_the_external_corpus():
    assert _files(EXTERNAL) == set(REAL)


@needs_external
@pytest.mark.parametrize("rel", sorted(set(REAL) - set(COMMITTED)))
def test_external_file_imports_as_drawn(rel):
    result = import_file(EXTERNAL / rel)
    assert _counts(result.map) == REAL[rel][:6]
    assert all(isinstance(w, str) and w for w in result.warnings)


def _arrow_labels(m) -> dict[tuple[str, str], str]:
    texts = {s.id: s.text for s in m.steps}
    return {(texts[a.source], texts[a.target]): a.label for a in m.arrows}



def test_free_yes_no_texts_land_on_the_right_decision_arrows():
    m = import_file(CORPUS / "drawio/jgraph-project-material-flowchart.xml").map
    # The labels hold line feeds, which draw.io draws as breaks even in HTML labels.
    assert m.step("4").text == "create\nmaterial\nspecification"
    labels = {(" ".join(a.split()), " ".join(b.split())): v for (a, b), v in _arrow_labels(m).items()}
    assert labels[("obscurities?", "iron out obscurities with investor")] == "yes"
    assert labels[("obscurities?", "create material specification")] == "no"
    assert labels[("late project changes?", "investor disapproves investment?")] == "yes"
    assert labels[("late project changes?", "create status report")] == "no"
    assert labels[("investor disapproves investment?", "agreement?")] == "yes"
    assert labels[("investor disapproves investment?", "create status report")] == "no"
    assert labels[("agreement?", "create status report")] == "yes"
    assert labels[("agreement?", "terminate contract")] == "no"
    assert labels[("project complete?", "create final report")] == "yes"
    assert labels[("project complete?", "check for obscurities")] == "no"
    assert not [s for s in m.steps if s.kind == "note"], "every free yes/no was used"


def test_chinese_and_russian_labels_come_through_intact():
    zh = import_file(CORPUS / "drawio/ai-lab-site-group-zh.drawio").map
    assert [s.text for s in zh.steps if s.kind == "decision"] == ["登录?"]
    assert _arrow_labels(zh)[("登录?", "AI 实验室")] == "是"
    assert "Image\nClassification" in [s.text for s in zh.steps]
    ru = import_file(CORPUS / "drawio/order-approval-swimlanes-ru.drawio").map
    assert _arrow_labels(ru)[("Всё верно?", "Выставить счёт")] == "Да"
    assert _arrow_labels(ru)[("Всё верно?", "Заявка")] == "Нет"
    assert ru.step("check").text == "Проверить\nзаявку"


def test_drawio_geometry_adds_the_group_offset_and_uses_centres():
    m = import_file(CORPUS / "drawio/ai-lab-site-group-zh.drawio").map
    home = next(s for s in m.steps if s.text == "首页")
    # group at (-300, -1000); 首页 at (380, 20) inside it, 120 x 60.
    assert (home.x, home.y, home.width, home.height) == (-300 + 380 + 60, -1000 + 20 + 30, 120, 60)


def test_drawio_swimlanes_give_owners_and_other_pages_wait_for_page_n():
    result = import_file(CORPUS / "drawio/order-approval-swimlanes-ru.drawio")
    owners = {s.text: s.owner for s in result.map.steps}
    assert owners["Оплатить счёт"] == "Клиент" and owners["Выставить счёт"] == "Менеджер"
    assert owners["Менеджер отвечает в течение дня"] == ""
    assert result.map.title == "Заказ"
    assert any("--page" in w for w in result.warnings)
    page2 = import_file(CORPUS / "drawio/order-approval-swimlanes-ru.drawio", page=2).map
    assert [(s.kind, s.text) for s in page2.steps] == [("activity", "Архив")]


def test_drawio_tables_become_steps_owned_by_their_second_row():
    m = import_file(CORPUS / "drawio/environment-request-tables.drawio").map
    step = next(s for s in m.steps if s.text == "Prepare the architecture")
    assert step.owner == "Development Team/ Architect"
    assert step.kind == "activity"
    labels = _arrow_labels(m)
    assert labels[("Architecture board approved?", "Order the servers")] == "Y"
    assert labels[("Architecture board approved?", "Rework the design")] == "N"
    assert labels[("Rework the design", "Prepare the architecture")] == ""   # a loose end, joined


def test_mermaid_subgraph_title_becomes_the_owner():
    result = import_file(CORPUS / "mermaid/repair-desk-subgraph.mmd")
    owners = {s.id: s.owner for s in result.map.steps}
    assert {owners[k] for k in ("SK1", "SK2", "SK3")} == {"Stock Keeper"}
    assert {owners[k] for k in ("T1", "T2")} == {"Quality checks"}
    assert owners["A"] == ""
    assert any("Stock Keeper" in w for w in result.warnings)
    assert any("3 style lines" in w for w in result.warnings)


def test_mermaid_labels_keep_line_breaks_emoji_and_entities():
    m = import_file(CORPUS / "mermaid/repair-desk-subgraph.mmd").map
    assert m.step("O").text == "✅ Repaired item\nreturned to the customer"
    assert m.step("B").text == "Select Correct Product\n& Lot Number"
    p = import_file(CORPUS / "mermaid/purchase-request-styles.mmd").map
    assert p.step("Finance").text == "Finance reviews\nthe request"
    assert _arrow_labels(p)[("Finance reviews\nthe request", "Draft the request")] == "No — adjust"
    assert p.step("SelectMethod").kind == "decision"     # used in an arrow before it is defined


def test_mermaid_front_matter_crlf_and_a_missing_final_newline():
    lic = import_file(CORPUS / "mermaid/licence-questions-front-matter.mmd").map
    assert lic.step("F").text == "https://choosealicense.com/licenses/lgpl-3.0/"
    assert ("https://choosealicense.com/licenses/lgpl-3.0/", "MIT") in _arrow_labels(lic)
    fr = import_file(CORPUS / "mermaid/onboarding-crlf-fr.mmd").map
    assert fr.step("Sign").text == "Signature électronique du contrat"
    assert fr.step("Welcome").text == "Remettre le kit d’accueil"
    assert not any("\r" in s.text for s in fr.steps)
    linear = import_file(CORPUS / "mermaid/new-employee-linear.mmd").map
    assert linear.step("C").text == "Enter name, job title & department"


def test_bpmn_lanes_become_owners_and_names_keep_line_breaks():
    m = import_file(CORPUS / "bpmn/camunda-job-announcement-lanes.bpmn").map
    owners = {s.text: s.owner for s in m.steps}
    assert owners["Review job role description"] == "Management"
    assert owners["Describe job role"] == "HR"
    assert owners["Send confirmation"] == "Automated"
    a2 = import_file(CORPUS / "bpmn/miwg-A2-exclusive-gateways.bpmn").map
    assert [s.text for s in a2.steps if s.kind == "decision"] == ["Gateway\n(Split Flow)"]


def test_bpmn_subprocess_is_flattened_into_the_outer_flow():
    result = import_file(CORPUS / "bpmn/camunda-loan-granting.bpmn")
    labels = _arrow_labels(result.map)
    assert labels[("Check credit score", "")] == ""           # into the sub-process = to its gateway
    assert labels[("", "Grant loan")] == "good score"
    assert labels[("Grant loan", "End")] == ""               # its end = the outer end event
    assert labels[("Reject loan request", "End")] == ""
    assert any("flattened" in w for w in result.warnings)


def test_bpmn_flow_label_is_tidied_and_positions_come_from_the_diagram():
    m = import_file(CORPUS / "bpmn/camunda-tweet-approval.bpmn").map
    assert sorted(a.label for a in m.arrows if a.label) == ["no", "yes"]  # "no\t" in the file
    review = next(s for s in m.steps if s.text == "Review Tweet")
    assert review.placed and (review.width, review.height) == (100, 80)


def test_loose_arrow_ends_dropped_on_a_shape_are_joined_to_it():
    m = import_file(CORPUS / "drawio/order-shipping-loose-ends.drawio").map
    assert ("Read the order number", "Order found?") in _arrow_labels(m)
    labels = _arrow_labels(import_file(CORPUS / "drawio/claim-triage-compressed.drawio").map)
    assert labels[("Claim before or after the incident?", "Check the policy dates")] == "Before"
    assert labels[("Claim before or after the incident?", "Send to the fraud team")] == "After"
    assert labels[("Will the customer claim again?", "Send to the fraud team")] == "Yes"


# -- the real files that are not committed (MAPPER_CORPUS) -------------------------------

@needs_external
def test_real_chinese_and_russian_labels_come_through_intact():
    m = import_file(EXTERNAL / "drawio/data-pipeline-tiny-decisions.drawio").map
    assert "是否是使\n用者行為" in [s.text for s in m.steps if s.kind == "decision"]
    assert "使用者資訊" in [s.text for s in m.steps]
    ru = import_file(EXTERNAL / "drawio/yume-reader-reading-scenario-ru.drawio").map
    assert _arrow_labels(ru)[("Есть книги в библиотеке?", "Выбор произведения")] == "Да"
    zh = import_file(EXTERNAL / "drawio/ai-playground-site-flow-zh.drawio")
    assert "Image\nClassification" in [s.text for s in zh.map.steps]


@needs_external
def test_real_drawio_geometry_adds_the_group_offset_and_uses_centres():
    m = import_file(EXTERNAL / "drawio/ai-playground-site-flow-zh.drawio").map
    home = next(s for s in m.steps if s.text == "Home")
    # group at (-286, -1006); Home at (507, 117) inside it, 120 x 60.
    assert (home.x, home.y, home.width, home.height) == (-286 + 507 + 60, -1006 + 117 + 30, 120, 60)


@needs_external
def test_real_drawio_tables_become_steps_owned_by_their_second_row():
    m = import_file(EXTERNAL / "drawio/new-project-environment-process.drawio").map
    step = next(s for s in m.steps if s.text == "Prepare Architecture")
    assert step.owner == "Development Team/ Architect"
    assert step.kind == "activity"


@needs_external
def test_real_mermaid_subgraph_title_becomes_the_owner():
    result = import_file(EXTERNAL / "mermaid/icrc-odoo-repair-workflow-subgraph.mmd")
    owners = {s.id: s.owner for s in result.map.steps}
    assert {owners[k] for k in ("SK1", "SK2", "SK3", "SK4")} == {"Stock Keeper"}
    assert owners["A"] == ""
    assert any("Stock Keeper" in w for w in result.warnings)
    assert any("4 style lines" in w for w in result.warnings)


@needs_external
def test_real_mermaid_labels_keep_line_breaks_emoji_and_entities():
    m = import_file(EXTERNAL / "mermaid/icrc-odoo-repair-workflow-subgraph.mmd").map
    assert m.step("O").text == "✅ Repaired item\nreturned to Service User"
    assert m.step("B").text == "Select Correct Product\n& Lot Number"
    c = import_file(EXTERNAL / "mermaid/codeassess-job-lifecycle-decisions.mmd").map
    assert c.step("GradeAssess").text == "Score >= 70%?"
    assert c.step("CandidateApplies").text == "Candidate\nApplies?"


@needs_external
def test_real_loose_arrow_ends_dropped_on_a_shape_are_joined_to_it():
    m = import_file(EXTERNAL / "drawio/ics3u-factorial-loop.drawio").map
    assert ("get user_input_string", "try") in _arrow_labels(m)
    labels = _arrow_labels(import_file(EXTERNAL / "drawio/auto-insurance-claim-tiny-compressed.drawio").map)
    assert labels[("Claim before or after incident", "Future Work")] == "After"
    assert labels[("Will the applicant file a claim?", "Run applicant through Model 2 to predict total claim")] \
        == "Yes"

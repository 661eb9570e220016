"""Automation candidates in English, Italian, French and Chinese, the human
steps they leave out, the owner's overrides; and the metric points."""

from __future__ import annotations

import json

import pytest

from mapper.analysis import analyse
from mapper.analysis.wording import WORDS_FOLDER, languages, reasons

from .helpers import act, build, dec, end, start


def chain(*texts: str, kinds: str | None = None, **fields) -> "SystemMap":  # noqa: F821
    """start -> one step per text -> end; decisions get two labelled ways out."""
    steps, arrows, prev = [start()], [], "start"
    for i, text in enumerate(texts):
        sid = f"s{i}"
        kind = (kinds or "a" * len(texts))[i]
        if kind == "d":
            steps += [dec(sid, text, **fields), end(f"out{i}", "Stopped")]
            arrows += [(prev, sid, "Yes" if prev.startswith("s") and kinds[i - 1] == "d" else ""),
                       (sid, f"out{i}", "No")]
        else:
            steps.append(act(sid, text, **fields))
            arrows.append((prev, sid, "Yes" if prev.startswith("s") and kinds and kinds[i - 1] == "d" else ""))
        prev = sid
    steps.append(end("end", "Done", goal=True))
    arrows.append((prev, "end", "Yes" if kinds and kinds[-1] == "d" else ""))
    return build(steps, arrows)


def candidates(m) -> dict[str, str]:
    """text -> score for every candidate."""
    r = analyse(m)
    return {m.step(a.step).text: a.score for a in r.automation}


AUTOMATABLE = [
    # English, with inflections
    "Send the invoice", "Emailed the quote", "Sending reminders", "Schedule the job",
    "Scheduling follow-ups", "Tag new leads in the CRM", "Notifies the team", "Publish the case study",
    "Ask the customer for a review", "Confirm the booking", "Run the satisfaction survey",
    # Italian
    "Inviare la fattura", "Invia il preventivo via email", "Promemoria dell'appuntamento",
    "Confermata la prenotazione", "Pubblicare la recensione",
    # French
    "Envoyer le devis", "Relancer par e-mail", "Envoi de la facture", "Planifier le rendez-vous",
    "Confirmer la réservation",
    # Chinese (no spaces)
    "发送欢迎邮件", "提醒客户付款", "确认预约时间", "开发票", "发布案例",
]
HUMAN = [
    "Call the lead", "Meet the client on site", "Consultation with the owner", "Negotiate the price",
    "Interview the candidate", "Visit the site", "Call to confirm the booking", "Free on-site estimate",
    "Chiamare il cliente", "Sopralluogo dal cliente", "Trattativa sul prezzo",
    "Appeler le client", "Rencontrer le client", "Visite du chantier",
    "打电话给客户", "上门拜访", "与客户面谈", "咨询", "现场报价",
    # Saying nothing automatable is not a candidate either
    "Do the job", "Think about it",
]


@pytest.mark.parametrize("text", AUTOMATABLE)
def test_automatable_tasks_in_four_languages(text):
    scores = candidates(chain(text))
    assert text in scores and 0.5 <= scores[text] <= 0.95


@pytest.mark.parametrize("text", HUMAN)
def test_steps_needing_human_judgment_are_not_candidates(text):
    assert candidates(chain(text)) == {}


@pytest.mark.parametrize("text", ["Paid?", "Opened the email?", "Has the client signed?", "Pagato?",
                                  "Ha aperto l'email?", "Payé ?", "A cliqué sur le lien ?", "已付款？", "打开邮件了吗？"])
def test_decisions_settled_by_data_are_candidates(text):
    m = chain("Do the job", text, kinds="ad")
    r = analyse(m)
    assert [m.step(a.step).text for a in r.automation] == [text]
    assert "data" in r.automation[0].reasons[0]


@pytest.mark.parametrize("text", ["Good fit?", "Happy with the work?", "Cliente soddisfatto?", "Qualifié ?"])
def test_decisions_needing_judgment_are_not_candidates(text):
    assert analyse(chain("Do the job", text, kinds="ad")).automation == ()


def test_reasons_say_which_word_and_why():
    m = chain("Send the invoice")
    (a,) = analyse(m).automation
    assert a.step == "s0"
    assert a.reasons[0] == 'it says "send": sending messages is what email and text-message tools do on their own'
    assert a.reasons[1].startswith('it says "invoice": invoicing software')
    # on the main path of a one-line map
    assert "it is on the main path: every customer passes here" in a.reasons


def test_owner_overrides_both_ways():
    m = chain("Send the invoice", "Call the lead")
    m.step("s0").automate = False
    m.step("s1").automate = True
    (a,) = analyse(m).automation
    assert a.step == "s1" and a.score == 1.0 and a.reasons[0] == "you marked it to be automated"


def test_loops_and_owners_raise_the_score():
    def score_of(m, sid):
        return {a.step: a for a in analyse(m).automation}[sid]
    looped = build([start(), act("remind", "Send a reminder"), dec("paid", "Paid?"), end(goal=True),
                    act("other", "Send a reminder")],
                   [("start", "remind"), ("remind", "paid"), ("paid", "end", "Yes", 0.5),
                    ("paid", "remind", "No", 0.5), ("start", "other")])  # "other" dead-ends: no funnel
    inside, outside = score_of(looped, "remind"), score_of(looped, "other")
    assert inside.score > outside.score
    assert any("inside a loop" in r for r in inside.reasons)
    plain = chain("Send the invoice")
    by_owner = chain("Send the invoice", owner="Owner")
    by_office = chain("Send the invoice", owner="Segreteria")
    s_plain, s_owner, s_office = (score_of(x, "s0").score for x in (plain, by_owner, by_office))
    assert s_owner > s_office > s_plain
    assert any("owner's time" in r for r in score_of(by_owner, "s0").reasons)


def test_loop_reason_gives_how_often_from_the_funnel():
    m = build([start(), act("nurture", "Email nurture campaign"), dec("booked", "Books a consultation?"),
               end("client", "New client", goal=True)],
              [("start", "nurture"), ("nurture", "booked"), ("booked", "client", "Yes", 0.2),
               ("booked", "nurture", "No", 0.8)])
    a = {c.step: c for c in analyse(m).automation}["nurture"]
    assert "(5.0 times per customer on average)" in " ".join(a.reasons)


def test_candidates_are_sorted_best_first():
    r = analyse(chain("Send the invoice", "Send the survey and tag the contact"))
    scores = [a.score for a in r.automation]
    assert scores == sorted(scores, reverse=True) and len(scores) == 2


def test_word_files_are_data_with_reasons_for_every_group():
    files = sorted(p.stem for p in WORDS_FOLDER.glob("*.json"))
    assert files == ["en", "fr", "it", "zh"]
    why = reasons()
    for lang in languages():
        data = json.loads((WORDS_FOLDER / f"{lang.code}.json").read_text(encoding="utf-8"))
        assert set(data["groups"]) <= set(why), lang.code
        assert data["human"] and data["data"]
    assert "data" in why


# -- metric points ---------------------------------------------------------------

def test_metric_points_on_starts_decisions_ends_critical_steps_and_metrics():
    m = build([start("webinar", "Free webinar"), act("nurture", "Email nurture campaign"),
               dec("booked", "Books a consultation?"), act("extra", "Tidy the list",
                                                            metric={"name": "", "unit": "per week"}),
               end("client", "New client", goal=True), end("cold", "Lead goes cold")],
              [("webinar", "nurture"), ("nurture", "booked"), ("booked", "client", "Yes", 0.2),
               ("booked", "extra", "No", 0.8), ("extra", "cold")])
    r = analyse(m)
    points = {p.step: (p.name, p.reason) for p in r.metric_points}
    assert list(points) == ["webinar", "nurture", "booked", "extra", "client", "cold"]
    assert points["webinar"][0] == "Leads in: Free webinar"
    assert points["nurture"][0] == "Times done: Email nurture campaign"
    assert points["booked"][0] == "Books a consultation (Yes rate)"
    assert points["extra"] == ("Tidy the list", "you set a metric here")
    assert points["client"][0] == "Won: New client"
    assert points["cold"][0] == "Ended: Lead goes cold"
    assert "volume in" in points["webinar"][1] and "conversion" in points["booked"][1]
    assert "critical" in points["nurture"][1] and "outcome" in points["client"][1]


def test_a_named_metric_keeps_its_name_and_the_rate_follows_the_best_branch():
    m = build([start(), dec("d", "Signs the proposal?", metric={"name": "Consultations booked", "target": 10}),
               dec("e", "Ready to start?"), end("won", "Client", goal=True), end("lost", "Lost"),
               end("later", "Later")],
              [("start", "d"), ("d", "e", "Yes", 0.5), ("d", "lost", "No", 0.5),
               ("e", "later", "Not yet", 0.5), ("e", "won", "Now", 0.5)])
    points = {p.step: p for p in analyse(m).metric_points}
    assert points["d"].name == "Consultations booked" and "target 10" in points["d"].reason
    # The funnel knows "Now" leads to the goal, though it is not a "Yes".
    assert points["e"].name == "Ready to start (Now rate)"


def test_no_metric_points_on_an_empty_map():
    from mapper.model import SystemMap
    assert analyse(SystemMap()).metric_points == ()

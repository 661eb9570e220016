"""The quarterly review, on maps and logs written for it."""

from __future__ import annotations

import json

import pytest

from mapper.analysis.review import leak_words, quarterly_review
from mapper.cli import main
from mapper.model import Metric, MetricsLogEntry, Priority, dumps_map
from mapper.model.weeks import weeks_of_quarter
from tests.analysis.helpers import act, build, dec, end, start

Q4 = weeks_of_quarter("2026-Q4")   # 2026-W40 .. 2026-W53 (the quarter of each week's Thursday)
Q3 = weeks_of_quarter("2026-Q3")


def hourglass():
    """ad (know) -> call (trust) -> d "Buys?" (try) -> won (buy) | lost; won is the goal.
    "like" is used by a step nobody logs; "refer" by a step off the main line."""
    m = build([start("ad", stage="know"), act("nurture", stage="like"), act("call", stage="trust",
               metric=Metric(name="Calls", target=10)),
               dec("buys", stage="try", metric=Metric(name="Decisions", target=5, better="higher")),
               end("won", goal=True, stage="buy", value=500), end("lost")],
              [("ad", "nurture"), ("nurture", "call"), ("call", "buys"), ("buys", "won", "Yes", 0.3),
               ("buys", "lost", "No", 0.7)])
    m.currency = "EUR"
    return m


def weekly(m, weeks, values):
    m.metrics_log += [MetricsLogEntry(week=w, values=dict(values)) for w in weeks]
    return m


def test_a_quarter_whose_previous_quarter_has_no_data():
    m = weekly(hourglass(), Q4[:10], {"ad": 100, "call": 20, "buys": 20, "won": 5, "a4": 5, "a5": 15})
    r = quarterly_review(m, "2026-Q4")
    assert r.previous == "2026-Q3" and len(r.weeks) == 14 and r.weeks[0] == "2026-W40" and r.weeks[-1] == "2026-W53"
    by = {s.stage: s for s in r.stages}
    assert [s.stage for s in r.stages] == ["know", "like", "trust", "try", "buy"]
    assert (by["know"].step, by["know"].volume, by["know"].previous, by["know"].change) == ("ad", 1000, None, None)
    # a stage with no logged step
    assert (by["like"].step, by["like"].volume, by["like"].previous) == (None, None, None)
    assert [(c.source, c.target, c.rate, c.previous) for c in r.conversions] == [
        ("trust", "try", 1.0, None), ("try", "buy", 0.25, None)]
    assert r.leaks["marketing"].source == "try" and r.leaks["operating"] is None
    assert leak_words(r, "marketing") == "Most are lost between try and buy: 25% go on."
    assert [(s.step, s.on_track, s.off_track, s.logged) for s in r.scorecard] == [("call", 10, 0, 10),
                                                                                  ("buys", 10, 0, 10)]
    assert r.levers_from == "measured" and r.levers[0].step == "buys"


def test_change_leaks_in_words_and_priorities_of_this_and_next_quarter(tmp_path, capsys):
    m = weekly(hourglass(), Q3, {"ad": 100, "call": 40, "buys": 40, "won": 10, "a4": 10, "a5": 30})
    weekly(m, Q4, {"ad": 110, "call": 44, "buys": 40, "won": 7.2, "a4": 8, "a5": 32})
    m.priorities = [Priority(id="p1", quarter="2026-Q4", text="Fix the call script", owner="Ann", steps=["call"]),
                    Priority(id="p2", quarter="2027-Q1", text="Referral scheme", owner="Bo"),
                    Priority(id="p3", quarter="2026-Q3", text="Old", owner="Bo")]
    path = tmp_path / "m.json"
    path.write_text(dumps_map(m), encoding="utf-8")
    assert main(["review", str(path), "--quarter", "2026-Q4", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == ["quarter", "previous", "weeks", "stages", "conversions", "leaks", "scorecard", "levers",
                          "priorities"]
    assert data["stages"][0] == {"stage": "know", "step": "ad", "volume": 1540, "previous": 1300,
                                 "change": pytest.approx(18.5)}
    assert data["stages"][1] == {"stage": "like", "step": None, "volume": None, "previous": None, "change": None}
    assert data["conversions"] == [
        {"from": "trust", "to": "try", "rate": pytest.approx(40 / 44, abs=1e-4), "previous": 1},
        {"from": "try", "to": "buy", "rate": 0.18, "previous": 0.25}]
    assert data["leaks"] == {"marketing": {"from": "try", "to": "buy", "rate": 0.18}, "operating": None}
    assert data["priorities"] == {"this": ["p1"], "next": ["p2"]}
    assert [lv["step"] for lv in data["levers"]] == ["buys"]
    assert data["scorecard"][0] == {"step": "call", "name": "Calls", "on_track": 14, "off_track": 0, "logged": 14}
    r = quarterly_review(m, "2026-Q4")
    assert leak_words(r, "marketing") == "Most are lost between try and buy: 18% go on, down from 25%."


def test_review_documents_carry_the_method_and_the_currency(tmp_path, capsys):
    m = weekly(hourglass(), Q4, {"ad": 100, "call": 20, "buys": 20, "won": 5})
    path = tmp_path / "m.json"
    path.write_text(dumps_map(m), encoding="utf-8")
    for ext in ("md", "html"):
        out = tmp_path / f"r.{ext}"
        assert main(["review", str(path), "--quarter", "2026-Q4", "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert "the method" in text and "1. Map the system" in text and "€" in text
        assert "Most are lost between try and buy: 25% go on" in text
        assert text.index("Map the system") < text.index("Where it leaks")


def test_review_pdf_fits_two_pages(tmp_path, qapp):
    m = weekly(hourglass(), Q4, {"ad": 100, "call": 20, "buys": 20, "won": 5})
    path = tmp_path / "m.json"
    path.write_text(dumps_map(m), encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["review", str(path), "--quarter", "2026-Q4", "-o", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")
    from mapper.analysis.review import quarterly_review as qr
    from mapper.formats.review_doc import build_review_doc
    from mapper.render.review_pdf import write_review_pdf
    from mapper.analysis import analyse
    from mapper.analysis.method import method_progress
    from mapper.analysis.review import review_words
    review, report = qr(m, "2026-Q4"), analyse(m)
    doc = build_review_doc(m, review, report, method_progress(m, report), review_words(review))
    layout = write_review_pdf(doc, tmp_path / "again.pdf")
    assert 1 <= layout.page_count <= 2
    assert layout.pages[0][2].text == "Your system: the method"


def test_bad_quarter_exits_2(tmp_path, capsys):
    path = tmp_path / "m.json"
    path.write_text(dumps_map(hourglass()), encoding="utf-8")
    assert main(["review", str(path), "--quarter", "2026-Q5"]) == 2
    err = capsys.readouterr().err
    assert "2026-Q5" in err and err.count("\n") == 1

"""One template per language, built on its seed's vocabulary: an Italian marketing
hourglass, a Chinese six-C pipeline measured per stage, a French sales funnel whose
unready leads are recycled into nurturing."""

from __future__ import annotations

from mapper.analysis import analyse
from mapper.model import STAGES
from mapper.templates import load_template, template_names


def test_each_language_has_its_template():
    assert {"marketing-hourglass-it", "six-c-pipeline-zh", "sales-funnel-recycle-fr"} <= set(template_names())


def test_the_italian_hourglass_covers_all_seven_stages_in_italian():
    m = load_template("marketing-hourglass-it")
    assert {s.stage for s in m.steps} == set(STAGES)
    assert m.currency == "EUR"
    assert {a.label for a in m.arrows if a.label} == {"Sì", "No"}
    assert "Conosci, piace, fiducia, prova, acquisto, ripetizione, referenza" in m.description


def test_the_chinese_pipeline_measures_count_cost_conversion_and_time():
    m = load_template("six-c-pipeline-zh")
    texts = " ".join(s.text for s in m.steps)
    for word in ("联系", "连接", "谈话", "考虑", "消费", "社区"):
        assert word in texts
    units = {s.metric.unit for s in m.steps if s.metric}
    assert {"每周", "元/人", "%", "分钟", "天"} <= units            # count, cost, conversion, time
    assert {s.metric.better for s in m.steps if s.metric and s.metric.unit in ("元/人", "天", "分钟")} == {"lower"}
    assert m.currency == "CNY"
    assert analyse(m).funnel is not None


def test_the_french_funnel_recycles_unready_leads_into_nurturing():
    m = load_template("sales-funnel-recycle-fr")
    texts = " ".join(s.text for s in m.steps).casefold()
    for word in ("sensibilisation", "nom", "engagé", "cible", "lead", "recyclé", "opportunité", "client"):
        assert word in texts
    by_id = {a.source + ">" + a.target: a for a in m.arrows}
    assert by_id["pret>recycle"].label == "Non"          # not ready: recycled...
    assert "recycle>nurturing" in by_id                   # ...into nurturing...
    assert by_id["revient>qualif"].label == "Oui"         # ...and back to the sales team when re-engaged
    report = analyse(m)
    assert report.funnel is not None and report.funnel.visits["nurturing"] > 0

"""The Qt-free translations: the language chosen, the .ts files read without Qt,
counted words, stage names, and numbers, money and dates as each language writes them."""

from __future__ import annotations

import datetime

import pytest

from mapper import i18n
from mapper.i18n import language_scope, match_language, plural, system_language, translate
from mapper.i18n.formatting import currency_symbol, format_date, format_money, format_number, format_percent
from mapper.i18n.stages import stage_name


@pytest.mark.parametrize("name, code", [
    ("it", "it"), ("it_IT.UTF-8", "it"), ("fr-CA", "fr"), ("fr_FR@euro", "fr"), ("zh", "zh_CN"),
    ("zh-Hans-CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en"), ("Italian_Italy.1252", "it"),
    ("C", None), ("C.UTF-8", None), ("POSIX", None), ("de_DE", None), ("", None), (None, None)])
def test_locale_names_map_to_the_languages_mapper_speaks(name, code):
    assert match_language(name) == code


@pytest.mark.parametrize("env, code", [
    ({"LANG": "it_IT.UTF-8"}, "it"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "it_IT.UTF-8", "LC_ALL": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "it_IT.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8"}, "zh_CN"),
    ({"LANGUAGE": "de:fr", "LANG": "it_IT.UTF-8"}, "fr"),
    ({"LANG": "de_DE.UTF-8"}, "en"),
])
def test_the_system_language_follows_the_environment(monkeypatch, env, code):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in env.items():
        monkeypatch.setenv(variable, value)
    assert system_language() == code


def test_english_is_the_source_text_and_the_default():
    assert i18n.language() == "en"
    assert translate("Stage", "Know") == "Know"
    assert translate("No such context", "Anything") == "Anything"


@pytest.mark.parametrize("code, know, refer", [("it", "Conoscenza", "Passaparola"), ("fr", "Connaître", "Recommander"),
                                               ("zh_CN", "认识", "推荐")])
def test_translations_are_read_from_the_ts_files_without_qt(code, know, refer):
    with language_scope(code):
        assert translate("Stage", "Know") == know
        assert stage_name("refer") == refer
        assert translate("Report", "No problems found: the flow is complete.") != \
            "No problems found: the flow is complete."
    assert translate("Stage", "Know") == "Know"   # the scope ended


def test_an_unknown_text_falls_back_to_english():
    with language_scope("it"):
        assert translate("Stage", "A stage nobody translated") == "A stage nobody translated"
        assert stage_name("someday") == "someday"


def test_set_language_applies_to_everyone_until_changed():
    try:
        assert i18n.set_language("fr_FR.UTF-8") == "fr"
        assert translate("Stage", "Buy") == "Acheter"
        assert i18n.set_language("klingon") == "en"
        assert translate("Stage", "Buy") == "Buy"
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("code, forms", [
    ("en", {0: "many", 1: "one", 2: "many"}),
    ("it", {0: "many", 1: "one", 2: "many"}),
    ("fr", {0: "one", 1: "one", 2: "many"}),   # French counts zero as one: "0 étape"
    ("zh_CN", {0: "many", 1: "many", 2: "many"}),
])
def test_counted_words_take_each_language_s_form(code, forms):
    for n, form in forms.items():
        assert plural(n, "one", "many", code) == form


@pytest.mark.parametrize("code, number, money, percent", [
    ("en", "1,234.5", "€1,234.50", "12.5%"),
    ("it", "1.234,5", "1.234,50\u00a0€", "12,5%"),
    ("fr", "1\u202f234,5", "1\u202f234,50\u00a0€", "12,5\u202f%"),
    ("zh_CN", "1,234.5", "€1,234.50", "12.5%"),
])
def test_numbers_money_and_percentages_follow_the_language(code, number, money, percent):
    assert format_number(1234.5, 1, code) == number
    assert format_money(1234.5, "EUR", code) == money
    assert format_percent(0.125, 1, code) == percent


def test_money_uses_the_map_s_currency_and_the_language_s_symbol():
    assert format_money(12, "CNY", "zh_CN") == "¥12.00"
    assert format_money(12, "USD", "en") == "$12.00"
    assert format_money(12, "USD", "fr") == "12,00\u00a0$US"
    assert format_money(-5, "EUR", "it") == "-5,00\u00a0€"
    assert format_money(1234.5, "", "it") == "1.234,50"           # no currency: the number alone
    assert format_money(3, "SEK", "en") == "SEK\u00a03.00"         # no symbol known: the code
    assert currency_symbol("eur") == "€"


def test_numbers_never_show_minus_zero_and_keep_large_groups():
    assert format_number(-0.04, 1, "it") == "0,0"
    assert format_number(-1234567.25, 2, "fr") == "-1\u202f234\u202f567,25"
    assert format_number(float("nan"), 1, "en") == "nan"


def test_the_current_language_is_the_default_for_formatting():
    with language_scope("it"):
        assert format_number(1234.5, 1) == "1.234,5"


@pytest.mark.parametrize("code, text", [("en", "6 Dec 2026"), ("it", "6 dic 2026"), ("fr", "6 déc. 2026"),
                                        ("zh_CN", "2026年12月6日")])
def test_dates_are_written_the_language_s_way(code, text):
    assert format_date(datetime.date(2026, 12, 6), code) == text


def test_counts_are_listed_with_the_language_s_separator():
    from mapper.model import Step, SystemMap
    from mapper.model.counting import counts_phrase
    from mapper.i18n.formatting import list_separator
    m = SystemMap(steps=[Step(id="a", kind="activity", text="A"), Step(id="b", kind="note", text="B")])
    with language_scope("zh_CN"):
        assert counts_phrase(m, list_separator()).count("，") == 2
        assert ", " not in counts_phrase(m, list_separator())
    with language_scope("it"):
        assert counts_phrase(m, list_separator()).count(", ") == 2

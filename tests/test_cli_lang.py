"""`mapper check` speaks the owner's language: --lang, else the locale. JSON keys
and rule ids stay English; the messages and headings for people are translated."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from mapper import i18n
from mapper.cli import main
from tests.conftest import ROOT

BROKEN = {
    "format": "mapper/system-map", "schema_version": 2, "title": "Prova", "currency": "EUR",
    "steps": [{"id": "call", "kind": "activity", "text": "Chiama il cliente", "x": 0, "y": 0},
              {"id": "buys", "kind": "decision", "text": "Compra?", "x": 200, "y": 0},
              {"id": "file", "kind": "activity", "text": "Archivia", "x": 400, "y": 200}],
    "arrows": [{"id": "a1", "source": "call", "target": "buys"}],
}

EXPECTED = {
    "en": ["3 steps, 1 arrow", "Problems: 3 errors, 1 warning, 0 notes", "Errors (fix these",
           "The map has no start.", '"Archivia" is not connected to anything.', "Critical steps"],
    "it": ["3 passi, 1 freccia", "Problemi: 3 errori, 1 avviso, 0 note", "Errori (da correggere",
           "La mappa non ha un inizio.", '"Archivia" non è collegato a niente.', "Passi critici"],
    "fr": ["3 étapes, 1 flèche", "Problèmes\u00a0: 3 erreurs, 1 avertissement, 0 remarque", "Erreurs (à corriger",
           "La carte n'a pas de début.", "\"Archivia\" n'est relié à rien.", "Étapes critiques"],
    "zh_CN": ["3 个步骤，1 条箭头", "问题：3 个错误，1 个警告，0 条提示", "错误（请修正",
              "这张流程图没有起点。", '"Archivia" 没有与任何步骤相连。', "关键步骤"],
}


@pytest.fixture
def broken(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(BROKEN), encoding="utf-8")
    return path


@pytest.mark.parametrize("code", ["en", "it", "fr", "zh_CN"])
def test_check_prints_the_report_in_the_chosen_language(broken, capsys, code):
    assert main(["check", str(broken), "--lang", code]) == 1
    out = capsys.readouterr().out
    for line in EXPECTED[code]:
        assert line in out
    if code != "en":
        assert "The map has no start." not in out and "Errors (fix these" not in out
    assert "[start-required]" in out and "[disconnected]" in out   # rule ids stay English
    assert i18n.language() == "en"   # one run's language does not leak into the next caller


def test_json_keys_and_rule_ids_stay_english(broken, capsys):
    assert main(["check", str(broken), "--json", "--lang", "it"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert {"file", "steps", "arrows", "findings", "critical"} <= set(report)
    rules = {f["rule"]: f for f in report["findings"]}
    assert {"start-required", "end-required", "disconnected"} <= set(rules)
    assert rules["start-required"]["severity"] == "error"
    assert rules["start-required"]["message"].startswith("La mappa non ha un inizio.")


def test_an_unknown_language_is_refused_with_the_ones_there_are(broken, capsys):
    with pytest.raises(SystemExit) as stop:
        main(["check", str(broken), "--lang", "de"])
    assert stop.value.code == 2
    assert "unknown language 'de'; use one of en, it, fr, zh_CN" in capsys.readouterr().err


@pytest.mark.parametrize("lang, heading", [("it_IT.UTF-8", "Problemi:"), ("zh_CN.UTF-8", "问题："),
                                           ("C.UTF-8", "Problems:")])
def test_without_lang_the_locale_decides(broken, lang, heading):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=lang, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-m", "mapper", "check", str(broken)], capture_output=True,
                            text=True, encoding="utf-8", env=env)
    assert result.returncode == 1, result.stderr
    assert heading in result.stdout


def test_money_in_the_report_follows_the_language_and_the_map_s_currency(tmp_path, capsys):
    from tests.conftest import design_example_document
    doc = design_example_document()
    doc["steps"][-1]["value"] = 1500
    doc["schema_version"] = 2
    doc["currency"] = "EUR"
    path = tmp_path / "money.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    main(["check", str(path), "--lang", "it"])
    it = capsys.readouterr().out
    main(["check", str(path), "--lang", "en"])
    en = capsys.readouterr().out
    assert "Valore per ogni persona che entra: " in it and "\u00a0€" in it
    assert "Value per person who enters: €" in en


def test_headless_qt_speaks_the_command_line_s_language(qapp):
    """Export and checklists draw with Qt: its translators follow --lang too."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from mapper.cli.common import qt_app
    from mapper.render.language import install_qt_translators
    try:
        with i18n.language_scope("fr"):
            qt_app()
            assert QCoreApplication.translate("MainWindow", "&Edit") == "&Édition"
            assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    finally:
        install_qt_translators(qapp, "en")
    assert QCoreApplication.translate("MainWindow", "&Edit") == "&Edit"


# -- the checklist ------------------------------------------------------------------
# The words are read back through the catalogue in the chosen language, so the test
# holds whatever wording the translators choose; it fails while any of them is still
# English, or when the checklist stops asking for its words in the owner's language.

def _checklist_words(code: str) -> dict[str, str]:
    """English -> the language's text of words every owner's-edition checklist of
    life-of-a-lead shows."""
    from mapper.i18n import translate
    from mapper.i18n.stages import stage_name
    with i18n.language_scope(code):
        return {
            "Checklist (owner's edition)": translate("Checklist", "Checklist (owner's edition)"),
            "Marketing system": translate("Checklist", "Marketing system"),
            "Where you are in the method": translate("Checklist", "Where you are in the method"),
            "Map the system": translate("Method", "Map the system"),
            "Who does what": translate("Checklist", "Who does what"),
            "Owner": translate("Checklist", "Owner"),
            "Know": stage_name("know"),
            "Buy": stage_name("buy"),
            "Yes: go to step 4.": translate("Checklist", "{label}: go to step {ref}.").format(label="Yes", ref=4),
            "Branch from step 2: Yes": translate("Checklist", "Branch from step {ref}: {label}").format(
                ref=2, label="Yes"),
            "★ CRITICAL": translate("Checklist", "★ CRITICAL"),
            "Why it is critical: every customer passes here":
                translate("Checklist", "Why it is critical: {reason}").format(
                    reason=translate("Critical", "every customer passes here, and right after it they "
                                                 "decide {decision}").split("{decision}")[0]).rstrip(),
        }


@pytest.mark.parametrize("code", ["it", "fr", "zh_CN"])
@pytest.mark.parametrize("ext", ["md", "html"])
def test_checklist_is_written_in_the_chosen_language(tmp_path, capsys, code, ext):
    out = tmp_path / f"checklist.{ext}"
    assert main(["checklist", str(ROOT / "sample_maps" / "life-of-a-lead.json"), "-o", str(out),
                 "--owner-edition", "--lang", code]) == 0
    text = out.read_text(encoding="utf-8")
    if ext == "html":
        import html
        text = html.unescape(text)
        assert f'<html lang="{code.replace("_", "-")}">' in text
    else:
        text = text.replace("\\", "")   # Markdown escapes
    for english, translated in _checklist_words(code).items():
        assert translated != english, f"{code}: {english!r} is not translated yet"
        assert translated in text, f"{code}: {translated!r} (for {english!r}) missing from the {ext} checklist"
    for english in ("Who does what", "Where you are in the method", "go to step", "Why it is critical"):
        assert english not in text
    assert i18n.language() == "en"


def test_checklist_in_english_keeps_its_words(tmp_path):
    out = tmp_path / "checklist.md"
    assert main(["checklist", str(ROOT / "sample_maps" / "life-of-a-lead.json"), "-o", str(out),
                 "--owner-edition", "--lang", "en"]) == 0
    text = out.read_text(encoding="utf-8")
    for english in _checklist_words("en"):
        assert english in text.replace("\\", "")


@pytest.mark.parametrize("code", ["fr", "zh_CN"])
def test_check_gives_critical_and_automation_reasons_in_the_chosen_language(capsys, code):
    from mapper.i18n import translate
    main(["check", str(ROOT / "sample_maps" / "life-of-a-lead.json"), "--lang", code])
    out = capsys.readouterr().out
    with i18n.language_scope(code):
        passes = translate("Critical", "every customer passes here, and right after it they decide {decision}")
        main_path = translate("Automation", "it is on the main path: every customer passes here")
        leads_in = translate("Metrics", "Leads in: {step}")
    for english, translated in ((
            "every customer passes here, and right after it they decide {decision}", passes),
            ("it is on the main path: every customer passes here", main_path), ("Leads in: {step}", leads_in)):
        assert translated != english, f"{code}: {english!r} is not translated yet"
        assert translated.split("{")[0] in out
    assert "every customer passes here" not in out

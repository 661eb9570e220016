"""Every English string has its translation in every language, the compiled
.qm files match their .ts sources, and every marked string is one lupdate can see.

This is what makes a new English string without translations fail CI: lupdate
runs afresh over the sources into copies of the committed .ts files.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from mapper.i18n import TRANSLATED, translation_file
from mapper.i18n import update_translations as updating

PACKAGE = Path(updating.__file__).resolve().parents[1]


def test_lupdate_afresh_finds_nothing_untranslated_in_any_language():
    found = updating.check()
    assert set(found) == set(TRANSLATED)
    for code, problems in found.items():
        assert not problems.unfinished, f"{code}: not translated yet: {problems.unfinished}"
        assert not problems.placeholders, f"{code}: placeholders or accelerators differ: {problems.placeholders}"
        assert not problems.stale_qm, f"mapper_{code}.qm is out of date: run python -m mapper.i18n.update_translations"


def test_the_check_reports_a_new_english_string(tmp_path):
    """The check is not vacuous: a module with a new string fails it in every language."""
    package = tmp_path / "mapper"
    package.mkdir()
    for source in updating.source_files():
        target = package / source.relative_to(PACKAGE)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(source.read_bytes())
    (package / "new_feature.py").write_text(
        'from mapper.i18n import translate\nTEXT = translate("Rules", "A brand new English sentence.")\n',
        encoding="utf-8")
    found = updating.check(package)
    for code in TRANSLATED:
        assert "Rules: 'A brand new English sentence.'" in found[code].unfinished


def test_a_translation_with_a_lost_placeholder_is_reported(tmp_path):
    ts = tmp_path / "mapper_it.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="it_IT">'
                  "<context><name>Rules</name>"
                  "<message><source>{step} is lost</source><translation>è perso</translation></message>"
                  "<message><source>&amp;File</source><translation>File</translation></message>"
                  "<message><source>Fine</source><translation type=\"unfinished\"></translation></message>"
                  "</context></TS>", encoding="utf-8")
    problems = updating.read_problems(ts)
    assert problems.unfinished == ["Rules: 'Fine'"]
    assert len(problems.placeholders) == 2


def _marked_calls(tree: ast.AST):
    """Calls of translate("Context", ...) and tr(...), however they are reached (self.tr,
    QCoreApplication.translate, mapper.i18n's translate)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in ("translate", "tr"):
                yield name, node


@pytest.mark.parametrize("source", updating.source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_every_marked_string_is_a_literal_lupdate_can_see(source):
    """lupdate reads the source, not the running program: an f-string or a variable
    as the text is never extracted (and an f-string is never found at run time)."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    for name, call in _marked_calls(tree):
        literals = call.args[:2] if name == "translate" else call.args[:1]
        wanted = 2 if name == "translate" else 1
        where = f"{source.name}:{call.lineno}"
        if name == "translate" and not (call.args and isinstance(call.args[0], ast.Constant)
                                        and isinstance(call.args[0].value, str)):
            continue   # QPainter.translate(x, y) and the like: not a marked string
        assert len(literals) == wanted and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                                               for a in literals), \
            f"{where}: {name}() needs literal strings (use .format() after it, never an f-string)"


def test_the_translation_files_live_in_resources():
    for code in TRANSLATED:
        assert translation_file(code).parent.parts[-2:] == ("resources", "translations")
        assert translation_file(code).is_file() and translation_file(code, ".qm").is_file()


def test_no_module_renames_the_translate_call():
    """``tr = QCoreApplication.translate`` then ``tr("Ctx", "Text")`` reads to lupdate as the
    source "Ctx" with a comment: the real text never reaches the translators."""
    import re
    package = Path(__file__).resolve().parents[2] / "mapper"
    alias = re.compile(r"^\s*\w+\s*=\s*(QCoreApplication\.translate|translate)\s*$", re.M)
    found = [f"{p.relative_to(package)}" for p in package.rglob("*.py") if alias.search(p.read_text(encoding="utf-8"))]
    assert found == []


@pytest.mark.parametrize("source", updating.source_files(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_no_marked_string_hides_inside_an_f_string(source):
    """lupdate does not always look inside f-strings' braces (``f"{translate('Funnel',
    'guessed'):>7}"`` was never extracted, so the funnel table stayed English):
    translate first, then put the result in the f-string."""
    tree = ast.parse(source.read_text(encoding="utf-8"))
    hidden = [f"{source.name}:{call.lineno}" for f in ast.walk(tree) if isinstance(f, ast.JoinedStr)
              for name, call in _marked_calls(f)
              if name == "tr" or (call.args and isinstance(call.args[0], ast.Constant)
                                  and isinstance(call.args[0].value, str))]
    assert hidden == []

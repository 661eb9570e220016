"""The command line's own help and mistakes speak --lang, else the locale: the help
texts, argparse's words ("usage:", "options", "error:", "the following arguments are
required"), and the line for an unknown command. Exit codes stay 0 for help and 2 for
usage errors, and the English is argparse's English, unchanged.

The words are read back through the catalogue in the chosen language, so the tests
hold whatever wording the translators choose; they fail while any of them is English.
"""

from __future__ import annotations

import argparse
import inspect
import os
import re
import subprocess
import sys

import pytest

from mapper.cli import argparse_words, main
from mapper.cli.common import wanted_language
from mapper.cli.help_layout import columns, wrap_columns
from mapper.i18n import TRANSLATED, language_scope, translate
from tests.conftest import ROOT

WIDTH = 80


def run(*args: str, locale: str = "C.UTF-8") -> subprocess.CompletedProcess:
    """``mapper ARGS`` in its own process, with LANG=locale and an 80-column terminal."""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(LANG=locale, COLUMNS=str(WIDTH), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mapper", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, timeout=60)


def squeezed(text: str) -> str:
    """Text without its white space: the help wraps lines where the language allows."""
    return re.sub(r"\s+", "", text)


def words(code: str) -> dict[str, str]:
    """What the output must say in language ``code``, read from the catalogue."""
    with language_scope(code):
        file_word = translate("Cli", "file")
        missing = translate("argparse", "the following arguments are required: %s") % f"{file_word}, -o/--output"
        return {
            "usage": translate("argparse", "usage: ") + "mapper",
            "positional": translate("argparse", "positional arguments") + ":",
            "options": translate("argparse", "options") + ":",
            "help": translate("argparse", "show this help message and exit"),
            "about": translate("Cli", "Map your most profitable system, check the flow, and print the checklists."),
            "check": translate("Cli", "report problems, critical steps, automation, metrics and the funnel"),
            "json": translate("Cli", "print one JSON object for scripts"),
            "missing": translate("argparse", "%(prog)s: error: %(message)s\n") % {"prog": "mapper export",
                                                                                  "message": missing},
            "unknown": translate("argparse", "%(prog)s: error: %(message)s\n") % {
                "prog": "mapper", "message": translate("argparse", "unrecognized arguments: %s") % "--bogus"},
            "command": translate("Cli", "unknown command {word}; the commands are: {commands} "
                                        "(or give a map file to open it in the app)").split("{word}")[0],
        }


ENGLISH_CHECK_HELP = """\
usage: mapper check [-h] [--json] [--lang LANG] file

positional arguments:
  file

options:
  -h, --help   show this help message and exit
  --json       print one JSON object for scripts
  --lang LANG  language of the output for people: en, it, fr, zh_CN (default:
               the system's)
"""

ENGLISH_MISSING = """\
usage: mapper export [-h] -o OUT [--scale SCALE] [--no-markers] [--no-title]
                     [--lang LANG]
                     file
mapper export: error: the following arguments are required: file, -o/--output
"""

LOCALES = {"it": "it_IT.UTF-8", "fr": "fr_FR.UTF-8", "zh_CN": "zh_CN.UTF-8"}


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("how", ["--lang", "locale"])
def test_help_is_in_the_language(code, how):
    english = words("en")
    said = words(code)
    asked = ["--lang", code] if how == "--lang" else []
    done = run("--help", *asked, locale=LOCALES[code] if how == "locale" else "C.UTF-8")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith(said["usage"])
    for key in ("positional", "options", "help", "about", "check"):
        assert said[key] != english[key], f"{code}: {key} is still English"
        assert squeezed(said[key]) in squeezed(out), key
    assert "usage:" not in out and "show this help message" not in out and "report problems" not in out
    assert all(columns(line) <= WIDTH for line in out.splitlines()), "a line is wider than the terminal"

    done = run("check", "--help", *asked, locale=LOCALES[code] if how == "locale" else "C.UTF-8")
    assert done.returncode == 0
    assert done.stdout.startswith(said["usage"] + " check")
    assert squeezed(said["json"]) in squeezed(done.stdout) and "print one JSON" not in done.stdout


@pytest.mark.parametrize("code", TRANSLATED)
@pytest.mark.parametrize("how", ["--lang", "locale"])
def test_usage_mistakes_are_in_the_language_and_exit_2(code, how):
    said = words(code)
    asked = ["--lang", code] if how == "--lang" else []
    locale = LOCALES[code] if how == "locale" else "C.UTF-8"

    done = run("export", *asked, locale=locale)   # FILE and -o missing
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.startswith(said["usage"] + " export")
    assert done.stderr.endswith(said["missing"])
    assert "required" not in done.stderr and "error:" not in done.stderr

    done = run("check", "--bogus", "map.json", *asked, locale=locale)   # an unknown option
    assert done.returncode == 2
    assert done.stderr.endswith(said["unknown"]) and "unrecognized" not in done.stderr

    done = run("chekc", "map.json", *asked, locale=locale)   # an unknown command: one line, the known ones
    assert done.returncode == 2
    line = done.stderr.strip()
    assert "\n" not in line and line.startswith("mapper: " + said["command"]) and "'chekc'" in line
    assert "unknown command" not in line and "check, export, checklist" in line


def test_english_is_argparse_s_english_unchanged():
    done = run("check", "--help")
    assert (done.returncode, done.stdout) == (0, ENGLISH_CHECK_HELP)
    done = run("export", "--lang", "en", locale="it_IT.UTF-8")   # --lang wins over the locale
    assert (done.returncode, done.stderr) == (2, ENGLISH_MISSING)
    done = run("check", "--bogus", "map.json")
    assert (done.returncode, done.stderr) == (2, "usage: mapper [-h] COMMAND ...\n"
                                                 "mapper: error: unrecognized arguments: --bogus\n")


def test_a_bad_value_is_refused_in_the_language(capsys):
    """argparse's words and mapper's own, together in one line (in process: quick)."""
    with pytest.raises(SystemExit) as stop:
        main(["check", "map.json", "--lang", "fr", "--json=yes"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "mapper check: erreur\u00a0: argument --json\u00a0: " in err and "'yes'" in err
    with pytest.raises(SystemExit) as stop:
        main(["layout", "map.json", "--lang", "it", "--direction", "XY"])
    assert stop.value.code == 2
    assert "argomento --direction: scelta non valida: 'XY'" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["check", "map.json", "--lang", "zh_CN", "--lang", "de"])
    assert "参数 --lang：未知的语言 'de'" in capsys.readouterr().err


def test_argparse_is_given_back_its_own_lookups():
    """The catalogue is argparse's only while mapper's parser lives, even when it exits."""
    before = argparse._, argparse.ngettext
    with pytest.raises(SystemExit):
        main(["check", "--help", "--lang", "it"])
    assert (argparse._, argparse.ngettext) == before
    with language_scope("it"), argparse_words.argparse_speaks_the_language():
        assert argparse._("usage: ") == translate("argparse", "usage: ") != "usage: "
        assert argparse._("a message mapper does not know") == "a message mapper does not know"
        assert argparse.ngettext("expected %s argument", "expected %s arguments", 3) == "servono %s argomenti"
    assert (argparse._, argparse.ngettext) == before


def test_the_words_are_argparse_s_own():
    """A Python whose argparse words a message differently would leave it English: say so."""
    source = inspect.getsource(argparse)
    with language_scope("en"):
        listed = argparse_words._words()
    older_python = {"optional arguments"}   # Python 3.10's heading
    for message in listed:
        if message not in older_python:
            assert repr(message) in source or f'"{message}"' in source, message


@pytest.mark.parametrize("code", TRANSLATED)
def test_translations_keep_argparse_s_placeholders(code):
    """argparse fills its messages with % after looking them up: a lost or renamed
    placeholder would end in a traceback instead of the message."""
    with language_scope("en"):
        english = argparse_words._words()
    with language_scope(code):
        translated = argparse_words._words()
    placeholder = re.compile(r"%\(\w+\)[sr]|%[sr]")
    for source, text in zip(english, translated):
        assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(text)), (code, source)
        assert text != source or source == "options", (code, source)


@pytest.mark.parametrize("code", ["en", *TRANSLATED])
def test_every_sub_command_s_help_is_written_in_the_language(code):
    """argparse fills help texts with %: a stray % in a translation would break --help."""
    from mapper.cli import _parser
    with language_scope(code), argparse_words.argparse_speaks_the_language():
        parser = _parser()
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, command in sub.choices.items():
            text = command.format_help()
            assert text.startswith(translate("argparse", "usage: ") + "mapper " + name)
            assert all(columns(line) <= 80 for line in text.splitlines() if " " in line.strip()), (name, text)


def test_the_language_is_read_before_the_parser_exists(monkeypatch):
    monkeypatch.setenv("LANGUAGE", "")
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert wanted_language(["check", "map.json"]) == "fr"
    assert wanted_language(["check", "--lang", "it", "map.json"]) == "it"
    assert wanted_language(["check", "--lang=zh", "map.json"]) == "zh_CN"
    assert wanted_language(["check", "--lang", "it", "--lang", "en"]) == "en"   # the last one, as argparse
    assert wanted_language(["check", "--lang", "de"]) == "fr"   # not a language: argparse will say so, in French
    assert wanted_language(["check", "--", "--lang", "it"]) == "fr"   # after --, a file name


def test_wide_text_wraps_by_columns():
    text = "面向人的输出所用的语言：en, it, fr, zh_CN（默认：系统语言），以及更多的说明文字，一直写到超过一行。"
    lines = wrap_columns(text, 30)
    assert len(lines) > 2 and all(columns(line) <= 30 for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")   # nothing lost, nothing added
    assert not any(line[0] in "，。：）" for line in lines)   # closing punctuation stays with its text
    assert not any(line[-1] in "（" for line in lines)
    assert "zh_CN（默认" in "".join(lines) or any(line.endswith("zh_CN") for line in lines)
    assert wrap_columns("a word-that-is-long b", 6) == ["a", "word-that-is-long", "b"]

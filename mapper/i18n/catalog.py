"""Translations for the layers that may not import Qt (analysis, formats, the
command line), read from the same ``.ts`` files Qt's ``lupdate`` writes.

There is one source of translations: ``resources/translations/mapper_<code>.ts``.
The app compiles them into ``.qm`` files for Qt's ``tr()``; this module reads
the XML itself, so ``mapper check --lang it`` speaks Italian without Qt.

Mark a string where it is used, with a literal context and text, so
``pyside6-lupdate`` finds it (it extracts every ``translate("Context", "Text")``
call, whatever module it comes from)::

    from mapper.i18n import translate
    message = translate("Rules", "{step} is not connected to anything.").format(step=name)

Placeholders are ``str.format`` names in braces; a translation keeps the same
ones. Never pass an f-string or a variable as the text: lupdate cannot see it.
For a count, pick the form with ``plural(n, one, many)`` and translate both forms.
"""

from __future__ import annotations

import threading
from contextlib import contextmanager
from functools import lru_cache
from mapper.resource_files import resource_file
from pathlib import Path
from typing import Iterator

from defusedxml import ElementTree

from .languages import LANGUAGES, TRANSLATED, match_language

_state = threading.local()
_default = "en"


def translation_file(code: str, suffix: str = ".ts") -> Path:
    """Where the translation of language ``code`` lives (``.ts`` source or compiled ``.qm``).

    The one place that knows the folder: ``resources/translations`` at the top of
    the source tree, or inside the installed package.
    """
    return resource_file(f"translations/mapper_{code}{suffix}")


def translations_folder() -> Path:
    return translation_file(TRANSLATED[0]).parent


@lru_cache(maxsize=None)
def messages(code: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> finished translation, for one language.
    Unfinished, vanished and obsolete entries are left out: their source text shows."""
    path = translation_file(code)
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError):
        return {}
    table: dict[tuple[str, str, str], str] = {}
    for context in root.iter("context"):
        context_name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes":
                continue   # counted forms are Qt's (self.tr with n); plural() covers this side
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            text = translation.text or ""
            if text:
                key = (context_name, message.findtext("source") or "", message.findtext("comment") or "")
                table[key] = text
    return table


def language() -> str:
    """The language text is translated into now (a code of ``LANGUAGES``)."""
    return getattr(_state, "code", None) or _default


def set_language(code: str | None) -> str:
    """Translate into ``code`` from now on, for the whole program (None or an
    unknown name: English). Returns the code used."""
    global _default
    _default = match_language(code) or "en"
    _state.code = None
    return _default


@contextmanager
def language_scope(code: str | None) -> Iterator[str]:
    """Translate into ``code`` inside the block only (this thread), as one
    command-line run does: nothing leaks into the next caller."""
    previous = getattr(_state, "code", None)
    _state.code = match_language(code) or "en"
    try:
        yield _state.code
    finally:
        _state.code = previous


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the current language (``text`` itself when English or not yet
    translated). Same call form as Qt's ``QCoreApplication.translate``, so
    ``pyside6-lupdate`` extracts it."""
    code = language()
    if code == "en":
        return text
    return messages(code).get((context, text, disambiguation or ""), text)


def plural(n: float, one: str, many: str, code: str | None = None) -> str:
    """The form of a counted phrase ``n`` takes in the current language: French
    counts 0 and 1 as one, English and Italian only 1; Chinese has one form
    (translate both the same)."""
    code = code or language()
    if code == "fr":
        return one if abs(n) < 2 else many
    if code == "zh_CN":
        return many
    return one if n == 1 else many


__all__ = ["LANGUAGES", "language", "language_scope", "messages", "plural", "set_language", "translate",
           "translation_file", "translations_folder"]

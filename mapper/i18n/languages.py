"""The languages mapper speaks, and which one the person at the keyboard reads.

Codes are Qt's locale names as they appear in the translation files'
names (``mapper_it.ts``): ``en`` (the source language, no file), ``it``,
``fr`` and ``zh_CN``. Each language is named in itself, so someone who
picked a language they cannot read can still find their own.
"""

from __future__ import annotations

import locale
import os
import re

#: code -> the language's name in that language. English is the source text.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "it": "Italiano",
    "fr": "Français",
    "zh_CN": "中文（简体）",
}

#: The languages with a translation file.
TRANSLATED: tuple[str, ...] = ("it", "fr", "zh_CN")

#: Windows spells locales out ("Italian_Italy.1252").
_ENGLISH_NAMES = {"english": "en", "italian": "it", "french": "fr", "chinese": "zh_CN"}


def match_language(name: str | None) -> str | None:
    """The supported language a locale name asks for, or None.

    Accepts what environments, Qt and people write: ``it``, ``it_IT.UTF-8``,
    ``fr-CA``, ``zh``, ``zh_CN``, ``zh-Hans-CN``, ``Italian_Italy.1252``. Every
    Chinese locale gets simplified Chinese (the only Chinese translation).
    ``C`` and ``POSIX`` ask for nothing in particular: None.
    """
    if not name:
        return None
    cleaned = re.split(r"[.@]", name.strip(), maxsplit=1)[0].replace("-", "_")
    if not cleaned or cleaned.upper() in ("C", "POSIX"):
        return None
    base = cleaned.split("_", 1)[0].lower()
    if base == "zh":
        return "zh_CN"
    if base in LANGUAGES:
        return base
    return _ENGLISH_NAMES.get(base)


def system_language() -> str:
    """The language of the environment, as the POSIX variables say (LANGUAGE,
    LC_ALL, LC_MESSAGES, LANG, in gettext's order), else Python's locale; English
    when none of them names a language mapper speaks."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        for part in value.split(":"):   # LANGUAGE is a list: "it:en"
            found = match_language(part)
            if found:
                return found
        if value and variable != "LANGUAGE":
            return "en"   # the first of LC_ALL, LC_MESSAGES, LANG that is set decides
    try:
        found = match_language(locale.getlocale()[0])
    except (ValueError, TypeError):
        found = None
    return found or "en"

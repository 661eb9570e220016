"""argparse's own words ("usage:", "options", "error:", "the following arguments are
required: ...") in the language the command line speaks.

argparse looks its messages up with gettext, in a catalogue mapper does not have,
so they would stay English whatever ``--lang`` says. While the command line builds
and reads its parser, ``argparse_speaks_the_language()`` points argparse's two
lookups (``argparse._`` and ``argparse.ngettext``, read at every call) at mapper's
catalogue, context "argparse", and puts them back afterwards. A message not listed
here, or not translated yet, goes to gettext as before; in English nothing changes.

The list is the messages of Python's argparse a person can meet with mapper's
parsers: help, usage and mistakes on the command line. Those that only a programmer
meets (conflicting options, a bad ``nargs``...) stay English.
"""

from __future__ import annotations

import argparse
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator

from mapper.i18n import language, language_scope, plural, translate


def _words() -> list[str]:
    """argparse's messages in the current language, in a fixed order. Each is a
    literal call so lupdate extracts it; the text must be argparse's own, character for
    character, with the same %-placeholders in every translation."""
    return [
        #: Before the usage line; the usage follows on the same line.
        translate("argparse", "usage: "),
        #: A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).
        translate("argparse", "positional arguments"),
        #: A heading of the help; argparse writes ":" right after it (French: end it with a no-break space).
        translate("argparse", "options"),
        translate("argparse", "optional arguments"),   # Python 3.10's name for "options"
        translate("argparse", "show this help message and exit"),
        #: Keep "%(prog)s: " as it is: every error line of mapper starts with "mapper: ".
        translate("argparse", "%(prog)s: error: %(message)s\n"),
        translate("argparse", "argument %(argument_name)s: %(message)s"),
        translate("argparse", "the following arguments are required: %s"),
        translate("argparse", "unrecognized arguments: %s"),
        #: %(type)s is Python's name for the type: int, float.
        translate("argparse", "invalid %(type)s value: %(value)r"),
        translate("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
        translate("argparse", "ambiguous option: %(option)s could match %(matches)s"),
        #: An option that takes no value was given one: --json=yes.
        translate("argparse", "ignored explicit argument %r"),
        translate("argparse", "expected one argument"),
        translate("argparse", "expected at most one argument"),
        translate("argparse", "expected at least one argument"),
        translate("argparse", "expected %s argument"),
        translate("argparse", "expected %s arguments"),
    ]


@lru_cache(maxsize=None)
def _table(code: str) -> dict[str, str]:
    """argparse's English message -> its text in language ``code``."""
    with language_scope("en"):
        english = _words()
    with language_scope(code):
        return dict(zip(english, _words()))


_gettext, _ngettext = argparse._, argparse.ngettext


def _looked_up(message):
    if language() == "en":
        return _gettext(message)
    return _table(language()).get(message) or _gettext(message)


def _looked_up_counted(singular, plural_form, n):
    table = _table(language())
    if language() == "en" or singular not in table or plural_form not in table:
        return _ngettext(singular, plural_form, n)
    return plural(n, table[singular], table[plural_form])


@contextmanager
def argparse_speaks_the_language() -> Iterator[None]:
    """Inside the block, argparse's messages come from mapper's catalogue in the current
    language (``mapper.i18n.language()``, read each time argparse asks)."""
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _looked_up, _looked_up_counted
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved

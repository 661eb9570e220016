"""The help laid out by columns on screen, so Chinese help fits the terminal too.

argparse wraps help text by counting characters, but a Chinese character takes two
columns of a terminal: a help line of 60 characters would be 120 columns wide, and
the continuation lines of a long usage would not line up under the first. Text with
no wide character (English, Italian, French) goes through argparse untouched.
"""

from __future__ import annotations

import argparse
import unicodedata

#: Punctuation that may not begin a line (Chinese line-breaking rules, in short).
_NOT_AT_LINE_START = set("，。、；：！？）》」』】”’,.;:!?)")
#: ... and that may not end one.
_NOT_AT_LINE_END = set("（《「『【“‘(")


def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: two for wide (East Asian) characters."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _is_wide(c: str) -> bool:
    return unicodedata.east_asian_width(c) in "WF"


def _has_wide(text: str) -> bool:
    return any(_is_wide(c) for c in text)


def _pieces(text: str) -> list[str]:
    """Where a line may break: at spaces, and between wide characters; a word of narrow
    characters stays whole, and closing punctuation stays with what it closes."""
    pieces: list[str] = []
    for c in text:
        if pieces and (c in _NOT_AT_LINE_START or pieces[-1][-1] in _NOT_AT_LINE_END):
            pieces[-1] += c
        elif c == " " or _is_wide(c) or not pieces or pieces[-1] == " " or _is_wide(pieces[-1][-1]):
            pieces.append(c)
        else:
            pieces[-1] += c
    return pieces


def wrap_columns(text: str, width: int) -> list[str]:
    """``text`` in lines of at most ``width`` columns (a longer unbreakable word gets a line of its own)."""
    lines: list[str] = []
    line = ""
    for piece in _pieces(text):
        if line and columns(line + piece) > width:
            lines.append(line.rstrip())
            line = "" if piece == " " else piece
        else:
            line += piece
    if line.strip():
        lines.append(line.rstrip())
    return lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help formatter, measuring in columns where the text has wide characters."""

    def _split_lines(self, text, width):
        if not _has_wide(text):
            return super()._split_lines(text, width)
        return wrap_columns(self._whitespace_matcher.sub(" ", text).strip(), width)

    def _fill_text(self, text, width, indent):
        if not _has_wide(text):
            return super()._fill_text(text, width, indent)
        lines = wrap_columns(self._whitespace_matcher.sub(" ", text).strip(), width - len(indent))
        return "\n".join(indent + line for line in lines)

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = argparse._("usage: ")   # argparse's own lookup, as the base class does
        if not _has_wide(prefix):
            return super()._format_usage(usage, actions, groups, prefix)
        # Lay the usage out behind spaces as wide as the prefix, then put the prefix back:
        # the continuation lines then line up under the first.
        spaces = " " * columns(prefix)
        return prefix + super()._format_usage(usage, actions, groups, spaces)[len(spaces):]


class ArgumentParser(argparse.ArgumentParser):
    """argparse's parser with the column-measuring help; its sub-parsers are of this class too."""

    def __init__(self, *args, formatter_class=HelpFormatter, **kwargs):
        super().__init__(*args, formatter_class=formatter_class, **kwargs)

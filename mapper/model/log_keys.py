"""What a typed number and a typed key mean in the metrics log.

One rule for ``mapper log``, the CSV import and the Weekly review grid: a key
is a step id or an arrow id, matched exactly, else a metric's name (without
regard to case) when it names one metric only; a value is a finite number
written plainly ("7", "-2.5", "1e3"), and nothing at all means "no value".
"""

from __future__ import annotations

import math
import re

from mapper.i18n import translate

from .schema import SystemMap

# Plain decimal numbers only: Python's float() also takes "1_000", "nan" and "infinity".
_NUMBER = re.compile(r"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?$")


class LogInputError(ValueError):
    """A key or value that cannot go into the log; ``str()`` is the message to show."""


def parse_log_value(text: str) -> float | None:
    """The number in ``text``, or None for an empty text (remove the value).

    Raises ``LogInputError`` when it is not a finite number.
    """
    t = text.strip()
    if not t:
        return None
    if not _NUMBER.match(t):
        raise LogInputError(translate("MapFile", '"{text}" is not a number').format(text=text))
    value = float(t)
    if not math.isfinite(value):
        raise LogInputError(translate("MapFile", '"{text}" is too large a number').format(text=text))
    return value


def resolve_log_key(m: SystemMap, key: str) -> str:
    """The step or arrow id a key means. Raises ``LogInputError`` saying why not."""
    if m.step(key) is not None or m.arrow(key) is not None:
        return key
    wanted = " ".join(key.split()).casefold()
    if wanted:
        named = [s.id for s in m.steps
                 if s.metric is not None and " ".join(s.metric.name.split()).casefold() == wanted]
        if len(named) == 1:
            return named[0]
        if len(named) > 1:
            raise LogInputError(translate("MapFile", '"{key}" names {n} metrics ({steps}); use a step id').format(
                key=key, n=len(named), steps=", ".join(named)))
    raise LogInputError(translate("MapFile", '"{key}" names no step, arrow or metric in this map').format(key=key))


def plain_number(v: float | None) -> float | int | None:
    """A whole number without ".0", as the file writes it."""
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v

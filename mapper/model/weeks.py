"""ISO weeks and quarters, as the metrics log and the priorities write them.

One home for the calendar rules: a week is "2026-W49" (ISO 8601: weeks start
on Monday, week 1 holds the year's first Thursday, so some years have a week
53), and a week belongs to the quarter of its Thursday.
"""

from __future__ import annotations

import datetime as _dt
import re

_WEEK = re.compile(r"^([0-9]{4})-W([0-9]{2})$")
_QUARTER = re.compile(r"^([0-9]{4})-Q([1-4])$")


def weeks_in_year(year: int) -> int:
    """52 or 53: the ISO week of 28 December is always the year's last."""
    return _dt.date(year, 12, 28).isocalendar()[1]


def parse_week(text: str) -> tuple[int, int] | None:
    """(year, week) of "2026-W49", or None when it is not a week that exists."""
    m = _WEEK.match(text) if isinstance(text, str) else None
    if not m:
        return None
    year, week = int(m.group(1)), int(m.group(2))
    if year < 1 or week < 1 or week > weeks_in_year(year):
        return None
    return year, week


def is_week(text: str) -> bool:
    return parse_week(text) is not None


def week_name(year: int, week: int) -> str:
    return f"{year:04d}-W{week:02d}"


def week_of(day: _dt.date) -> str:
    """The ISO week a date falls in."""
    iso = day.isocalendar()
    return week_name(iso[0], iso[1])


def this_week(today: _dt.date | None = None) -> str:
    return week_of(today or _dt.date.today())


def monday(week: str) -> _dt.date:
    """The Monday that starts an ISO week. Raises ValueError for a week that does not exist."""
    parsed = parse_week(week)
    if parsed is None:
        raise ValueError(f"{week!r} is not an ISO week")
    return _dt.date.fromisocalendar(parsed[0], parsed[1], 1)


def shift_week(week: str, by: int) -> str:
    """The week ``by`` weeks after (or before, when negative) ``week``."""
    return week_of(monday(week) + _dt.timedelta(weeks=by))


def weeks_ending(until: str, count: int) -> list[str]:
    """The ``count`` weeks ending at ``until``, oldest first."""
    end = monday(until)
    return [week_of(end - _dt.timedelta(weeks=count - 1 - i)) for i in range(count)]


def parse_quarter(text: str) -> tuple[int, int] | None:
    """(year, quarter) of "2026-Q4", or None."""
    m = _QUARTER.match(text) if isinstance(text, str) else None
    return (int(m.group(1)), int(m.group(2))) if m else None


def quarter_name(year: int, quarter: int) -> str:
    return f"{year:04d}-Q{quarter}"


def quarter_of_week(week: str) -> str:
    """The quarter a week belongs to: the quarter of its Thursday."""
    thursday = monday(week) + _dt.timedelta(days=3)
    return quarter_name(thursday.year, (thursday.month - 1) // 3 + 1)


def shift_quarter(quarter: str, by: int) -> str:
    parsed = parse_quarter(quarter)
    if parsed is None:
        raise ValueError(f"{quarter!r} is not a quarter")
    n = parsed[0] * 4 + parsed[1] - 1 + by
    return quarter_name(n // 4, n % 4 + 1)


def weeks_of_quarter(quarter: str) -> list[str]:
    """Every ISO week whose Thursday lies in the quarter, oldest first."""
    parsed = parse_quarter(quarter)
    if parsed is None:
        raise ValueError(f"{quarter!r} is not a quarter")
    year, q = parsed
    first_day = _dt.date(year, 3 * q - 2, 1)
    # The first Thursday on or after the quarter's first day, then every 7 days.
    thursday = first_day + _dt.timedelta(days=(3 - first_day.weekday()) % 7)
    out = []
    while (thursday.month - 1) // 3 + 1 == q and thursday.year == year:
        out.append(week_of(thursday))
        thursday += _dt.timedelta(weeks=1)
    return out


def this_quarter(today: _dt.date | None = None) -> str:
    return quarter_of_week(this_week(today))

"""Numbers, money, percentages and dates as the owner's language writes them.

``1,234.5`` in English and Chinese, ``1.234,5`` in Italian, ``1 234,5`` in
French (a narrow no-break space groups thousands, as French typography and Qt's
``QLocale`` do). Money carries the symbol of the map's ``currency`` (an ISO 4217
code), before the number in English and Chinese, after it in Italian and French.

A small table for the four languages mapper speaks rather than a locale
library: the rules are few, and the table agrees with Qt's ``QLocale`` (a test
holds them together) but for one choice: Italian groups four-digit numbers too
(``1.234,5``, as Italian invoices and price lists write money), where CLDR starts
at five digits. Functions take ``code`` (a language code) and default to
the current language of ``mapper.i18n``.
"""

from __future__ import annotations

import datetime as _dt
import math

from .catalog import language

NARROW_NBSP = "\u202f"
NBSP = "\u00a0"

#: language -> (decimal point, thousands separator, percent sign as written after the number)
_NUMBERS = {
    "en": (".", ",", "%"),
    "it": (",", ".", "%"),
    "fr": (",", NARROW_NBSP, NARROW_NBSP + "%"),
    "zh_CN": (".", ",", "%"),
}

#: currency -> symbol, and the languages that write it otherwise (from CLDR).
_SYMBOLS = {
    "EUR": ("€", {}),
    "USD": ("$", {"fr": "$US", "zh_CN": "US$", "it": "USD"}),
    "GBP": ("£", {"fr": "£GB"}),
    "CNY": ("CN¥", {"zh_CN": "¥", "fr": "CNY"}),
    "JPY": ("¥", {"zh_CN": "JP¥", "fr": "JPY", "it": "JPY"}),
    "CHF": ("CHF", {}),
}

_MONTHS = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
}


#: How a list of counts or names is joined: Chinese writes a full-width comma (as its translated sentences do).
_LIST_SEPARATORS = {"zh_CN": "，"}


def list_separator(code: str | None = None) -> str:
    """", " between the items of a list ("2 steps, 3 arrows"); "，" in Chinese."""
    return _LIST_SEPARATORS.get(_code(code), ", ")


def _code(code: str | None) -> str:
    code = code or language()
    return code if code in _NUMBERS else "en"


def format_number(x: float, decimals: int = 0, code: str | None = None, grouping: bool = True) -> str:
    """``x`` rounded to ``decimals`` places with the language's separators:
    ``format_number(1234.5, 1, "it") == "1.234,5"``. Never "-0"."""
    point, group, _ = _NUMBERS[_code(code)]
    if not math.isfinite(x):
        return str(x)
    text = f"{abs(x):,.{decimals}f}" if grouping else f"{abs(x):.{decimals}f}"
    negative = x < 0 and any(ch not in "0.," for ch in text)
    whole, _, fraction = text.partition(".")
    whole = whole.replace(",", group)
    return ("-" if negative else "") + whole + (point + fraction if fraction else "")


def currency_symbol(currency: str, code: str | None = None) -> str:
    """The symbol the language writes for an ISO 4217 code (the code itself when
    mapper knows no symbol for it); "" for no currency."""
    currency = (currency or "").strip().upper()
    if not currency:
        return ""
    symbol, overrides = _SYMBOLS.get(currency, (currency, {}))
    return overrides.get(_code(code), symbol)


def format_money(x: float, currency: str = "", code: str | None = None, decimals: int = 2) -> str:
    """An amount with the map's currency: ``€1,234.50`` (en), ``1.234,50 €`` (it),
    ``1 234,50 €`` (fr), ``¥1,234.50`` (zh_CN, CNY). Without a currency, the number alone."""
    code = _code(code)
    number = format_number(abs(x), decimals, code)
    sign = "-" if x < 0 and number.strip("0.,\u202f") else ""
    symbol = currency_symbol(currency, code)
    if not symbol:
        return sign + number
    if code in ("it", "fr"):
        return f"{sign}{number}{NBSP}{symbol}"
    spacer = NBSP if symbol[-1].isalpha() else ""   # "CHF 12.00", "€12.00"
    return f"{sign}{symbol}{spacer}{number}"


def format_percent(ratio: float, decimals: int = 0, code: str | None = None) -> str:
    """A ratio as a percentage: ``format_percent(0.125, 1, "fr") == "12,5 %"`` (narrow space)."""
    code = _code(code)
    return format_number(ratio * 100, decimals, code) + _NUMBERS[code][2]


def format_date(day: _dt.date, code: str | None = None) -> str:
    """A day, written out: ``6 Dec 2026``, ``6 dic 2026``, ``6 déc. 2026``, ``2026年12月6日``."""
    code = _code(code)
    if code == "zh_CN":
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {_MONTHS[code][day.month - 1]} {day.year}"


__all__ = ["currency_symbol", "format_date", "format_money", "format_number", "format_percent"]

"""Money as people read it: the amount with the map's currency code ("386.50 EUR").

One home for how value, cost and value per entrant are written, in documents,
the command line and the app, so the currency is shown wherever money is.
"""

from __future__ import annotations

from mapper.i18n.formatting import format_number


def money(amount: float | None, currency: str = "", signed: bool = False) -> str:
    """``money(386.5, "EUR") == "386.50 EUR"``; ``signed`` writes "+" before gains; "—" for None.
    The digits follow the language ("386,50 EUR" in Italian); the code stays the map's."""
    if amount is None:
        return "—"
    value = round(float(amount), 2) + 0.0
    text = format_number(value, 2)
    if signed and not text.startswith("-"):
        text = "+" + text
    return f"{text} {currency}" if currency else text

"""Money as people read it: the amount with the map's currency code ("386.50 EUR").

One home for how value, cost and value per entrant are written, in documents,
the command line and the app, so the currency is shown wherever money is.
"""

from __future__ import annotations


def money(amount: float | None, currency: str = "", signed: bool = False) -> str:
    """``money(386.5, "EUR") == "386.50 EUR"``; ``signed`` writes "+" before gains; "—" for None."""
    if amount is None:
        return "—"
    value = round(float(amount), 2) + 0.0
    text = f"{value:+,.2f}" if signed else f"{value:,.2f}"
    return f"{text} {currency}" if currency else text

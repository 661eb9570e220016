"""Money as people read it: the amount with the symbol of the map's currency, as the
owner's language writes it ("€386.50", "386,50 €", "¥386.50").

The one home for how value, cost and value per entrant are written, in documents,
the command line and the app, so the currency is shown wherever money is; the
symbols and the order come from ``mapper.i18n.formatting.format_money``.
"""

from __future__ import annotations

from mapper.i18n.formatting import format_money


def money(amount: float | None, currency: str = "", signed: bool = False) -> str:
    """``money(386.5, "EUR") == "€386.50"`` in English, "386,50 €" in Italian; ``signed``
    writes "+" before gains; "—" for None. A code mapper knows no symbol for is shown as it is."""
    if amount is None:
        return "—"
    value = round(float(amount), 2) + 0.0
    text = format_money(value, currency)
    if signed and value >= 0 and not text.startswith("-"):
        text = "+" + text
    return text

"""Making a fresh id: the one rule every part of mapper uses to name a new step, arrow or cell."""

from __future__ import annotations


def fresh_id(base: str, taken: set[str], *, joiner: str = "", first: int = 1, always_number: bool = False,
             renumber: bool = False) -> str:
    """An id not in ``taken`` (which it joins), made from ``base``.

    ``base`` itself when it is free (unless ``always_number``), else ``base``, ``joiner``
    and the first free number counting from ``first``: ``fresh_id("a", {"a1"},
    always_number=True)`` is ``"a2"``, ``fresh_id("Go", {"Go"}, joiner="_", first=2)`` is
    ``"Go_2"``. With ``renumber`` a number ending ``base`` is replaced, not extended
    (``"step3"`` gives ``"step1"``, ``"step4"``...).
    """
    if not always_number and base not in taken:
        taken.add(base)
        return base
    stem = (base.rstrip("0123456789") or base) if renumber else base
    n = first
    while f"{stem}{joiner}{n}" in taken:
        n += 1
    made = f"{stem}{joiner}{n}"
    taken.add(made)
    return made

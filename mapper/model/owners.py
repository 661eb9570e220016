"""How owner names are compared: one rule for the chart, the lanes, the rule
``owner-missing`` and the owner suggestions.

Owners are free text typed by people, so "Office", " office " and "OFFICE"
are one seat: names are trimmed, inner spaces collapsed, and compared without
case. The first spelling met (in flow order) is the one shown.
"""

from __future__ import annotations


def owner_name(text: str) -> str:
    """The owner as shown: trimmed, inner runs of spaces made one."""
    return " ".join((text or "").split())


def owner_key(text: str) -> str:
    """The key owners are grouped by; "" means nobody."""
    return owner_name(text).casefold()


def rename_owner(m, old: str, new: str):
    """One undoable edit giving every step, metric and priority owned by ``old``
    (any spelling of it) the owner ``new``. Returns a ``Batch`` (empty when
    nothing is owned by ``old`` or the names are the same as written)."""
    from mapper.i18n import translate

    from .operations import Batch, SetMapFields, SetStepFields
    key, shown = owner_key(old), owner_name(new)
    ops = []
    if key:
        for s in m.steps:
            fields = {}
            if owner_key(s.owner) == key and s.owner != shown:
                fields["owner"] = shown
            if s.metric is not None and owner_key(s.metric.owner) == key and s.metric.owner != shown:
                fields["metric"] = s.metric.model_copy(update={"owner": shown})
            if fields:
                ops.append(SetStepFields(s.id, fields))
        if any(owner_key(p.owner) == key and p.owner != shown for p in m.priorities):
            ops.append(SetMapFields({"priorities": [
                p.model_copy(update={"owner": shown}) if owner_key(p.owner) == key else p.model_copy()
                for p in m.priorities]}))
    if shown:
        return Batch(ops, translate("Operations", "Rename Owner {old} to {new}").format(old=owner_name(old), new=shown))
    return Batch(ops, translate("Operations", "Clear Owner {old}").format(old=owner_name(old)))

"""How big a step is drawn: its size (or its kind's default) grown to hold its
text, as ``text_fit`` lays it out. No Qt needed; the renderer draws the same
size and lines, so layout, the ``overlap`` rule and the drawing agree.
"""

from __future__ import annotations

from mapper.model import Step

from .text_fit import fit_text


def estimate_size(step: Step) -> tuple[float, float]:
    """Width and height the renderer gives ``step``: its size (or its kind's
    default) grown to hold its text (see ``text_fit.fit_text``, cached).

    >>> estimate_size(Step(id="a", kind="activity", text="Send invoice"))
    (160.0, 70.0)
    """
    w, h = step.size()
    fit = fit_text(step.kind, step.text, float(w), float(h))
    return fit.width, fit.height

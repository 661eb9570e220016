"""Text shown as itself in the Markdown and HTML documents mapper writes (checklist,
accountability chart, scorecard): one escaping rule for each language, shared by
every writer."""

from __future__ import annotations

import html
import re

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def markdown_text(text: str) -> str:
    """Text shown as itself in Markdown (no accidental emphasis, links or HTML)."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def html_text(text: str) -> str:
    """Text shown as itself in HTML, quotes escaped too so it may stand in an attribute."""
    return html.escape(text, quote=True)

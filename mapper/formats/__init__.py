"""Interchange with the tools people already use (docs/command-line.md, "import"). No Qt here.

- ``importers.import_file(path, page=None)``: any supported file -> ``ImportResult``.
- ``mermaid``: Mermaid flowcharts in and out.
- ``drawio``: draw.io / diagrams.net diagrams in and out (geometry kept).
- ``bpmn``: BPMN 2.0 process models in.
- ``checklist``: the team's checklists as Markdown and HTML.

Importers never drop what they cannot carry over silently: every such thing is
listed in ``ImportResult.warnings`` in words an owner understands.
"""

from .building import ImportResult

__all__ = ["ImportResult"]

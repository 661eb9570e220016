"""Mermaid flowcharts in and out (docs/command-line.md, "import").

Import reads ``flowchart``/``graph`` charts, alone or fenced in Markdown:
- ``([..])`` stadium, ``((..))`` circle, ``(((..)))`` and ``(..)`` rounded are
  terminators (mapper's rounded shapes) where the flow starts or stops; in the
  middle of the flow (arrows in and out) they are activities, and ``[(..)]``
  database shapes always are (the warnings say so). ``{..}`` is a decision, and
  so is a box with two or more labelled arrows out; every other box (``[..]``,
  ``[[..]]``, ``[/..]``, ``>..]``, ``{{..}}``...) is an activity. Boxes that say
  "Start" or "End" where the flow starts or ends are start/end points. mapper's
  own export (marked by ``MAPPER_MARK``) comes back exactly as drawn.
- Arrows of every style (``-->``, ``---``, ``-.->``, ``==>``...) with labels in
  both syntaxes (``-->|Yes|`` and ``-- Yes -->``), ``&`` fan-out/fan-in and chains,
  also across lines: an arrow at the end of a line goes on with the next line.
- Subgraphs are flattened; their title becomes the ``owner`` of the steps inside
  (``subgraph "" direction LR``: no title, no owner).
- Colours and layout hints (classDef, class, style, linkStyle, click, direction)
  and ``%%`` comments are skipped and counted in the warnings. A node whose class
  is ``note`` and that no arrow touches comes back as a note (that is how notes
  are exported, see ``export_mermaid``).

Export writes a conservative ``flowchart LR`` using only syntax from Mermaid's
flowchart documentation: quoted labels with entity codes, ``(["…"])``
terminators, ``{"…"}`` decisions, ``["…"]`` activities, ``-->|"label"|``
arrows. Notes have no arrows; they are written as flag-shaped nodes ``>"…"]``
in a ``note`` class (pale yellow), so they stay visible in the rendered chart and
come back as notes when imported again.

The package's modules, in the order a chart is read:
- ``lexer``: the chart found in the text (alone, fenced in Markdown or in a
  site's shortcode), its lines joined where a shape or an arrow goes on, split
  into statements; labels decoded;
- ``chains``: one statement such as ``A[..] & B -->|x| C --> D`` read into groups
  of nodes and the links between them;
- ``reader``: the statements turned into a map, phase by phase (``ChartReader.run``);
- ``writer``: a map written as a Mermaid flowchart.
"""

from .lexer import decode_label, extract_flowchart
from .reader import import_mermaid
from .writer import MAPPER_MARK, export_mermaid

__all__ = ["import_mermaid", "export_mermaid", "extract_flowchart", "decode_label", "MAPPER_MARK"]

"""draw.io / diagrams.net diagrams in and out (docs/command-line.md, "import").

Import reads plain and compressed diagrams (base64 + raw deflate + URL
encoding), ``<mxfile>`` files with several pages, bare ``<mxGraphModel>``s and
editable ``.drawio.svg`` pictures (the diagram sits in the SVG's ``content``) and
``.drawio.png`` pictures (the diagram sits in a PNG text chunk).
- Shapes: rhombus, flowchart decision and exclusive/inclusive BPMN gateways
  are decisions; terminator, ellipse, flowchart start, BPMN start/end events and
  pill-shaped rounded boxes are terminators; sticky notes and free text that no
  arrow touches are notes; every other shape is an activity. A parallel BPMN
  gateway (do every branch) is not a choice: it becomes an activity, with a warning.
- A start/end shape with arrows in and out is an activity; a box with two or
  more labelled arrows out is a decision. A free text laid on (or just under) a
  blank shape is its name; small lettered markers with no arrows (callouts,
  badges, legend keys) are left out; a loose arrow end up to 60 px short of the
  shape it points straight at is attached to it. The warnings name each.
- Labels lose their HTML (``<br>`` and ``<div>`` become line breaks). Edge
  labels come from the edge and from label cells attached to it; free-floating
  "Yes"/"No" texts next to an arrow that has no label become its label.
- Swimlanes and pools give their title as ``owner`` to the steps inside them;
  tables (a step in the first row, who does it in the second) become one step.
- Geometry is kept: draw.io's top-left corner plus the offsets of the groups
  around a shape become mapper's centre x, y, width and height. Arrow bends are
  kept when they make an orthogonal route, otherwise mapper routes the arrow.

Export writes an uncompressed ``.drawio`` that draw.io opens with the right
shapes, labels, positions and sizes; mapper's own fields (stage, owner,
metric...) travel as properties of the shape and come back on import.

The package's modules, in the order a file is read:
- ``container``: the file around the diagram (an ``<mxfile>``, a bare model, an
  editable PNG, SVG or HTML page) and its pages, inflated when compressed;
- ``cells``: a page's cells as plain records, their label text and what kind of
  shape each one is;
- ``reader``: one page turned into a map, phase by phase (``PageReader.run``);
- ``writer``: a map written as a ``.drawio`` file.
"""

from .cells import label_text
from .container import list_pages
from .reader import import_drawio
from .writer import export_drawio

__all__ = ["import_drawio", "list_pages", "export_drawio", "label_text"]

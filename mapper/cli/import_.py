"""`mapper import IN.(mmd|drawio|xml|bpmn|json) -o OUT.json [--page N]`."""

from __future__ import annotations

import sys

from mapper.i18n import translate
from mapper.i18n.formatting import list_separator
from mapper.layout.placing import ensure_placed
from mapper.model import save_map
from mapper.model.counting import count_words, counts_phrase

from .common import EXIT_OK, CliError, add_file_argument, output_type


def register(sub) -> None:
    i = sub.add_parser("import", help=translate("Cli", "bring in a Mermaid, draw.io, BPMN or mapper file"))
    add_file_argument(i)
    i.add_argument("-o", "--output", required=True, metavar=translate("Cli", "OUT.json"))
    i.add_argument("--page", type=int, default=None, metavar=translate("Cli", "PAGE"),
                   help=translate("Cli", "draw.io page number (1 = first)"))
    i.set_defaults(run=run)


def run(args) -> int:
    output_type(args.output, ("json",))
    from mapper.formats.importers import import_file
    result = import_file(args.file, page=args.page)
    for w in result.warnings:
        print(translate("Cli", "note: {warning}").format(warning=w), file=sys.stderr)
    if not result.map.steps:
        # An empty map helps no one and would hide that nothing was understood.
        raise CliError((translate("Cli", "{file}: nothing to import: no steps found (see the notes above)")
                        if result.warnings else translate("Cli", "{file}: nothing to import: no steps found")
                        ).format(file=args.file))
    ensure_placed(result.map)
    save_map(result.map, args.output)
    kinds = {k: sum(1 for s in result.map.steps if s.kind == k) for k in ("terminator", "activity", "decision", "note")}
    print(translate("Cli", "wrote {path}: {counts} ({terminators}, {activities}, {decisions})").format(
        path=args.output, counts=counts_phrase(result.map, list_separator()), terminators=count_words(kinds["terminator"], "terminator"),
        activities=count_words(kinds["activity"], "activity"), decisions=count_words(kinds["decision"], "decision")))
    return EXIT_OK

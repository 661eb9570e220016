"""`mapper accountability FILE [--json] [-o OUT.(pdf|html|md)]`: who answers for what."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map

from .common import (EXIT_OK, add_file_argument, add_json_option, add_output_option, output_type, print_json,
                     write_document, wrote)


def register(sub) -> None:
    a = sub.add_parser("accountability", help=translate("Cli", "the accountability chart: every owner, what they "
                                                               "answer for, and what nobody owns"))
    add_file_argument(a)
    add_json_option(a)
    add_output_option(a, translate("Cli", "write the chart as PDF, HTML or Markdown"))
    a.set_defaults(run=run)


def run(args) -> int:
    ext = output_type(args.output, ("pdf", "html", "md"))
    m = load_map(args.file)
    from mapper.analysis.accountability import accountability_chart, chart_to_json
    from mapper.formats.accountability_doc import build_accountability, to_html, to_markdown
    chart = accountability_chart(m)
    doc = build_accountability(m, chart)
    if ext:
        write_document(args.output, ext, doc, to_markdown, to_html, _write_pdf)
    if args.json:
        print_json(chart_to_json(chart))
    elif args.output:
        print(wrote(args.output))
    else:
        print(to_text(doc), end="")
    return EXIT_OK


def to_text(doc) -> str:
    """The chart for people in a terminal: a block per seat."""
    out = [doc.title, doc.subtitle(), ""]
    for card in doc.cards:
        out.append(f"{card.owner}  ({card.summary()})")
        for sec in card.sections:
            out.append(f"  {sec.heading}:")
            out += [f"    - {e.text}" for e in sec.entries]
        out.append("")
    return "\n".join(out)


def _write_pdf(doc, path: str) -> None:
    from mapper.render.accountability_pdf import write_accountability_pdf
    write_accountability_pdf(doc, path)

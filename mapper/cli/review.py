"""`mapper review FILE --quarter YYYY-Qn [--json] [-o OUT.(pdf|html|md)]`."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map

from .common import (EXIT_OK, CliError, add_file_argument, add_json_option, add_output_option, output_type,
                     print_json, write_document, wrote)


def register(sub) -> None:
    r = sub.add_parser("review", help=translate("Cli", "the quarterly review: stage volumes, conversions, leaks, "
                                                       "levers, priorities"))
    add_file_argument(r)
    r.add_argument("--quarter", required=True, metavar=translate("Cli", "YYYY-Qn"),
                   help=translate("Cli", "the quarter to review, like 2026-Q4"))
    add_json_option(r)
    add_output_option(r, translate("Cli", "write the review as PDF, HTML or Markdown"))
    r.set_defaults(run=run)


def run(args) -> int:
    from mapper.analysis.review import quarterly_review, review_to_json
    from mapper.model.weeks import parse_quarter
    if parse_quarter(args.quarter) is None:
        raise CliError(translate("Cli", "{file}: --quarter {quarter}: write a quarter like 2026-Q4").format(
            file=args.file, quarter=args.quarter))
    ext = output_type(args.output, ("pdf", "html", "md"))
    m = load_map(args.file)
    review = quarterly_review(m, args.quarter)
    from mapper.formats.review_doc import build_review_doc, to_html, to_markdown
    from mapper.analysis import analyse
    from mapper.analysis.method import method_progress
    from mapper.analysis.review import review_words
    report = analyse(m)
    doc = build_review_doc(m, review, report, method_progress(m, report), review_words(review))
    if ext:
        write_document(args.output, ext, doc, to_markdown, to_html, _write_pdf)
    if args.json:
        print_json(review_to_json(review))
    elif args.output:
        print(wrote(args.output))
    else:
        print(to_markdown(doc), end="")
    return EXIT_OK


def _write_pdf(doc, path: str) -> None:
    from mapper.render.review_pdf import write_review_pdf
    write_review_pdf(doc, path)

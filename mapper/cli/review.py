"""`mapper review FILE --quarter YYYY-Qn [--json] [-o OUT.(pdf|html|md)]`."""

from __future__ import annotations

import json

from mapper.i18n import translate
from mapper.model import load_map

from .common import EXIT_OK, CliError, add_file_argument, check_output_folder, extension, write_document, wrote


def register(sub) -> None:
    r = sub.add_parser("review", help=translate("Cli", "the quarterly review: stage volumes, conversions, leaks, "
                                                       "levers, priorities"))
    add_file_argument(r)
    r.add_argument("--quarter", required=True, metavar=translate("Cli", "YYYY-Qn"),
                   help=translate("Cli", "the quarter to review, like 2026-Q4"))
    r.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object for scripts"))
    r.add_argument("-o", "--output", metavar=translate("Cli", "OUT"),
                   help=translate("Cli", "write the review as PDF, HTML or Markdown"))
    r.set_defaults(run=run)


def run(args) -> int:
    from mapper.analysis.review import quarterly_review, review_to_json
    from mapper.model.weeks import parse_quarter
    if parse_quarter(args.quarter) is None:
        raise CliError(translate("Cli", "{file}: --quarter {quarter}: write a quarter like 2026-Q4").format(
            file=args.file, quarter=args.quarter))
    ext = None
    if args.output:
        ext = extension(args.output, ("pdf", "html", "md"))
        check_output_folder(args.output)
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
        print(json.dumps(review_to_json(review), ensure_ascii=False, indent=2))
    elif args.output:
        print(wrote(args.output))
    else:
        print(to_markdown(doc), end="")
    return EXIT_OK


def _write_pdf(doc, path: str) -> None:
    from mapper.render.review_pdf import write_review_pdf
    write_review_pdf(doc, path)

"""`mapper checklist FILE -o OUT.(pdf|md|html) [--critical-only] [--owner-edition]`."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map

from .common import EXIT_OK, add_file_argument, output_type, write_document, wrote


def register(sub) -> None:
    k = sub.add_parser("checklist", help=translate("Cli", "print the team's checklist as PDF, Markdown or HTML"))
    add_file_argument(k)
    k.add_argument("-o", "--output", required=True, metavar=translate("Cli", "OUT"))
    k.add_argument("--critical-only", action="store_true",
                   help=translate("Cli", "only the critical steps, as a one-page card"))
    k.add_argument("--owner-edition", action="store_true",
                   help=translate("Cli", "add what the crew does not need: automation hints, why steps are "
                                         "critical, where you are in the method"))
    k.set_defaults(run=run)


def run(args) -> int:
    ext = output_type(args.output, ("pdf", "md", "html"))
    m = load_map(args.file)
    from mapper.formats.checklist import build_checklist
    from mapper.formats.checklist_html import to_html
    from mapper.formats.checklist_markdown import to_markdown
    from mapper.analysis import analyse
    from mapper.analysis.method import method_progress
    report = analyse(m)
    checklist = build_checklist(m, report, critical_only=args.critical_only, owner_edition=args.owner_edition,
                                progress=method_progress(m, report))
    write_document(args.output, ext, checklist, to_markdown, to_html, _write_pdf)
    print(wrote(args.output))
    return EXIT_OK


def _write_pdf(checklist, path: str) -> None:
    from mapper.render.checklist_pdf import write_checklist_pdf
    write_checklist_pdf(checklist, path)

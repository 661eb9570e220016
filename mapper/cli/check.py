"""`mapper check FILE [--json]`: findings, critical steps, automation, metrics, funnel."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map

from .common import EXIT_FINDINGS, EXIT_OK, add_file_argument, add_json_option, print_json


def register(sub) -> None:
    c = sub.add_parser("check", help=translate("Cli", "report problems, critical steps, automation, metrics "
                                                      "and the funnel"))
    add_file_argument(c)
    add_json_option(c)
    c.set_defaults(run=run)


def run(args) -> int:
    from mapper.analysis import analyse
    from mapper.analysis.report import format_report, report_to_json
    m = load_map(args.file)
    report = analyse(m)
    if args.json:
        print_json(report_to_json(report, m, args.file))
    else:
        print(format_report(report, m, args.file))
    return EXIT_FINDINGS if any(f.severity == "error" for f in report.findings) else EXIT_OK

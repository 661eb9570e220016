"""`mapper scorecard FILE [--weeks N] [--until WEEK] [--json] [-o OUT.(csv|md|html|pdf|png)]`."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map, write_atomic
from mapper.model.weeks import parse_week

from .common import (EXIT_OK, CliError, add_file_argument, add_json_option, add_output_option, output_type,
                     print_json, qt_app, wrote)

#: Ten years of weeks: more columns than any page or screen shows.
MAX_WEEKS = 520


def register(sub) -> None:
    p = sub.add_parser("scorecard", help=translate("Cli", "every metric against its target, week by week"))
    add_file_argument(p)
    p.add_argument("--weeks", default="13", metavar="N", help=translate("Cli", "how many weeks (default 13)"))
    p.add_argument("--until", metavar=translate("Cli", "WEEK"),
                   help=translate("Cli", "the last week shown, like 2026-W49 (default: this week)"))
    add_json_option(p)
    add_output_option(p, translate("Cli", "write the scorecard as CSV, Markdown, HTML, PDF or PNG"))
    p.set_defaults(run=run)


def format_scorecard(card) -> str:
    """The scorecard as a text table for the terminal."""
    from mapper.formats.scorecard_report import cell_text, goal_text, number_text, trend_text, week_label
    head = [translate("Scorecard", "Metric"), translate("Scorecard", "Owner"), translate("Scorecard", "Goal"),
            *(week_label(w) for w in card.weeks), translate("Scorecard", "Avg"), translate("Scorecard", "Trend")]
    rows = [[r.name, r.owner, goal_text(r), *(cell_text(v, s) for v, s in zip(r.values, r.status)),
             number_text(None if r.average is None else round(r.average, 2)), trend_text(r.trend)]
            for r in card.rows]
    widths = [max(len(str(x)) for x in col) for col in zip(head, *rows)]
    lines = [translate("Scorecard", "Scorecard {first} to {last} (✓ on track, ✗ off track)").format(
        first=card.weeks[0], last=card.weeks[-1]), ""]
    for i, row in enumerate([head, *rows]):
        cells = [str(c).ljust(w) if j < 3 or j == len(row) - 1 else str(c).rjust(w)
                 for j, (c, w) in enumerate(zip(row, widths))]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    if not card.rows:
        lines.append(translate("Scorecard", "No step has a metric yet."))
    discuss = card.to_discuss()
    if discuss:
        from mapper.formats.scorecard_report import discuss_text
        lines += ["", translate("Scorecard", "To discuss ({week}):").format(week=card.weeks[-1])]
        lines += [f"  ✗ {discuss_text(r)}" for r in discuss]
    return "\n".join(lines)


def run(args) -> int:
    try:
        weeks = int(args.weeks)
    except ValueError:
        weeks = 0
    if not 1 <= weeks <= MAX_WEEKS:
        raise CliError(translate("Cli", "{file}: --weeks must be a whole number from 1 to {most}, not {weeks}").format(
            file=args.file, most=MAX_WEEKS, weeks=repr(args.weeks)))
    if args.until is not None and parse_week(args.until) is None:
        raise CliError(translate("Cli", '{file}: "{week}" is not a week that exists (write weeks as '
                                        "2026-W49)").format(file=args.file, week=args.until))
    ext = output_type(args.output, ("csv", "md", "html", "pdf", "png"))
    m = load_map(args.file)
    from mapper.analysis.scorecard import scorecard, scorecard_to_json
    card = scorecard(m, weeks=weeks, until=args.until)
    if ext in ("csv", "md", "html"):
        from mapper.formats import scorecard_csv, scorecard_report
        text = {"csv": lambda: scorecard_csv.scorecard_to_csv(card),
                "md": lambda: scorecard_report.to_markdown(m, card),
                "html": lambda: scorecard_report.to_html(m, card)}[ext]()
        write_atomic(args.output, text.encode("utf-8"), keep_backup=False)
    elif ext in ("pdf", "png"):
        qt_app()
        from mapper.render.scorecard_pdf import write_scorecard
        write_scorecard(m, card, args.output)
    if args.json:
        print_json(scorecard_to_json(card, args.file))
    elif args.output:
        print(wrote(args.output))
    else:
        print(format_scorecard(card))
    return EXIT_OK

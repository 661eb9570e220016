"""`mapper log FILE --week WEEK KEY=VALUE...` and `mapper log FILE --csv IN.csv`: record the week's numbers.

KEY is a step id or an arrow id, else a metric's name (any case) when it names
one metric only; `KEY=` with nothing removes the value. In a CSV an empty cell
leaves the value as it is. Either the whole input goes into the log, saved
atomically with the previous file kept as NAME.bak, or nothing does: an unknown
key, a value that is not a finite number, a week that does not exist or a map
that cannot be read leave the file byte for byte as it was (exit 2).
"""

from __future__ import annotations

from mapper.i18n import translate
from mapper.i18n.formatting import list_separator
from mapper.model import MapFileError, SetLogValues, load_map, save_map
from mapper.model.fileformat import read_file
from mapper.model.log_keys import LogInputError, parse_log_value, resolve_log_key
from mapper.model.weeks import parse_week

from .common import EXIT_OK, CliError, add_file_argument

#: A spreadsheet of years of weeks is a few hundred kB; anything near this is not one.
MAX_CSV_BYTES = 50 * 1024 * 1024


def register(sub) -> None:
    p = sub.add_parser("log", help=translate("Cli", "record a week's numbers in the map's metrics log"),
                       description=translate("Cli", "Record numbers: mapper log FILE --week 2026-W49 booked=7 "
                                                    "'Webinar sign-ups'=58, or mapper log FILE --csv numbers.csv "
                                                    "(a week column, then one column per metric)."))
    add_file_argument(p)
    # WEEK and the pairs after it are one option, so they may follow FILE in any order with --csv.
    p.add_argument("--week", nargs="+", metavar=(translate("Cli", "WEEK"), translate("Cli", "KEY=VALUE")),
                   help=translate("Cli", "the ISO week (like 2026-W49), then KEY=VALUE pairs: a step id, arrow id "
                                         "or metric name and its number (KEY= removes it)"))
    p.add_argument("--csv", metavar=translate("Cli", "IN.csv"),
                   help=translate("Cli", "a CSV with a week column, then one column per KEY"))
    p.set_defaults(run=run)


def _from_pairs(m, args) -> dict[str, dict[str, float | None]]:
    if parse_week(args.week) is None:
        raise CliError(translate("Cli", '{file}: "{week}" is not a week that exists (write weeks as 2026-W49; '
                                        "a week 53 only in years that have one)").format(file=args.file, week=args.week))
    cells: dict[str, float | None] = {}
    given: dict[str, str] = {}
    for pair in args.values:
        key_text, sep, value_text = pair.partition("=")
        if not sep:
            raise CliError(translate("Cli", '{file}: "{pair}" needs a value: write KEY=VALUE (KEY= removes the '
                                            "value)").format(file=args.file, pair=pair))
        try:
            key = resolve_log_key(m, key_text)
            value = parse_log_value(value_text)
        except LogInputError as e:
            raise CliError(f"{args.file}: {e}") from None
        if key in given:
            raise CliError(translate("Cli", '{file}: "{one}" and "{other}" both give {key}; give it once').format(
                file=args.file, one=key_text, other=given[key], key=key))
        given[key] = key_text
        cells[key] = value
    return {args.week: cells}


def _from_csv(m, args) -> dict[str, dict[str, float | None]]:
    from mapper.formats.scorecard_csv import LogCsvError, read_log_csv
    data = read_file(args.csv, MAX_CSV_BYTES, "a CSV file")
    try:
        return read_log_csv(data, m)
    except LogCsvError as e:
        raise MapFileError(args.csv, e.reason, e.place) from None


def describe(m, week: str, cells: dict[str, float | None]) -> str:
    """"2026-W49: booked 7, a3 removed" — what one week of input recorded."""
    from mapper.formats.scorecard_report import number_text
    parts = [f"{k} {number_text(v)}" if v is not None else translate("Cli", "{key} removed").format(key=k)
             for k, v in cells.items()]
    return f"{week}: " + (list_separator().join(parts) if parts else translate("Cli", "nothing"))


def run(args) -> int:
    args.values = []
    if args.week is not None:
        args.week, args.values = args.week[0], args.week[1:]
    if (args.csv is None) == (args.week is None):
        raise CliError(translate("Cli", "{file}: give either --week WEEK KEY=VALUE... or --csv IN.csv").format(
            file=args.file))
    if args.week is not None and not args.values:
        raise CliError(translate("Cli", "{file}: nothing to record: add KEY=VALUE pairs after --week {week}").format(
            file=args.file, week=args.week))
    m = load_map(args.file)
    values = _from_csv(m, args) if args.csv is not None else _from_pairs(m, args)
    try:
        SetLogValues(values).apply(m)
    except Exception as e:  # EditError: the checks above should have caught it already
        raise CliError(f"{args.file}: {e}") from None
    save_map(m, args.file)
    for week in sorted(values):
        print(describe(m, week, values[week]))
    print(translate("Cli", "saved {file}").format(file=args.file))
    return EXIT_OK

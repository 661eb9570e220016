"""`mapper funnel FILE [--json] [--measured] [--weeks N] [--until WEEK] [--set ARROW=P ...]`."""

from __future__ import annotations

from math import isfinite

from mapper.i18n import translate
from mapper.i18n.formatting import format_percent
from mapper.model import load_map

from .common import EXIT_OK, CliError, add_file_argument, add_json_option, print_json


def register(sub) -> None:
    f = sub.add_parser("funnel", help=translate("Cli", "the funnel per 100 entrants, from guesses or the logged "
                                                       "numbers, with a what-if"))
    add_file_argument(f)
    add_json_option(f)
    f.add_argument("--measured", action="store_true",
                   help=translate("Cli", "use branch probabilities measured from the metrics log"))
    f.add_argument("--weeks", type=int, default=13, metavar="N", help=translate("Cli", "weeks measured over (default 13)"))
    f.add_argument("--until", metavar=translate("Cli", "WEEK"),
                   help=translate("Cli", "last week measured, like 2026-W49 (default: the latest logged)"))
    f.add_argument("--set", action="append", default=[], metavar=translate("Cli", "ARROW=P"), dest="what_if",
                   help=translate("Cli", "what if this arrow had probability P (0..1)? Its siblings share the rest"))
    f.set_defaults(run=run)


def parse_sets(file: str, items: list[str]) -> dict[str, float]:
    """``["a3=0.5"]`` -> ``{"a3": 0.5}``; a CliError naming the item otherwise."""
    out: dict[str, float] = {}
    for item in items:
        key, sep, text = item.rpartition("=")
        if not sep or not key:
            raise CliError(translate("Cli", "{file}: --set {item}: write ARROW=P, for example --set a3=0.5").format(
                file=file, item=item))
        try:
            value = float(text)
        except ValueError:
            raise CliError(translate("Cli", "{file}: --set {item}: {text} is not a number").format(
                file=file, item=item, text=repr(text))) from None
        if not isfinite(value):
            raise CliError(translate("Cli", "{file}: --set {item}: {text} is not a number").format(
                file=file, item=item, text=repr(text)))
        out[key] = value
    return out


def run(args) -> int:
    from mapper.analysis.measured import WhatIfError, measured_funnel, measured_funnel_to_json
    from mapper.model.weeks import is_week
    if args.weeks < 1 or args.weeks > 520:
        raise CliError(translate("Cli", "{file}: --weeks {weeks}: choose from 1 to 520 weeks").format(
            file=args.file, weeks=args.weeks))
    if args.until is not None and not is_week(args.until):
        raise CliError(translate("Cli", "{file}: --until {week}: not an ISO week that exists (write it like "
                                        "2026-W49)").format(file=args.file, week=args.until))
    fixed = parse_sets(args.file, args.what_if)
    m = load_map(args.file)
    try:
        result = measured_funnel(m, measured=args.measured, weeks=args.weeks, until=args.until, fixed=fixed)
    except WhatIfError as e:
        raise CliError(f"{args.file}: --set: {e}") from None
    data = measured_funnel_to_json(result, args.file)
    if args.json:
        print_json(data)
    else:
        print(format_funnel(data, m))
    return EXIT_OK


def format_funnel(data: dict, m) -> str:
    """The same content for people: the branches, then the funnel (and the change)."""
    from mapper.formats.money import money
    names = {s.id: " ".join(s.text.split()) or s.id for s in m.steps}
    lines = [translate("Funnel", "Funnel of {file}").format(file=data["file"])]
    if data["weeks"]:
        lines.append(translate("Funnel", "Measured over {first} to {last} ({n} weeks)").format(
            first=data["weeks"][0], last=data["weeks"][-1], n=len(data["weeks"])))

    def pct(p):
        return f"{'-':>6}" if p is None else format_percent(p, 1).rjust(6)

    if data["probabilities"]:
        branch, guessed = translate("Funnel", "Branch"), translate("Funnel", "guessed")
        measured, used = translate("Funnel", "measured"), translate("Funnel", "used")
        lines += ["", f"  {branch:40} {guessed:>7}  {measured:>8}  {used:>6}"]
        for r in data["probabilities"]:
            label = f"{names[r['source']]} -> {r['label'] or names[r['target']]}"
            lines.append(f"  {label[:40]:40} {pct(r['assumed']):>7}  {pct(r['measured']):>8}  {pct(r['used']):>6}")
    f = data["funnel"]
    lines.append("")
    if f is None:
        lines.append(translate("Funnel", "No funnel: give every branch a probability (or log its numbers) and fix "
                                         "the errors 'mapper check' reports."))
        return "\n".join(lines)
    lines.append(translate("Funnel", "Per {n} entrants:").format(n=f["entrants"]))
    for end, count in f["outcomes"].items():
        lines.append(f"  {names.get(end, end)}: {count}")
    lines.append(translate("Funnel", "Value per entrant: {value}").format(
        value=money(f["value_per_entrant"], m.currency)))
    if "change" in data:
        ch = data["change"]
        if ch["goal_outcomes"] is None:
            lines.append(translate("Funnel", "What-if: the funnel before or after it cannot be built."))
        else:
            lines.append(translate("Funnel", "What-if: {change} goal outcomes per {n}, value per entrant {value}").format(
                change=f"{ch['goal_outcomes']:+}", n=f["entrants"],
                value=money(ch["value_per_entrant"], m.currency, signed=True)))
    return "\n".join(lines)

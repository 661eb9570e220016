"""The metrics log and the scorecard as CSV, for spreadsheets.

The log's CSV is what ``mapper log --csv`` and the app's import read: a
``week`` column, then one column per key (a step id, an arrow id, or a metric's
name); an empty cell leaves that value as it is. Exporting the log writes the
same shape with ids, so a file exported, filled in a spreadsheet and imported
again lands where it came from. The scorecard's CSV is the grid as printed: a
metric per row, the weeks across. No Qt.
"""

from __future__ import annotations

import csv
import io

from mapper.i18n import translate
from mapper.model.log_keys import plain_number
from mapper.model import SystemMap
from mapper.model.log_keys import LogInputError, parse_log_value, resolve_log_key
from mapper.model.weeks import parse_week


class LogCsvError(LogInputError):
    """A CSV that cannot go into the log; ``place`` says where ("row 3, column "booked"")."""

    def __init__(self, reason: str, place: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.place = place

    def __str__(self) -> str:
        return f"{self.place}: {self.reason}" if self.place else self.reason


def _row_place(r: int) -> str:
    return translate("Import", "row {row}").format(row=r)


def _cell_place(r: int, c: int) -> str:
    return translate("Import", "row {row}, column {column}").format(row=r, column=c)


def _text(data: bytes | str) -> str:
    if isinstance(data, bytes):
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise LogCsvError(translate("Import", "the file is not UTF-8 text (save it from the spreadsheet as CSV "
                                                  "UTF-8)"),
                              translate("Import", "byte {byte}").format(byte=e.start + 1)) from None
    return data[1:] if data.startswith("\ufeff") else data


def read_log_csv(data: bytes | str, m: SystemMap) -> dict[str, dict[str, float]]:
    """``{week: {key: value}}`` from a log CSV; empty cells are left out.

    Commas, semicolons and tabs all work as separators (spreadsheets in many
    countries write semicolons). Raises ``LogCsvError`` for the first problem,
    so nothing of a bad file is used.
    """
    text = _text(data)
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count) if first else ","
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    while rows and not any(c.strip() for c in rows[-1]):
        rows.pop()
    if not rows:
        raise LogCsvError(translate("Import", "the file is empty; it needs a header row: week, then one column per "
                                              "metric"))
    header = [c.strip() for c in rows[0]]
    if not header or header[0].casefold() != "week":
        raise LogCsvError(translate("Import", 'the first column must be "week" (then one column per metric)'),
                          _cell_place(1, 1))
    keys: list[str] = []
    seen: dict[str, str] = {}
    for i, name in enumerate(header[1:], start=2):
        if not name:
            raise LogCsvError(translate("Import", "this column has no name in the header row"), _cell_place(1, i))
        try:
            key = resolve_log_key(m, name)
        except LogInputError as e:
            raise LogCsvError(str(e), _cell_place(1, i)) from None
        if key in seen:
            raise LogCsvError(translate("Import", '"{name}" and "{other}" are the same metric; keep one column').format(
                name=name, other=seen[key]), _cell_place(1, i))
        seen[key] = name
        keys.append(key)
    out: dict[str, dict[str, float]] = {}
    week_row: dict[str, int] = {}
    for r, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        if len(row) > len(header):
            raise LogCsvError(translate("Import", "this row has {cells} cells but the header has {columns} "
                                                  "columns").format(cells=len(row), columns=len(header)), _row_place(r))
        week = row[0].strip()
        if parse_week(week) is None:
            raise LogCsvError(translate("Import", '"{week}" is not a week that exists (write weeks as 2026-W49)')
                              .format(week=week) if week else translate("Import", "the week is missing"), _cell_place(r, 1))
        if week in week_row:
            raise LogCsvError(translate("Import", "{week} is given twice (rows {first} and {again})").format(
                week=week, first=week_row[week], again=r), _row_place(r))
        week_row[week] = r
        cells: dict[str, float] = {}
        for c, (key, cell) in enumerate(zip(keys, row[1:]), start=2):
            try:
                value = parse_log_value(cell)
            except LogInputError as e:
                raise LogCsvError(str(e), translate("Import", 'row {row}, column "{column}"').format(
                    row=r, column=header[c - 1])) from None
            if value is not None:
                cells[key] = value
        out[week] = cells
    return out


def _cell(v: float | None) -> str:
    return "" if v is None else repr(plain_number(v))


def log_to_csv(m: SystemMap, keys: list[str]) -> str:
    """The whole log, a week per row (sorted), a key per column: ``keys``, the ids
    ``analysis.scorecard.log_columns(m)`` gives."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["week", *keys])
    for e in sorted(m.metrics_log, key=lambda e: e.week):
        if e.values:
            w.writerow([e.week, *(_cell(e.values.get(k)) for k in keys)])
    return out.getvalue()


def scorecard_to_csv(card: Scorecard) -> str:
    """The scorecard grid: a metric per row, its owner and target, then the weeks."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["step", "metric", "owner", "unit", "target", "better", *card.weeks,
                "on_track", "off_track", "average", "trend"])
    for r in card.rows:
        w.writerow([r.step, r.name, r.owner, r.unit, _cell(r.target), r.better, *(_cell(v) for v in r.values),
                    r.on_track, r.off_track, "" if r.average is None else f"{r.average:.4g}",
                    "" if r.trend is None else f"{r.trend:.4g}"])
    return out.getvalue()

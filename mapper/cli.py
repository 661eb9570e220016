"""The ``mapper`` command: the app, and the headless sub-commands of DESIGN.md.

Every failure a user can cause ends in one line on stderr naming the file and
what is wrong, and exit status 2; nothing is written in that case.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from mapper.model import MapFileError, SystemMap, load_map, save_map, write_atomic

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2

SUBCOMMANDS = ("check", "export", "checklist", "import", "layout", "new", "templates")


class CliError(Exception):
    """A user error with a one-line message (exit 2)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mapper",
        description="Map your most profitable system, check the flow, and print the checklists.",
        epilog="Run 'mapper' alone to open the app, or 'mapper FILE' to open a map.")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    c = sub.add_parser("check", help="report problems, critical steps, automation, metrics and the funnel")
    c.add_argument("file")
    c.add_argument("--json", action="store_true", help="print one JSON object for scripts")

    e = sub.add_parser("export", help="export a map as PNG, SVG, PDF, JSON, Mermaid or draw.io")
    e.add_argument("file")
    e.add_argument("-o", "--output", required=True, metavar="OUT")
    e.add_argument("--scale", type=float, default=2.0, help="PNG/SVG/PDF scale (default 2)")
    e.add_argument("--no-markers", action="store_true", help="leave out the analysis markers and legend")

    k = sub.add_parser("checklist", help="print the team's checklist as PDF, Markdown or HTML")
    k.add_argument("file")
    k.add_argument("-o", "--output", required=True, metavar="OUT")
    k.add_argument("--critical-only", action="store_true", help="only the critical steps, as a one-page card")

    i = sub.add_parser("import", help="bring in a Mermaid, draw.io, BPMN or mapper file")
    i.add_argument("file")
    i.add_argument("-o", "--output", required=True, metavar="OUT.json")
    i.add_argument("--page", type=int, default=None, help="draw.io page number (1 = first)")

    lay = sub.add_parser("layout", help="lay the map out automatically")
    lay.add_argument("file")
    lay.add_argument("-o", "--output", metavar="OUT.json", help="default: overwrite FILE (a .bak is kept)")
    lay.add_argument("--direction", choices=("LR", "TB"), default="LR", help="left-to-right (default) or top-to-bottom")

    n = sub.add_parser("new", help="start a new map from a template")
    n.add_argument("--template", required=True, metavar="NAME")
    n.add_argument("-o", "--output", required=True, metavar="OUT.json")

    sub.add_parser("templates", help="list the ready-made maps")
    return p


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    # "mapper" and "mapper FILE" open the app; everything else is a sub-command.
    if not argv or (argv[0] not in SUBCOMMANDS and not argv[0].startswith("-")):
        if not _has_display():
            print("mapper: no display to open the app on (no DISPLAY or WAYLAND_DISPLAY); "
                  "the sub-commands work without one: see 'mapper --help'", file=sys.stderr)
            return EXIT_BAD_INPUT
        from mapper.ui.app import run_app
        return run_app(argv[0] if argv else None)
    args = _parser().parse_args(argv)
    try:
        return _COMMANDS[args.command](args)
    except (MapFileError, CliError) as e:
        print(f"mapper: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("mapper: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader stopped early (`mapper check --json FILE | head`): nothing is wrong
        # with the map, so no "unexpected problem"; and Python's flush at exit must not
        # complain either, so stdout goes nowhere from here on.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return EXIT_OK
    except Exception as e:  # a bug of ours: still one line, never a traceback for the owner
        where = getattr(args, "file", "")
        print(f"mapper: {where + ': ' if where else ''}unexpected problem ({type(e).__name__}: {e}); "
              "nothing was written. Please report this.", file=sys.stderr)
        if os.environ.get("MAPPER_DEBUG"):
            raise
        return EXIT_BAD_INPUT


# -- helpers -------------------------------------------------------------------

def _has_display() -> bool:
    """Whether a window can be shown (Qt would abort the process without one)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _extension(path: str, allowed: tuple[str, ...]) -> str:
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in allowed:
        shown = ", ".join("." + a for a in allowed)
        raise CliError(f"{path}: unknown file type {('.' + ext) if ext else '(no extension)'}; use one of {shown}")
    return ext


def _check_output_folder(path: str) -> None:
    folder = Path(path).parent
    if str(folder) and not folder.is_dir():
        raise CliError(f"{path}: the folder {str(folder)!r} does not exist")
    if not os.access(folder if str(folder) else ".", os.W_OK):
        raise CliError(f"{path}: permission denied: cannot write in {str(folder) or '.'!r}")


def load_placed(path: str) -> SystemMap:
    """Load a map and lay it out when its steps have no positions yet."""
    m = load_map(path)
    ensure_placed(m)
    return m


def ensure_placed(m: SystemMap) -> bool:
    """Lay out maps with unplaced steps (imported Mermaid, hand-written JSON). True if it did."""
    if all(s.placed for s in m.steps if s.kind != "note") or not m.steps:
        return False
    from mapper.layout import layout_map
    from mapper.model import set_layout
    result = layout_map(m)
    set_layout(m, result.positions, result.waypoints).apply(m)
    return True


def _qt_app():
    """A headless Qt application for export (no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication(["mapper"])


# -- sub-commands --------------------------------------------------------------

def cmd_check(args) -> int:
    from mapper.analysis import analyse
    from mapper.analysis.report import format_report, report_to_json
    m = load_map(args.file)
    report = analyse(m)
    if args.json:
        print(json.dumps(report_to_json(report, m, args.file), ensure_ascii=False, indent=2))
    else:
        print(format_report(report, m, args.file))
    return EXIT_FINDINGS if any(f.severity == "error" for f in report.findings) else EXIT_OK


def cmd_export(args) -> int:
    ext = _extension(args.output, ("png", "svg", "pdf", "json", "mmd", "drawio"))
    if args.scale <= 0 or args.scale > 20:
        raise CliError(f"--scale {args.scale}: choose a scale between 0.1 and 20")
    _check_output_folder(args.output)
    m = load_placed(args.file)
    if ext == "json":
        save_map(m, args.output)
    elif ext == "mmd":
        from mapper.formats.mermaid import export_mermaid
        write_atomic(args.output, export_mermaid(m).encode("utf-8"), keep_backup=False)
    elif ext == "drawio":
        from mapper.formats.drawio import export_drawio
        write_atomic(args.output, export_drawio(m).encode("utf-8"), keep_backup=False)
    else:
        _qt_app()
        from mapper.render.export import ExportOptions, export_map
        from mapper.analysis import analyse
        report = None if args.no_markers else analyse(m)  # markers come from the analysis
        export_map(m, args.output, ExportOptions(scale=args.scale, markers=not args.no_markers), report=report)
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_checklist(args) -> int:
    ext = _extension(args.output, ("pdf", "md", "html"))
    _check_output_folder(args.output)
    m = load_map(args.file)
    from mapper.formats.checklist import build_checklist, to_html, to_markdown
    checklist = build_checklist(m, critical_only=args.critical_only)
    if ext == "md":
        write_atomic(args.output, to_markdown(checklist).encode("utf-8"), keep_backup=False)
    elif ext == "html":
        write_atomic(args.output, to_html(checklist).encode("utf-8"), keep_backup=False)
    else:
        _qt_app()
        from mapper.render.checklist_pdf import write_checklist_pdf
        write_checklist_pdf(checklist, args.output)
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_import(args) -> int:
    _extension(args.output, ("json",))
    _check_output_folder(args.output)
    from mapper.formats.importers import import_file
    result = import_file(args.file, page=args.page)
    for w in result.warnings:
        print(f"note: {w}", file=sys.stderr)
    if not result.map.steps:
        # An empty map helps no one and would hide that nothing was understood.
        raise CliError(f"{args.file}: nothing to import: no steps found"
                       + (" (see the notes above)" if result.warnings else ""))
    ensure_placed(result.map)
    save_map(result.map, args.output)
    kinds = {k: sum(1 for s in result.map.steps if s.kind == k) for k in ("terminator", "activity", "decision", "note")}
    print(f"wrote {args.output}: {len(result.map.steps)} steps "
          f"({kinds['terminator']} terminators, {kinds['activity']} activities, {kinds['decision']} decisions"
          f"{', %d notes' % kinds['note'] if kinds['note'] else ''}), {len(result.map.arrows)} arrows")
    return EXIT_OK


def cmd_layout(args) -> int:
    out = args.output or args.file
    _extension(out, ("json",))
    _check_output_folder(out)
    m = load_map(args.file)
    from mapper.layout import layout_map
    from mapper.model import set_layout
    result = layout_map(m, direction=args.direction)
    set_layout(m, result.positions, result.waypoints).apply(m)
    save_map(m, out)
    print(f"wrote {out}")
    return EXIT_OK


def cmd_new(args) -> int:
    from mapper.templates import load_template, template_names
    _extension(args.output, ("json",))
    _check_output_folder(args.output)
    if args.template not in template_names():
        raise CliError(f"no template named {args.template!r}; choose one of: {', '.join(template_names())}")
    if os.path.exists(args.output):
        raise CliError(f"{args.output}: already exists; choose another name (mapper never overwrites a map with a template)")
    save_map(load_template(args.template), args.output)
    print(f"wrote {args.output}")
    return EXIT_OK


def cmd_templates(args) -> int:
    from mapper.templates import describe_templates
    for name, title, description in describe_templates():
        print(f"{name:<22} {title}" + (f"\n{'':<22} {description}" if description else ""))
    return EXIT_OK


_COMMANDS = {
    "check": cmd_check, "export": cmd_export, "checklist": cmd_checklist, "import": cmd_import,
    "layout": cmd_layout, "new": cmd_new, "templates": cmd_templates,
}


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

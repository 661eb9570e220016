"""`mapper export FILE -o OUT.(png|svg|pdf|json|mmd|drawio) [--scale S] [--no-markers] [--no-title]`."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import save_map, write_atomic

from .common import EXIT_OK, CliError, add_file_argument, check_output_folder, extension, load_placed, qt_app, wrote


def register(sub) -> None:
    e = sub.add_parser("export", help=translate("Cli", "export a map as PNG, SVG, PDF, JSON, Mermaid or draw.io"))
    add_file_argument(e)
    e.add_argument("-o", "--output", required=True, metavar=translate("Cli", "OUT"))
    e.add_argument("--scale", type=float, default=2.0, metavar=translate("Cli", "SCALE"),
                   help=translate("Cli", "PNG/SVG/PDF scale (default 2)"))
    e.add_argument("--no-markers", action="store_true",
                   help=translate("Cli", "leave out the analysis markers and legend"))
    e.add_argument("--no-title", action="store_true",
                   help=translate("Cli", "leave out the map's title above the drawing"))
    e.set_defaults(run=run)


def run(args) -> int:
    ext = extension(args.output, ("png", "svg", "pdf", "json", "mmd", "drawio"))
    if args.scale <= 0 or args.scale > 20:
        raise CliError(translate("Cli", "--scale {scale}: choose a scale between 0.1 and 20").format(scale=args.scale))
    check_output_folder(args.output)
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
        qt_app()
        from mapper.render.export import ExportOptions, export_map
        from mapper.analysis import analyse
        report = None if args.no_markers else analyse(m)  # markers come from the analysis
        export_map(m, args.output, ExportOptions(scale=args.scale, markers=not args.no_markers,
                                                             title=not args.no_title), report=report)
    print(wrote(args.output))
    return EXIT_OK

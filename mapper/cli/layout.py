"""`mapper layout FILE [-o OUT.json] [--direction LR|TB]`."""

from __future__ import annotations

from mapper.i18n import translate
from mapper.model import load_map, save_map

from .common import EXIT_OK, add_file_argument, output_type, wrote


def register(sub) -> None:
    lay = sub.add_parser("layout", help=translate("Cli", "lay the map out automatically"))
    add_file_argument(lay)
    lay.add_argument("-o", "--output", metavar=translate("Cli", "OUT.json"),
                     help=translate("Cli", "default: overwrite FILE (a .bak is kept)"))
    lay.add_argument("--direction", choices=("LR", "TB"), default=None,
                     help=translate("Cli", "left-to-right or top-to-bottom (default: the map's own, else LR); "
                                           "saved with the map"))
    lay.set_defaults(run=run)


def run(args) -> int:
    out = args.output or args.file
    output_type(out, ("json",))
    m = load_map(args.file)
    from mapper.layout import layout_map
    from mapper.model import set_layout
    if args.direction:
        m.direction = args.direction
    result = layout_map(m, direction=m.direction or "LR")
    set_layout(m, result.positions, result.waypoints).apply(m)
    save_map(m, out)
    print(wrote(out))
    return EXIT_OK

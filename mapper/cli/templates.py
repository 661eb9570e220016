"""`mapper new --template NAME -o OUT.json` and `mapper templates`."""

from __future__ import annotations

import os

from mapper.i18n import translate
from mapper.model import save_map

from .common import EXIT_OK, CliError, output_type, wrote


def register(sub) -> None:
    n = sub.add_parser("new", help=translate("Cli", "start a new map from a template"))
    n.add_argument("--template", required=True, metavar=translate("Cli", "NAME"))
    n.add_argument("-o", "--output", required=True, metavar=translate("Cli", "OUT.json"))
    n.set_defaults(run=run_new)
    t = sub.add_parser("templates", help=translate("Cli", "list the ready-made maps"))
    t.set_defaults(run=run_templates)


def run_new(args) -> int:
    from mapper.templates import load_template, template_names
    output_type(args.output, ("json",))
    if args.template not in template_names():
        raise CliError(translate("Cli", "no template named {name}; choose one of: {names}").format(
            name=repr(args.template), names=", ".join(template_names())))
    if os.path.exists(args.output):
        raise CliError(translate("Cli", "{path}: already exists; choose another name (mapper never overwrites a "
                                        "map with a template)").format(path=args.output))
    save_map(load_template(args.template), args.output)
    print(wrote(args.output))
    return EXIT_OK


def run_templates(args) -> int:
    from mapper.templates import describe_templates
    for name, title, description in describe_templates():
        print(f"{name:<22} {title}" + (f"\n{'':<22} {description}" if description else ""))
    return EXIT_OK

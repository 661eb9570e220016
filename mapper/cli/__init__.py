"""The ``mapper`` command: the app, and the headless sub-commands.

Each sub-command lives in its own module with a ``register(sub)`` that adds its
parser and sets ``run``; ``COMMAND_MODULES`` lists them in the order ``--help``
shows. Every failure a user can cause ends in one line on stderr naming the file
and what is wrong, and exit status 2; nothing is written in that case.
"""

from __future__ import annotations

import argparse
import os
import sys

from mapper.i18n import language_scope, translate
from mapper.model import MapFileError

from . import accountability, check, checklist, export, funnel, import_, layout, log, review, scorecard, templates
from .argparse_words import argparse_speaks_the_language
from .common import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, CliError, add_language_option, has_display, wanted_language
from .help_layout import ArgumentParser

__all__ = ["main", "CliError", "EXIT_OK", "EXIT_FINDINGS", "EXIT_BAD_INPUT"]

# One line per sub-command module; a new command adds its module here.
COMMAND_MODULES = (
    check,
    export,
    checklist,
    import_,
    layout,
    templates,
    log,
    scorecard,
    funnel,
    review,
    accountability,
)


def _parser() -> argparse.ArgumentParser:
    """The whole command line, its help in the current language (build it inside
    ``argparse_speaks_the_language()`` for argparse's own words too)."""
    p = ArgumentParser(   # its sub-commands' parsers are of the same class
        prog="mapper",
        description=translate("Cli", "Map your most profitable system, check the flow, and print the checklists."),
        epilog=translate("Cli", "Run 'mapper' alone to open the app, or 'mapper FILE' to open a map."))
    sub = p.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    for module in COMMAND_MODULES:
        module.register(sub)
    for command in sub.choices.values():
        add_language_option(command)
    return p


def subcommand_names() -> list[str]:
    """The sub-commands' names, as ``mapper --help`` lists them."""
    p = _parser()
    for action in p._actions:  # argparse keeps the sub-parsers here and nowhere public
        if isinstance(action, argparse._SubParsersAction):
            return list(action.choices)
    return []


def opens_app(word: str) -> bool:
    """``mapper WORD`` opens the app only on an existing file or a name ending in .json
    (a new map to create); any other word is a mistyped or unknown sub-command."""
    return os.path.isfile(word) or word.lower().endswith(".json")


def unknown_word(word: str) -> str:
    """The one line for ``mapper WORD`` when WORD is neither a command nor a file."""
    if os.sep in word or os.path.splitext(word)[1]:
        return translate("Cli", "{word}: no such file").format(word=word)
    return translate("Cli", "unknown command {word}; the commands are: {commands} "
                            "(or give a map file to open it in the app)").format(
        word=repr(word), commands=", ".join(subcommand_names()))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    code = wanted_language(argv)
    # "mapper" and "mapper FILE" open the app; everything else is a sub-command.
    if not argv or (argv[0] not in subcommand_names() and not argv[0].startswith("-")):
        with language_scope(code):   # the app picks its own language; these lines speak the command line's
            if argv and not opens_app(argv[0]):
                print(f"mapper: {unknown_word(argv[0])}", file=sys.stderr)
                return EXIT_BAD_INPUT
            if not has_display():
                print("mapper: " + translate("Cli", "no display to open the app on (no DISPLAY or WAYLAND_DISPLAY); "
                                                    "the sub-commands work without one: see 'mapper --help'"),
                      file=sys.stderr)
                return EXIT_BAD_INPUT
        from mapper.ui.app import run_app
        return run_app(argv[0] if argv else None)
    # The language is known before the parser is built: its help and argparse's own
    # words ("usage:", "error:") speak it too. Help and usage errors exit here (0 and 2).
    with language_scope(code), argparse_speaks_the_language():
        parser = _parser()
        args = parser.parse_args(argv)
        if not getattr(args, "run", None):
            parser.print_help()
            return EXIT_BAD_INPUT
    try:
        with language_scope(args.lang or code):
            return args.run(args)
    except (MapFileError, CliError) as e:
        print(f"mapper: {e}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        with language_scope(args.lang or code):
            print("mapper: " + translate("Cli", "interrupted; nothing was written"), file=sys.stderr)
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
        with language_scope(args.lang or code):
            problem = translate("Cli", "unexpected problem ({error}); nothing was written. Please report this.")
        print(f"mapper: {where + ': ' if where else ''}" + problem.format(error=f"{type(e).__name__}: {e}"),
              file=sys.stderr)
        if os.environ.get("MAPPER_DEBUG"):
            raise
        return EXIT_BAD_INPUT


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

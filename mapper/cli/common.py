"""What every sub-command shares: the one-line user error, output checks, headless Qt."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from mapper.i18n import LANGUAGES, match_language, system_language, translate
from mapper.layout.placing import ensure_placed
from mapper.model import SystemMap, load_map

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """A user error with a one-line message (exit 2)."""


def wrote(path) -> str:
    """The line a command prints after writing a file: "wrote OUT.pdf"."""
    return translate("Cli", "wrote {path}").format(path=path)


def _language(value: str) -> str:
    code = match_language(value)
    if code is None:
        raise argparse.ArgumentTypeError(translate("Cli", "unknown language {value}; use one of {codes}").format(
            value=repr(value), codes=", ".join(LANGUAGES)))
    return code


def add_language_option(parser) -> None:
    """``--lang``: the language of what the command prints for people (default: the
    system's locale). JSON keys, rule ids and file formats stay English."""
    parser.add_argument("--lang", type=_language, default=None, metavar=translate("Cli", "LANG"),
                        help=translate("Cli", "language of the output for people: {codes} (default: the system's)")
                        .format(codes=", ".join(LANGUAGES)))


def add_file_argument(parser) -> None:
    """The file a sub-command reads (``args.file``), named in the help's language."""
    parser.add_argument("file", metavar=translate("Cli", "file"))


def wanted_language(argv: list[str]) -> str:
    """The language a command line asks for, known before its parser is built (so the
    help and argparse's own messages speak it too): the last ``--lang X`` or
    ``--lang=X`` that names a language mapper speaks, else the system's."""
    asked = None
    for i, word in enumerate(argv):
        if word == "--":
            break   # what follows is file names, whatever it looks like
        if word == "--lang" and i + 1 < len(argv):
            asked = match_language(argv[i + 1]) or asked
        elif word.startswith("--lang="):
            asked = match_language(word.partition("=")[2]) or asked
    return asked or system_language()


def add_json_option(parser) -> None:
    """``--json``: print one JSON object (``print_json``) instead of text for people."""
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object for scripts"))


def print_json(data) -> None:
    """What ``--json`` prints: one indented JSON object, non-ASCII text kept as is."""
    print(json.dumps(data, ensure_ascii=False, indent=2))


def add_output_option(parser, help: str) -> None:
    """``-o OUT``: a file to write besides (or instead of) the text printed; see ``output_type``."""
    parser.add_argument("-o", "--output", metavar=translate("Cli", "OUT"), help=help)


def output_type(path: str | None, allowed: tuple[str, ...]) -> str | None:
    """The extension of an optional output (None when there is none), checked with its
    folder before any work: a CliError names what is wrong."""
    if not path:
        return None
    ext = extension(path, allowed)
    check_output_folder(path)
    return ext


def extension(path: str, allowed: tuple[str, ...]) -> str:
    """The output's extension, lower case, or a CliError naming the allowed ones."""
    ext = Path(path).suffix.lower().lstrip(".")
    if ext not in allowed:
        shown = ", ".join("." + a for a in allowed)
        raise CliError(translate("Cli", "{path}: unknown file type {ext}; use one of {types}").format(
            path=path, ext=("." + ext) if ext else translate("Cli", "(no extension)"), types=shown))
    return ext


def check_output_folder(path: str) -> None:
    """Refuse before any work when the output could not be written."""
    folder = Path(path).parent
    if str(folder) and not folder.is_dir():
        raise CliError(translate("Cli", "{path}: the folder {folder} does not exist").format(
            path=path, folder=repr(str(folder))))
    if not os.access(folder if str(folder) else ".", os.W_OK):
        raise CliError(translate("Cli", "{path}: permission denied: cannot write in {folder}").format(
            path=path, folder=repr(str(folder) or ".")))


def load_placed(path: str) -> SystemMap:
    """Load a map and lay it out when its steps have no positions yet."""
    m = load_map(path)
    ensure_placed(m)
    return m


def qt_app():
    """A headless Qt application for export (no display needed)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from mapper.i18n import language
    from mapper.render.language import install_qt_translators
    app = QApplication.instance() or QApplication(["mapper"])
    install_qt_translators(app, language())   # what render draws speaks --lang too
    return app


def has_display() -> bool:
    """Whether a window can be shown (Qt would abort the process without one)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def write_document(path: str, ext: str, doc, to_markdown, to_html, write_pdf) -> None:
    """Write a document (checklist, accountability chart, quarterly review) as ``ext``:
    Markdown and HTML atomically, PDF through ``write_pdf(doc, path)`` on a headless Qt."""
    from mapper.model import write_atomic
    if ext == "md":
        write_atomic(path, to_markdown(doc).encode("utf-8"), keep_backup=False)
    elif ext == "html":
        write_atomic(path, to_html(doc).encode("utf-8"), keep_backup=False)
    else:
        qt_app()
        write_pdf(doc, path)

"""Re-extract every translatable string and compile the translations.

    python -m mapper.i18n.update_translations          # update the .ts files, then build the .qm files
    python -m mapper.i18n.update_translations --check  # change nothing; exit 1 on any missing translation

Uses ``pyside6-lupdate`` and ``pyside6-lrelease``, which PySide6-Essentials
installs next to Python. The ``.ts`` files are what translators edit (with Qt
Linguist, ``pyside6-linguist``, or any text editor); the compiled ``.qm`` files
are committed beside them, so an installed mapper needs no Qt tools.
See docs/translations.md.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from defusedxml import ElementTree

from .catalog import translation_file
from .languages import TRANSLATED

#: The package whose sources are scanned.
PACKAGE = Path(__file__).resolve().parents[1]

#: What a translation must keep from its source: str.format names ({step}) and Qt's %1 and %n.
_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%\d+|%n")
#: A menu accelerator: "&File" (but not "&&" or "& " in running text).
_ACCELERATOR = re.compile(r"&(?![&\s])")


def find_tool(name: str) -> str:
    """``pyside6-lupdate`` or ``pyside6-lrelease``: next to this Python first (a
    virtualenv's bin folder), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found:
        return found
    raise SystemExit(f"{name} not found: install PySide6-Essentials (pip install PySide6-Essentials), "
                     "which brings it")


def source_files(package: Path = PACKAGE) -> list[Path]:
    """Every Python module of mapper, in a stable order."""
    return sorted(p for p in package.rglob("*.py") if "__pycache__" not in p.parts)


def extract(ts_files: list[Path], package: Path = PACKAGE) -> None:
    """Run lupdate over the sources into ``ts_files`` (new strings come in unfinished;
    strings gone from the code are dropped)."""
    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "sources.lst"
        listing.write_text("\n".join(str(p) for p in source_files(package)) + "\n", encoding="utf-8")
        command = [find_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "relative",
                   "-source-language", "en", f"@{listing}", "-ts", *map(str, ts_files)]
        subprocess.run(command, check=True, capture_output=True)


def compile_qm(ts: Path, qm: Path) -> None:
    """Run lrelease: the .ts file's finished translations into a .qm file."""
    subprocess.run([find_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


@dataclass
class Problems:
    """What stops a language from being complete."""
    unfinished: list[str] = field(default_factory=list)     # "Context: source" of each
    placeholders: list[str] = field(default_factory=list)   # translations whose {names} differ from the source
    stale_qm: bool = False                                  # the committed .qm is not the .ts compiled

    def __bool__(self) -> bool:
        return bool(self.unfinished or self.placeholders or self.stale_qm)


def read_problems(ts: Path) -> Problems:
    """Unfinished or empty translations, and translations whose placeholders differ."""
    problems = Problems()
    root = ElementTree.parse(ts).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("vanished", "obsolete"):
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")] if translation is not None else []
            else:
                texts = [(translation.text or "") if translation is not None else ""]
            where = f"{name}: {source!r}"
            if kind == "unfinished" or not texts or not all(texts):
                problems.unfinished.append(where)
                continue
            for text in texts:
                if sorted(_PLACEHOLDER.findall(source)) != sorted(_PLACEHOLDER.findall(text)):
                    problems.placeholders.append(f"{where} -> {text!r}")
                elif bool(_ACCELERATOR.search(source)) != bool(_ACCELERATOR.search(text)):
                    problems.placeholders.append(f"{where} -> {text!r} (the & of the keyboard accelerator)")
    return problems


def check(package: Path = PACKAGE) -> dict[str, Problems]:
    """Extract afresh into copies of the committed .ts files and compile them;
    change nothing. Returns each language's problems (empty when complete)."""
    found: dict[str, Problems] = {}
    with tempfile.TemporaryDirectory() as tmp:
        copies = []
        for code in TRANSLATED:
            copy = Path(tmp) / f"mapper_{code}.ts"
            if translation_file(code).is_file():
                shutil.copyfile(translation_file(code), copy)
            copies.append(copy)
        extract(copies, package)
        for code, copy in zip(TRANSLATED, copies):
            problems = read_problems(copy)
            committed_ts, committed_qm = translation_file(code), translation_file(code, ".qm")
            fresh_qm = Path(tmp) / f"mapper_{code}.qm"
            if committed_ts.is_file():
                compile_qm(committed_ts, fresh_qm)
            problems.stale_qm = not (committed_qm.is_file() and fresh_qm.is_file()
                                     and committed_qm.read_bytes() == fresh_qm.read_bytes())
            found[code] = problems
    return found


def update(package: Path = PACKAGE) -> dict[str, Problems]:
    """Bring the committed .ts files up to date with the sources and compile them."""
    ts_files = [translation_file(code) for code in TRANSLATED]
    ts_files[0].parent.mkdir(parents=True, exist_ok=True)
    extract(ts_files, package)
    for code, ts in zip(TRANSLATED, ts_files):
        compile_qm(ts, translation_file(code, ".qm"))
    return {code: read_problems(ts) for code, ts in zip(TRANSLATED, ts_files)}


def _report(found: dict[str, Problems]) -> int:
    bad = 0
    for code, problems in found.items():
        for line in problems.unfinished:
            print(f"mapper_{code}.ts: not translated yet: {line}")
        for line in problems.placeholders:
            print(f"mapper_{code}.ts: placeholders differ: {line}")
        if problems.stale_qm:
            print(f"mapper_{code}.qm: out of date: run python -m mapper.i18n.update_translations")
        bad += bool(problems)
    if not bad:
        print("every string is translated in " + ", ".join(found))
    return 1 if bad else 0


def unfinished_messages(code: str) -> list[dict]:
    """The strings of one language still to translate, as ``{"context", "source", "comment",
    "numerus", "translation"}`` records: what ``--todo`` writes for a translator."""
    out = []
    root = ElementTree.parse(translation_file(code)).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("vanished", "obsolete"):
                continue
            if translation is None or translation.get("type") == "unfinished" or not (translation.text or "").strip() \
                    and message.get("numerus") != "yes":
                out.append({"context": name, "source": message.findtext("source") or "",
                            "comment": message.findtext("extracomment") or message.findtext("comment") or "",
                            "numerus": message.get("numerus") == "yes", "translation": ""})
    return out


def fill_translations(code: str, records: list[dict]) -> int:
    """Write translators' answers (records as ``--todo`` gives them, ``translation`` filled in:
    a string, or for numerus messages a list of forms) into the .ts file. Returns how many."""
    import xml.etree.ElementTree as PlainTree   # writing only: the file is ours, read safely above
    path = translation_file(code)
    tree = PlainTree.parse(path)
    answers = {(r["context"], r["source"]): r["translation"] for r in records if r.get("translation")}
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            answer = answers.get((name, message.findtext("source") or ""))
            if not answer:
                continue
            translation = message.find("translation")
            if translation is None:
                translation = PlainTree.SubElement(message, "translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = answer if isinstance(answer, list) else [answer]
                translation.text = None
                for form in forms:
                    PlainTree.SubElement(translation, "numerusform").text = form
            else:
                translation.text = answer if isinstance(answer, str) else answer[0]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m mapper.i18n.update_translations", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a translation is missing")
    parser.add_argument("--todo", metavar="LANG", help="print the strings of LANG still to translate, as JSON")
    parser.add_argument("--fill", nargs=2, metavar=("LANG", "ANSWERS.json"),
                        help="write translations (the --todo JSON with 'translation' filled in) into LANG's .ts, "
                             "then compile")
    args = parser.parse_args(argv)
    if args.todo:
        import json
        print(json.dumps(unfinished_messages(args.todo), ensure_ascii=False, indent=1))
        return 0
    if args.fill:
        import json
        code, answers = args.fill
        n = fill_translations(code, json.loads(Path(answers).read_text(encoding="utf-8")))
        compile_qm(translation_file(code), translation_file(code, ".qm"))
        print(f"mapper_{code}.ts: {n} translations written")
        return 0
    return _report(check() if args.check else update())


if __name__ == "__main__":
    sys.exit(main())

"""Reading and writing the ``.json`` map file (docs/file-format.md).

Loading turns every kind of bad input into one ``MapFileError`` that names the
file, the place and the problem in words; saving is canonical (stable bytes) and
atomic (temporary file, fsync, replace, previous version kept as ``.bak``).
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import socket
import stat
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from pydantic import ValidationError

from mapper.i18n import translate
from mapper.i18n.formatting import format_number

from .errors import MapFileError
from .schema import FORMAT_NAME, MAX_COORDINATE, MAX_SIZE, SCHEMA_VERSION, Arrow, Step, SystemMap
from .weeks import parse_week

#: Files larger than this are refused before parsing (a map of 20,000 steps is ~6 MB).
MAX_FILE_BYTES = 200 * 1024 * 1024

#: Migrations: ``MIGRATIONS[n]`` turns a version-n document (a dict) into version n+1.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {}


def _migrate_0_to_1(doc: dict) -> dict:
    # Version 0 (pre-release drafts) had no "format" key and called arrows "links".
    doc = dict(doc)
    doc.setdefault("format", FORMAT_NAME)
    if "links" in doc and "arrows" not in doc:
        doc["arrows"] = doc.pop("links")
    doc["schema_version"] = 1
    return doc


def _migrate_1_to_2(doc: dict) -> dict:
    # Version 2 only adds fields (Metric.better/owner, currency, direction, lanes,
    # priorities), each with a default that means what version 1 meant.
    doc = dict(doc)
    doc["schema_version"] = 2
    return doc


MIGRATIONS[0] = _migrate_0_to_1
MIGRATIONS[1] = _migrate_1_to_2


# -- loading -------------------------------------------------------------------

def load_map(path: str | os.PathLike) -> SystemMap:
    """Read a map file. Raises ``MapFileError`` for anything that is not a valid map."""
    return loads_map(read_file(path, MAX_FILE_BYTES, "a map"), str(path))


def read_file(path: str | os.PathLike, limit: int, what: str = "a file") -> bytes:
    """The bytes of a file, or a ``MapFileError`` saying in words why not.

    ``what`` names what the file should be ("a map"), for the messages.
    """
    name = str(path)
    what = _what_words(what)
    try:
        size = os.path.getsize(path)
        if size > limit:
            raise MapFileError(name, translate("MapFile", "the file is too large to be {what} ({size} MB; "
                                                          "mapper reads up to {limit} MB)").format(
                what=what, size=format_number(size // (1024 * 1024)), limit=format_number(limit // (1024 * 1024))))
        with open(path, "rb") as f:
            return f.read()
    except MapFileError:
        raise
    except FileNotFoundError:
        raise MapFileError(name, translate("MapFile", "no such file")) from None
    except IsADirectoryError:
        raise MapFileError(name, translate("MapFile", "this is a folder, not {what}").format(what=what)) from None
    except PermissionError:
        raise MapFileError(name, translate("MapFile", "permission denied: mapper may not read this file")) from None
    except OSError as e:
        raise MapFileError(name, translate("MapFile", "could not be read ({reason})").format(
            reason=e.strerror or e)) from None


def _what_words(what: str) -> str:
    """What a file should be, in the owner's language ("a map"); callers name it in English."""
    words = {"a map": translate("MapFile", "a map"),
             "a file": translate("MapFile", "a file"),
             "a CSV file": translate("MapFile", "a CSV file"),
             "a file mapper can import": translate("MapFile", "a file mapper can import")}
    return words.get(what, what)


def line_place(line: int, column: int | None = None) -> str:
    """"line 3" or "line 3, column 7", in the owner's language: the place of a load error."""
    if column is None:
        return translate("MapFile", "line {line}").format(line=line)
    return translate("MapFile", "line {line}, column {column}").format(line=line, column=column)


def loads_map(data: bytes | str, name: str = "<map>") -> SystemMap:
    """Parse a map from bytes or text. ``name`` is used in error messages."""
    doc = parse_json(data, name)
    return map_from_document(doc, name)


def parse_json(data: bytes | str, name: str) -> Any:
    """Decode UTF-8 JSON with messages that give line and column."""
    if isinstance(data, bytes):
        if data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise MapFileError(name, translate("MapFile", "the file is not UTF-8 text (is it really a mapper map?)"),
                               translate("MapFile", "line {line}, byte {byte}").format(
                                   line=line, byte=e.start + 1)) from None
    else:
        text = data
    if not text.strip():
        raise MapFileError(name, translate("MapFile", "the file is empty"))
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as e:
        # Python says "Unterminated string starting at" and expects the position after it;
        # the place is given apart ("line 6, column 18"), so the dangling words go.
        reason = e.msg.removesuffix(" at").removesuffix(" starting")
        raise MapFileError(name, translate("MapFile", "this is not valid JSON ({reason})").format(reason=reason),
                           line_place(e.lineno, e.colno)) from None
    except ValueError as e:  # NaN / Infinity
        raise MapFileError(name, str(e)) from None
    except RecursionError:
        # The C decoder guards its own recursion; deep nesting is never a map.
        raise MapFileError(name, translate("MapFile", "the JSON is nested too deeply; this is not a map")) from None


def _reject_constant(token: str) -> Any:
    raise ValueError(translate("MapFile", "the number {token} is not allowed in a map").format(token=token))


def map_from_document(doc: Any, name: str = "<map>") -> SystemMap:
    """Validate a parsed JSON document (after migration) into a ``SystemMap``."""
    if not isinstance(doc, dict):
        raise MapFileError(name, translate("MapFile", "a map file must hold a JSON object { ... } at the top"))
    fmt = doc.get("format")
    if "format" in doc and fmt != FORMAT_NAME:
        raise MapFileError(name, translate("MapFile", "this is not a mapper map (format is {found}, expected {expected})")
                           .format(found=repr(fmt), expected=repr(FORMAT_NAME)), "format")
    version = doc.get("schema_version")
    if version is None:
        raise MapFileError(name, translate("MapFile", "the required field \"schema_version\" is missing"), _top_level())
    if isinstance(version, bool) or not isinstance(version, int):
        raise MapFileError(name, translate("MapFile", "schema_version must be a whole number"), "schema_version")
    if version > SCHEMA_VERSION:
        raise MapFileError(name, translate("MapFile", "this map was made by a newer mapper (file format version "
                                                      "{version}; this mapper reads up to {newest}). Update mapper "
                                                      "to open it.").format(version=version, newest=SCHEMA_VERSION),
                           "schema_version")
    doc = migrate(doc, version, name)
    if "format" not in doc:
        raise MapFileError(name, translate("MapFile", "the required field \"format\" is missing (it should be {expected})")
                           .format(expected=repr(FORMAT_NAME)), _top_level())
    _assign_missing_arrow_ids(doc)
    try:
        system_map = SystemMap.model_validate(doc)
    except ValidationError as e:
        raise _validation_error(name, doc, e) from None
    _check_references(system_map, name)
    return system_map


def migrate(doc: dict, version: int, name: str = "<map>") -> dict:
    """Bring a document of an older schema version up to the current one."""
    if version < 0:
        raise MapFileError(name, translate("MapFile", "schema_version {version} is not a valid version").format(
            version=version), "schema_version")
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MapFileError(name, translate("MapFile", "file format version {version} is too old to be read by "
                                                          "this mapper").format(version=version), "schema_version")
        doc = step(doc)
        version += 1
        doc["schema_version"] = version
    return doc


def _assign_missing_arrow_ids(doc: dict) -> None:
    arrows = doc.get("arrows")
    if not isinstance(arrows, list):
        return
    taken = {a["id"] for a in arrows if isinstance(a, dict) and isinstance(a.get("id"), str)}
    n = 0
    for a in arrows:
        if isinstance(a, dict) and "id" not in a:
            n += 1
            while f"a{n}" in taken:
                n += 1
            a["id"] = f"a{n}"
            taken.add(a["id"])


def _top_level() -> str:
    return translate("MapFile", "top level")


def _with_field(where: str, field: str) -> str:
    """'step "nurture" (steps[3])' and 'kind' -> 'step "nurture" (steps[3]), field "kind"'."""
    return translate("MapFile", '{place}, field "{field}"').format(place=where, field=field)


def _item_place(noun: str, ident: str, key: str, index: int) -> str:
    """'step "nurture" (steps[3])': an item of the file named by its id and its place in the list."""
    words = {"step": translate("MapFile", 'step "{id}" ({key}[{index}])'),
             "arrow": translate("MapFile", 'arrow "{id}" ({key}[{index}])'),
             "priority": translate("MapFile", 'priority "{id}" ({key}[{index}])')}[noun]
    return words.format(id=ident, key=key, index=index)


def _describe_place(doc: dict, loc: tuple) -> str:
    """Turn a pydantic location into words: 'step "nurture" (steps[3]), field "kind"'."""
    if not loc:
        return _top_level()
    head, rest = loc[0], loc[1:]
    if head in ("steps", "arrows") and rest and isinstance(rest[0], int):
        idx = rest[0]
        items = doc.get(head) or []
        item = items[idx] if idx < len(items) else None
        noun = "step" if head == "steps" else "arrow"
        ident = item.get("id") if isinstance(item, dict) else None
        where = _item_place(noun, ident, head, idx) if isinstance(ident, str) and ident else f"{head}[{idx}]"
        if len(rest) > 1:
            where = _with_field(where, ".".join(str(p) for p in rest[1:]))
        return where
    return translate("MapFile", 'field "{field}"').format(field=".".join(str(p) for p in loc))


def _error_words(kind: str) -> str | None:
    """What pydantic's error ``kind`` means for a field, in the owner's words (None: not one of ours)."""
    return {
        "extra_forbidden": translate("MapFile", "is not a field mapper knows (check the spelling)"),
        "missing": translate("MapFile", "is required but missing"),
        "literal_error": translate("MapFile", "must be one of: {expected}"),
        "string_type": translate("MapFile", "must be text in quotes"),
        "bool_type": translate("MapFile", "must be true or false"),
        "float_type": translate("MapFile", "must be a number"),
        "float_parsing": translate("MapFile", "must be a number"),
        "int_type": translate("MapFile", "must be a whole number"),
        "list_type": translate("MapFile", "must be a list [ ... ]"),
        "dict_type": translate("MapFile", "must be an object {{ ... }}"),
        "model_type": translate("MapFile", "must be an object {{ ... }}"),
        "tuple_type": translate("MapFile", "must be a pair [x, y]"),
        "too_short": translate("MapFile", "is too short"),
        "too_long": translate("MapFile", "has too many items"),
        "string_too_short": translate("MapFile", "must not be empty"),
        "finite_number": translate("MapFile", "must be a finite number"),
    }.get(kind)


def _validation_error(name: str, doc: dict, e: ValidationError) -> MapFileError:
    err = e.errors(include_url=False)[0]
    loc = tuple(err.get("loc", ()))
    kind = err.get("type", "")
    ctx = err.get("ctx") or {}
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        if "probability" in loc or "label_pos" in loc:
            words = translate("MapFile", "must be between 0 and 1")
        elif loc and loc[0] in ("steps", "arrows") and ("x" in loc or "y" in loc or "waypoints" in loc):
            words = translate("MapFile", "must lie between -{limit} and {limit} (the drawing area of a map)").format(
                limit=format_number(MAX_COORDINATE))
        elif loc and loc[0] == "steps" and ("width" in loc or "height" in loc):
            words = translate("MapFile", "must be more than 0 and at most {limit}").format(limit=format_number(MAX_SIZE))
        elif "duration_min" in loc:
            words = translate("MapFile", "must be 0 or more")
        else:
            words = err.get("msg", "is out of range").lower()   # pydantic's own words: no field of ours has them
    elif _error_words(kind) is not None:
        words = _error_words(kind).format(expected=ctx.get("expected", ""))
    else:
        words = err.get("msg", "is not valid")   # pydantic's own words, for a kind of error mapper does not name
    if kind == "extra_forbidden" and loc:
        return MapFileError(name, translate("MapFile", '"{field}" {problem}').format(field=loc[-1], problem=words),
                            _describe_place(doc, loc[:-1]))
    return MapFileError(name, words, _describe_place(doc, loc))


def _check_references(m: SystemMap, name: str) -> None:
    kinds: dict[str, str] = {}
    for i, s in enumerate(m.steps):
        if s.id in kinds:
            raise MapFileError(name, translate("MapFile", 'the step id "{id}" is used twice; every step needs its '
                                                          'own id').format(id=s.id), f"steps[{i}]")
        kinds[s.id] = s.kind
    seen: set[str] = set()
    for i, a in enumerate(m.arrows):
        if a.id in seen:
            raise MapFileError(name, translate("MapFile", 'the arrow id "{id}" is used twice; every arrow needs its '
                                                          'own id').format(id=a.id), f"arrows[{i}]")
        seen.add(a.id)
        for end in ("source", "target"):
            sid = getattr(a, end)
            if sid not in kinds:
                raise MapFileError(name, translate("MapFile", '{end} "{id}" names no step in this map').format(
                    end=end, id=sid), _item_place("arrow", a.id, "arrows", i))
            if kinds[sid] == "note":
                raise MapFileError(name, translate("MapFile", '{end} "{id}" is a note; notes take no part in the '
                                                              'flow, so arrows may not touch them').format(
                    end=end, id=sid), _item_place("arrow", a.id, "arrows", i))
    _check_log(m, name, set(kinds), seen)
    priority_ids: set[str] = set()
    for i, p in enumerate(m.priorities):
        place = _item_place("priority", p.id, "priorities", i)
        if p.id in priority_ids:
            raise MapFileError(name, translate("MapFile", 'the priority id "{id}" is used twice; every priority '
                                                          'needs its own id').format(id=p.id), f"priorities[{i}]")
        priority_ids.add(p.id)
        for sid in p.steps:
            if sid not in kinds:
                raise MapFileError(name, translate("MapFile", 'step "{id}" names no step in this map').format(id=sid),
                                   _with_field(place, "steps"))


def _check_log(m: SystemMap, name: str, step_ids: set[str], arrow_ids: set[str]) -> None:
    """Weeks that exist, no week twice, values keyed by a step or an arrow of this map."""
    weeks: set[str] = set()
    for i, entry in enumerate(m.metrics_log):
        place = translate("MapFile", 'metrics_log[{index}] (week "{week}")').format(index=i, week=entry.week)
        if parse_week(entry.week) is None:
            raise MapFileError(name, translate("MapFile", '"{week}" is not a week that exists (ISO weeks run 01 to '
                                                          '52, or 53 in some years)').format(week=entry.week), place)
        if entry.week in weeks:
            raise MapFileError(name, translate("MapFile", 'the week "{week}" is logged twice; keep one entry per '
                                                          'week').format(week=entry.week), place)
        weeks.add(entry.week)
        for key in entry.values:
            if key not in step_ids and key not in arrow_ids:
                raise MapFileError(name, translate("MapFile", '"{key}" names no step or arrow in this map').format(
                    key=key), _with_field(place, "values"))


# -- saving --------------------------------------------------------------------

_STEP_ALWAYS = ("id", "kind", "text")
_ARROW_ALWAYS = ("id", "source", "target")


def _number(v: float) -> float | int:
    # Whole numbers are written without ".0" so hand-written files stay as typed.
    if isinstance(v, float) and v.is_integer() and abs(v) < 2**53:
        return int(v)
    return v


def _plain(value: Any) -> Any:
    if isinstance(value, float):
        return _number(value)
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


# Field defaults per model class, computed once: pydantic's get_default() inspects
# the factory's signature on every call, which made saving 20,000 steps take 3 s.
_DEFAULTS: dict[type, dict[str, Any]] = {}


def _defaults(cls: type) -> dict[str, Any]:
    found = _DEFAULTS.get(cls)
    if found is None:
        found = _DEFAULTS[cls] = {key: info.get_default(call_default_factory=True)
                                  for key, info in cls.model_fields.items()}
    return found


def _compact(model: Step | Arrow, always: tuple[str, ...]) -> dict:
    """Fields in declaration order; defaults left out except the ``always`` ones."""
    out: dict[str, Any] = {}
    for key, default in _defaults(type(model)).items():
        value = getattr(model, key)
        if key not in always and value == default:
            continue
        if hasattr(value, "model_dump"):
            value = value.model_dump()
        out[key] = _plain(value)
    return out


def _step_document(s: Step) -> dict:
    out = _compact(s, _STEP_ALWAYS)
    if s.metric is not None:
        # Version-2 metric fields are left out at their defaults, so a version-1
        # map saves with only its schema_version changed.
        out["metric"] = _compact(s.metric, ("name", "unit", "target"))
    return out


def map_to_document(m: SystemMap) -> dict:
    """The canonical JSON document of a map (plain dicts and lists).

    The metrics log is written sorted by week, with weeks left empty dropped.
    """
    log = sorted((e for e in m.metrics_log if e.values), key=lambda e: e.week)
    return {
        "format": FORMAT_NAME,
        "schema_version": SCHEMA_VERSION,
        "title": m.title,
        "system": m.system,
        "description": m.description,
        "currency": m.currency,
        "direction": m.direction,
        "lanes": m.lanes,
        "steps": [_step_document(s) for s in m.steps],
        "arrows": [_compact(a, _ARROW_ALWAYS) for a in m.arrows],
        "priorities": [_plain(p.model_dump()) for p in m.priorities],
        "metrics_log": [{"week": e.week, "values": _plain(dict(e.values))} for e in log],
    }


def dumps_map(m: SystemMap) -> str:
    """Canonical text: stable key order, 2-space indent, final newline."""
    return json.dumps(map_to_document(m), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save_map(m: SystemMap, path: str | os.PathLike) -> None:
    """Save canonically and atomically; the previous file is kept as ``NAME.bak``."""
    write_atomic(path, dumps_map(m).encode("utf-8"))


def write_atomic(path: str | os.PathLike, data: bytes, keep_backup: bool = True) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never half.

    A new file gets the mode the umask gives (as any editor's files do); a file
    that exists keeps its mode and, where the system allows, its owner and group.
    Raises ``MapFileError`` naming the file when it cannot be written; then the
    old file (if any) is untouched and no temporary file is left behind.
    """
    with atomic_file(path, keep_backup=keep_backup) as tmp:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())


#: A temporary file of a save: ``.NAME.<host>.<pid>.<random>.tmp`` beside NAME.
_TEMP_RE = r"^\.{name}\.(?:(?P<host>[A-Za-z0-9-]+)\.(?P<pid>[0-9]+)\.)?[A-Za-z0-9_]+\.tmp$"
#: A leftover of another computer (its process cannot be asked) is removed when this old.
FOREIGN_TEMP_AGE = 3600.0


def _host_tag() -> str:
    return re.sub(r"[^A-Za-z0-9-]", "-", socket.gethostname())[:40] or "host"


def temp_name_of(target: Path) -> str:
    """A fresh temporary name beside ``target``; it says which process writes it,
    so a later save can tell a killed save's leftover from a save in progress."""
    return f".{target.name}.{_host_tag()}.{os.getpid()}.{secrets.token_hex(4)}.tmp"


def is_temporary_file(path: str | os.PathLike) -> bool:
    """True for the temporary file of a save in progress (or of a killed one): never a map."""
    name = Path(path).name
    return name.startswith(".") and name.endswith(".tmp")


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def remove_leftovers(target: Path) -> list[Path]:
    """Remove temporary files that killed saves of ``target`` left beside it.

    A leftover of this computer goes when the process that wrote it is gone; one
    of another computer (a shared folder) when it is over an hour old. Returns
    what was removed.
    """
    folder = target.parent if str(target.parent) else Path(".")
    pattern = re.compile(_TEMP_RE.format(name=re.escape(target.name)))
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    host, now = _host_tag(), time.time()
    for entry in entries:
        found = pattern.match(entry.name)
        if not found:
            continue
        try:
            if found.group("host") == host and found.group("pid"):
                stale = int(found.group("pid")) != os.getpid() and not _process_alive(int(found.group("pid")))
            else:
                stale = now - entry.stat(follow_symlinks=False).st_mtime > FOREIGN_TEMP_AGE
            if stale:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


@contextmanager
def atomic_file(path: str | os.PathLike, keep_backup: bool = False) -> Iterator[str]:
    """A temporary file beside ``path`` to write into; it replaces ``path`` when
    the ``with`` block ends without an error, and is removed otherwise.

    The one way mapper writes a file (maps, backups, exports, checklists): the
    new file gets the umask's mode, an existing one keeps its mode and owner,
    ``keep_backup`` keeps the previous version as ``NAME.bak``, and leftovers of
    killed saves of the same file are removed. Raise ``CancelWrite`` inside the
    block to throw the output away quietly.
    """
    target = Path(path)
    name = str(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise MapFileError(name, translate("MapFile", "this is a folder; choose a file name"))
    if not folder.is_dir():
        raise MapFileError(name, translate("MapFile", "the folder {folder} does not exist").format(
            folder=repr(str(folder))))
    remove_leftovers(target)
    leftovers: list[str] = []
    try:
        try:
            tmp_name = str(folder / temp_name_of(target))
            # 0o666 through open(): the kernel applies the umask (and a folder's
            # default ACL), exactly as for any editor's new file.
            fd = os.open(tmp_name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            leftovers.append(tmp_name)
            os.close(fd)
            yield tmp_name
            _keep_mode_and_owner(target, tmp_name)
            if keep_backup and target.exists():
                _keep_backup(target, leftovers)
            os.replace(tmp_name, target)
            leftovers.remove(tmp_name)
            _fsync_folder(folder)
        except CancelWrite:
            pass
    except PermissionError:
        raise MapFileError(name, translate("MapFile", "permission denied: mapper may not write here")) from None
    except IsADirectoryError:
        raise MapFileError(name, translate("MapFile", "this is a folder; choose a file name")) from None
    except OSError as e:
        raise MapFileError(name, translate("MapFile", "could not be written ({reason})").format(
            reason=e.strerror or e)) from None
    finally:
        for leftover in leftovers:
            try:
                os.unlink(leftover)
            except OSError:
                pass


class CancelWrite(Exception):
    """Raised inside ``atomic_file`` to leave the target as it was (the user cancelled)."""


def _keep_mode_and_owner(target: Path, tmp_name: str) -> None:
    """A file saved over keeps its permission bits and, where allowed, its owner and group."""
    try:
        st = os.stat(target)
    except OSError:
        return   # a new file: the umask's mode stands
    if hasattr(os, "chown"):
        for uid, gid in ((st.st_uid, st.st_gid), (-1, st.st_gid)):
            try:
                os.chown(tmp_name, uid, gid)
                break
            except OSError:
                continue
    try:
        os.chmod(tmp_name, stat.S_IMODE(st.st_mode))
    except OSError:
        pass


def _keep_backup(target: Path, leftovers: list[str]) -> None:
    """Keep the previous version as NAME.bak (a hard link: no copy, same bytes)."""
    backup = target.with_name(target.name + ".bak")
    tmp_bak = str(backup) + ".tmp"
    leftovers.append(tmp_bak)
    if os.path.exists(tmp_bak):
        os.unlink(tmp_bak)
    try:
        os.link(target, tmp_bak)
    except OSError:
        shutil.copy2(target, tmp_bak)   # keeps the mode too
    os.replace(tmp_bak, backup)
    leftovers.remove(tmp_bak)


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

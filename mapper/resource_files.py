"""Where the files mapper ships with are: ``resources/`` (icons, style sheet,
translations, word lists) and ``sample_maps/`` (the templates).

In the repository both folders sit at the top level, beside ``mapper/``. An
installed wheel carries them inside the package, as ``mapper/resources`` and
``mapper/sample_maps`` (``pyproject.toml`` maps them there). This module is the
one place that knows both: everything else asks it for a path, e.g.
``resource_file("icons/check.svg")`` or ``sample_maps_folder()``.

mapper is installed as plain files (never run from a zip), so the folders are
real paths that Qt and ``glob`` can read.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from pathlib import Path


@lru_cache(maxsize=None)
def _folder(name: str) -> Path:
    installed = Path(str(files("mapper"))) / name       # inside an installed wheel
    if installed.is_dir():
        return installed
    in_repository = Path(__file__).resolve().parent.parent / name   # a checkout (editable or PYTHONPATH)
    if in_repository.is_dir():
        return in_repository
    raise FileNotFoundError(f"mapper's {name} folder is missing from this installation "
                            f"(looked in {installed} and {in_repository})")


def resources_folder() -> Path:
    """The ``resources`` folder: ``icons/``, ``style/``, ``translations/``, ``words/``."""
    return _folder("resources")


def resource_file(relative: str) -> Path:
    """One file under ``resources``, e.g. ``resource_file("words/en.json")``."""
    return resources_folder() / relative


def sample_maps_folder() -> Path:
    """The folder of ready-made maps offered by ``mapper new`` and the start screen."""
    return _folder("sample_maps")

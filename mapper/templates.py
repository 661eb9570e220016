"""The ready-made maps offered by ``mapper new`` and the app's start screen.

They are the files in ``sample_maps/``, found through ``mapper.resource_files``.
"""

from __future__ import annotations

from pathlib import Path

from mapper.model import SystemMap, load_map
from mapper.resource_files import sample_maps_folder


def template_names() -> list[str]:
    return sorted(p.stem for p in sample_maps_folder().glob("*.json"))


def template_path(name: str) -> Path:
    return sample_maps_folder() / f"{name}.json"


def load_template(name: str) -> SystemMap:
    return load_map(template_path(name))


def describe_templates() -> list[tuple[str, str, str]]:
    """(name, title, description) of every template."""
    out = []
    for name in template_names():
        m = load_template(name)
        out.append((name, m.title, m.description))
    return out

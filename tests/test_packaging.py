"""What an installed mapper needs: every package listed for the wheel, and the
shipped files (resources, sample maps) found through ``mapper.resource_files``.
``.ci/run`` also builds the wheel and runs it from another folder."""

import tomllib

from mapper.resource_files import resource_file, resources_folder, sample_maps_folder
from mapper.templates import template_names
from tests.conftest import ROOT


def test_every_package_folder_is_listed_for_the_wheel():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "mapper").rglob("__init__.py")}
    assert listed - {"mapper.resources", "mapper.sample_maps"} == on_disk


def test_the_shipped_files_are_found():
    assert resources_folder() == ROOT / "resources"
    for name in ("icons/check.svg", "icons/chevron.svg", "icons/chevron-up.svg", "style/style.qss", "words/en.json"):
        assert resource_file(name).is_file(), name
    assert (resources_folder() / "translations").is_dir()
    assert sample_maps_folder() == ROOT / "sample_maps"
    assert "webinar-marketing" in template_names()


def test_the_style_sheet_names_only_icons_that_exist():
    import re
    sheet = resource_file("style/style.qss").read_text(encoding="utf-8")
    for name in re.findall(r"url\(@ICONS@/([^)]+)\)", sheet):
        assert resource_file(f"icons/{name}").is_file(), name

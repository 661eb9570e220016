import os
import sys
from pathlib import Path

# Qt runs headless in tests; set before any Qt import.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_MAPS = ROOT / "sample_maps"
#: Real and hand-written diagrams for the importers (see its SOURCES.md).
CORPUS = ROOT / "tests" / "corpus"
#: The example map of docs/file-format.md, exactly as printed there.
DESIGN_EXAMPLE_FILE = ROOT / "tests" / "fixtures" / "design-example.json"


def design_example_document() -> dict:
    """A fresh copy of docs/file-format.md's example map as a JSON document."""
    import json
    return json.loads(DESIGN_EXAMPLE_FILE.read_text(encoding="utf-8"))
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def pytest_sessionfinish(session, exitstatus):
    # Mime data put on the clipboard from Python is deleted by a Qt static at C
    # exit, after Python has gone: a segfault that would turn a green run red.
    # Clear it while Python still runs.
    if "PySide6.QtWidgets" in sys.modules:
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()
        if app is not None:
            app.clipboard().clear()


# CI runs the same examples every time (a failure there can be replayed);
# local runs keep exploring new ones.
from hypothesis import settings as _hypothesis_settings  # noqa: E402

_hypothesis_settings.register_profile("ci", derandomize=True, deadline=None, print_blob=True)
if os.environ.get("CI"):
    _hypothesis_settings.load_profile("ci")

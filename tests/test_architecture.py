"""The layering of DESIGN.md is a test: the pure layers never import Qt."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("package", ["mapper.model", "mapper.analysis", "mapper.layout", "mapper.formats",
                                     "mapper.cli", "mapper.templates", "mapper.i18n"])
def test_pure_layers_import_no_qt(package):
    code = (f"import sys, importlib, pkgutil; import {package} as p\n"
            "for info in pkgutil.walk_packages(getattr(p, '__path__', []), p.__name__ + '.'):\n"
            "    importlib.import_module(info.name)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph')"
            " or m.startswith(('mapper.ui', 'mapper.render'))]\n"
            "print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{package} pulls in {result.stdout} {result.stderr}"

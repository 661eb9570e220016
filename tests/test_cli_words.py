"""What the command line says: unknown commands, counts, a map being started."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from mapper.cli import main, subcommand_names
from mapper.model import SystemMap, Step, Arrow
from mapper.model.counting import counts_phrase, map_counts
from tests.conftest import ROOT, SAMPLE_MAPS


def run_without_display(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)


def test_an_unknown_command_names_itself_and_the_known_ones_and_exits_2():
    done = run_without_display("scorecard-typo", "map.json")
    assert done.returncode == 2
    line = done.stderr.strip()
    assert "\n" not in line and "'scorecard-typo'" in line and "display" not in line
    for name in subcommand_names():
        assert name in line


def test_a_missing_file_name_is_not_taken_for_a_command(capsys):
    assert main(["missing.drawio"]) == 2
    assert capsys.readouterr().err.strip() == "mapper: missing.drawio: no such file"


@pytest.mark.parametrize("word", ["new-map.json", str(SAMPLE_MAPS / "webinar-marketing.json")])
def test_only_an_existing_file_or_a_json_name_opens_the_app(word):
    done = run_without_display(word)
    assert done.returncode == 2 and "no display" in done.stderr   # it went for the app


def test_one_count_rule_with_singular_and_plural():
    m = SystemMap(steps=[Step(id="a", kind="terminator", text="In"), Step(id="b", kind="terminator", text="Out"),
                         Step(id="n", kind="note", text="Remember")],
                  arrows=[Arrow(id="a1", source="a", target="b")])
    assert map_counts(m) == {"steps": 2, "arrows": 1, "notes": 1}
    assert counts_phrase(m) == "2 steps · 1 arrow · 1 note"
    assert counts_phrase(SystemMap()) == "0 steps · 0 arrows"


def test_check_counts_steps_as_the_app_does(tmp_path, capsys):
    from mapper.model import load_map, save_map
    m = load_map(SAMPLE_MAPS / "webinar-marketing.json")
    m.steps.append(Step(id="memo", kind="note", text="Ask Sam", x=0, y=600))
    path = tmp_path / "with-note.json"
    save_map(m, path)
    main(["check", str(path)])
    out = capsys.readouterr().out
    assert "14 steps, 15 arrows, 2 notes" in out   # the app's panel says "14 steps · 15 arrows · 2 notes"


def test_a_map_of_one_step_has_hints_not_errors(tmp_path, capsys):
    from mapper.model import save_map
    path = tmp_path / "first.json"
    save_map(SystemMap(steps=[Step(id="s", kind="activity", text="send the quote", x=0, y=0)]), path)
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Problems: 0 errors" in out and "1 step, 0 arrows" in out

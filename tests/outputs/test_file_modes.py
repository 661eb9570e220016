"""Every file mapper writes gets honest permissions, and a killed save leaves nothing behind.

Colleagues on a shared drive must be able to open what the owner writes: a new
file gets the mode the umask gives (0644 under umask 022, 0600 under 077), as
any editor's files do; a file saved over keeps its own mode. Each case runs
``mapper`` in its own process with the umask set, as a user would.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapper.model import is_temporary_file, load_map, save_map
from tests.conftest import ROOT, SAMPLE_MAPS

SAMPLE = SAMPLE_MAPS / "webinar-marketing.json"

#: Every kind of output: (sub-command, output name).
OUTPUTS = [
    ("export", "map.png"), ("export", "map.svg"), ("export", "map.pdf"), ("export", "map.json"),
    ("export", "map.mmd"), ("export", "map.drawio"),
    ("checklist", "list.pdf"), ("checklist", "list.md"), ("checklist", "list.html"),
    ("import", "imported.json"),
]


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("MAPPER_DEBUG", None)
    return env


def _mapper(args: list[str], umask: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mapper", *args], cwd=ROOT, env=_env(), capture_output=True,
                          text=True, timeout=120, preexec_fn=lambda: os.umask(umask))


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_new_outputs_get_the_umasks_mode(tmp_path, umask):
    source = tmp_path / "source.mmd"
    source.write_text("flowchart LR\n  a([Start]) --> b[Work] --> c([End])\n", encoding="utf-8")
    for command, name in OUTPUTS:
        out = tmp_path / name
        args = [command, str(source if command == "import" else SAMPLE), "-o", str(out)]
        done = _mapper(args, umask)
        assert done.returncode == 0, done.stderr
        assert _mode(out) == 0o666 & ~umask, (name, oct(_mode(out)))
    assert not [p for p in tmp_path.iterdir() if is_temporary_file(p)]


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_saving_over_a_file_keeps_its_mode_and_the_backup_keeps_the_old_one(tmp_path, umask):
    target = tmp_path / "map.json"
    for command, name in [("export", "map.json"), ("export", "map.mmd"), ("checklist", "list.md"),
                          ("export", "map.png"), ("checklist", "list.pdf")]:
        out = tmp_path / name
        out.write_bytes(b"old")
        os.chmod(out, 0o664)
        done = _mapper([command, str(SAMPLE), "-o", str(out)], umask)
        assert done.returncode == 0, done.stderr
        assert out.read_bytes() != b"old"
        assert _mode(out) == 0o664, name
    # The map's backup is the previous version, with the previous version's mode.
    os.chmod(target, 0o640)
    code = ("import sys; from mapper.model import load_map, save_map; "
            "m = load_map(sys.argv[1]); m.title = 'Second'; save_map(m, sys.argv[1])")
    subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, env=_env(), check=True, timeout=60,
                   preexec_fn=lambda: os.umask(umask))
    backup = tmp_path / "map.json.bak"
    assert load_map(target).title == "Second" and load_map(backup).title != "Second"
    assert _mode(target) == 0o640 and _mode(backup) == 0o640


def test_a_new_backup_and_map_under_umask_077_stay_private(tmp_path):
    code = ("import sys; from mapper.model import SystemMap, save_map; "
            "save_map(SystemMap(title='One'), sys.argv[1]); save_map(SystemMap(title='Two'), sys.argv[1])")
    target = tmp_path / "new.json"
    subprocess.run([sys.executable, "-c", code, str(target)], cwd=ROOT, env=_env(), check=True, timeout=60,
                   preexec_fn=lambda: os.umask(0o077))
    assert _mode(target) == 0o600 and _mode(tmp_path / "new.json.bak") == 0o600


# A save that blocks forever after writing its temporary file, so the test can kill it there.
_SLOW_SAVE = """
import os, sys, time
from mapper.model import load_map, save_map
real_fsync = os.fsync
def stuck(fd):
    real_fsync(fd)
    print("writing", flush=True)
    time.sleep(600)
os.fsync = stuck
m = load_map(sys.argv[1]); m.title = "Half saved"; save_map(m, sys.argv[1])
"""


def test_a_killed_save_leaves_the_map_whole_and_the_next_save_removes_its_leftover(tmp_path):
    target = tmp_path / "map.json"
    target.write_bytes(SAMPLE.read_bytes())
    before = target.read_bytes()
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_SAVE, str(target)], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    leftovers = [p for p in tmp_path.iterdir() if is_temporary_file(p)]
    assert len(leftovers) == 1 and leftovers[0].name.startswith(".map.json.")
    assert target.read_bytes() == before   # the map itself is whole
    # A leftover never shows as a map: it is hidden and does not end in .json.
    assert leftovers[0].name.startswith(".") and not leftovers[0].name.endswith(".json")
    m = load_map(target)
    m.title = "Saved again"
    save_map(m, target)
    assert not [p for p in tmp_path.iterdir() if is_temporary_file(p)]
    assert load_map(target).title == "Saved again"


def test_a_save_in_progress_in_another_process_is_not_removed(tmp_path):
    target = tmp_path / "map.json"
    target.write_bytes(SAMPLE.read_bytes())
    proc = subprocess.Popen([sys.executable, "-c", _SLOW_SAVE, str(target)], cwd=ROOT, env=_env(),
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "writing"
        save_map(load_map(target), target)
        assert [p for p in tmp_path.iterdir() if is_temporary_file(p)]   # theirs is still being written
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)


def test_another_computers_leftover_goes_when_it_is_old(tmp_path):
    target = tmp_path / "map.json"
    save_map(load_map(SAMPLE), target)
    old = tmp_path / ".map.json.laptop.4242.0a1b2c3d.tmp"
    fresh = tmp_path / ".map.json.laptop.4243.0a1b2c3e.tmp"
    unrelated = tmp_path / ".other.json.laptop.4242.0a1b2c3d.tmp"
    for p in (old, fresh, unrelated):
        p.write_text("{")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    os.utime(unrelated, (time.time() - 7200, time.time() - 7200))
    save_map(load_map(target), target)
    assert not old.exists() and fresh.exists() and unrelated.exists()

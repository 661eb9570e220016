"""A map on a shared drive: someone else saves it, or has it open, while it is open here.

Each test drives a real MainWindow in this process and a second real process
on the same file: a writer (a colleague's save, a sync tool's replace) or a
whole second mapper app (its lock file).
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mapper.model import SetStepFields, load_map
from mapper.model.lockfile import is_lock_file, lock_path, read_lock
from mapper.ui import messages
from tests.ui.test_window_fixtures import ROOT, answers, data_dir, make_window, sample_copy, window  # noqa: F401


@pytest.fixture
def shared_answers(answers, monkeypatch):
    monkeypatch.setattr(messages, "ask_open_locked",
                        lambda parent, name, user, host, since: answers.reply("locked", name, user, host))
    monkeypatch.setattr(messages, "ask_overwrite_changed", lambda parent, name: answers.reply("overwrite", name))
    return answers


def _env() -> dict:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    env.pop("MAPPER_DEBUG", None)
    return env


# A colleague's mapper saving the map: load, change one step's text, save (atomically, as mapper does).
_COLLEAGUE_SAVES = """
import sys
from mapper.model import load_map, save_map
m = load_map(sys.argv[1])
m.steps[int(sys.argv[2])].text = sys.argv[3]
save_map(m, sys.argv[1])
"""


def colleague_saves(path: Path, index: int, text: str) -> None:
    subprocess.run([sys.executable, "-c", _COLLEAGUE_SAVES, str(path), str(index), text], cwd=ROOT, env=_env(),
                   check=True, timeout=60)


def test_a_colleagues_save_reloads_in_place_when_nothing_changed_here(window, sample_copy, qtbot, shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    m = window.document.map
    first, second = m.steps[0].id, m.steps[1].id
    window.canvas.select([first, second])
    qtbot.wait(50)   # the window fits the map on open
    window.canvas.zoom_in()
    zoom = window.canvas.zoom()
    old_text = m.steps[1].text
    colleague_saves(path, 1, "Their new text")
    qtbot.waitUntil(lambda: window.document.map.steps[1].text == "Their new text", timeout=8000)
    assert not window.document.is_dirty
    assert window.document.undo_stack.undoText() == "Reload from Disk"
    assert set(window.canvas.selected_step_ids()) == {first, second}   # the selection stays
    assert window.canvas.zoom() == zoom                                 # so does the view
    assert "changed on disk" in window.statusBar().currentMessage()
    assert not window.shared_file.banner.isVisible()
    window.document.undo_stack.undo()   # the version before is one undo away
    assert window.document.map.steps[1].text == old_text and window.document.is_dirty


def test_a_sync_tool_rewriting_the_same_bytes_is_no_change(window, sample_copy, qtbot, shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    data = path.read_bytes()
    tmp = path.with_name("synced.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)   # a new inode and date, the same content
    window.shared_file.watch.check()
    qtbot.wait(300)
    assert window.document.undo_stack.count() == 0 and not window.shared_file.banner.isVisible()
    # ...and the replaced file is still watched: a real change afterwards is seen.
    colleague_saves(path, 0, "Changed after the replace")
    qtbot.waitUntil(lambda: window.document.map.steps[0].text == "Changed after the replace", timeout=8000)


def test_with_changes_here_the_banner_offers_reload_keep_or_save_as(window, sample_copy, qtbot, shared_answers,
                                                                       tmp_path):
    path = sample_copy()
    assert window.open_path(str(path))
    sid = window.document.map.steps[0].id
    window.document.apply(SetStepFields(sid, {"text": "My text"}))
    colleague_saves(path, 1, "Their text")
    banner = window.shared_file.banner
    qtbot.waitUntil(banner.isVisible, timeout=8000)
    assert "changed on disk" in banner.label.text()
    assert [b.text() for b in (banner.reload_button, banner.keep_button, banner.save_as_button)] == \
        ["Reload Theirs", "Keep Mine", "Save Mine As…"]
    assert window.document.map.steps[0].text == "My text"   # nothing reloaded over my work

    # Keep mine: the banner goes, but saving over their version still asks.
    banner.keep_button.click()
    assert not banner.isVisible()
    shared_answers.script("overwrite", "cancel")
    assert not window.save()
    assert load_map(path).steps[1].text == "Their text"   # their save survives
    shared_answers.script("overwrite", "overwrite")
    assert window.save()
    assert load_map(path).steps[0].text == "My text"
    assert shared_answers.count("overwrite") == 2


def test_reload_theirs_from_the_banner_is_one_undo_step(window, sample_copy, qtbot, shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    sid = window.document.map.steps[0].id
    window.document.apply(SetStepFields(sid, {"text": "My text"}))
    colleague_saves(path, 0, "Their text")
    qtbot.waitUntil(window.shared_file.banner.isVisible, timeout=8000)
    window.shared_file.banner.reload_button.click()
    assert window.document.map.steps[0].text == "Their text" and not window.document.is_dirty
    assert not window.shared_file.banner.isVisible()
    window.document.undo_stack.undo()
    assert window.document.map.steps[0].text == "My text"


def test_save_mine_as_from_the_banner_keeps_both(window, sample_copy, qtbot, shared_answers, tmp_path):
    path = sample_copy()
    assert window.open_path(str(path))
    window.document.apply(SetStepFields(window.document.map.steps[0].id, {"text": "My text"}))
    colleague_saves(path, 0, "Their text")
    qtbot.waitUntil(window.shared_file.banner.isVisible, timeout=8000)
    mine = tmp_path / "mine.json"
    shared_answers.script("save_path", str(mine))
    window.shared_file.banner.save_as_button.click()
    assert load_map(mine).steps[0].text == "My text" and load_map(path).steps[0].text == "Their text"
    assert window.document.path == str(mine) and not window.shared_file.banner.isVisible()


def test_saving_right_after_a_change_on_disk_asks_even_before_the_watcher_noticed(window, sample_copy,
                                                                                  shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    window.document.apply(SetStepFields(window.document.map.steps[0].id, {"text": "My text"}))
    colleague_saves(path, 1, "Their text")   # no event loop ran: the watcher has not looked yet
    shared_answers.script("overwrite", "cancel")
    assert not window.save()
    assert load_map(path).steps[1].text == "Their text"


def test_my_own_saves_are_not_changes_on_disk(window, sample_copy, qtbot, shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    for n in range(3):
        window.document.apply(SetStepFields(window.document.map.steps[0].id, {"text": f"Mine {n}"}))
        assert window.save()
    qtbot.wait(300)
    window.shared_file.watch.check()
    assert not window.shared_file.banner.isVisible() and shared_answers.count("overwrite") == 0


# -- who has it open -------------------------------------------------------------

def start_app(path: Path, data: Path) -> subprocess.Popen:
    """A second mapper app (its own process) with the map open; returns once it holds the lock."""
    env = _env()
    env["MAPPER_DATA_DIR"] = str(data)
    proc = subprocess.Popen([sys.executable, "-m", "mapper", str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.time() + 60
    while time.time() < deadline:
        holder = read_lock(path)
        if holder is not None and holder.pid == proc.pid:
            return proc
        if proc.poll() is not None:
            raise AssertionError("the second app ended before it opened the map")
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("the second app never locked the map")


def test_a_second_opener_is_told_who_has_the_map_and_can_open_it_read_only(make_window, sample_copy, shared_answers,
                                                                             tmp_path):
    path = sample_copy()
    other = start_app(path, tmp_path / "other-data")
    try:
        holder = read_lock(path)
        assert holder.pid == other.pid and holder.user and holder.host
        window = make_window()
        shared_answers.script("locked", "cancel")
        assert not window.open_path(str(path))
        assert window.document.path is None                       # cancelled: nothing opened
        shared_answers.script("locked", "read_only")
        assert window.open_path(str(path))
        assert shared_answers.asked[-1][1:] == (path.name, holder.user, holder.host)
        assert "(read-only)" in window.windowTitle()
        assert read_lock(path).pid == other.pid                   # their lock stays theirs
        # Save in a read-only map asks for a new name; their file is untouched.
        before = path.read_bytes()
        window.document.apply(SetStepFields(window.document.map.steps[0].id, {"text": "My copy"}))
        copy = tmp_path / "my-copy.json"
        shared_answers.script("save_path", str(copy))
        assert window.save()
        assert path.read_bytes() == before and load_map(copy).steps[0].text == "My copy"
        assert "(read-only)" not in window.windowTitle()
    finally:
        other.send_signal(signal.SIGKILL)
        other.wait(timeout=30)


def test_a_stale_lock_is_taken_over_and_removed_on_close(make_window, sample_copy, shared_answers, tmp_path):
    path = sample_copy()
    other = start_app(path, tmp_path / "other-data")
    other.send_signal(signal.SIGKILL)   # it crashed: its lock stays behind
    other.wait(timeout=30)
    assert read_lock(path).pid == other.pid and read_lock(path).is_stale()
    window = make_window()
    assert window.open_path(str(path))   # no question: nobody is behind that lock
    assert shared_answers.count("locked") == 0
    assert read_lock(path).pid == os.getpid()
    window.close()
    assert not lock_path(path).exists()


def test_open_anyway_takes_the_lock_and_the_owner_keeps_it_until_closing(make_window, sample_copy, shared_answers,
                                                                           tmp_path):
    path = sample_copy()
    other = start_app(path, tmp_path / "other-data")
    try:
        window = make_window()
        shared_answers.script("locked", "anyway")
        assert window.open_path(str(path))
        assert read_lock(path).pid == os.getpid() and "(read-only)" not in window.windowTitle()
    finally:
        other.send_signal(signal.SIGTERM)
        other.wait(timeout=30)
    # The other app closing did not remove the lock that is now ours.
    assert read_lock(path) is not None and read_lock(path).pid == os.getpid()


def test_a_lock_file_is_never_a_map(window, sample_copy, shared_answers, tmp_path):
    from mapper.ui.recent_files import add_recent_file, recent_files
    path = sample_copy()
    assert window.open_path(str(path))
    lock = lock_path(path)
    assert lock.exists() and is_lock_file(lock) and not lock.name.endswith(".json")
    assert json.loads(lock.read_text())["pid"] == os.getpid()
    add_recent_file(str(lock))
    assert str(lock.resolve()) not in recent_files() and str(path.resolve()) in recent_files()
    shared_answers.script("error", None)
    assert not window.open_any(str(lock))
    assert window.document.path == str(path.resolve())


# -- crash recovery when the file moved on ------------------------------------------

def test_recovery_offers_both_versions_when_the_file_changed_after_the_crash(make_window, shared_answers, data_dir,
                                                                              sample_copy, tmp_path, monkeypatch):
    from mapper.ui import main_window
    from tests.ui.test_recovery import CRASHING_SESSION
    user_file = sample_copy("webinar-marketing")
    env = dict(_env(), MAPPER_DATA_DIR=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_SESSION, str(user_file), str(tmp_path / "mine.json")],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "READY"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    colleague_saves(user_file, 0, "Saved by a colleague after the crash")
    newer = user_file.read_bytes()
    told = []
    monkeypatch.setattr(messages, "tell_recovered_beside_newer", lambda parent, name: told.append(name))
    shared_answers.script("recover", "recover")
    window = make_window()
    assert window.offer_recovery() == 1
    assert told == [user_file.name]
    # The recovered work is an unsaved map of its own; the newer file opens beside it.
    assert window.document.path is None and window.document.is_dirty
    assert window.document.map.step("host").text == "Edited just before the crash"
    beside = [w for w in main_window._windows if w is not window and w.document.path == str(user_file.resolve())]
    assert beside and beside[0].document.map.steps[0].text == "Saved by a colleague after the crash"
    assert user_file.read_bytes() == newer   # nothing was written over the newer file
    for w in beside:
        w.close()


def test_a_map_deleted_on_disk_says_so_and_save_writes_it_again(window, sample_copy, qtbot, shared_answers):
    path = sample_copy()
    assert window.open_path(str(path))
    path.unlink()
    qtbot.waitUntil(window.shared_file.banner.isVisible, timeout=8000)
    assert "deleted or moved" in window.shared_file.banner.label.text()
    assert not window.shared_file.banner.reload_button.isVisible()
    window.document.apply(SetStepFields(window.document.map.steps[0].id, {"text": "Still here"}))
    assert window.save()   # nothing of theirs to lose: no question
    assert load_map(path).steps[0].text == "Still here" and shared_answers.count("overwrite") == 0

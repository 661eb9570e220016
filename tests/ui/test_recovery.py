"""Crash recovery: unsaved work is kept in a journal apart from the user's
file, offered back after a crash or kill, and forgotten on a clean save,
close or discard. Sessions never take each other's journals."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mapper.model import SetStepFields, dumps_map, load_map
from mapper.ui.recovery import Journal, orphaned_journals
from tests.ui.test_window_fixtures import ROOT, answers, data_dir, make_window, sample_copy, window  # noqa: F401

CRASHING_SESSION = textwrap.dedent("""
    import sys, time
    from mapper.ui.app import make_app
    app = make_app()
    from mapper.ui import main_window
    from mapper.model import SetStepFields, dumps_map
    main_window.JOURNAL_DELAY_MS = 200
    w = main_window.MainWindow()
    w.show()
    assert w.open_path(sys.argv[1])
    w.document.apply(SetStepFields("host", {"text": "Edited just before the crash"}))
    w.document.apply(SetStepFields("remind", {"owner": "Robin", "critical": True}))
    deadline = time.time() + 20
    while not w.journal.exists and time.time() < deadline:   # the timer writes it, as in real use
        app.processEvents()
        time.sleep(0.02)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        f.write(dumps_map(w.document.map))
    print("READY" if w.journal.exists else "NO JOURNAL", flush=True)
    time.sleep(120)
""")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_work_of_a_killed_session_is_recovered_byte_for_byte(make_window, answers, data_dir, sample_copy, tmp_path):
    user_file = sample_copy("webinar-marketing")
    original_bytes = user_file.read_bytes()
    expected_file = tmp_path / "expected.json"
    env = dict(os.environ, MAPPER_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.Popen([sys.executable, "-c", CRASHING_SESSION, str(user_file), str(expected_file)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line == "READY", proc.stderr.read() if line == "" else line
    finally:
        proc.send_signal(signal.SIGKILL)     # no clean-up code runs: a real crash
        proc.wait(timeout=10)
    assert user_file.read_bytes() == original_bytes        # the journal never touches the user's file

    answers.script("recover", "recover")
    window = make_window()
    assert window.offer_recovery() == 1
    assert answers.asked[0] == ("recover", user_file.name)
    assert dumps_map(window.document.map) == expected_file.read_text(encoding="utf-8")
    assert window.document.path == str(user_file.resolve())   # linked to its original file
    assert window.document.is_dirty and window.isWindowModified()
    assert window.windowTitle().startswith(user_file.name)
    # the orphan is gone; this session keeps its own copy until saved
    assert orphaned_journals() == []
    assert window.journal.exists
    assert window.save()
    assert load_map(user_file).step("host").text == "Edited just before the crash"
    assert not window.journal.exists


def crashed_journal(m, original_path) -> Path:
    """A journal left behind as by a crashed session (the file stays, the lock is gone)."""
    journal = Journal()
    journal.write(m, original_path)
    journal._lock.unlock()       # what the OS does for a dead process: nobody holds it
    return journal.path


def test_discarding_recovery_deletes_the_journal(window, answers, sample_copy):
    path = sample_copy()
    m = load_map(path)
    m.title = "Unsaved title"
    journal = crashed_journal(m, str(path))
    answers.script("recover", "discard")
    assert window.offer_recovery() == 0
    assert not journal.exists()
    assert orphaned_journals() == []
    assert not window.document.is_dirty and window.document.map.steps == []


def test_a_clean_save_removes_the_journal(window, sample_copy):
    window.open_path(str(sample_copy()))
    window.document.apply(SetStepFields("host", {"text": "Changed"}))
    window.write_journal()
    assert window.journal.exists
    assert window.save()
    assert not window.journal.exists


def test_the_journal_is_written_after_edits_settle(window, sample_copy, qtbot):
    window._journal_timer.setInterval(50)
    window.open_path(str(sample_copy()))
    assert not window.journal.exists
    window.document.apply(SetStepFields("host", {"text": "Changed"}))
    qtbot.waitUntil(lambda: window.journal.exists, timeout=3000)
    window.document.undo_stack.undo()        # back to the saved state: nothing to keep
    assert not window.journal.exists


def test_a_clean_close_leaves_nothing_to_recover(make_window, answers, sample_copy):
    first = make_window()
    first.open_path(str(sample_copy()))
    first.document.apply(SetStepFields("host", {"text": "Changed"}))
    first.write_journal()
    answers.script("save_changes", "discard")
    assert first.close()
    second = make_window()
    assert second.offer_recovery() == 0
    assert answers.count("recover") == 0


def test_live_sessions_do_not_take_each_others_journals(make_window, answers, sample_copy):
    first, second = make_window(), make_window()
    first.open_path(str(sample_copy("webinar-marketing")))
    second.open_path(str(sample_copy("client-onboarding")))
    for w in (first, second):
        w.document.apply(SetStepFields(w.document.map.steps[0].id, {"text": "Changed"}))
        w.write_journal()
    assert first.journal.path != second.journal.path
    assert first.journal.exists and second.journal.exists
    third = make_window()
    assert third.offer_recovery() == 0        # both owners are alive
    assert answers.count("recover") == 0


def test_an_unreadable_journal_is_reported_and_set_aside_not_deleted(window, answers, data_dir):
    folder = data_dir / "journal"
    folder.mkdir(parents=True)
    bad = folder / "session-1-20200101-000000-1.json"
    bad.write_text("{not json", encoding="utf-8")
    answers.script("error", None)
    assert window.offer_recovery() == 0
    assert not bad.exists()
    assert bad.with_suffix(".unreadable").read_text(encoding="utf-8") == "{not json"
    assert window.offer_recovery() == 0          # not offered again
    assert answers.count("error") == 1


def test_recovering_an_untitled_map_keeps_it_untitled_and_unsaved(window, answers):
    from mapper.model import Step, SystemMap
    m = SystemMap(title="Ideas", steps=[Step(id="s", kind="terminator", text="Start", x=0, y=0)])
    crashed_journal(m, None)
    answers.script("recover", "recover")
    assert window.offer_recovery() == 1
    assert window.document.path is None
    assert window.document.is_dirty
    assert window.document.map.title == "Ideas"

"""The lock file beside an open map: who, since when, and when it is stale."""

from __future__ import annotations

import json
import os
import time

from mapper.model.lockfile import (STALE_AFTER_S, is_lock_file, lock_path, read_lock, refresh_lock, release_lock,
                                   take_lock, this_host)


def test_the_lock_says_who_and_since_when_and_is_removed_by_its_holder(tmp_path):
    m = tmp_path / "map.json"
    m.write_text("{}")
    assert take_lock(m) is None
    lock = lock_path(m)
    assert lock.name == ".~lock.map.json#" and is_lock_file(lock) and not is_lock_file(m)
    holder = read_lock(m)
    assert holder.pid == os.getpid() and holder.host == this_host() and holder.user and holder.since
    assert holder.is_this_process() and not holder.is_stale()
    assert refresh_lock(m)
    release_lock(m)
    assert not lock.exists()


def write_foreign(m, host="other-laptop", pid=4242, age=0.0):
    lock = lock_path(m)
    lock.write_text(json.dumps({"format": "mapper/lock", "user": "sam", "host": host, "pid": pid,
                                "since": "2026-12-06T09:00:00+00:00"}))
    if age:
        os.utime(lock, (time.time() - age, time.time() - age))
    return lock


def test_someone_elses_live_lock_is_reported_and_kept(tmp_path):
    m = tmp_path / "map.json"
    write_foreign(m)
    holder = take_lock(m)
    assert holder is not None and holder.user == "sam" and holder.host == "other-laptop"
    assert read_lock(m).user == "sam"
    release_lock(m)                      # not ours: it stays
    assert lock_path(m).exists()
    assert take_lock(m, force=True) is None and read_lock(m).is_this_process()   # "open anyway"


def test_a_lock_far_too_old_is_stale_and_taken_over(tmp_path):
    m = tmp_path / "map.json"
    write_foreign(m, age=STALE_AFTER_S + 60)
    assert read_lock(m).is_stale()
    assert take_lock(m) is None and read_lock(m).is_this_process()


def test_a_lock_of_a_process_gone_on_this_computer_is_stale(tmp_path):
    import subprocess
    import sys
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True, check=True)
    m = tmp_path / "map.json"
    write_foreign(m, host=this_host(), pid=int(gone.stdout))
    assert read_lock(m).is_stale()
    assert take_lock(m) is None and read_lock(m).is_this_process()


def test_an_unreadable_lock_is_someone_until_it_is_old(tmp_path):
    m = tmp_path / "map.json"
    lock_path(m).write_text("not json")
    assert take_lock(m).user == "someone"
    os.utime(lock_path(m), (time.time() - STALE_AFTER_S - 60,) * 2)
    assert take_lock(m) is None and read_lock(m).is_this_process()


def test_a_process_that_exits_without_closing_its_window_leaves_no_lock(tmp_path):
    import subprocess
    import sys
    from tests.conftest import ROOT
    m = tmp_path / "map.json"
    m.write_text("{}")
    code = "import sys; from mapper.model.lockfile import take_lock; assert take_lock(sys.argv[1]) is None"
    subprocess.run([sys.executable, "-c", code, str(m)], cwd=ROOT, check=True, timeout=60,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert not lock_path(m).exists()

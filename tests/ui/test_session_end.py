"""The system ends the app (SIGTERM: a logout, ``kill``, a service manager).

Before, Python died on the spot: the lock beside the map stayed, so colleagues
were told the map was still open, and unsaved work was kept only if the
journal timer had happened to fire. Now the app keeps the unsaved work for
recovery, removes its lock and exits cleanly. Real processes, real signals.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from mapper.model import load_map
from mapper.model.lockfile import lock_path, read_lock
from mapper.ui.recovery import orphaned_journals
from tests.ui.test_shared_file import _env, start_app
from tests.ui.test_window_fixtures import ROOT, data_dir, sample_copy  # noqa: F401

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGTERM") or os.name == "nt", reason="needs POSIX signals")

# An app session with an unsaved edit whose journal timer has not fired yet.
EDITING_SESSION = textwrap.dedent("""
    import sys
    from mapper.ui.app import make_app
    app = make_app()
    from mapper.ui import main_window
    from mapper.model import SetStepFields
    from mapper.ui.session_end import end_on_signals
    main_window.JOURNAL_DELAY_MS = 600_000   # only the signal can write the journal in time
    w = main_window.open_window()
    w.show()
    assert w.open_path(sys.argv[1])
    w.document.apply(SetStepFields("host", {"text": "Typed just before the logout"}))
    assert not w.journal.exists
    end_on_signals(app)
    print("READY", flush=True)
    sys.exit(app.exec())
""")


def test_an_app_ended_by_sigterm_removes_its_lock_and_exits_cleanly(sample_copy, tmp_path):
    path = sample_copy()
    other = start_app(path, tmp_path / "other-data")
    assert lock_path(path).exists()
    other.send_signal(signal.SIGTERM)
    assert other.wait(timeout=30) == 0
    assert not lock_path(path).exists()     # colleagues are no longer told it is open
    assert read_lock(path) is None


def test_unsaved_work_of_an_app_ended_by_sigterm_is_offered_back(sample_copy, data_dir, tmp_path):
    path = sample_copy()
    before = path.read_bytes()
    env = dict(_env(), MAPPER_DATA_DIR=str(data_dir))
    proc = subprocess.Popen([sys.executable, "-c", EDITING_SESSION, str(path)], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline().strip()
        assert line == "READY", proc.stderr.read() if not line else line
        assert read_lock(path).pid == proc.pid
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
    assert path.read_bytes() == before            # no prompt, no save over the file
    assert not lock_path(path).exists()
    orphans = orphaned_journals(data_dir / "journal")
    assert len(orphans) == 1
    assert orphans[0].map.step("host").text == "Typed just before the logout"
    assert orphans[0].original_path == str(path.resolve())
    for o in orphans:
        o.release()

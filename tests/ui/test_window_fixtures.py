"""Shared fixtures for the main-window tests (imported by test_window*, test_recovery*,
test_properties*, test_findings*, test_app*). It holds no tests itself.

Every test gets its own data folder (journal, settings) via MAPPER_DATA_DIR, so
nothing touches the real user folders, and every question the window would ask
is answered from a script and recorded; an unexpected question fails the test.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mapper.ui import messages

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "sample_maps"


class Answers:
    """Scripted replies to the window's questions, and a record of what was asked."""

    def __init__(self) -> None:
        self.replies: dict[str, list] = {}
        self.asked: list[tuple] = []

    def script(self, question: str, *replies) -> None:
        self.replies.setdefault(question, []).extend(replies)

    def reply(self, question: str, *args):
        self.asked.append((question,) + args)
        queue = self.replies.get(question)
        if not queue:
            raise AssertionError(f"the window asked {question!r} {args!r} but the test expected no question")
        return queue.pop(0)

    def count(self, question: str) -> int:
        return sum(1 for a in self.asked if a[0] == question)


@pytest.fixture
def data_dir(tmp_path, monkeypatch) -> Path:
    folder = tmp_path / "mapper-data"
    monkeypatch.setenv("MAPPER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def answers(monkeypatch) -> Answers:
    a = Answers()
    monkeypatch.setattr(messages, "ask_save_changes", lambda parent, name: a.reply("save_changes", name))
    monkeypatch.setattr(messages, "ask_recover", lambda parent, title, saved: a.reply("recover", title))
    monkeypatch.setattr(messages, "show_error", lambda parent, title, text, detail="": a.reply("error", text, detail))
    monkeypatch.setattr(messages, "show_warnings",
                        lambda parent, title, text, warnings: a.reply("warnings", list(warnings)))
    monkeypatch.setattr(messages, "ask_open_path", lambda parent, title, folder, filters: a.reply("open_path"))
    monkeypatch.setattr(messages, "ask_save_path", lambda parent, title, suggested, filters: a.reply("save_path"))
    monkeypatch.setattr(messages, "ask_page", lambda parent, name, pages: a.reply("page", list(pages)))
    return a


@pytest.fixture
def make_window(qtbot, data_dir, answers):
    """Builds real MainWindows; at the end they are closed cleanly (changes dropped)."""
    from mapper.ui.main_window import MainWindow
    made = []

    def make() -> MainWindow:
        w = MainWindow()   # closed below, cleanly (not by qtbot, which would close it dirty)
        w.show()
        qtbot.waitExposed(w)
        made.append(w)
        return w

    yield make
    for w in made:
        try:
            w.document.undo_stack.setClean()
            w.close()
            w.deleteLater()
        except RuntimeError:
            pass  # already deleted


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def sample_copy(tmp_path):
    """A copy of a sample map in a temporary folder (tests write next to it)."""
    def copy(name: str = "webinar-marketing") -> Path:
        target = tmp_path / f"{name}.json"
        shutil.copyfile(SAMPLES / f"{name}.json", target)
        return target
    return copy


@pytest.fixture
def speak(qapp, data_dir):
    """Install a language for one test, with the app's real look (its fonts decide what
    fits); English and the plain test look again afterwards."""
    from mapper import i18n
    from mapper.ui import language
    from mapper.ui.app import apply_look
    before = (qapp.style().name(), qapp.font(), qapp.palette(), qapp.styleSheet())
    apply_look(qapp)
    yield lambda code: language.install_translators(qapp, code)
    language.install_translators(qapp, "en")
    assert i18n.language() == "en"
    qapp.setStyleSheet(before[3])
    qapp.setStyle(before[0])
    qapp.setFont(before[1])
    qapp.setPalette(before[2])

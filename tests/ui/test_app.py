"""Starting mapper: `mapper FILE` opens the map, the start dialog offers a
blank map and the templates, dropped files open, imports pick a draw.io page."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from mapper.model import dumps_map, load_map
from mapper.ui.main_window import MainWindow
from tests.ui.test_window_fixtures import answers, data_dir, make_window, sample_copy, window  # noqa: F401


def test_run_app_with_a_file_opens_it_and_returns_when_the_window_closes(qapp, data_dir, answers, sample_copy):
    from mapper.ui.app import run_app
    path = sample_copy()
    seen = {}

    def check_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["paths"] = [w.document.path for w in windows]
        seen["title"] = windows[0].windowTitle() if windows else ""
        QApplication.closeAllWindows()

    QTimer.singleShot(500, check_and_quit)
    assert run_app(str(path)) == 0
    assert seen["paths"] == [str(path.resolve())]
    assert seen["title"].startswith(path.name)


def test_start_dialog_lists_the_templates_and_opens_the_chosen_one(window, monkeypatch):
    from mapper.templates import describe_templates, load_template
    from mapper.ui import start_dialog
    templates = describe_templates()
    chosen = templates[0][0]
    shown = {}

    def fake_exec(dialog) -> int:
        shown["names"] = list(dialog.cards)
        dialog._select(chosen)
        dialog.create_button.click()
        return int(dialog.result())

    monkeypatch.setattr(start_dialog.StartDialog, "exec", fake_exec)
    window.show_start()
    assert shown["names"] == [None] + [name for name, _, _ in templates]   # blank first, then every template
    expected = load_template(chosen)
    assert window.document.map.title == expected.title
    assert [s.id for s in window.document.map.steps] == [s.id for s in expected.steps]
    assert window.document.path is None and not window.document.is_dirty


def test_start_dialog_cards_show_titles_and_descriptions(qtbot, data_dir):
    from PySide6.QtWidgets import QLabel

    from mapper.templates import describe_templates
    from mapper.ui.start_dialog import StartDialog
    dialog = StartDialog([])
    qtbot.addWidget(dialog)
    for name, title, description in describe_templates():
        texts = [label.text() for label in dialog.cards[name].findChildren(QLabel)]
        assert title in texts and description in texts


def test_blank_map_from_the_start_dialog(window, sample_copy, monkeypatch, answers):
    from mapper.ui import start_dialog
    window.open_path(str(sample_copy()))

    def fake_exec(dialog) -> int:
        dialog._confirm(None)
        return 1

    monkeypatch.setattr(start_dialog.StartDialog, "exec", fake_exec)
    window.new_action.trigger()
    assert window.document.map.steps == [] and window.document.path is None


def drop(widget, path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)       # as a real drag: enter, then drop
    assert enter.isAccepted()
    event = QDropEvent(QPointF(30, 30), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def test_dropping_a_map_file_on_the_canvas_opens_it(window, sample_copy, qtbot):
    path = sample_copy("client-onboarding")
    drop(window.canvas.viewport(), path)
    qtbot.waitUntil(lambda: window.document.path == str(path.resolve()), timeout=2000)
    assert dumps_map(window.document.map) == dumps_map(load_map(path))


def test_dropping_a_mermaid_file_imports_it(window, tmp_path, qtbot, answers):
    src = tmp_path / "flow.mmd"
    src.write_text("flowchart TD\n  A([Start]) --> B[Work] --> C([Done])\n", encoding="utf-8")
    answers.script("warnings", None)
    drop(window.canvas.viewport(), src)
    qtbot.waitUntil(lambda: len(window.document.map.steps) == 3, timeout=2000)
    assert window.document.path is None


TWO_PAGES = """<mxfile><diagram name="Sales" id="p1"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="s" value="Lead" style="ellipse" vertex="1" parent="1"><mxGeometry x="0" y="0" width="80" height="40" as="geometry"/></mxCell>
<mxCell id="t" value="Call" style="rounded=0" vertex="1" parent="1"><mxGeometry x="200" y="0" width="80" height="40" as="geometry"/></mxCell>
<mxCell id="e" edge="1" source="s" target="t" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram><diagram name="Delivery" id="p2"><mxGraphModel><root>
<mxCell id="0"/><mxCell id="1" parent="0"/>
<mxCell id="a" value="Order in" style="ellipse" vertex="1" parent="1"><mxGeometry x="0" y="0" width="80" height="40" as="geometry"/></mxCell>
<mxCell id="b" value="Pack" style="rounded=0" vertex="1" parent="1"><mxGeometry x="200" y="0" width="80" height="40" as="geometry"/></mxCell>
<mxCell id="c" value="Ship" style="rounded=0" vertex="1" parent="1"><mxGeometry x="400" y="0" width="80" height="40" as="geometry"/></mxCell>
<mxCell id="e1" edge="1" source="a" target="b" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
<mxCell id="e2" edge="1" source="b" target="c" parent="1"><mxGeometry relative="1" as="geometry"/></mxCell>
</root></mxGraphModel></diagram></mxfile>"""


def test_importing_a_drawio_file_with_pages_asks_which_page(window, tmp_path, answers):
    src = tmp_path / "two-pages.drawio"
    src.write_text(TWO_PAGES, encoding="utf-8")
    answers.script("page", 1)             # the second page
    answers.script("warnings", None)
    assert window.import_diagram(str(src))
    (_, pages), = [a for a in answers.asked if a[0] == "page"]
    assert pages == ["Sales", "Delivery"]
    assert sorted(s.text for s in window.document.map.steps) == ["Order in", "Pack", "Ship"]


def test_cancelling_the_page_choice_keeps_the_current_map(window, tmp_path, answers, sample_copy):
    window.open_path(str(sample_copy()))
    before = dumps_map(window.document.map)
    src = tmp_path / "two-pages.drawio"
    src.write_text(TWO_PAGES, encoding="utf-8")
    answers.script("page", None)
    assert not window.import_diagram(str(src))
    assert dumps_map(window.document.map) == before


def test_a_broken_diagram_reports_the_file_and_keeps_the_current_map(window, tmp_path, answers, sample_copy):
    window.open_path(str(sample_copy()))
    before = dumps_map(window.document.map)
    src = tmp_path / "broken.drawio"
    src.write_text("<mxfile><diagram name='x'>@@@not base64@@@</diagram></mxfile>", encoding="utf-8")
    answers.script("error", None)
    assert not window.import_diagram(str(src))
    (_, text, detail), = [a for a in answers.asked if a[0] == "error"]
    assert "broken.drawio" in detail
    assert dumps_map(window.document.map) == before


def test_export_as_mermaid_and_drawio_write_the_files(window, tmp_path, answers, sample_copy):
    window.open_path(str(sample_copy()))
    answers.script("save_path", str(tmp_path / "out.mmd"), str(tmp_path / "out"))
    window.export_mermaid_action.trigger()
    window.export_drawio_action.trigger()
    assert (tmp_path / "out.mmd").read_text(encoding="utf-8").lstrip().startswith(("flowchart", "---", "%%"))
    assert "<mxfile" in (tmp_path / "out.drawio").read_text(encoding="utf-8")


def test_run_app_with_a_file_and_work_to_recover_keeps_both(qapp, data_dir, answers, sample_copy):
    from mapper.model import Step, SystemMap
    from mapper.ui.app import run_app
    from mapper.ui.recovery import Journal
    lost = SystemMap(title="Unsaved ideas", steps=[Step(id="s", kind="terminator", text="Start", x=0, y=0)])
    journal = Journal()
    journal.write(lost, None)
    journal._lock.unlock()              # its session is gone, as after a crash
    path = sample_copy()
    answers.script("recover", "recover")
    seen = {}

    def check_and_quit() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        seen["maps"] = sorted((w.document.path or "", w.document.map.title, w.document.is_dirty) for w in windows)
        for w in windows:
            w.document.undo_stack.setClean()
        QApplication.closeAllWindows()

    QTimer.singleShot(600, check_and_quit)
    assert run_app(str(path)) == 0
    assert seen["maps"] == [("", "Unsaved ideas", True), (str(path.resolve()), load_map(path).title, False)]


def test_run_app_with_a_broken_file_says_why_then_offers_the_start(qapp, data_dir, answers, tmp_path, monkeypatch):
    """`mapper broken.json`: the error names the problem (and does not talk about a
    "current map" there is none of), then the start dialog offers a blank map or a template."""
    from mapper.ui.app import run_app
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    answers.script("error", None)
    started = []
    monkeypatch.setattr(MainWindow, "show_start", lambda self, already_asked=False: started.append(already_asked))
    QTimer.singleShot(500, QApplication.closeAllWindows)
    assert run_app(str(broken)) == 0
    (question,) = [a for a in answers.asked if a[0] == "error"]
    assert "broken.json" in question[1] and "line 1" in question[2]
    assert "current map" not in question[1]
    assert started == [True]


def test_start_dialog_reads_tidily_with_long_recent_names(qtbot, data_dir):
    """A long recent file name is shortened in the middle, not cut off above a sideways
    scroll bar; template cards in one row are equally tall."""
    from PySide6.QtCore import Qt
    from mapper.ui.start_dialog import StartDialog
    long_name = "/home/owner/maps/imported-software-license-decision-from-the-rse-team.mmd.json"
    dialog = StartDialog([long_name, "/home/owner/maps/webinar.json"])
    qtbot.addWidget(dialog)
    dialog.resize(1100, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    recent = dialog.recent_list
    assert recent.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert recent.textElideMode() == Qt.TextElideMode.ElideMiddle
    assert recent.item(0).toolTip() == long_name
    assert recent.visualItemRect(recent.item(0)).height() >= 24
    rows: dict[int, set[int]] = {}
    for card in dialog.cards.values():
        rows.setdefault(card.geometry().top(), set()).add(card.height())
    assert all(len(heights) == 1 for heights in rows.values()), rows


def test_every_template_opens_readable_in_a_1366_by_768_window(window, monkeypatch, qtbot):
    """Fitted to the window, but never with text under about 8 px: a long template
    turns top to bottom, and what still does not fit opens at its start."""
    from PySide6.QtWidgets import QApplication

    from mapper.render.geometry import step_rect
    from mapper.templates import describe_templates
    from mapper.ui import start_dialog
    from mapper.ui.first_view import READABLE_ZOOM, start_point
    window.resize(1366, 768)
    QApplication.processEvents()
    for name, _title, _description in describe_templates():
        def fake_exec(dialog, name=name) -> int:
            dialog._select(name)
            dialog.create_button.click()
            return int(dialog.result())

        monkeypatch.setattr(start_dialog.StartDialog, "exec", fake_exec)
        window.document.undo_stack.setClean()
        window.show_start()
        qtbot.wait(20)
        canvas = window.canvas
        assert canvas.zoom() * 14 >= 8 and canvas.zoom() >= READABLE_ZOOM - 1e-9, name
        view = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
        x, y = start_point(window.document.map)
        assert view.contains(x, y), name        # the start is in sight
        m = window.document.map
        if m.direction == "TB":
            assert not window.document.is_dirty  # a fresh template, not a change to save
        shown = sum(view.contains(step_rect(s)) for s in m.steps if s.kind != "note")
        assert shown >= min(6, len(m.steps)), name


def test_brainstorm_from_the_start_dialog_lays_out_a_selected_chain(window, monkeypatch, qtbot):
    from mapper.analysis import analyse
    from mapper.ui import brainstorm_dialog, start_dialog

    def fake_brainstorm_exec(dialog) -> int:
        dialog.product.setText("Emergency plumbing repairs")
        dialog.start.setText("Customer calls")
        dialog.stop.setText("Happy customer")
        dialog.tasks.setPlainText("Book a visit\n  Take the address\nEmergency?\nDo the job\n")
        assert "3 tasks, 1 of them decisions" in dialog.count.text()
        return 1

    def fake_exec(dialog) -> int:
        dialog.brainstorm_button.click()
        return int(dialog.result())

    monkeypatch.setattr(brainstorm_dialog.BrainstormDialog, "exec", fake_brainstorm_exec)
    monkeypatch.setattr(start_dialog.StartDialog, "exec", fake_exec)
    window.show_start()
    m = window.document.map
    assert m.title == "Emergency plumbing repairs"
    assert all(s.placed for s in m.steps)
    assert sorted(window.canvas.selected_step_ids()) == sorted(s.id for s in m.steps)
    assert [f for f in analyse(m).findings if f.rule != "owner-missing"] == []  # owners: method step 5
    assert window.document.is_dirty      # new work: closing asks to save it

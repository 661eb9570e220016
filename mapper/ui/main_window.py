"""The main window: the canvas in the middle, the palette on the left, the
properties and findings on the right, the legend floating in the canvas's
corner; files, menus, live analysis and
the crash-recovery journal around them.

Every edit goes through ``Document.apply`` (so undo covers panel edits too);
the window only wires the parts together and talks to the user about files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (QApplication, QDockWidget, QLabel, QMainWindow, QSizePolicy, QToolButton,
                               QWidget)

from mapper.model import MapFileError, SystemMap, load_map, write_atomic
from mapper.ui import messages
from mapper.ui.analysis_runner import AnalysisRunner
from mapper.ui.document import Document
from mapper.ui.findings_panel import FindingsPanel, counts_text
from mapper.ui.first_view import READABLE_ZOOM, start_point, turn_to_read
from mapper.ui.icons import action_icon
from mapper.ui.language import add_language_menu
from mapper.ui.legend_panel import LegendPanel, marker_kinds
from mapper.ui.properties_panel import PropertiesPanel
from mapper.ui.recent_files import add_recent_file, app_settings, clear_recent_files, recent_files
from mapper.ui.recovery import Journal, orphaned_journals

log = logging.getLogger(__name__)

#: Edits settle this long before the journal is written.
JOURNAL_DELAY_MS = 3000


MAP_SUFFIXES = (".json",)
IMPORT_SUFFIXES = (".mmd", ".mermaid", ".md", ".drawio", ".xml", ".bpmn")

def open_filter() -> str:
    """File > Open shows maps and diagrams together first: a draw.io file is one click away."""
    return (QCoreApplication.translate("MainWindow", "Maps and diagrams")
            + " (" + " ".join("*" + s for s in MAP_SUFFIXES + IMPORT_SUFFIXES) + ");;"
            + f"{messages.map_filter()};;{messages.import_filter().split(';;')[0]}")

#: Windows opened by the app (recovered maps, New Window) stay referenced here.
_windows: list["MainWindow"] = []


def standard_keys(key: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The platform's keys for a standard action (a seam for tests of other platforms' schemes)."""
    return QKeySequence.keyBindings(key)


def _display_name(path: str | None, title: str = "") -> str:
    """The file's name; a map never saved goes by its title (an imported or template map has one)."""
    return Path(path).name if path else (title.strip() or QCoreApplication.translate("MainWindow", "Untitled"))


class _DropFilter(QObject):
    """Lets files dropped on the canvas open (the canvas keeps palette drags)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if self.window.droppable_path(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif event.type() == QEvent.Type.Drop:
            path = self.window.droppable_path(event.mimeData())
            if path:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda: self.window.open_any(path))
                return True
        return False


class _LegendPlacer(QObject):
    """Keeps the legend card in the canvas's bottom-left corner as the canvas resizes."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.window.place_legend()
        return False


class MainWindow(QMainWindow):
    def __init__(self, journal_folder: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.document = Document(parent=self)
        self.report = None
        self.journal = Journal(journal_folder)
        self._journal_timer = QTimer(self)
        self._journal_timer.setSingleShot(True)
        self._journal_timer.setInterval(JOURNAL_DELAY_MS)
        self._journal_timer.timeout.connect(self.write_journal)

        from mapper.ui.canvas import Canvas
        self.canvas = Canvas(self.document)
        self.setCentralWidget(self.canvas)
        self.properties = PropertiesPanel(self.document)
        self.findings = FindingsPanel(self.document)
        self.legend = LegendPanel(self.canvas)   # a card floating over the canvas's corner
        self.canvas.add_overlay(self.legend)   # fit to window keeps steps out from under it
        self.empty_hint = QLabel(
            "<div style='font-size:17px; font-weight:600; color:#3b4250'>{0}</div>"
            "<div style='color:#7a8291; margin-top:6px'>{1}</div>".format(
                self.tr("Start with the first step"),
                self.tr("Drag a shape from the left, or press <b>T</b> for a start, <b>A</b> for an activity, "
                        "<b>D</b> for a decision.<br>Then <b>Tab</b> adds what happens next.")), self.canvas)
        self.empty_hint.setObjectName("emptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.runner = AnalysisRunner(self.document, parent=self)

        self._legend_placer = _LegendPlacer(self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_docks()
        self._build_status_bar()
        self._connect()
        from mapper.ui.changed_banner import SharedFileGuard
        self.shared_file = SharedFileGuard(self)   # watches, locks and protects the map's file
        self._drop_clashing_keys()
        self.setAcceptDrops(True)
        self._drop_filter = _DropFilter(self)
        self.canvas.viewport().installEventFilter(self._drop_filter)
        screen = QApplication.primaryScreen()
        if screen is not None:
            available = screen.availableGeometry()
            # Most of the screen, as desktop apps open, but not a wall of white on a 4K monitor.
            self.resize(min(1800, int(available.width() * 0.92)), min(1100, int(available.height() * 0.92)))
        else:
            self.resize(1400, 880)
        self._restore_window_state()
        self._update_title()
        self.runner.schedule()

    # -- building ------------------------------------------------------------------
    def _action(self, text: str, slot=None, keys=(), icon: str | None = None, tip: str = "",
                checkable: bool = False, checked: bool = False) -> QAction:
        action = QAction(text, self)
        if keys:
            seqs: list[QKeySequence] = []
            for k in (keys if isinstance(keys, (list, tuple)) else [keys]):
                if isinstance(k, QKeySequence.StandardKey):
                    seqs += standard_keys(k)
                else:
                    seqs.append(QKeySequence(k))
            unique = []
            for s in seqs:
                if not s.isEmpty() and s not in unique:
                    unique.append(s)
            action.setShortcuts(unique)
        if icon:
            action.setIcon(action_icon(icon))
        if tip or keys:
            shown = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip or text.replace('&', '').rstrip('.…')}"
                              + (f" ({shown})" if shown else ""))
            action.setStatusTip(tip)
        if checkable:
            action.setCheckable(True)
            action.setChecked(checked)
            if slot is not None:
                action.toggled.connect(slot)
        elif slot is not None:
            action.triggered.connect(lambda _=False: slot())
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        SK = QKeySequence.StandardKey
        c = self.canvas
        self.new_action = self._action(self.tr("&New…"), self.new_map, SK.New, "new", self.tr("Start a new map"))
        self.open_action = self._action(self.tr("&Open…"), self.open_map, SK.Open, "open", self.tr("Open a map"))
        self.save_action = self._action(self.tr("&Save"), self.save, SK.Save, "save", self.tr("Save the map"))
        self.save_as_action = self._action(self.tr("Save &As…"), self.save_as, [SK.SaveAs, "Ctrl+Shift+S"])
        self.import_action = self._action(self.tr("&Import…"), self.import_diagram, "Ctrl+I", None,
                                          self.tr("Bring in a Mermaid, draw.io or BPMN diagram"))
        self.export_mermaid_action = self._action(self.tr("Export as &Mermaid…"), self.export_mermaid)
        self.export_drawio_action = self._action(self.tr("Export as &draw.io…"), self.export_drawio)
        self.export_image_action = self._action(self.tr("&Export Image or PDF…"), self.export_image, "Ctrl+E",
                                                "export", self.tr("Export the map as PNG, SVG or PDF"))
        self.print_action = self._action(self.tr("&Print…"), self.print_map, SK.Print, "print", self.tr("Print the map"))
        self.preview_action = self._action(self.tr("Print Pre&view…"), self.preview_map)
        self.export_checklist_action = self._action(self.tr("Export &Checklist…"), self.export_checklist, None,
                                                    "check", self.tr("Export the team's checklist"))
        self.print_checklist_action = self._action(self.tr("Print Chec&klist…"), self.print_checklist)
        self.preview_checklist_action = self._action(self.tr("Checklist Previe&w…"), self.preview_checklist)
        self.close_action = self._action(self.tr("&Close"), self.close, SK.Close)
        self.quit_action = self._action(self.tr("&Quit"), self.quit_app, [SK.Quit, "Ctrl+Q"])
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(standard_keys(SK.Undo))
        # The menu says "Undo Change Step"; the shortcuts list names the action itself.
        self.undo_action.setProperty("shortcut_label", self.tr("Undo"))
        self.undo_action.setIcon(action_icon("undo"))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = []
        for s in standard_keys(SK.Redo) + [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]:
            if s not in redo_keys:
                redo_keys.append(s)
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.setProperty("shortcut_label", self.tr("Redo"))
        self.redo_action.setIcon(action_icon("redo"))
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.cut_action = self._action(self.tr("Cu&t"), c.cut, SK.Cut)
        self.copy_action = self._action(self.tr("&Copy"), c.copy, SK.Copy)
        self.paste_action = self._action(self.tr("&Paste"), c.paste, SK.Paste)
        self.duplicate_action = self._action(self.tr("D&uplicate"), c.duplicate, "Ctrl+D")
        # Not SK.Delete: on Linux desktops it adds Ctrl+D, which is Duplicate here.
        self.delete_action = self._action(self.tr("&Delete"), c.delete_selection, ["Del", "Backspace"])
        self.select_all_action = self._action(self.tr("Select &All"), c.select_all, SK.SelectAll)
        self.connect_action = self._action(self.tr("Co&nnect To…"), c.connect_to, "Ctrl+L", None,
                                           self.tr("Draw an arrow from the selected step to a step you pick from a list"))
        # These act on the canvas selection, so their keys work only while the canvas has focus:
        # Delete in the checklist list or a panel's text field must never delete steps.
        for action in (self.cut_action, self.copy_action, self.paste_action, self.duplicate_action,
                       self.delete_action, self.select_all_action, self.connect_action):
            self.removeAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            c.addAction(action)
        self.add_step_actions = {
            kind: self._action(label, lambda k=kind: self.canvas.add_step(k), tip=tip)
            for kind, label, tip in (
                ("terminator", self.tr("Start / End"), self.tr("Add a start or end point")),
                ("activity", self.tr("Activity"), self.tr("Add an activity")),
                ("decision", self.tr("Decision"), self.tr("Add a decision")),
                ("note", self.tr("Note"), self.tr("Add a note")))}

        self.zoom_in_action = self._action(self.tr("Zoom &In"), c.zoom_in, [SK.ZoomIn, "Ctrl+=", "Ctrl++"],
                                           "zoom-in")
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), c.zoom_out, [SK.ZoomOut, "Ctrl+-"], "zoom-out")
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), c.zoom_reset, "Ctrl+0")
        # Ctrl+1..4 belong to the canvas (make the selection a terminator/activity/...).
        self.fit_action = self._action(self.tr("&Fit to Window"), c.zoom_to_fit, "Ctrl+Shift+F", "fit",
                                       self.tr("Show the whole map"))
        snap = app_settings().value("snap_to_grid", True)
        snap_on = snap if isinstance(snap, bool) else str(snap).lower() == "true"
        self.snap_action = self._action(self.tr("&Snap to Grid"), self.set_snap, "Ctrl+'", checkable=True,
                                        checked=snap_on)
        self.marker_actions = {
            kind: self._action(self.tr("Show {name} Badges").format(name=name), lambda on, k=kind: self.set_marker_visible(k, on),
                               checkable=True, checked=True)
            for kind, name, _ in marker_kinds()}

        self.tidy_action = self._action(self.tr("&Tidy Up"), self.tidy_up, "Ctrl+Shift+L", "tidy",
                                        self.tr("Lay out the whole map, or the selected steps"))
        # The way Tidy Up lays the map out, remembered with the map ("direction").
        self.tidy_direction_actions = {
            d: self._action(text, lambda d=d: self.tidy_up(direction=d))
            for d, text in (("LR", self.tr("Tidy Up &Left to Right")), ("TB", self.tr("Tidy Up Top to &Bottom")))}
        for action in self.tidy_direction_actions.values():
            action.setCheckable(True)   # shows the map's way; triggering it lays the map out that way
        self._build_owner_actions()
        self.align_actions = {
            edge: self._action(text, lambda e=edge: self.canvas.align(e))
            for edge, text in (("left", self.tr("Align &Left")), ("hcenter", self.tr("Align &Centres Horizontally")),
                               ("right", self.tr("Align &Right")), ("top", self.tr("Align &Top")),
                               ("vcenter", self.tr("Align Centres &Vertically")), ("bottom", self.tr("Align &Bottom")))}
        self.distribute_actions = {
            axis: self._action(text, lambda a=axis: self.canvas.distribute(a))
            for axis, text in (("h", self.tr("Distribute &Horizontally")), ("v", self.tr("Distribute &Vertically")))}

        self.shortcuts_action = self._action(self.tr("&Keyboard Shortcuts"), self.show_shortcuts,
                                             [SK.HelpContents, "Ctrl+/"])
        self.about_action = self._action(self.tr("&About mapper"), self.show_about)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _drop_clashing_keys(self) -> None:
        """A key two actions claim does nothing at all ("Ambiguous shortcut overload"), so
        keep each key for one action: an action's main key wins over another's alternative
        (a platform's standard keys bring extras, like KDE's Ctrl+D for Delete)."""
        actions = [a for a in self.findChildren(QAction) if a.shortcuts()]
        owner: dict[str, QAction] = {}
        for a in actions:
            owner.setdefault(a.shortcuts()[0].toString(), a)
        for a in actions:
            keys = a.shortcuts()
            kept = [keys[0]] if owner[keys[0].toString()] is a else []
            for k in keys[1:]:
                if owner.setdefault(k.toString(), a) is a:
                    kept.append(k)
            if kept != keys:
                a.setShortcuts(kept)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        f = bar.addMenu(self.tr("&File"))
        f.addActions([self.new_action, self.open_action])
        self.recent_menu = f.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._fill_recent_menu()
        f.addSeparator()
        f.addActions([self.save_action, self.save_as_action])
        f.addSeparator()
        f.addAction(self.import_action)
        f.addActions([self.export_mermaid_action, self.export_drawio_action])
        f.addSeparator()
        f.addActions([self.export_image_action, self.print_action, self.preview_action])
        f.addSeparator()
        f.addActions([self.export_checklist_action, self.print_checklist_action,
                      self.preview_checklist_action])
        f.addSeparator()
        f.addActions([self.close_action, self.quit_action])

        e = bar.addMenu(self.tr("&Edit"))
        e.addActions([self.undo_action, self.redo_action])
        e.addSeparator()
        e.addActions([self.cut_action, self.copy_action, self.paste_action, self.duplicate_action,
                      self.delete_action])
        e.addSeparator()
        e.addAction(self.select_all_action)
        e.addSeparator()
        e.addAction(self.connect_action)
        add = e.addMenu(self.tr("&Add Step"))
        add.addActions(list(self.add_step_actions.values()))

        v = bar.addMenu(self.tr("&View"))
        v.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, self.fit_action])
        v.addSeparator()
        v.addAction(self.snap_action)
        v.addSeparator()
        badges = v.addMenu(self.tr("&Badges"))
        badges.addActions(list(self.marker_actions.values()))
        v.addAction(self.accountability_action)
        self.panels_menu = v.addMenu(self.tr("&Panels"))
        add_language_menu(self, v)
        self.view_menu = v

        a = bar.addMenu(self.tr("&Arrange"))
        a.addAction(self.tidy_action)
        a.addActions(list(self.tidy_direction_actions.values()))
        a.aboutToShow.connect(self._show_tidy_direction)
        lanes = a.addMenu(self.tr("&Lanes"))
        lanes.addActions(list(self.lane_actions.values()))
        a.addSeparator()
        a.addActions(list(self.align_actions.values()))
        a.addSeparator()
        a.addActions(list(self.distribute_actions.values()))

        h = bar.addMenu(self.tr("&Help"))
        h.addActions([self.shortcuts_action, self.about_action])
        self.menus = [f, e, v, a, h]

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setFloatable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addActions([self.new_action, self.open_action, self.save_action])
        bar.addSeparator()
        bar.addActions([self.undo_action, self.redo_action])
        bar.addSeparator()
        bar.addActions([self.zoom_out_action, self.zoom_in_action, self.fit_action])
        bar.addSeparator()
        bar.addAction(self.tidy_action)
        bar.addSeparator()
        bar.addActions([self.export_image_action, self.print_action, self.export_checklist_action])
        self.toolbar = bar

    def _dock(self, title: str, name: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        self.panels_menu.addAction(dock.toggleViewAction())
        return dock

    def _build_docks(self) -> None:
        from mapper.ui.canvas.palette import Palette
        self.palette = Palette()
        self.palette.setObjectName("palette")
        self.palette.shape_clicked.connect(lambda kind: self.canvas.add_step(kind))
        for button in self.palette.findChildren(QToolButton):   # one column of equal tiles
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.palette_dock = self._dock(self.tr("Shapes"), "paletteDock", self.palette, Qt.DockWidgetArea.LeftDockWidgetArea)
        # The shapes are a tool rail, not a panel: no title bar, always there.
        self.palette_dock.setTitleBarWidget(QWidget())
        self.palette_dock.setFeatures(QDockWidget.DockWidgetFeature.NoDockWidgetFeatures)
        self.properties_dock = self._dock(self.tr("Properties"), "propertiesDock", self.properties,
                                          Qt.DockWidgetArea.RightDockWidgetArea)
        self.findings_dock = self._dock(self.tr("Findings"), "findingsDock", self.findings,
                                        Qt.DockWidgetArea.RightDockWidgetArea)
        self._build_guide()
        self._build_scorecard()
        self.accountability = None   # built when first opened (View > Accountability Chart)
        self.document.changed.connect(lambda change: change.map_changed and self._sync_lanes())
        self.document.reset.connect(self._sync_lanes)
        self.legend_action = self._action(self.tr("&Legend"), self.set_legend_visible, "Ctrl+Shift+K",
                                          checkable=True, checked=True)
        self.panels_menu.addAction(self.legend_action)
        self.canvas.installEventFilter(self._legend_placer)
        # The viewport's own resize comes after its new size is known (the canvas's comes
        # before): without it the legend stayed where a taller window had put it, cut off.
        self.canvas.viewport().installEventFilter(self._legend_placer)
        self.resizeDocks([self.properties_dock, self.findings_dock], [470, 380], Qt.Orientation.Vertical)
        self.resizeDocks([self.properties_dock], [320], Qt.Orientation.Horizontal)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)

    def _build_guide(self) -> None:
        """The "Your system" guide, a tab beside Findings: the method's seven steps for this map."""
        from mapper.ui.guide_panel import GuidePanel
        self.guide = GuidePanel()
        self.guide_dock = self._dock(self.tr("Your system"), "guideDock", self.guide,
                                     Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.findings_dock, self.guide_dock)
        self.findings_dock.raise_()
        self.guide.show_steps.connect(lambda ids: self.show_in_canvas(ids, []))
        self.guide.open_view.connect(self.open_method_view)
        self._build_funnel()

    def _build_funnel(self) -> None:
        """The Funnel panel (guessed against measured, the what-if), a tab beside Findings;
        and View > Quarterly review."""
        from mapper.ui.funnel_panel import FunnelPanel
        self.funnel = FunnelPanel(self.document)
        self.funnel_dock = self._dock(self.tr("Funnel"), "funnelDock", self.funnel, Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.findings_dock, self.funnel_dock)
        self.findings_dock.raise_()
        self.funnel.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.review_view = None
        self.review_action = self._action(self.tr("&Quarterly Review…"), self.show_review)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.review_action)

    def show_review(self) -> None:
        """View > Quarterly review: one window per main window, raised when already open."""
        if self.review_view is None:
            from mapper.ui.review_view import ReviewView
            self.review_view = ReviewView(self.document, self, report_of=self.runner.current_report)
            self.review_view.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.review_view.show()
        self.review_view.raise_()
        self.review_view.activateWindow()

    def _build_scorecard(self) -> None:
        """The Weekly review, a dock under the canvas (View > Weekly Review); hidden until asked for."""
        from mapper.ui.scorecard_view import ScorecardView
        self.scorecard = ScorecardView(self.document)
        self.scorecard_dock = self._dock(self.tr("Weekly review"), "scorecardDock", self.scorecard,
                                         Qt.DockWidgetArea.BottomDockWidgetArea)
        self.scorecard_dock.hide()
        self.scorecard_action = self.scorecard_dock.toggleViewAction()
        self.scorecard_action.setText(self.tr("&Weekly Review"))
        self.scorecard_action.setShortcut(QKeySequence("Ctrl+Shift+W"))
        self.view_menu.addAction(self.scorecard_action)
        self.scorecard.show_steps.connect(self.show_in_canvas)
        self.scorecard.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.runner.report_ready.connect(self.scorecard.set_report)

    def show_scorecard(self) -> None:
        self.scorecard_dock.show()
        self.scorecard_dock.raise_()
        self.scorecard.grid.setFocus()

    def _build_owner_actions(self) -> None:
        """View > Accountability and Arrange > Lanes (none, by owner, by stage)."""
        from PySide6.QtGui import QActionGroup
        self.accountability_action = self._action(self.tr("&Accountability Chart"), self.show_accountability,
                                                  tip=self.tr("Who answers for each step, metric and priority"))
        group = QActionGroup(self)
        self.lane_actions = {}
        for value, text in ((None, self.tr("&No Lanes")), ("owner", self.tr("By &Owner")),
                            ("stage", self.tr("By &Stage"))):
            action = self._action(text, lambda on, v=value: on and self.set_lanes(v), checkable=True,
                                  checked=value is None)
            group.addAction(action)
            self.lane_actions[value] = action

    def _build_accountability(self) -> None:
        """The accountability chart, a dock beside Findings, opened from View > Accountability Chart."""
        from mapper.ui.accountability_view import AccountabilityView
        self.accountability = AccountabilityView(self.document, report=self.report)
        self.accountability_dock = self._dock(self.tr("Accountability"), "accountabilityDock", self.accountability,
                                              Qt.DockWidgetArea.RightDockWidgetArea)
        self.tabifyDockWidget(self.findings_dock, self.accountability_dock)
        self.accountability.show_steps.connect(lambda ids: self.show_in_canvas(ids, []))

    def show_accountability(self) -> None:
        if self.accountability is None:
            self._build_accountability()
        self.accountability_dock.show()
        self.accountability_dock.raise_()
        self.accountability.catch_up()   # showing it may have refreshed it already

    def _sync_lanes(self) -> None:
        action = self.lane_actions.get(self.document.map.lanes)
        if action is not None and not action.isChecked():
            action.blockSignals(True)
            action.setChecked(True)
            action.blockSignals(False)

    def set_lanes(self, lanes: str | None) -> None:
        """Draw the map in swimlanes by owner or stage (each step laid into its lane), or without: one undo step."""
        from mapper.layout.lanes import layout_in_lanes
        from mapper.model import Batch, SetMapFields, set_layout
        m = self.document.map
        if m.lanes == lanes:
            return
        ops = [SetMapFields({"lanes": lanes})]
        if lanes and any(s.kind != "note" for s in m.steps):
            result = layout_in_lanes(m, m.direction, self.canvas.measured_sizes(), by=lanes)
            ops.append(set_layout(m, result.positions, result.waypoints))
        self.document.apply(Batch(ops, self.tr("Lanes by Owner") if lanes == "owner" else
                                  self.tr("Lanes by Stage") if lanes == "stage" else self.tr("No Lanes")))
        if lanes:
            QTimer.singleShot(0, self.canvas.zoom_to_fit)

    def open_method_view(self, name: str) -> None:
        """Open the view a step of the method is done in: "scorecard" or "review"."""
        opener = getattr(self, f"show_{name}", None)
        if opener is not None:
            opener()
        else:
            self.statusBar().showMessage(self.tr("That view is not available in this version."), 6000)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.counts_label = QLabel(self.tr("Checking…"))
        self.counts_label.setObjectName("countsLabel")
        self.counts_label.setToolTip(self.tr("Show the problems"))
        self.counts_label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.counts_label.mousePressEvent = lambda event: self.show_problems()
        bar.addPermanentWidget(self.counts_label)

    def _connect(self) -> None:
        d = self.document
        d.dirty_changed.connect(self._on_dirty_changed)
        d.path_changed.connect(lambda _: self._update_title())
        d.changed.connect(self._on_edited)
        d.reset.connect(self._on_reset)
        self.runner.report_ready.connect(self._on_report)
        self.runner.failed.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.canvas.selection_changed.connect(self._on_selection_changed)
        self.findings.activated.connect(self.show_in_canvas)
        self.legend.marker_toggled.connect(self.set_marker_visible)
        self.properties.message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.canvas.status_message.connect(lambda text: self.statusBar().showMessage(text, 6000))
        self.canvas.set_snap(self.snap_action.isChecked())

    # -- state and title -----------------------------------------------------------
    def _update_title(self) -> None:
        note = self.shared_file.title_note() if hasattr(self, "shared_file") else ""
        self.setWindowTitle(f"{_display_name(self.document.path, self.document.map.title)}{note}[*] — mapper")
        self.setWindowModified(self.document.is_dirty)

    def _on_dirty_changed(self, dirty: bool) -> None:
        self.setWindowModified(dirty)
        if not dirty:
            self._journal_timer.stop()
            self.journal.remove()

    def _on_edited(self, change) -> None:
        self.empty_hint.setVisible(not self.document.map.steps)
        if change.map_changed and not self.document.path:
            self._update_title()   # an unsaved map goes by its title
        if self.document.is_dirty:
            self._journal_timer.start()

    def _on_reset(self) -> None:
        self._update_title()
        self.canvas.setFocus()   # so the canvas keys (T, A, D, N, Tab...) work at once
        self.empty_hint.setVisible(not self.document.map.steps)
        if self.document.is_dirty:
            self._journal_timer.start()

    def _on_selection_changed(self, *args) -> None:
        self.properties.show_selection(self.canvas.selected_step_ids(), self.canvas.selected_arrow_ids())

    def _on_report(self, report) -> None:
        self.report = report
        self.findings.set_report(report)
        self.properties.set_report(report)
        self.canvas.set_report(report)
        if self.accountability is not None:
            self.accountability.set_report(report)
        from mapper.analysis.method import method_progress
        self.guide.set_progress(method_progress(self.document.map, report))
        counts = report.counts()
        empty = not any(s.kind != "note" for s in self.document.map.steps)
        self.counts_label.setText(self.tr("Empty map") if empty else counts_text(counts))
        self.counts_label.setProperty("severity", "error" if counts.get("error") else
                                      "warning" if counts.get("warning") else "ok")
        self.counts_label.style().unpolish(self.counts_label)
        self.counts_label.style().polish(self.counts_label)

    # -- the journal ---------------------------------------------------------------
    def write_journal(self) -> None:
        """Keep the unsaved work in the journal now (the timer calls this after edits settle)."""
        self._journal_timer.stop()
        if not self.document.is_dirty:
            self.journal.remove()
            return
        try:
            self.journal.write(self.document.map, self.document.path, self.shared_file.base_digest())
        except MapFileError as e:
            # Not fatal: the user's file is untouched; say so once in the status bar.
            self.statusBar().showMessage(self.tr("Could not keep a recovery copy: {error}").format(error=e), 8000)

    def offer_recovery(self) -> int:
        """Offer the unsaved work of sessions that ended without closing. Returns how many were recovered.
        The first recovered map opens here when this window holds nothing yet; others in new windows."""
        recovered = 0
        for orphan in orphaned_journals(self.journal.folder):
            if orphan.map is None:
                kept = orphan.set_aside()
                messages.show_error(self, self.tr("Recovery copy unreadable"),
                                    self.tr("A recovery copy of unsaved work could not be read. It was kept aside"
                                            " as {kept} and will not be offered again.").format(kept=kept),
                                    orphan.problem)
                continue
            answer = messages.ask_recover(self, orphan.title, orphan.saved_at)
            if answer != "recover":
                orphan.discard()
                continue
            target = self if self.is_pristine() else MainWindow(self.journal.folder)
            newer = orphan.file_changed_since()
            if newer:   # someone saved the file after the crash: both versions, nothing written over it
                messages.tell_recovered_beside_newer(self, orphan.title)
            target.document.replace(orphan.map, None if newer else orphan.original_path, dirty=True)
            if newer:
                beside = open_window(orphan.original_path)
                beside.show()
            target.write_journal()       # our own copy first, then the orphan goes
            orphan.discard()
            target.statusBar().showMessage(
                self.tr("Recovered unsaved work on {title}. Save it to keep it.").format(title=orphan.title), 10000)
            QTimer.singleShot(0, target.show_whole_map)
            if target is not self:
                _windows.append(target)
                target.show()
            recovered += 1
        return recovered

    def _unchanged(self) -> str:
        """Reassurance after a failed open, when there is a map to reassure about."""
        return "" if self.is_pristine() else " " + self.tr("Your current map is unchanged.")

    def is_pristine(self) -> bool:
        """Nothing here yet: no file, no steps, no changes."""
        return not self.document.is_dirty and not self.document.path and not self.document.map.steps

    # -- files ---------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes. True when it is fine to drop the current map."""
        self.properties.flush()   # a half-typed field counts as a change
        if not self.document.is_dirty:
            return True
        answer = messages.ask_save_changes(self, _display_name(self.document.path, self.document.map.title))
        if answer == "save":
            return self.save()
        if answer == "discard":
            self._journal_timer.stop()
            self.journal.remove()
            return True
        return False

    def show_map(self, m: SystemMap, path: str | None, dirty: bool = False, template: bool = False) -> None:
        from mapper.layout.placing import ensure_placed
        laid_out = ensure_placed(m)
        if template:  # a long template reads better top to bottom than fitted unreadably small
            vp = self.canvas.viewport().rect()
            turn_to_read(m, vp.width(), vp.height())
        self.document.replace(m, path, dirty=dirty or (laid_out and path is None and bool(m.steps)))
        self.runner.schedule()
        QTimer.singleShot(0, self.show_whole_map)

    def show_whole_map(self) -> None:
        """Fit the map in view, but never so small that the step texts disappear:
        a big map opens at a readable zoom at its start (the left/top) instead."""
        from mapper.render.geometry import map_bounds
        self.canvas.zoom_to_fit()
        m = self.document.map
        if self.canvas.zoom() < READABLE_ZOOM and m.steps:
            self.canvas.set_zoom(READABLE_ZOOM)
            bounds = map_bounds(m)
            view = self.canvas.mapToScene(self.canvas.viewport().rect()).boundingRect()
            start = start_point(m) or (bounds.left(), bounds.top())
            if m.direction == "TB":   # the start at the top, in the middle across
                self.canvas.centerOn(start[0], max(bounds.top() + view.height() / 2 - 40,
                                                   start[1] - view.height() / 2 + 80))
            else:                     # the start at the left; the whole height when it fits
                y = bounds.center().y() if bounds.height() + 80 <= view.height() else start[1]
                self.canvas.centerOn(max(bounds.left() + view.width() / 2 - 40, start[0] - view.width() / 2 + 120), y)

    def new_map(self) -> None:
        """File > New: the start dialog (blank map or a template)."""
        if not self.maybe_save():
            return
        self.show_start(already_asked=True)

    def show_start(self, already_asked: bool = False) -> None:
        from mapper.ui.start_dialog import StartDialog
        if not already_asked and not self.maybe_save():
            return
        dialog = StartDialog(recent_files(), self)
        if not dialog.exec() or dialog.choice is None:
            if self.document.is_dirty:
                self._journal_timer.start()   # nothing replaced it: keep protecting the work
            return
        kind, value = dialog.choice
        if kind == "blank":
            self.show_map(SystemMap(), None)
        elif kind == "template":
            from mapper.templates import load_template
            try:
                m = load_template(value)
            except MapFileError as e:
                messages.show_error(self, self.tr("Could not open the template"), self.tr("The template could not be read."),
                                    str(e))
                return
            self.show_map(m, None, template=True)
        elif kind == "brainstorm":   # a fresh chain, laid out and selected, ready to refine
            self.show_map(value, None, dirty=True, template=True)
            self.canvas.select([st.id for st in value.steps])
        elif kind == "open":
            if value:
                self.open_path(value, ask=False)
            else:
                self.open_map(ask=False)

    def open_map(self, ask: bool = True) -> None:
        if ask and not self.maybe_save():
            return
        folder = str(Path(self.document.path).parent) if self.document.path else str(Path.home())
        path = messages.ask_open_path(self, self.tr("Open a map"), folder, open_filter())
        if path:
            self.open_any(path, ask=False)

    def open_any(self, path: str, ask: bool = True) -> bool:
        """Open a map, or import a diagram, by the file's extension."""
        if Path(path).suffix.lower() in IMPORT_SUFFIXES:
            return self.import_diagram(path, ask=ask)
        return self.open_path(path, ask=ask)

    def open_path(self, path: str, ask: bool = True) -> bool:
        """Open a mapper map. A broken file leaves the current map as it was."""
        if ask and not self.maybe_save():
            return False
        try:
            m = load_map(path)
        except MapFileError as e:
            messages.show_error(self, self.tr("Could not open the map"),
                                self.tr("“{name}” could not be opened.").format(name=Path(path).name)
                                + self._unchanged(), str(e))
            return False
        if not self.shared_file.claim(path):   # someone else has it open, and the owner cancelled
            return False
        self.show_map(m, str(Path(path).resolve()))
        add_recent_file(path)
        self.statusBar().showMessage(self.tr("Opened {name}").format(name=Path(path).name), 4000)
        return True

    def save(self) -> bool:
        if not self.document.path:
            return self.save_as()
        return self._save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = self.document.path or str(Path.home() / (
            (self.document.map.title or self.tr("Untitled map")).replace("/", "-") + ".json"))
        path = messages.ask_save_path(self, self.tr("Save the map"), suggested, messages.map_filter())
        if not path:
            return False
        if not path.lower().endswith(".json"):
            path += ".json"
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        self.properties.flush()
        answer = self.shared_file.before_save(path)   # never over someone else's version silently
        if answer == "save_as":
            return self.save_as()
        if answer != "save":
            return False
        try:
            self.document.save(path)
        except MapFileError as e:
            messages.show_error(self, self.tr("Could not save the map"),
                                self.tr("“{name}” was not saved. Your changes are still open here.")
                                .format(name=Path(path).name), str(e))
            return False
        self._journal_timer.stop()
        self.journal.remove()
        self.shared_file.after_save(path)
        add_recent_file(path)
        self.statusBar().showMessage(self.tr("Saved {name}").format(name=Path(path).name), 4000)
        return True

    def quit_app(self) -> None:
        QApplication.closeAllWindows()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        self._journal_timer.stop()
        self.journal.close()
        self.shared_file.release()
        settings = app_settings()
        settings.setValue("window_geometry", self.saveGeometry())
        settings.setValue("window_state", self.saveState())
        settings.sync()
        if self in _windows:
            _windows.remove(self)
        event.accept()

    def end_session(self) -> None:
        """The system ends the app (a logout, SIGTERM): no prompt. Unsaved work
        goes to the recovery journal, which stays to be offered at the next
        start; the map's lock is removed so colleagues are not told it is open."""
        self.write_journal()
        self.shared_file.release()

    def _restore_window_state(self) -> None:
        settings = app_settings()
        geometry = settings.value("window_geometry")
        state = settings.value("window_state")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        files = recent_files()
        for i, path in enumerate(files):
            action = menu.addAction(f"&{i + 1}  {Path(path).name}" if i < 9 else Path(path).name)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            empty = menu.addAction(self.tr("No recent maps"))
            empty.setEnabled(False)
        else:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Menu"), clear_recent_files)

    # -- drag and drop -------------------------------------------------------------
    @staticmethod
    def droppable_path(mime) -> str | None:
        if mime is None or not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile():
                path = url.toLocalFile()
                if Path(path).suffix.lower() in MAP_SUFFIXES + IMPORT_SUFFIXES:
                    return path
        return None

    def dragEnterEvent(self, event) -> None:
        if self.droppable_path(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        path = self.droppable_path(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_any(path))

    # -- import / export -----------------------------------------------------------
    def import_diagram(self, path: str | None = None, ask: bool = True) -> bool:
        """File > Import: Mermaid, draw.io or BPMN. Warnings are shown; unplaced maps are laid out."""
        if ask and not self.maybe_save():
            return False
        if path is None:
            path = messages.ask_open_path(self, self.tr("Import a diagram"), str(Path.home()), messages.import_filter())
            if not path:
                return False
        from mapper.formats.importers import import_file
        name = Path(path).name
        page = None
        try:
            if Path(path).suffix.lower() in (".drawio", ".xml") and not path.lower().endswith(".bpmn20.xml"):
                from mapper.formats.drawio import list_pages
                data = Path(path).read_bytes()
                pages = list_pages(data, name)
                if len(pages) > 1:
                    chosen = messages.ask_page(self, name, pages)
                    if chosen is None:
                        return False
                    page = chosen + 1   # import_file counts pages from 1, like `mapper import --page`
            result = import_file(path, page=page)
        except MapFileError as e:
            messages.show_error(self, self.tr("Could not import"),
                                self.tr("“{name}” could not be imported.").format(name=name) + self._unchanged(),
                                str(e))
            return False
        except OSError as e:
            messages.show_error(self, self.tr("Could not import"), self.tr("“{name}” could not be read.").format(name=name),
                                str(e))
            return False
        if not result.map.steps:
            # Nothing understood: keep the current map rather than swap it for an empty one.
            messages.show_error(self, self.tr("Nothing to import"),
                                self.tr("No steps were found in “{name}”.").format(name=name) + self._unchanged(),
                                "\n".join(result.warnings))
            return False
        self.show_map(result.map, None, dirty=True)
        warnings = list(result.warnings)
        if page is not None:
            # The owner picked the page just now: the note about the other pages (and the
            # command line's --page) tells them nothing.
            warnings = [w for w in warnings if w != result.page_note]
        if warnings:
            messages.show_warnings(self, self.tr("Imported with notes"),
                                   self.tr("“{name}” was imported. A few things could not be carried over exactly:")
                                   .format(name=name),
                                   warnings)
        from mapper.i18n.formatting import list_separator
        from mapper.model.counting import counts_phrase
        self.statusBar().showMessage(self.tr("Imported {name}: {counts}").format(
            name=name, counts=counts_phrase(result.map, list_separator())), 6000)
        return True

    def _export_text(self, what: str, suffix: str, filters: str, produce) -> None:
        base = Path(self.document.path).with_suffix(suffix) if self.document.path else \
            Path.home() / ((self.document.map.title or "map").replace("/", "-") + suffix)
        path = messages.ask_save_path(self, self.tr("Export as {what}").format(what=what), str(base), filters)
        if not path:
            return
        if not Path(path).suffix:
            path += suffix
        self.properties.flush()   # the field being typed in is part of the map that goes out
        try:
            write_atomic(path, produce(self.document.map).encode("utf-8"), keep_backup=False)
        except MapFileError as e:
            messages.show_error(self, self.tr("Could not export"),
                                self.tr("“{name}” was not written.").format(name=Path(path).name), str(e))
            return
        self.statusBar().showMessage(self.tr("Exported {name}").format(name=Path(path).name), 4000)

    def export_mermaid(self) -> None:
        from mapper.formats.mermaid import export_mermaid
        self._export_text("Mermaid", ".mmd", "Mermaid (*.mmd *.md)", export_mermaid)

    def export_drawio(self) -> None:
        from mapper.formats.drawio import export_drawio
        self._export_text("draw.io", ".drawio", "draw.io (*.drawio)", export_drawio)

    def _fresh_report(self):
        """The analysis of the map as it is now (a half-typed field included): print,
        preview, export and checklists never use a report an edit has overtaken.
        None when the owner cancelled the check of a big map."""
        self.properties.flush()
        return self.runner.fresh_report(self)

    def _selected_ids(self) -> list[str]:
        return list(self.canvas.selected_step_ids())

    def export_image(self) -> None:
        from mapper.ui.export_dialog import export_map_dialog
        report = self._fresh_report()
        if report is None:
            return
        export_map_dialog(self, self.document, report, self._selected_ids(), self.canvas.visible_marker_kinds())

    def print_map(self) -> None:
        from mapper.ui.printing import print_map
        report = self._fresh_report()
        if report is None:
            return
        print_map(self, self.document, report, self._selected_ids(), self.canvas.visible_marker_kinds())

    def preview_map(self) -> None:
        from mapper.ui.printing import preview_map
        report = self._fresh_report()
        if report is None:
            return
        preview_map(self, self.document, report, self._selected_ids(), self.canvas.visible_marker_kinds())

    def export_checklist(self) -> None:
        from mapper.ui.printing import export_checklist_dialog
        report = self._fresh_report()
        if report is None:
            return
        export_checklist_dialog(self, self.document, report)

    def print_checklist(self) -> None:
        from mapper.ui.printing import print_checklist
        report = self._fresh_report()
        if report is None:
            return
        print_checklist(self, self.document, report)

    def preview_checklist(self) -> None:
        from mapper.ui.printing import preview_checklist
        report = self._fresh_report()
        if report is None:
            return
        preview_checklist(self, self.document, report)

    # -- view and arrange ----------------------------------------------------------
    def set_snap(self, on: bool) -> None:
        self.canvas.set_snap(on)
        settings = app_settings()
        settings.setValue("snap_to_grid", bool(on))

    def set_marker_visible(self, kind: str, on: bool) -> None:
        self.canvas.set_marker_visible(kind, on)
        action = self.marker_actions.get(kind)
        if action is not None and action.isChecked() != on:
            action.setChecked(on)
        self.legend.set_visible_marker(kind, on)

    def show_problems(self) -> None:
        """The status bar's counts were clicked: bring the problems list forward."""
        self.findings_dock.show()
        self.findings_dock.raise_()
        self.findings.tabs.setCurrentIndex(0)

    def set_legend_visible(self, on: bool) -> None:
        self.legend.setVisible(on)
        if on:
            self.place_legend()

    def place_legend(self) -> None:
        hint, area = self.empty_hint, self.canvas.viewport().geometry()
        hint.adjustSize()
        hint.move(area.center().x() - hint.width() // 2, area.center().y() - hint.height() // 2)
        legend, viewport = self.legend, self.canvas.viewport()
        legend.adjustSize()
        size = legend.sizeHint()
        corner = viewport.geometry().bottomLeft()
        legend.setGeometry(corner.x() + 12, corner.y() - size.height() - 12, size.width(), size.height())
        legend.raise_()

    def show_in_canvas(self, step_ids: list[str], arrow_ids: list[str]) -> None:
        """Select what a finding names and bring it into view."""
        m = self.document.map
        steps = [s for s in step_ids if m.step(s) is not None]
        arrows = [a for a in arrow_ids if m.arrow(a) is not None]
        self.canvas.select(steps, arrows)
        around = steps or list(dict.fromkeys(
            end for a in arrows for end in (m.arrow(a).source, m.arrow(a).target)))
        if around:
            self.canvas.center_on(around)

    def _show_tidy_direction(self) -> None:
        for d, action in self.tidy_direction_actions.items():
            action.setChecked(self.document.map.direction == d)

    def tidy_up(self, direction: str | None = None) -> None:
        """Lay out the whole map, or only the selected steps when two or more are selected: one undo step.
        ``direction`` ("LR" or "TB"), when given, becomes the map's own for the next Tidy Up."""
        from mapper.layout import layout_map
        from mapper.model import Batch, SetMapFields, set_layout
        m = self.document.map
        self._show_tidy_direction()
        if not m.steps:
            return
        selected = self.canvas.selected_step_ids()
        only = list(selected) if len(selected) >= 2 else None
        result = layout_map(m, direction=direction or m.direction or "LR", sizes=self.canvas.measured_sizes(),
                            only=only)
        op = set_layout(m, result.positions, result.waypoints)
        if direction is not None and direction != m.direction:
            op = Batch([SetMapFields({"direction": direction}), op], op.text)
        self.document.apply(op)
        if only is None:
            QTimer.singleShot(0, self.canvas.zoom_to_fit)
        self.statusBar().showMessage(self.tr("Tidied up the selection") if only else self.tr("Tidied up the map"), 4000)

    # -- help ----------------------------------------------------------------------
    def shortcut_sections(self) -> list[tuple[str, list[tuple[str, str]]]]:
        from mapper.ui.canvas import canvas_key_help
        from mapper.ui.shortcuts_dialog import canvas_shortcuts, menu_shortcuts
        sections = menu_shortcuts(self.menus)
        sections.append((self.tr("Canvas"), canvas_shortcuts(canvas_key_help())))
        return sections

    def show_shortcuts(self) -> None:
        from mapper.ui.shortcuts_dialog import ShortcutsDialog
        ShortcutsDialog(self.shortcut_sections(), self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox
        from mapper import __version__
        QMessageBox.about(self, self.tr("About mapper"),
                          f"<h3>mapper {__version__}</h3><p>"
                          + self.tr("Map your most profitable system, see what is broken, which steps are "
                                    "critical, what a machine could do and where to measure; then print the "
                                    "checklists your team follows.") + "</p>")


def open_windows() -> list[MainWindow]:
    """The app's main windows, in the order they opened."""
    return list(_windows)


def open_window(path: str | None = None) -> MainWindow:
    """A new window, kept alive until it closes."""
    window = MainWindow()
    _windows.append(window)
    if path:
        window.open_any(path, ask=False)
    return window

"""Live analysis: re-run ``mapper.analysis.analyse`` after edits settle.

Edits restart a short timer (debounce) so typing and dragging never wait for
the analysis. Small maps are analysed right away on the GUI thread (a few ms);
big ones on a worker thread, on a copy of the map (``snapshot``) so the editor
can keep changing the original, and a result that an edit overtook is dropped.
"""

from __future__ import annotations

import copy
import logging
import threading

from PySide6.QtCore import QObject, QTimer, Signal

from mapper.analysis import analyse
from mapper.analysis.results import Report
from mapper.model import Change, SystemMap

log = logging.getLogger(__name__)

#: Maps with more steps than this are analysed on a worker thread.
THREAD_THRESHOLD = 1500


def snapshot(m: SystemMap) -> SystemMap:
    """A copy of the map the editor can keep changing while a worker reads it.

    Shallow per step and arrow, which is enough: edit operations replace field
    values (``setattr`` with fresh values), they never change a list or a metric
    in place. Six times cheaper than ``model_copy(deep=True)`` (20,000 steps:
    0.19 s instead of 1.2 s on the GUI thread).
    """
    return SystemMap.model_construct(
        title=m.title, system=m.system, description=m.description, currency=m.currency,
        direction=m.direction, lanes=m.lanes,
        steps=[copy.copy(s) for s in m.steps], arrows=[copy.copy(a) for a in m.arrows],
        priorities=list(m.priorities), metrics_log=list(m.metrics_log))


class AnalysisRunner(QObject):
    """Emits ``report_ready(Report)`` whenever a fresh analysis of the document is done."""

    report_ready = Signal(object)
    failed = Signal(str)
    _finished = Signal(int, object, str)   # generation, report, error (from the worker)

    def __init__(self, document, delay_ms: int = 300, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.report: Report | None = None
        self._generation = 0
        self._delivered = -1   # the generation self.report belongs to
        self._busy = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.run_now)
        self._finished.connect(self._on_finished)
        document.changed.connect(self._on_changed)
        document.reset.connect(self.schedule)

    def _on_changed(self, change: Change) -> None:
        self.schedule()

    def schedule(self) -> None:
        """Analyse once edits have settled for the delay."""
        self._generation += 1
        self._timer.start()

    @property
    def pending(self) -> bool:
        return self._timer.isActive() or self._busy

    def run_now(self) -> None:
        """Analyse now (the timer calls this; tests may too)."""
        self._timer.stop()
        m = self.document.map
        generation = self._generation
        if len(m.steps) <= THREAD_THRESHOLD:
            try:
                report = analyse(m)
            except Exception as e:  # a bug in one rule must not take the editor down
                log.exception("analysis failed")
                self.failed.emit(self.tr("The check could not finish: {error}").format(error=e))
                return
            self._deliver(report, generation)
            return
        if self._busy:
            self._again = True   # one run at a time; re-run with the newest map after
            return
        self._busy = True
        threading.Thread(target=self._work, args=(generation, snapshot(m)), daemon=True,
                         name="mapper-analysis").start()

    def _work(self, generation: int, m) -> None:
        try:
            self._finished.emit(generation, analyse(m), "")
        except Exception as e:
            log.exception("analysis failed")
            self._finished.emit(generation, None, str(e))

    def _on_finished(self, generation: int, report, error: str) -> None:
        self._busy = False
        if self._again or generation != self._generation:
            self._again = False
            if not self._timer.isActive():
                self.run_now()   # the map changed while we worked: this result is stale
            return
        if error:
            self.failed.emit(self.tr("The check could not finish: {error}").format(error=error))
            return
        self._deliver(report, generation)

    def _deliver(self, report: Report, generation: int | None = None) -> None:
        self.report = report
        self._delivered = self._generation if generation is None else generation
        self.report_ready.emit(report)

    @property
    def up_to_date(self) -> bool:
        """True when ``report`` is the analysis of the map as it is now."""
        return self.report is not None and self._delivered == self._generation and not self._timer.isActive()

    def fresh_report(self, parent=None) -> Report | None:
        """The analysis of the map as it is now, for print, preview, export and checklists.

        A pending run is done first (an export right after an edit contains that
        edit). Small maps are analysed at once; a big one on the worker with a
        progress dialog the owner can cancel (then None), so the app never freezes.
        """
        if self.up_to_date:
            return self.report
        if len(self.document.map.steps) <= THREAD_THRESHOLD:
            self.run_now()
            return self.report if self.up_to_date else None
        from PySide6.QtCore import QEventLoop
        from PySide6.QtWidgets import QProgressDialog
        self.run_now()
        dialog = QProgressDialog(self.tr("Checking the map before it goes out…"), self.tr("Cancel"), 0, 0, parent)
        dialog.setWindowTitle(self.tr("Checking"))
        dialog.setMinimumDuration(300)
        loop = QEventLoop()
        self.report_ready.connect(loop.quit)
        self.failed.connect(loop.quit)
        dialog.canceled.connect(loop.quit)
        try:
            while not self.up_to_date and not dialog.wasCanceled():
                if not self.pending:
                    break   # the run failed: `failed` said why
                loop.exec()
        finally:
            self.report_ready.disconnect(loop.quit)
            self.failed.disconnect(loop.quit)
            dialog.close()
        return self.report if self.up_to_date else None

    def current_report(self) -> Report:
        """The report of the map as it is now, for views that need one (never None):
        ``fresh_report``, or the last report when the owner cancelled a long check."""
        return self.fresh_report() or self.report or analyse(self.document.map)

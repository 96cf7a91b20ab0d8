"""The one way to run long work (reports, backups, printing) off the UI thread.

``run_in_background`` hands ``work(report)`` to Qt's thread pool and covers the
window with a progress panel; ``report(fraction, text)`` moves the bar from the
worker. The result, or the error, comes back on the UI thread. ``run_quietly`` does the
same without the panel, for short checks no one waits on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QFrame, QProgressBar, QVBoxLayout, QWidget

from trefpuntje.ui.tr import Text
from trefpuntje.ui.widgets.touch import TrLabel

Report = Callable[[float, str], None]
Work = Callable[[Report], Any]


class _Signals(QObject):
    progress = Signal(float, str)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Work, signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work(lambda fraction, text="": self.signals.progress.emit(float(fraction), text))
        except Exception as error:  # handed to the UI thread, shown there
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


class ProgressPanel(QWidget):
    def __init__(self, parent: QWidget, title: Text) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        panel = QFrame(self)
        panel.setObjectName("panel")
        panel.setMinimumWidth(600)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(40, 32, 40, 32)
        self.title = TrLabel(title, panel, style="heading")
        self.detail = TrLabel("", panel)
        self.bar = QProgressBar(panel)
        self.bar.setRange(0, 1000)
        self.bar.setMinimumHeight(40)
        self.bar.setAccessibleName(title())
        inner.addWidget(self.title)
        inner.addWidget(self.bar)
        inner.addWidget(self.detail)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.setGeometry(parent.rect())

    def set_progress(self, fraction: float, text: str) -> None:
        self.bar.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if text:
            self.detail.set_text(text)


class BackgroundTask(QObject):
    """A running job; keep it (the helper does) until it has finished."""

    finished = Signal()

    def __init__(self, parent: QWidget, work: Work, title: Text,
                 on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        super().__init__(parent)
        self.panel = ProgressPanel(parent, title)
        self.signals = _Signals(self)
        self.signals.progress.connect(self.panel.set_progress)
        self.signals.done.connect(lambda result: self._end(on_done, result))
        self.signals.failed.connect(lambda error: self._end(on_error, error))
        self.panel.show()
        self.panel.raise_()
        self.running = True
        QThreadPool.globalInstance().start(_Job(work, self.signals))

    def _end(self, callback: Callable[[Any], None], value: Any) -> None:
        self.running = False
        self.panel.hide()
        self.panel.deleteLater()
        try:
            callback(value)
        finally:
            self.finished.emit()
            self.deleteLater()


def run_in_background(parent: QWidget, work: Work, *, title: Text,
                      on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> BackgroundTask:
    return BackgroundTask(parent, work, title, on_done, on_error)


class _QuietJob(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # handed to the UI thread
            answer, value = self.signals.failed, error
        else:
            answer, value = self.signals.done, result
        try:
            answer.emit(value)
        except RuntimeError:  # the receiver was closed meanwhile: no one is left to tell
            pass


def run_quietly(work: Callable[[], Any], *, receiver: QObject,
                on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
    """``work()`` off the UI thread without a progress panel: for checks no one waits on
    (is the server back?). The answer comes back on the UI thread; once ``receiver`` is
    gone, it is dropped."""
    signals = _Signals(receiver)
    signals.done.connect(on_done)
    signals.failed.connect(on_error)
    signals.done.connect(signals.deleteLater)
    signals.failed.connect(signals.deleteLater)
    QThreadPool.globalInstance().start(_QuietJob(work, signals))

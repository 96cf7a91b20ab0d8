"""Idle warning: after a quiet while, a countdown with one big "continue" button;
if nobody taps it, the window returns to its start and forgets who was there."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

ACTIVITY_EVENTS = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.KeyPress,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Watches every input event in the application; ``idle`` fires after ``idle_ms``."""

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(idle_ms)
        self.timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def set_idle_ms(self, idle_ms: int) -> None:
        self.timer.setInterval(idle_ms)
        self.timer.start()

    def poke(self) -> None:
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY_EVENTS:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class IdleOverlay(QWidget):
    """Covers the window with a countdown; ``expired`` when it reaches zero."""

    expired = Signal()
    continued = Signal()

    def __init__(self, parent: QWidget, countdown_s: int) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.countdown_s = countdown_s
        self.remaining = countdown_s
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        outer = QVBoxLayout(self)
        panel = QFrame(self)
        panel.setObjectName("panel")
        panel.setMaximumWidth(900)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(40, 32, 40, 32)
        inner.setSpacing(20)
        inner.addWidget(Pictogram("timer", 120, panel), 0, Qt.AlignmentFlag.AlignHCenter)
        self.question = TrLabel(QT_TRANSLATE_NOOP("IdleOverlay", "Are you still there?"), panel, style="heading")
        self.question.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.question)
        self.countdown = TrLabel("", panel)
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        inner.addWidget(self.countdown)
        self.continue_button = TouchButton(
            "continue", QT_TRANSLATE_NOOP("IdleOverlay", "Continue"), panel, icon_size=72, role="primary"
        )
        self.continue_button.setMinimumHeight(140)
        self.continue_button.clicked.connect(self._continue)
        inner.addWidget(self.continue_button)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def start(self) -> None:
        self.remaining = self.countdown_s
        self._show_remaining()
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.continue_button.setFocus()
        self.tick.start()

    @property
    def running(self) -> bool:
        return self.tick.isActive()

    def _show_remaining(self) -> None:
        self.countdown.set_text(
            QT_TRANSLATE_NOOP("IdleOverlay", "In {seconds} seconds this screen goes back to the start."),
            seconds=self.remaining,
        )

    def _tick(self) -> None:
        self.remaining -= 1
        if self.remaining <= 0:
            self.stop()
            self.expired.emit()
        else:
            self._show_remaining()

    def _continue(self) -> None:
        self.stop()
        self.continued.emit()

    def stop(self) -> None:
        self.tick.stop()
        self.hide()

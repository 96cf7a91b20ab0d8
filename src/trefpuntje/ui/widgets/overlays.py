"""Panels that cover the window for a moment: the greeting after a scan, and the
question "which activity?" when several are on at once."""

from __future__ import annotations

from collections.abc import Sequence
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from trefpuntje.core.activities import OccurrenceView
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

LOCAL = ZoneInfo("Europe/Amsterdam")
GREETING_MS = 4000


class Overlay(QWidget):
    """A dimmed cover over the parent with one panel in the middle."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        self.panel = QFrame(self)
        self.panel.setObjectName("panel")
        self.panel.setMaximumWidth(1000)
        self.inner = QVBoxLayout(self.panel)
        self.inner.setContentsMargins(40, 32, 40, 32)
        self.inner.setSpacing(20)
        outer.addWidget(self.panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()


class GreetingOverlay(Overlay):
    """ "Welcome, Nel" and what the scan did; goes by itself, or with a tap."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.picture = Pictogram("person", 120, self.panel)
        self.inner.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.title = TrLabel("", self.panel, style="greeting")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = TrLabel("", self.panel)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.inner.addWidget(self.title)
        self.inner.addWidget(self.detail)
        self.ok = TouchButton("ok", QT_TRANSLATE_NOOP("GreetingOverlay", "OK"), self.panel, role="primary")
        self.ok.clicked.connect(self.hide)
        self.inner.addWidget(self.ok)
        self.timer = QTimer(self, singleShot=True, interval=GREETING_MS)
        self.timer.timeout.connect(self.hide)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()  # a tap anywhere closes the greeting

    def greet(self, pictogram: str, heading: Text, detail: Text | str = "", **params: object) -> None:
        self.picture.set_pictogram(pictogram, 120)
        self.title.set_text(heading, **params)
        self.detail.set_text(detail, **params)
        self.detail.setVisible(bool(detail))
        self.cover()
        self.ok.setFocus()
        self.timer.start()


class ChooseOverlay(Overlay):
    """Several activities are on now: one big button each, and "none of these"."""

    chosen = Signal(object)  # occurrence id

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = TrLabel(QT_TRANSLATE_NOOP("ChooseOverlay", "Where are you going, {name}?"), self.panel,
                                style="heading", name="")
        self.inner.addWidget(self.question)
        self.buttons: list[TouchButton] = []
        self.none = TouchButton("cancel", QT_TRANSLATE_NOOP("ChooseOverlay", "None of these"), self.panel)
        self.none.clicked.connect(self.hide)
        self.inner.addWidget(self.none)

    def ask(self, name: str, options: Sequence[OccurrenceView]) -> None:
        self.question.set_text(QT_TRANSLATE_NOOP("ChooseOverlay", "Where are you going, {name}?"), name=name)
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        for index, view in enumerate(options):
            label = f"{view.starts_at.astimezone(LOCAL):%H:%M}  {view.title}"
            button = TouchButton(view.pictogram, label, self.panel, icon_size=64)
            button.setMinimumHeight(110)
            button.clicked.connect(lambda _=False, occurrence_id=view.id: self._choose(occurrence_id))
            self.inner.insertWidget(1 + index, button)
            self.buttons.append(button)
        self.cover()

    def _choose(self, occurrence_id: object) -> None:
        self.hide()
        self.chosen.emit(occurrence_id)

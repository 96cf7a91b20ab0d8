"""One activity session as a big card: time, pictogram, title, place, places left,
and the one button that fits the identified visitor."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import OccurrenceView
from trefpuntje.core.models import SignUpStatus
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

LOCAL = ZoneInfo("Europe/Amsterdam")


def places_text(view: OccurrenceView) -> tuple[Text, dict[str, object]]:
    if view.cancelled:
        return QT_TRANSLATE_NOOP("OccurrenceCard", "Cancelled"), {}
    if not view.signup_required:
        return QT_TRANSLATE_NOOP("OccurrenceCard", "Walk in, no sign-up needed"), {}
    if view.capacity is None:
        return QT_TRANSLATE_NOOP("OccurrenceCard", "Places: no limit"), {}
    if view.full:
        return QT_TRANSLATE_NOOP("OccurrenceCard", "Full: waiting list"), {}
    return QT_TRANSLATE_NOOP("OccurrenceCard", "Places left: {count}"), {"count": view.places_left}


class OccurrenceCard(QFrame):
    sign_up = Signal(object)  # occurrence id
    cancel = Signal(object)

    def __init__(self, view: OccurrenceView, *, status: SignUpStatus | None, waiting_position: int | None,
                 visitor_known: bool, started: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("panel")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        row.addWidget(Pictogram(view.pictogram, 72, self))
        text = QVBoxLayout()
        start, end = view.starts_at.astimezone(LOCAL), view.ends_at.astimezone(LOCAL)
        self.title = TrLabel(f"{start:%H:%M}\u2013{end:%H:%M}  {view.title}", self, style="cardtitle")
        text.addWidget(self.title)
        where = view.location + (f" \u00b7 {view.leader}" if view.leader else "")
        if where:
            text.addWidget(TrLabel(where, self, style="muted"))
        places, params = places_text(view)
        self.places = TrLabel(places, self, **params)
        if view.cancelled:
            self.places.setStyleSheet("color: #8b0000; font-weight: bold;")
        text.addWidget(self.places)
        row.addLayout(text, 1)
        self.state = TrLabel("", self)
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button: TouchButton | None = None
        if status == SignUpStatus.CONFIRMED:
            self.state.set_text(QT_TRANSLATE_NOOP("OccurrenceCard", "You are signed up"))
        elif status == SignUpStatus.WAITING:
            self.state.set_text(QT_TRANSLATE_NOOP("OccurrenceCard", "Waiting list: number {position}"),
                                position=waiting_position)
        actions = QVBoxLayout()
        actions.addWidget(self.state)
        if visitor_known and view.signup_required and not view.cancelled and not started:
            if status is None:
                label = (QT_TRANSLATE_NOOP("OccurrenceCard", "Join the waiting list") if view.full
                         else QT_TRANSLATE_NOOP("OccurrenceCard", "Sign up"))
                self.button = TouchButton("timer" if view.full else "ok", label, self, role="primary")
                self.button.clicked.connect(lambda: self.sign_up.emit(view.id))
            else:
                self.button = TouchButton("cancel", QT_TRANSLATE_NOOP("OccurrenceCard", "Cancel my sign-up"), self)
                self.button.clicked.connect(lambda: self.cancel.emit(view.id))
            self.button.setMinimumWidth(300)
            actions.addWidget(self.button)
        if status is None:
            self.state.hide()
        row.addLayout(actions)

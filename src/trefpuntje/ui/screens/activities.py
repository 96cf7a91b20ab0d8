"""Activities at the kiosk: the coming week, with sign-up and cancel for whoever
scanned their card. Only counts are shown, never who else signed up."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL, local_moment, week, week_start
from trefpuntje.core.errors import DomainError
from trefpuntje.core.models import SignUpStatus
from trefpuntje.core.signups import cancel_sign_up, sign_up, sign_ups_of
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import VisitorScreen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.occurrence_card import OccurrenceCard
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

DAYS_SHOWN = 7


class ActivitiesScreen(VisitorScreen):
    message = Signal(str, bool)  # text, is it a problem
    register_requested = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.cards: dict[uuid.UUID, OccurrenceCard] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        header.addWidget(Pictogram("activities", 72, self))
        self.heading = TrLabel(QT_TRANSLATE_NOOP("ActivitiesScreen", "Activities this week"), self, style="heading")
        header.addWidget(self.heading, 1)
        self.hint = TrLabel(QT_TRANSLATE_NOOP("ActivitiesScreen", "Scan your card to sign up."), self)
        header.addWidget(self.hint)
        self._header = header
        self.register_button = TouchButton("person", QT_TRANSLATE_NOOP("ActivitiesScreen", "New here?"), self)
        self.register_button.clicked.connect(self.register_requested)
        header.addWidget(self.register_button)
        layout.addLayout(header)
        self.scroll = touch_scroll_area(self)
        layout.addWidget(self.scroll, 1)

    def add_camera_preview(self, preview: QWidget | None) -> None:
        """A small live camera picture beside the scan hint (only when a camera is attached)."""
        if preview is not None:
            preview.setAccessibleName(QT_TRANSLATE_NOOP("ActivitiesScreen", "Camera: hold your card in front of it")())
            self._header.insertWidget(self._header.indexOf(self.hint), preview)

    def refresh(self) -> None:
        now = self.clock()
        today = now.astimezone(LOCAL).date()
        begin, end = local_moment(today, time(0)), local_moment(today + timedelta(days=DAYS_SHOWN), time(0))
        with self.database.write() as session:  # the week's occurrences are made on first look
            views = week(session, monday=week_start(today)) + week(session, monday=week_start(today) + timedelta(days=7))
            mine = ({m.occurrence.id: m for m in sign_ups_of(session, member_id=self.visitor.id, begin=begin, end=end)}
                    if self.visitor else {})
        self.hint.setVisible(self.visitor is None)
        self.register_button.setVisible(self.visitor is None)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        self.cards = {}
        current_day: date | None = None
        for view in views:
            day = view.starts_at.astimezone(LOCAL).date()
            if not begin <= view.starts_at < end or view.ends_at <= now:
                continue
            if day != current_day:
                current_day = day
                column.addWidget(TrLabel(self._day_name(day, today), content, style="subheading"))
            signed = mine.get(view.id)
            card = OccurrenceCard(view, status=signed.status if signed else None,
                                  waiting_position=signed.waiting_position if signed else None,
                                  visitor_known=self.visitor is not None, started=view.starts_at <= now, parent=content)
            card.sign_up.connect(self._sign_up)
            card.cancel.connect(self._cancel)
            column.addWidget(card)
            self.cards[view.id] = card
        if not self.cards:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ActivitiesScreen", "Nothing planned for the coming days."), content))
        column.addStretch(1)
        self.scroll.setWidget(content)

    def _day_name(self, day: date, today: date) -> str:
        if day == today:
            return QT_TRANSLATE_NOOP("ActivitiesScreen", "Today")()
        if day == today + timedelta(days=1):
            return QT_TRANSLATE_NOOP("ActivitiesScreen", "Tomorrow")()
        return QLocale().toString(day, "dddd d MMMM").capitalize()

    def _sign_up(self, occurrence_id: uuid.UUID) -> None:
        assert self.visitor is not None
        try:
            with self.database.write() as session:
                result = sign_up(session, member_id=self.visitor.id, occurrence_id=occurrence_id, now=self.clock())
        except DomainError as error:
            self.message.emit(error_text(error), True)
        else:
            if result.status == SignUpStatus.CONFIRMED:
                self.message.emit(QT_TRANSLATE_NOOP("ActivitiesScreen", "You are signed up for {title}.")(
                    title=result.occurrence.title), False)
            else:
                self.message.emit(QT_TRANSLATE_NOOP(
                    "ActivitiesScreen", "{title} is full. You are on the waiting list, number {position}.")(
                    title=result.occurrence.title, position=result.waiting_position), False)
        self.refresh()

    def _cancel(self, occurrence_id: uuid.UUID) -> None:
        assert self.visitor is not None
        try:
            with self.database.write() as session:
                cancel_sign_up(session, member_id=self.visitor.id, occurrence_id=occurrence_id, now=self.clock())
        except DomainError as error:
            self.message.emit(error_text(error), True)
        else:
            self.message.emit(QT_TRANSLATE_NOOP("ActivitiesScreen", "Your sign-up is cancelled.")(), False)
        self.refresh()

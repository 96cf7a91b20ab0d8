"""Staff: the week's sessions with live "present now" counts, the attendance list,
no-shows, places, cancelling one session, and new activities."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL, cancel_occurrence, local_moment, occurrences_between, set_capacity, view_of
from trefpuntje.core.activities import week as make_week
from trefpuntje.core.activities import week_start as monday_of
from trefpuntje.core.checkins import attendance, mark_no_shows, present_now
from trefpuntje.core.errors import DomainError, InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP as ERROR_TEXT
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.staff.activity_form import ActivityForm
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

LIVE_REFRESH_MS = 30_000  # "present now" follows the scans at the door

STATUS = {
    "confirmed": QT_TRANSLATE_NOOP("ActivitiesAdmin", "signed up"),
    "waiting": QT_TRANSLATE_NOOP("ActivitiesAdmin", "waiting list"),
    "walk-in": QT_TRANSLATE_NOOP("ActivitiesAdmin", "walked in"),
}


class ActivitiesAdmin(Screen):
    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id: uuid.UUID | None = None  # who is in staff mode: the audit log names them
        self.clock = clock
        self.selected: uuid.UUID | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        left = QVBoxLayout()
        left.addWidget(TrLabel(QT_TRANSLATE_NOOP("ActivitiesAdmin", "This week"), self, style="subheading"))
        self.sessions = QListWidget(self)
        self.sessions.setAccessibleName(QT_TRANSLATE_NOOP("ActivitiesAdmin", "Sessions this week")())
        self.sessions.setWordWrap(True)
        self.sessions.setSpacing(4)
        self.sessions.currentItemChanged.connect(self._selected)
        left.addWidget(self.sessions, 1)
        self.new_button = TouchButton("calendar", QT_TRANSLATE_NOOP("ActivitiesAdmin", "New activity"), self)
        self.edit_button = TouchButton("staff", QT_TRANSLATE_NOOP("ActivitiesAdmin", "Change activity"), self)
        left.addWidget(self.new_button)
        left.addWidget(self.edit_button)
        layout.addLayout(left, 1)

        self.right = QStackedLayout()
        detail = QWidget(self)
        column = QVBoxLayout(detail)
        self.heading = TrLabel("", detail, style="subheading")
        self.present = TrLabel("", detail)
        self.people = QListWidget(detail)
        self.people.setAccessibleName(QT_TRANSLATE_NOOP("ActivitiesAdmin", "Attendance")())
        self.message = TrLabel("", detail)
        column.addWidget(self.heading)
        column.addWidget(self.present)
        column.addWidget(self.people, 1)
        column.addWidget(self.message)
        buttons = QGridLayout()
        self.no_shows = TouchButton("cancel", QT_TRANSLATE_NOOP("ActivitiesAdmin", "Mark no-shows"), detail)
        self.fewer = TouchButton(None, QT_TRANSLATE_NOOP("ActivitiesAdmin", "\u2212 place"), detail)
        self.more = TouchButton(None, QT_TRANSLATE_NOOP("ActivitiesAdmin", "+ place"), detail)
        self.cancel_button = TouchButton("warning", QT_TRANSLATE_NOOP("ActivitiesAdmin", "Cancel this session"), detail,
                                         role="danger")
        buttons.addWidget(self.no_shows, 0, 0, 1, 2)
        buttons.addWidget(self.cancel_button, 0, 2, 1, 2)
        buttons.addWidget(self.fewer, 1, 0, 1, 2)
        buttons.addWidget(self.more, 1, 2, 1, 2)
        column.addLayout(buttons)
        self.no_shows.clicked.connect(lambda: self._act(lambda s, o: mark_no_shows(s, occurrence_id=o, now=self.clock())))
        self.fewer.clicked.connect(lambda: self._change_places(-1))
        self.more.clicked.connect(lambda: self._change_places(+1))
        self.cancel_button.clicked.connect(
            lambda: self._act(lambda s, o: cancel_occurrence(s, occurrence_id=o, now=self.clock(),
                                                           done_by_id=self.staff_id)))
        self.form = ActivityForm(database, clock, self)
        self.form.saved.connect(self._created)
        self.form.cancelled.connect(lambda: self.right.setCurrentIndex(0))
        self.new_button.clicked.connect(self._new)
        self.edit_button.clicked.connect(self._edit)
        self.right.addWidget(detail)
        self.right.addWidget(self.form)
        layout.addLayout(self.right, 2)
        self.live = QTimer(self, interval=LIVE_REFRESH_MS)
        self.live.timeout.connect(self._live_refresh)

    def showEvent(self, event: QShowEvent) -> None:
        self.live.start()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.live.stop()
        super().hideEvent(event)

    def _live_refresh(self) -> None:
        if self.right.currentWidget() is not self.form:  # never while someone fills in the form
            self.refresh()

    def refresh(self) -> None:
        now = self.clock()
        today = now.astimezone(LOCAL).date()
        with self.database.write() as session:
            make_week(session, monday=monday_of(today))
            views = occurrences_between(session, begin=local_moment(today, time(0)),
                                        end=local_moment(today + timedelta(days=7), time(0)))
            present = {p.occurrence.id: p.present for p in present_now(session, now=now)}
        self.sessions.blockSignals(True)
        self.sessions.clear()
        for view in views:
            start = view.starts_at.astimezone(LOCAL)
            places = f"{view.confirmed}/{view.capacity}" if view.capacity else f"{view.confirmed}"
            here = f"  \u2022 {present[view.id]} \u2714" if view.id in present else ""
            cancelled = "  \u2716" if view.cancelled else ""
            item = QListWidgetItem(f"{QLocale().toString(start.date(), 'ddd d MMM')} {start:%H:%M}{here}{cancelled}\n"
                                   f"{view.title}  ({places})")
            item.setData(Qt.ItemDataRole.UserRole, view.id)
            self.sessions.addItem(item)
            if view.id == self.selected:
                self.sessions.setCurrentItem(item)
        self.sessions.blockSignals(False)
        if self.sessions.currentItem() is None and self.sessions.count():
            self.sessions.setCurrentRow(0)
        self._show_selected()

    def _selected(self, item: QListWidgetItem | None) -> None:
        self.selected = item.data(Qt.ItemDataRole.UserRole) if item else None
        self.message.set_text("")
        self._show_selected()

    def _show_selected(self) -> None:
        self.right.setCurrentIndex(0)
        self.people.clear()
        if self.selected is None:
            self.heading.set_text(QT_TRANSLATE_NOOP("ActivitiesAdmin", "Nothing planned this week."))
            return
        with self.database.read() as session:
            view = view_of(session, self.selected)
            rows = attendance(session, occurrence_id=self.selected)
            present = next((p.present for p in present_now(session, now=self.clock()) if p.occurrence.id == view.id), None)
        start = view.starts_at.astimezone(LOCAL)
        self.heading.set_text(f"{start:%H:%M} {view.title}")
        if present is not None:
            self.present.set_text(QT_TRANSLATE_NOOP("ActivitiesAdmin", "Present now: {count}"), count=present)
        else:
            self.present.set_text(QT_TRANSLATE_NOOP("ActivitiesAdmin", "Signed up: {count}, places: {places}"),
                                  count=view.confirmed, places=view.capacity or "\u221e")
        for row in rows:
            marks = ("\u2714 " if row.checked_in else "") + (
                QT_TRANSLATE_NOOP("ActivitiesAdmin", "no-show")() + " " if row.no_show else "")
            self.people.addItem(f"{row.first_name}  \u00b7  {STATUS[row.status]()}  {marks}")
        for button in (self.fewer, self.more, self.cancel_button):
            button.setEnabled(not view.cancelled)

    def _act(self, change: Callable[..., object]) -> None:
        if self.selected is None:
            return
        try:
            with self.database.write() as session:
                change(session, self.selected)
        except DomainError as error:
            self.message.set_text(error_text(error))
            return
        self.refresh()

    def _change_places(self, step: int) -> None:
        def change(session, occurrence_id):  # type: ignore[no-untyped-def]
            current = view_of(session, occurrence_id)
            if current.capacity is None:
                raise InvalidInput(ERROR_TEXT("errors", "This activity has no limit on places."))
            set_capacity(session, occurrence_id=occurrence_id, capacity=current.capacity + step, now=self.clock(),
                         done_by_id=self.staff_id)

        self._act(change)

    def _new(self) -> None:
        self.form.clear()
        self.right.setCurrentWidget(self.form)

    def _edit(self) -> None:
        if self.selected is None:
            return
        with self.database.read() as session:
            activity_id = view_of(session, self.selected).activity_id
        self.form.edit(activity_id)
        self.right.setCurrentWidget(self.form)

    def _created(self, title: str) -> None:
        self.message.set_text(QT_TRANSLATE_NOOP("ActivitiesAdmin", "{title} is planned."), title=title)
        self.refresh()
        self.right.setCurrentIndex(0)

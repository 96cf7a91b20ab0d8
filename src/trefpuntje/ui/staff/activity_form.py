"""A form for a new activity (staff): title, pictogram, place, when, places."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QDate, QSize, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from trefpuntje.core.activities import LOCAL, ActivityEdit, activity_edit, create_activity, update_activity
from trefpuntje.core.members import list_members
from trefpuntje.core.errors import DomainError
from trefpuntje.core.models import Recurrence, Role
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

LEADER_ROLES = (Role.VOLUNTEER, Role.STAFF, Role.COORDINATOR)
PICTOGRAMS = ("exercise", "coffee_morning", "day_activities", "sewing", "meals", "calendar", "volunteers", "gift")


class ActivityForm(QFrame):
    saved = Signal(str)  # the new activity's title
    cancelled = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id: uuid.UUID | None = None  # set by the activities screen: the audit log names them
        self.clock = clock
        self.setObjectName("panel")
        column = QVBoxLayout(self)
        self.heading = TrLabel(QT_TRANSLATE_NOOP("ActivityForm", "New activity"), self, style="subheading")
        column.addWidget(self.heading)
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        self.title = QLineEdit(self)
        self.pictogram = QComboBox(self)
        self.pictogram.setIconSize(QSize(48, 48))
        for name in PICTOGRAMS:
            self.pictogram.addItem(pictograms.icon(name, 96), "", name)
        self.location = QLineEdit(self)
        self.date = QDateEdit(self)
        self.date.setCalendarPopup(True)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.duration = QSpinBox(self)
        self.duration.setRange(1, 12 * 60)
        self.duration.setSingleStep(15)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(0, 500)
        self.capacity.setSpecialValueText(QT_TRANSLATE_NOOP("ActivityForm", "no limit")())
        self.leader = QComboBox(self)
        self.weekly = QCheckBox(QT_TRANSLATE_NOOP("ActivityForm", "every week")(), self)
        self.signup = QCheckBox(QT_TRANSLATE_NOOP("ActivityForm", "sign-up needed")(), self)
        rows = (
            (QT_TRANSLATE_NOOP("ActivityForm", "Title"), self.title),
            (QT_TRANSLATE_NOOP("ActivityForm", "Pictogram"), self.pictogram),
            (QT_TRANSLATE_NOOP("ActivityForm", "Place"), self.location),
            (QT_TRANSLATE_NOOP("ActivityForm", "Date"), self.date),
            (QT_TRANSLATE_NOOP("ActivityForm", "Start"), self.time),
            (QT_TRANSLATE_NOOP("ActivityForm", "Minutes"), self.duration),
            (QT_TRANSLATE_NOOP("ActivityForm", "Places"), self.capacity),
            (QT_TRANSLATE_NOOP("ActivityForm", "Leader"), self.leader),
        )
        # Two fields a row, the title across, so the form fits a 800 px high screen.
        for index, (label, field) in enumerate(rows):
            field.setAccessibleName(label())
            row, pair = (0, 0) if index == 0 else ((index + 1) // 2, (index + 1) % 2)  # the leader ends up at 4, left
            form.addWidget(TrLabel(label, self), row, pair * 2)
            form.addWidget(field, row, pair * 2 + 1, 1, 3 if index == 0 else 1)
        checks = QHBoxLayout()
        checks.addWidget(self.weekly)
        checks.addWidget(self.signup)
        form.addLayout(checks, 4, 2, 1, 2)
        column.addLayout(form)
        self.message = TrLabel("", self)
        self.message.setStyleSheet("color: #8b0000; font-weight: bold;")
        column.addWidget(self.message)
        buttons = QHBoxLayout()
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("ActivityForm", "Save"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        cancel = TouchButton("cancel", QT_TRANSLATE_NOOP("ActivityForm", "Cancel"), self)
        cancel.clicked.connect(self.cancelled)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        column.addLayout(buttons)
        self.clear()

    def _fill_leaders(self, selected: uuid.UUID | None) -> None:
        with self.database.read() as session:
            people = {m.id: m.first_name for role in LEADER_ROLES for m in list_members(session, role=role)}
        self.leader.clear()
        self.leader.addItem("\u2013", None)
        for member_id, name in sorted(people.items(), key=lambda item: item[1].lower()):
            self.leader.addItem(name, member_id)
        self.leader.setCurrentIndex(max(0, self.leader.findData(selected)))

    def edit(self, activity_id: uuid.UUID) -> None:
        """Change a running activity: what it is, where, who leads, how many places.
        Its day and time stay: plan a new activity for another time."""
        with self.database.read() as session:
            current = activity_edit(session, activity_id)
        self.editing = activity_id
        self.heading.set_text(QT_TRANSLATE_NOOP("ActivityForm", "Change activity"))
        self.title.setText(current.title)
        self.pictogram.setCurrentIndex(max(0, self.pictogram.findData(current.pictogram)))
        self.location.setText(current.location)
        self.capacity.setValue(current.capacity or 0)
        self.signup.setChecked(current.signup_required)
        self._fill_leaders(current.leader_id)
        for field in (self.date, self.time, self.duration, self.weekly):
            field.setEnabled(False)
        self.message.set_text("")

    def clear(self) -> None:
        self.editing: uuid.UUID | None = None
        self.heading.set_text(QT_TRANSLATE_NOOP("ActivityForm", "New activity"))
        for field in (self.date, self.time, self.duration, self.weekly):
            field.setEnabled(True)
        self._fill_leaders(None)
        today = self.clock().astimezone(LOCAL).date()
        self.title.clear()
        self.location.clear()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.time.setTime(QTime(10, 0))
        self.duration.setValue(60)
        self.capacity.setValue(0)
        self.weekly.setChecked(True)
        self.signup.setChecked(True)
        self.message.set_text("")

    def save(self) -> None:
        capacity, leader = self.capacity.value() or None, self.leader.currentData()
        try:
            with self.database.write() as session:
                if self.editing is not None:
                    title = update_activity(session, activity_id=self.editing, now=self.clock(), changes=ActivityEdit(
                        title=self.title.text(), pictogram=self.pictogram.currentData(), location=self.location.text(),
                        leader_id=leader, capacity=capacity, signup_required=self.signup.isChecked()),
                        done_by_id=self.staff_id).title
                else:
                    title = create_activity(
                        session, title=self.title.text(), pictogram=self.pictogram.currentData(),
                        location=self.location.text(), starts_on=self.date.date().toPython(),
                        start_time=self.time.time().toPython(), duration_minutes=self.duration.value(),
                        capacity=capacity, signup_required=self.signup.isChecked(), leader_id=leader,
                        recurrence=Recurrence.WEEKLY if self.weekly.isChecked() else Recurrence.ONCE,
                        today=self.clock().astimezone(LOCAL).date(), done_by_id=self.staff_id,
                    ).title
        except DomainError as error:
            self.message.set_text(error_text(error))
            return
        self.clear()
        self.saved.emit(title)

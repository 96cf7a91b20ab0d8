"""Planning a shift on the roster: a task (its pictogram), a day of the week on show,
the start and the end in quarters of an hour, and the places, all with taps."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QLocale, QMargins, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import local_moment
from trefpuntje.core.hours_roster import MAX_PLACES, TaskView, list_tasks, plan_shift
from trefpuntje.db.engine import Database
from trefpuntje.ui.staff.hours_common import Say, attempt
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.stepper import Stepper
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

TASK_COLUMNS = 4
START, END = 9 * 60 + 30, 12 * 60 + 30  # the morning at the coffee corner: a sensible first offer
SMALL = "font-size: 18pt; padding: 2px 8px;"
TASK = "font-size: 16pt; padding: 2px 6px;"  # four long Dutch task names a row


class ShiftForm(QWidget):
    planned = Signal(object)  # the ShiftView
    cancelled = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.staff_id: uuid.UUID | None = None
        self.monday = date.today()
        self.task_id: uuid.UUID | None = None
        self.day = 0
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=8)
        self.heading = TrLabel(QT_TRANSLATE_NOOP("ShiftForm", "Plan a shift: which task, which day, when?"), self,
                               style="cardtitle")
        column.addWidget(self.heading)
        self.task_grid = QGridLayout(spacing=8)
        for index in range(TASK_COLUMNS):
            self.task_grid.setColumnStretch(index, 1)
        column.addLayout(self.task_grid)
        self.task_buttons: dict[uuid.UUID, TouchButton] = {}
        days = QHBoxLayout(spacing=8)
        self.day_buttons: list[TouchButton] = []
        for index in range(7):
            button = TouchButton(None, "", self)
            button.setCheckable(True)
            button.setStyleSheet(SMALL)
            button.clicked.connect(lambda _=False, d=index: self._pick_day(d))
            days.addWidget(button)
            self.day_buttons.append(button)
        column.addLayout(days)
        steppers = QHBoxLayout(spacing=24)
        self.start = Stepper(QT_TRANSLATE_NOOP("ShiftForm", "Start"), self, maximum=24 * 60 - 30)
        self.end = Stepper(QT_TRANSLATE_NOOP("ShiftForm", "End"), self, minimum=15, maximum=24 * 60 - 15)
        self.places = Stepper(QT_TRANSLATE_NOOP("ShiftForm", "Places"), self, step=1, minimum=1, maximum=MAX_PLACES,
                              show=str, snap=False)
        for stepper in (self.start, self.end, self.places):
            steppers.addWidget(stepper, 1)
        steppers.addStretch(0)
        column.addLayout(steppers)
        column.addStretch(1)
        buttons = QHBoxLayout(spacing=8)
        back = TouchButton("back", QT_TRANSLATE_NOOP("ShiftForm", "Back"), self, icon_size=36)
        back.clicked.connect(self.cancelled)
        self.plan_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShiftForm", "Plan the shift"), self, role="primary",
                                       icon_size=36)
        self.plan_button.clicked.connect(self.plan)
        buttons.addWidget(back)
        buttons.addWidget(self.plan_button, 1)
        column.addLayout(buttons)

    def open_for(self, *, monday: date, day: date | None, staff_id: uuid.UUID | None) -> None:
        """A new shift in the week of ``monday``, on ``day`` when it is in that week."""
        self.monday, self.staff_id = monday, staff_id
        with self.database.read() as session:
            tasks = list_tasks(session)
        self._fill_tasks(tasks)
        for index, button in enumerate(self.day_buttons):
            button.set_text(QLocale().toString(monday + timedelta(days=index), "ddd d"))
        offset = (day - monday).days if day is not None else 0
        self._pick_day(offset if 0 <= offset < 7 else 0)
        self.start.set_value(START)
        self.end.set_value(END)
        self.places.set_value(1)

    def _fill_tasks(self, tasks: list[TaskView]) -> None:
        for button in self.task_buttons.values():
            self.task_grid.removeWidget(button)
            button.deleteLater()
        self.task_buttons = {}
        for index, task in enumerate(tasks):
            button = TouchButton(task.pictogram, task.name, self, icon_size=32)
            button.setCheckable(True)
            button.setStyleSheet(TASK)
            button.setToolTip(task.name)
            button.clicked.connect(lambda _=False, t=task.id: self._pick_task(t))
            self.task_grid.addWidget(button, index // TASK_COLUMNS, index % TASK_COLUMNS)
            self.task_buttons[task.id] = button
        self._pick_task(tasks[0].id if tasks else None)

    def _pick_task(self, task_id: uuid.UUID | None) -> None:
        self.task_id = task_id
        for key, button in self.task_buttons.items():
            button.setChecked(key == task_id)

    def _pick_day(self, offset: int) -> None:
        self.day = offset
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index == offset)

    def plan(self) -> None:
        if self.task_id is None:
            self.say(QT_TRANSLATE_NOOP("ShiftForm", "First add a task (Tasks)."), problem=True)
            return
        day = self.monday + timedelta(days=self.day)
        starts_at = local_moment(day, time(self.start.value // 60, self.start.value % 60))
        ends_at = local_moment(day, time(self.end.value // 60, self.end.value % 60))
        task, places, staff, now = self.task_id, self.places.value, self.staff_id, self.clock()
        done, view = attempt(self.database, lambda s: plan_shift(
            s, task_id=task, starts_at=starts_at, ends_at=ends_at, places=places, planned_by_id=staff, now=now),
            self.say)
        if done and view is not None:
            self.planned.emit(view)


"""Volunteers at the kiosk, after scanning their own card: start a task or stop,
their next shifts, open shifts to sign up for, and hours given afterwards (cooking
at home) that wait for a coordinator. Nobody else's name is shown."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.errors import DomainError
from trefpuntje.core.hours import HoursScan, ScanOffer, add_manual_entry, clock_in, clock_out, hours_scan
from trefpuntje.core.hours_roster import ShiftView, list_tasks, sign_up_for_shift
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import VisitorScreen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

GIVING_ROLES = ("volunteer", "cook", "staff", "coordinator")
DAYS_BACK = 7  # hours given afterwards: this week
STEP_MINUTES = 30
TASKS_SHOWN = 9  # three rows of three: a task's name is a long Dutch word
COLUMNS = 3


def shift_text(view: ShiftView, today: object) -> str:
    start, end = view.starts_at.astimezone(LOCAL), view.ends_at.astimezone(LOCAL)
    day = QLocale().toString(start.date(), "dddd d MMMM") if start.date() != today else \
        QT_TRANSLATE_NOOP("VolunteersScreen", "today")()
    return f"{day}  {start:%H:%M}\u2013{end:%H:%M}  {view.task_name}"


class VolunteersScreen(VisitorScreen):
    message = Signal(str, bool)  # text, is it a problem

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.scan: HoursScan | None = None
        self.pages = QStackedLayout(self)
        self._build_main()
        self._build_afterwards()
        self.pages.addWidget(self.main)
        self.pages.addWidget(self.afterwards)

    # -- building ---------------------------------------------------------------
    def _build_main(self) -> None:
        self.main = QWidget(self)
        layout = QVBoxLayout(self.main)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        header.addWidget(Pictogram("volunteers", 72, self.main))
        self.heading = TrLabel(QT_TRANSLATE_NOOP("VolunteersScreen", "Volunteers"), self.main, style="heading")
        header.addWidget(self.heading, 1)
        layout.addLayout(header)
        self.question = TrLabel("", self.main, style="subheading")
        layout.addWidget(self.question)
        self.clock_row = QGridLayout()
        self.clock_row.setSpacing(12)
        for column in range(COLUMNS):
            self.clock_row.setColumnStretch(column, 1)
        layout.addLayout(self.clock_row)
        self.clock_buttons: list[TouchButton] = []
        self.scroll = touch_scroll_area(self.main)
        layout.addWidget(self.scroll, 1)
        self.afterwards_button = TouchButton("calendar", QT_TRANSLATE_NOOP("VolunteersScreen", "Add hours afterwards"),
                                             self.main)
        self.afterwards_button.clicked.connect(self.open_afterwards)
        header.addWidget(self.afterwards_button)
        self.shift_buttons: dict[uuid.UUID, TouchButton] = {}

    def _build_afterwards(self) -> None:
        """Hours given afterwards: which task, which day, from when, how long."""
        self.afterwards = QWidget(self)
        layout = QVBoxLayout(self.afterwards)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.addWidget(TrLabel(QT_TRANSLATE_NOOP("VolunteersScreen", "Hours given afterwards"), self.afterwards,
                                 style="heading"))
        layout.addWidget(TrLabel(QT_TRANSLATE_NOOP(
            "VolunteersScreen", "A coordinator approves them. Pick the task, the day, the start and how long."),
            self.afterwards))
        self.task_row = QGridLayout()
        self.task_row.setSpacing(8)
        for column in range(COLUMNS):
            self.task_row.setColumnStretch(column, 1)
        layout.addLayout(self.task_row)
        self.task_buttons: dict[uuid.UUID, TouchButton] = {}
        self.day_row = QHBoxLayout()
        layout.addLayout(self.day_row)
        self.day_buttons: list[TouchButton] = []
        steppers = QGridLayout()
        self.start_label = TrLabel("", self.afterwards, style="subheading")
        self.length_label = TrLabel("", self.afterwards, style="subheading")
        for row, (label, attribute) in enumerate(((self.start_label, "start_minutes"),
                                                  (self.length_label, "length_minutes"))):
            less = TouchButton("minus", QT_TRANSLATE_NOOP("VolunteersScreen", "Earlier or shorter"), self.afterwards)
            more = TouchButton("plus", QT_TRANSLATE_NOOP("VolunteersScreen", "Later or longer"), self.afterwards)
            for button in (less, more):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            less.clicked.connect(lambda _=False, a=attribute: self._step(a, -STEP_MINUTES))
            more.clicked.connect(lambda _=False, a=attribute: self._step(a, STEP_MINUTES))
            steppers.addWidget(less, 0, row * 3)
            steppers.addWidget(label, 0, row * 3 + 1)
            steppers.addWidget(more, 0, row * 3 + 2)
            setattr(self, f"{attribute}_buttons", (less, more))
        layout.addLayout(steppers)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        back = TouchButton("back", QT_TRANSLATE_NOOP("VolunteersScreen", "Back"), self.afterwards)
        back.clicked.connect(lambda: self.pages.setCurrentWidget(self.main))
        self.save_afterwards = TouchButton("ok", QT_TRANSLATE_NOOP("VolunteersScreen", "Send for approval"),
                                           self.afterwards, role="primary")
        self.save_afterwards.clicked.connect(self._save_afterwards)
        buttons.addWidget(back)
        buttons.addWidget(self.save_afterwards, 1)
        layout.addLayout(buttons)
        self.task_id: uuid.UUID | None = None
        self.day_offset = 0
        self.start_minutes = 10 * 60
        self.length_minutes = 120

    # -- state ------------------------------------------------------------------
    def reset(self) -> None:
        self.visitor, self.scan = None, None
        self.pages.setCurrentWidget(self.main)

    def _gives(self) -> bool:
        return self.visitor is not None and any(role in GIVING_ROLES for role in self.visitor.roles)

    def refresh(self) -> None:
        self.pages.setCurrentWidget(self.main)
        for button in self.clock_buttons:
            self.clock_row.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.clock_buttons = []
        content = QWidget()
        column = QVBoxLayout(content)
        self.shift_buttons = {}
        self.afterwards_button.setVisible(self._gives())
        if self.visitor is None:
            self.scan = None
            self.question.set_text(QT_TRANSLATE_NOOP("VolunteersScreen", "Volunteering today? Scan your card to start "
                                                                         "or stop."))
        elif not self._gives():
            self.scan = None
            self.question.set_text(QT_TRANSLATE_NOOP(
                "VolunteersScreen", "{name}, would you like to help too? Ask a coordinator: everyone is welcome."),
                name=self.visitor.first_name)
        else:
            now = self.clock()
            with self.database.read() as session:
                self.scan = scan = hours_scan(session, member_id=self.visitor.id, now=now)
            self._show_clock(scan)
            self._show_shifts(column, scan, now)
        column.addStretch(1)
        self.scroll.setWidget(content)

    def _show_clock(self, scan: HoursScan) -> None:
        if scan.offer == ScanOffer.STOP and scan.open_entry is not None:
            entry = scan.open_entry
            self.question.set_text(QT_TRANSLATE_NOOP("VolunteersScreen", "{name}, you started {task} at {time}."),
                                   name=scan.first_name, task=entry.task_name,
                                   time=f"{entry.started_at.astimezone(LOCAL):%H:%M}")
            stop = TouchButton("exit", QT_TRANSLATE_NOOP("VolunteersScreen", "Stop now"), self.main, role="primary")
            stop.clicked.connect(self._stop)
            self.clock_row.addWidget(stop, 0, 0)
            self.clock_buttons.append(stop)
            return
        self.question.set_text(QT_TRANSLATE_NOOP("VolunteersScreen", "{name}, which task do you start?"),
                               name=scan.first_name)
        for index, choice in enumerate(scan.tasks[:TASKS_SHOWN]):
            button = TouchButton(choice.pictogram, choice.name, self.main, icon_size=36,
                                 role="primary" if choice.shift is not None else None)
            button.clicked.connect(lambda _=False, t=choice.task_id: self._start(t))
            self.clock_row.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.clock_buttons.append(button)

    def _show_shifts(self, column: QVBoxLayout, scan: HoursScan, now: datetime) -> None:
        today = now.astimezone(LOCAL).date()
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("VolunteersScreen", "Your next shifts"), column.parentWidget(),
                                 style="subheading"))
        if not scan.next_shifts:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("VolunteersScreen", "None planned."), column.parentWidget()))
        for view in scan.next_shifts:
            column.addWidget(TrLabel(shift_text(view, today), column.parentWidget()))
        if scan.open_shifts:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("VolunteersScreen", "Open shifts: sign up"),
                                     column.parentWidget(), style="subheading"))
        for view in scan.open_shifts:
            button = TouchButton(view.pictogram, shift_text(view, today), column.parentWidget(), icon_size=40)
            button.clicked.connect(lambda _=False, s=view.id: self._sign_up(s))
            column.addWidget(button)
            self.shift_buttons[view.id] = button

    # -- actions ----------------------------------------------------------------
    def _act(self, work: Callable[..., object], done: Callable[[object], None]) -> None:
        if self.visitor is None:
            return
        try:
            with self.database.write() as session:
                result = work(session)
        except DomainError as error:
            self.message.emit(error_text(error), True)
            self.refresh()
            return
        done(result)
        self.refresh()

    def _start(self, task_id: uuid.UUID) -> None:
        assert self.visitor is not None
        member = self.visitor.id
        self._act(lambda s: clock_in(s, member_id=member, task_id=task_id, now=self.clock()),
                  lambda entry: self.message.emit(QT_TRANSLATE_NOOP("VolunteersScreen", "Started: {task}. Thank you!")(
                      task=entry.task_name), False))  # type: ignore[attr-defined]

    def _stop(self) -> None:
        assert self.visitor is not None
        member = self.visitor.id

        def said(result: object) -> None:
            entry = result.entry  # type: ignore[attr-defined]
            minutes = int((entry.ended_at - entry.started_at).total_seconds() // 60) if entry.ended_at else 0
            self.message.emit(QT_TRANSLATE_NOOP("VolunteersScreen", "Stopped: {task}, {hours}:{minutes:02d} hours. "
                                                                    "Thank you!")(
                task=entry.task_name, hours=minutes // 60, minutes=minutes % 60), False)

        self._act(lambda s: clock_out(s, member_id=member, now=self.clock()), said)

    def _sign_up(self, shift_id: uuid.UUID) -> None:
        assert self.visitor is not None
        member = self.visitor.id
        self._act(lambda s: sign_up_for_shift(s, shift_id=shift_id, member_id=member, now=self.clock()),
                  lambda view: self.message.emit(QT_TRANSLATE_NOOP("VolunteersScreen", "You are on the roster: {shift}")(
                      shift=shift_text(view, self.clock().astimezone(LOCAL).date())), False))  # type: ignore[arg-type]

    # -- hours afterwards -------------------------------------------------------
    def open_afterwards(self) -> None:
        if not self._gives():
            return
        with self.database.read() as session:
            tasks = list_tasks(session)
        for button in [*self.task_buttons.values(), *self.day_buttons]:
            button.hide()
            button.deleteLater()
        self.task_buttons, self.day_buttons = {}, []
        for index, task in enumerate(tasks[:TASKS_SHOWN]):
            button = TouchButton(task.pictogram, task.name, self.afterwards, icon_size=40)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=task.id: self._pick_task(t))
            self.task_row.addWidget(button, index // COLUMNS, index % COLUMNS)
            self.task_buttons[task.id] = button
        today = self.clock().astimezone(LOCAL).date()
        for offset in range(DAYS_BACK):
            day = today - timedelta(days=offset)
            text = QT_TRANSLATE_NOOP("VolunteersScreen", "today")() if offset == 0 else QLocale().toString(day, "ddd d")
            button = TouchButton(None, text, self.afterwards)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, o=offset: self._pick_day(o))
            self.day_row.addWidget(button)
            self.day_buttons.append(button)
        self.task_id = tasks[0].id if tasks else None
        self._pick_day(0)
        if self.task_id is not None:
            self._pick_task(self.task_id)
        self.start_minutes, self.length_minutes = 10 * 60, 120
        self._show_times()
        self.pages.setCurrentWidget(self.afterwards)

    def _pick_task(self, task_id: uuid.UUID) -> None:
        self.task_id = task_id
        for key, button in self.task_buttons.items():
            button.setChecked(key == task_id)

    def _pick_day(self, offset: int) -> None:
        self.day_offset = offset
        for index, button in enumerate(self.day_buttons):
            button.setChecked(index == offset)

    def _step(self, attribute: str, minutes: int) -> None:
        value = getattr(self, attribute) + minutes
        limits = (0, 24 * 60 - STEP_MINUTES) if attribute == "start_minutes" else (STEP_MINUTES, 16 * 60)
        setattr(self, attribute, max(limits[0], min(limits[1], value)))
        self._show_times()

    def _show_times(self) -> None:
        self.start_label.set_text(QT_TRANSLATE_NOOP("VolunteersScreen", "From {time}"),
                                  time=f"{self.start_minutes // 60:02d}:{self.start_minutes % 60:02d}")
        self.length_label.set_text(QT_TRANSLATE_NOOP("VolunteersScreen", "For {hours}:{minutes:02d} hours"),
                                   hours=self.length_minutes // 60, minutes=self.length_minutes % 60)

    def _save_afterwards(self) -> None:
        if self.visitor is None or self.task_id is None:
            return
        day = self.clock().astimezone(LOCAL).date() - timedelta(days=self.day_offset)
        start = local_moment(day, time(self.start_minutes // 60, self.start_minutes % 60))
        member, task, length = self.visitor.id, self.task_id, self.length_minutes
        self._act(lambda s: add_manual_entry(s, member_id=member, task_id=task, started_at=start, minutes=length,
                                             now=self.clock()),
                  lambda _: self.message.emit(QT_TRANSLATE_NOOP(
                      "VolunteersScreen", "Thank you! A coordinator will approve these hours.")(), False))

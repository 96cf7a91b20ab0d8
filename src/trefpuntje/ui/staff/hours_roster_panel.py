"""The roster a coordinator plans: a week, Monday to Sunday, with each day's shifts
(task pictogram, times, places taken of the places, and the volunteers' first names:
a staff screen). Plan a shift, cancel one, put volunteers on and take them off, plan
the week like the week before, and keep the list of tasks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QScrollArea, QStackedLayout, \
    QVBoxLayout, QWidget

from trefpuntje.core.activities import week_start
from trefpuntje.core.hours_roster import ShiftView, assign_volunteer, cancel_shift, copy_week, unassign_volunteer, \
    week_roster
from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.models import Role
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.staff.hours_common import Say, SecondTap, attempt, day_text, local, ltr, span_text
from trefpuntje.ui.staff.hours_shift_form import ShiftForm
from trefpuntje.ui.staff.hours_tasks_panel import TasksPanel
from trefpuntje.ui.theme import MUTED_INK
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.stepper import SymbolButton
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

ID_ROLE = Qt.ItemDataRole.UserRole
PICKER_COLUMNS = 5
SMALL = "font-size: 18pt; padding: 2px 8px;"
NOBODY = QT_TRANSLATE_NOOP("HoursRoster", "nobody yet")
CANCELLED = QT_TRANSLATE_NOOP("HoursRoster", "cancelled")


def shift_text(view: ShiftView) -> str:
    """"Koffiehoek, ma 30 nov 09:30–12:30"."""
    return f"{view.task_name}, {day_text(view.starts_at)} {span_text(view.starts_at, view.ends_at)}"


class RosterPanel(QWidget):
    changed = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say, typing: TypingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.staff_id: uuid.UUID | None = None
        self.monday = week_start(local(clock()).date())
        self.shifts: list[ShiftView] = []
        self.selected: uuid.UUID | None = None
        self.cancelling = SecondTap()
        self.pages = QStackedLayout(self)
        self._build_week()
        self.form = ShiftForm(database, clock, say, self)
        self.form.planned.connect(self._planned)
        self.form.cancelled.connect(self.show_week)
        self.pages.addWidget(self.form)
        self._build_picker()
        self.tasks = TasksPanel(database, clock, say, typing, self)
        self.tasks.closed.connect(self.show_week)
        self.pages.addWidget(self.tasks)

    # -- building ---------------------------------------------------------------
    def _build_week(self) -> None:
        page = QWidget(self)
        layout = QHBoxLayout(page, contentsMargins=QMargins(), spacing=16)
        left = QVBoxLayout(spacing=6)
        nav = QHBoxLayout(spacing=8)
        self.previous = SymbolButton("\u25c0", QT_TRANSLATE_NOOP("HoursRoster", "Previous week"), page,
                                     mirrored="\u25b6")
        self.previous.clicked.connect(lambda: self.show_week_of(self.monday - timedelta(days=7)))
        self.week_label = TrLabel("", page, style="cardtitle")
        self.week_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = SymbolButton("\u25b6", QT_TRANSLATE_NOOP("HoursRoster", "Next week"), page, mirrored="\u25c0")
        self.next.clicked.connect(lambda: self.show_week_of(self.monday + timedelta(days=7)))
        nav.addWidget(self.previous)
        nav.addWidget(self.week_label, 1)
        nav.addWidget(self.next)
        left.addLayout(nav)
        self.list = QListWidget(page, wordWrap=True, iconSize=QSize(40, 40))
        # Day headers are lower than shifts; with the theme's padding, wrapped items lose their last line.
        self.list.setStyleSheet("QListWidget { font-size: 18pt; } QListWidget::item { min-height: 40px; "
                                "padding-left: 0; }")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("HoursRoster", "Shifts this week")())
        self.list.currentItemChanged.connect(self._picked)
        left.addWidget(self.list, 1)
        planning = QHBoxLayout(spacing=8)
        self.plan_button = TouchButton("calendar", QT_TRANSLATE_NOOP("HoursRoster", "Plan a shift"), page,
                                       role="primary", icon_size=32)
        self.plan_button.clicked.connect(self.open_form)
        self.copy_button = TouchButton("calendar", QT_TRANSLATE_NOOP("HoursRoster", "Copy last week"), page,
                                       icon_size=32)
        self.copy_button.clicked.connect(self.copy_last_week)
        self.tasks_button = TouchButton("volunteers", QT_TRANSLATE_NOOP("HoursRoster", "Tasks"), page, icon_size=32)
        self.tasks_button.clicked.connect(self.open_tasks)
        for button in (self.plan_button, self.copy_button, self.tasks_button):
            button.setStyleSheet(SMALL)
            planning.addWidget(button)
        left.addLayout(planning)
        layout.addLayout(left, 3)

        right = QVBoxLayout(spacing=6)
        self.heading = TrLabel("", page, style="cardtitle")
        right.addWidget(self.heading)
        self.places = TrLabel("", page)
        right.addWidget(self.places)
        self.people = QListWidget(page)
        self.people.setStyleSheet("font-size: 18pt;")
        self.people.setAccessibleName(QT_TRANSLATE_NOOP("HoursRoster", "Volunteers on this shift")())
        right.addWidget(self.people, 1)
        grid = QGridLayout(spacing=8)
        self.assign_button = TouchButton("person", QT_TRANSLATE_NOOP("HoursRoster", "Put on"), page, icon_size=32)
        self.assign_button.clicked.connect(self.open_picker)
        self.unassign_button = TouchButton("undo", QT_TRANSLATE_NOOP("HoursRoster", "Take off"), page, icon_size=32)
        self.unassign_button.clicked.connect(self.unassign)
        self.cancel_button = TouchButton("cancel", QT_TRANSLATE_NOOP("HoursRoster", "Cancel the shift"), page,
                                         role="danger", icon_size=32)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.assign_button, self.unassign_button, self.cancel_button):
            button.setStyleSheet(SMALL)
        grid.addWidget(self.assign_button, 0, 0)
        grid.addWidget(self.unassign_button, 0, 1)
        grid.addWidget(self.cancel_button, 1, 0, 1, 2)
        right.addLayout(grid)
        layout.addLayout(right, 2)
        self.pages.addWidget(page)
        self.week_page = page

    def _build_picker(self) -> None:
        self.picker = QWidget(self)
        column = QVBoxLayout(self.picker, contentsMargins=QMargins(), spacing=8)
        self.picker_heading = TrLabel("", self.picker, style="cardtitle")
        column.addWidget(self.picker_heading)
        self.picker_scroll = QScrollArea(self.picker, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame)
        column.addWidget(self.picker_scroll, 1)
        back = TouchButton("back", QT_TRANSLATE_NOOP("HoursRoster", "Back"), self.picker, icon_size=36)
        back.clicked.connect(self.show_week)
        column.addWidget(back, 0, Qt.AlignmentFlag.AlignLeading)
        self.pick_buttons: dict[uuid.UUID, TouchButton] = {}
        self.pages.addWidget(self.picker)

    # -- the week ---------------------------------------------------------------
    def open_for(self, staff_id: uuid.UUID | None) -> None:
        self.staff_id, self.selected = staff_id, None
        self.show_week_of(week_start(local(self.clock()).date()))

    def show_week_of(self, monday: date) -> None:
        self.monday, self.selected = monday, None
        self.show_week()

    def show_week(self) -> None:
        self.pages.setCurrentWidget(self.week_page)
        self.refresh()

    def refresh(self) -> None:
        self.cancelling.disarm()
        with self.database.read() as session:
            self.shifts = week_roster(session, monday=self.monday)
        sunday = self.monday + timedelta(days=6)
        self.week_label.set_text(QT_TRANSLATE_NOOP("HoursRoster", "Week {number}: {first} \u2013 {last}"),
                                 number=self.monday.isocalendar().week, first=day_text(self.monday),
                                 last=day_text(sunday))
        self.list.blockSignals(True)
        self.list.clear()
        for offset in range(7):
            day = self.monday + timedelta(days=offset)
            header = QListWidgetItem(day_text(day, "dddd d MMMM"))
            header.setFlags(Qt.ItemFlag.NoItemFlags)
            font = QFont(header.font())
            font.setBold(True)
            header.setFont(font)
            header.setForeground(QColor(MUTED_INK))
            self.list.addItem(header)
            for view in (v for v in self.shifts if local(v.starts_at).date() == day):
                self.list.addItem(self._item(view))
        self.list.blockSignals(False)
        self._show()

    def _item(self, view: ShiftView) -> QListWidgetItem:
        names = ", ".join(v.first_name for v in view.volunteers) or NOBODY()
        places = ltr(f"{view.taken}/{view.places}")
        text = f"{span_text(view.starts_at, view.ends_at)}  {view.task_name}  {places}\n{names}"
        if view.cancelled:
            text = f"\u2716 {text}  ({CANCELLED()})"
        item = QListWidgetItem(pictograms.icon(view.pictogram, 80), text)
        item.setData(ID_ROLE, view.id)
        if view.cancelled:
            item.setForeground(QColor(MUTED_INK))
        return item

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.selected = item.data(ID_ROLE) if item is not None else None
        self.cancelling.disarm()
        self._show()

    def current(self) -> ShiftView | None:
        return next((v for v in self.shifts if v.id == self.selected), None)

    def _show(self) -> None:
        view = self.current()
        if view is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(ID_ROLE) == view.id and self.list.currentRow() != row:
                    self.list.blockSignals(True)
                    self.list.setCurrentRow(row)
                    self.list.blockSignals(False)
        self.people.clear()
        for button in (self.assign_button, self.unassign_button, self.cancel_button):
            button.setEnabled(view is not None and not view.cancelled)
        if view is None:
            self.heading.set_text(QT_TRANSLATE_NOOP("HoursRoster", "Tap a shift to see who is on it."))
            self.places.set_text("")
            return
        self.heading.set_text(shift_text(view))
        state = QT_TRANSLATE_NOOP("HoursRoster", "This shift is cancelled.") if view.cancelled else \
            QT_TRANSLATE_NOOP("HoursRoster", "{taken} of {places} places taken")
        self.places.set_text(state, taken=view.taken, places=view.places)
        for volunteer in view.volunteers:
            item = QListWidgetItem(volunteer.first_name)
            item.setData(ID_ROLE, volunteer.id)
            self.people.addItem(item)
        self.assign_button.setEnabled(not view.cancelled and view.places_left > 0)
        self.unassign_button.setEnabled(not view.cancelled and bool(view.volunteers))

    # -- changes ----------------------------------------------------------------
    def _changed(self, said: Text, **params: object) -> None:
        self.say(said, **params)
        self.show_week()
        self.changed.emit()

    def _planned(self, view: ShiftView) -> None:
        self.selected = view.id
        self._changed(QT_TRANSLATE_NOOP("HoursRoster", "Planned: {shift}."), shift=shift_text(view))

    def cancel(self) -> None:
        view = self.current()
        if view is None:
            return
        if not self.cancelling.confirmed(view.id):
            self.say(QT_TRANSLATE_NOOP("HoursRoster", "Tap once more to cancel {shift}."),
                     shift=shift_text(view))
            return
        done, _ = attempt(self.database, lambda s: cancel_shift(s, shift_id=view.id), self.say)
        if done:
            self._changed(QT_TRANSLATE_NOOP("HoursRoster", "Cancelled: {shift}. Tell the volunteers on it."),
                          shift=shift_text(view))

    def unassign(self) -> None:
        view, person = self.current(), self.people.currentItem()
        if view is None:
            return
        if person is None:
            self.say(QT_TRANSLATE_NOOP("HoursRoster", "First tap the name to take off the shift."), problem=True)
            return
        member_id = person.data(ID_ROLE)
        done, _ = attempt(self.database, lambda s: unassign_volunteer(s, shift_id=view.id, member_id=member_id),
                          self.say)
        if done:
            self._changed(QT_TRANSLATE_NOOP("HoursRoster", "{name} is off the shift {shift}."), name=person.text(),
                          shift=shift_text(view))

    def copy_last_week(self) -> None:
        before, monday, staff, now = self.monday - timedelta(days=7), self.monday, self.staff_id, self.clock()
        done, added = attempt(self.database, lambda s: copy_week(s, from_monday=before, to_monday=monday,
                                                                 planned_by_id=staff, now=now), self.say)
        if done:
            self._changed(QT_TRANSLATE_NOOP("HoursRoster", "{count} shifts planned as in the week before."),
                          count=added)

    # -- putting a volunteer on -------------------------------------------------
    def volunteers(self) -> list[MemberSummary]:
        """Who can be put on a shift: volunteers and cooks."""
        with self.database.read() as session:
            people = {m.id: m for role in (Role.VOLUNTEER, Role.COOK) for m in list_members(session, role=role)}
        return sorted(people.values(), key=lambda m: (m.first_name.lower(), str(m.id)))

    def open_picker(self) -> None:
        view = self.current()
        if view is None:
            return
        self.picker_heading.set_text(QT_TRANSLATE_NOOP("HoursRoster", "Who goes on {shift}?"), shift=shift_text(view))
        on = {v.id for v in view.volunteers}
        content = QWidget()
        grid = QGridLayout(content, spacing=8)
        self.pick_buttons = {}
        for index, member in enumerate(m for m in self.volunteers() if m.id not in on):
            button = TouchButton("person", member.first_name, content, icon_size=32)
            button.setStyleSheet(SMALL)
            button.clicked.connect(lambda _=False, m=member: self.assign(m))
            grid.addWidget(button, index // PICKER_COLUMNS, index % PICKER_COLUMNS)
            self.pick_buttons[member.id] = button
        grid.setRowStretch(grid.rowCount(), 1)
        self.picker_scroll.setWidget(content)
        self.pages.setCurrentWidget(self.picker)

    def assign(self, member: MemberSummary) -> None:
        view, staff, now = self.current(), self.staff_id, self.clock()
        if view is None:
            return
        done, _ = attempt(self.database, lambda s: assign_volunteer(s, shift_id=view.id, member_id=member.id,
                                                                    assigned_by_id=staff, now=now), self.say)
        if done:
            self._changed(QT_TRANSLATE_NOOP("HoursRoster", "{name} is on the shift {shift}."), name=member.first_name,
                          shift=shift_text(view))

    # -- planning and tasks -----------------------------------------------------
    def open_form(self) -> None:
        view = self.current()
        self.form.open_for(monday=self.monday, day=local(view.starts_at).date() if view else None,
                           staff_id=self.staff_id)
        self.pages.setCurrentWidget(self.form)

    def open_tasks(self) -> None:
        self.tasks.refresh()
        self.pages.setCurrentWidget(self.tasks)

    def reset(self) -> None:
        self.staff_id, self.selected = None, None
        self.cancelling.disarm()
        self.tasks.reset()
        self.list.clear()
        self.people.clear()
        self.pages.setCurrentWidget(self.week_page)


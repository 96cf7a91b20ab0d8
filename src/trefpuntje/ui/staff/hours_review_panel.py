"""The coordinator's "to review": hours given afterwards that wait for approval and
forgotten clock-outs that no shift could close, oldest first. Approve, correct (new
times with big steppers, and a reason) or reject (with a reason); every entry shows
its history. The service refuses anyone's own hours, and says so."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, time, timedelta

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLineEdit, QListView, QListWidget, QListWidgetItem, \
    QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import local_moment
from trefpuntje.core.hours import EntryView
from trefpuntje.core.hours_review import ChangeView, approve_entry, correct_entry, entries_to_review, entry_history, \
    reject_entry
from trefpuntje.core.models import EntryStatus
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.staff.hours_common import Say, attempt, day_text, duration_text, local, span_text
from trefpuntje.ui.theme import TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.stepper import Stepper, clock_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

ID_ROLE = Qt.ItemDataRole.UserRole
# With the theme's padding, Qt measures wrapped items too short and cuts their last line.
STYLE = ("QListWidget { font-size: 18pt; } QListWidget::item { padding-left: 0; } "
         "QListWidget#history { font-size: 16pt; } QListWidget#history::item { min-height: 0; padding: 4px 0; }")
FLAGGED_LENGTH = 60  # minutes: the end first offered for a forgotten clock-out, to step from
KIND = {
    EntryStatus.PENDING.value: QT_TRANSLATE_NOOP("HoursReview", "added afterwards"),
    EntryStatus.FLAGGED.value: QT_TRANSLATE_NOOP("HoursReview", "forgot to clock out"),
    EntryStatus.DONE.value: QT_TRANSLATE_NOOP("HoursReview", "counted"),
    EntryStatus.REJECTED.value: QT_TRANSLATE_NOOP("HoursReview", "rejected"),
    EntryStatus.OPEN.value: QT_TRANSLATE_NOOP("HoursReview", "still running"),
}
STATE = {
    EntryStatus.PENDING.value: QT_TRANSLATE_NOOP("HoursReview", "Added afterwards: waiting for approval."),
    EntryStatus.FLAGGED.value: QT_TRANSLATE_NOOP(
        "HoursReview", "Forgot to clock out, and no shift says when it ended: correct it with the end."),
    EntryStatus.DONE.value: QT_TRANSLATE_NOOP("HoursReview", "These hours count."),
    EntryStatus.REJECTED.value: QT_TRANSLATE_NOOP("HoursReview", "Rejected: these hours do not count."),
    EntryStatus.OPEN.value: QT_TRANSLATE_NOOP("HoursReview", "Still running."),
}
ACTION = {
    "clocked_in": QT_TRANSLATE_NOOP("HoursReview", "clocked in"),
    "clocked_out": QT_TRANSLATE_NOOP("HoursReview", "clocked out"),
    "added": QT_TRANSLATE_NOOP("HoursReview", "added afterwards"),
    "auto_closed": QT_TRANSLATE_NOOP("HoursReview", "closed at the end of the shift"),
    "flagged": QT_TRANSLATE_NOOP("HoursReview", "forgotten clock-out flagged"),
    "approved": QT_TRANSLATE_NOOP("HoursReview", "approved"),
    "corrected": QT_TRANSLATE_NOOP("HoursReview", "corrected"),
    "rejected": QT_TRANSLATE_NOOP("HoursReview", "rejected"),
}
CORRECT_REASONS = (
    QT_TRANSLATE_NOOP("HoursReview", "Forgot to clock out"),
    QT_TRANSLATE_NOOP("HoursReview", "As on the roster"),
    QT_TRANSLATE_NOOP("HoursReview", "Checked with the volunteer"),
)
REJECT_REASONS = (
    QT_TRANSLATE_NOOP("HoursReview", "Entered twice"),
    QT_TRANSLATE_NOOP("HoursReview", "Not volunteer work"),
    QT_TRANSLATE_NOOP("HoursReview", "Checked with the volunteer"),
)
REASON = QT_TRANSLATE_NOOP("HoursReview", "Reason")


class ReasonPicker(QWidget):
    """Why: a tap on a reason that is often given, or words of one's own."""

    def __init__(self, reasons: tuple[Text, ...], typing: TypingPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=6)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("HoursReview", "Why? A reason is needed."), self))
        row = QHBoxLayout(spacing=8)
        self.buttons: list[TouchButton] = []
        for reason in reasons:
            button = TouchButton(None, reason, self)
            button.setStyleSheet("font-size: 18pt; padding: 2px 8px;")
            button.clicked.connect(lambda _=False, r=reason: self.field.setText(r()))
            row.addWidget(button)
            self.buttons.append(button)
        column.addLayout(row)
        self.field = QLineEdit(self, maxLength=200)
        self.field.setAccessibleName(REASON())
        self.field.setPlaceholderText(QT_TRANSLATE_NOOP("HoursReview", "Or type a reason")())
        typing.attach(self.field, REASON)
        column.addWidget(self.field)

    def text(self) -> str:
        return self.field.text()

    def clear(self) -> None:
        self.field.clear()


class ReviewPanel(QWidget):
    changed = Signal()  # hours were approved, corrected or rejected

    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say, typing: TypingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.staff_id: uuid.UUID | None = None
        self.entries: list[EntryView] = []
        self.current: EntryView | None = None  # chosen, or the one just reviewed (it has left the list)
        self.start_minutes = self.end_minutes = 0  # as the correction opened: only stepped times change
        self.setStyleSheet(STYLE)
        layout = QHBoxLayout(self, contentsMargins=QMargins(), spacing=16)
        self.left = QWidget(self)  # hidden while correcting or rejecting: the reasons need the width
        left = QVBoxLayout(self.left, contentsMargins=QMargins())
        self.empty = TrLabel(QT_TRANSLATE_NOOP("HoursReview", "Nothing to review. Thank you!"), self.left)
        left.addWidget(self.empty)
        self.list = QListWidget(self.left, wordWrap=True, iconSize=QSize(48, 48))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("HoursReview", "Hours to review, oldest first")())
        self.list.currentItemChanged.connect(self._picked)
        self.list.itemClicked.connect(self._picked)  # the one shown may have left the list: tap again
        left.addWidget(self.list, 1)
        layout.addWidget(self.left, 5)
        self.pages = QStackedLayout()
        self._build_detail()
        self._build_correct(typing)
        self._build_reject(typing)
        layout.addLayout(self.pages, 7)

    # -- building ---------------------------------------------------------------
    def _build_detail(self) -> None:
        self.detail = QWidget(self)
        column = QVBoxLayout(self.detail, contentsMargins=QMargins(), spacing=8)
        head = QHBoxLayout()
        self.picture = Pictogram("volunteers", 56, self.detail)
        head.addWidget(self.picture)
        self.heading = TrLabel("", self.detail, style="cardtitle")
        head.addWidget(self.heading, 1)
        column.addLayout(head)
        self.facts = TrLabel("", self.detail)
        column.addWidget(self.facts)
        row = QHBoxLayout(spacing=8)
        self.approve_button = TouchButton("ok", QT_TRANSLATE_NOOP("HoursReview", "Approve"), self.detail,
                                          role="primary", icon_size=36)
        self.approve_button.clicked.connect(self.approve)
        self.correct_button = TouchButton("timer", QT_TRANSLATE_NOOP("HoursReview", "Correct"), self.detail,
                                          icon_size=36)
        self.correct_button.clicked.connect(self.open_correct)
        self.reject_button = TouchButton("cancel", QT_TRANSLATE_NOOP("HoursReview", "Reject"), self.detail,
                                         role="danger", icon_size=36)
        self.reject_button.clicked.connect(self.open_reject)
        for button in (self.approve_button, self.correct_button, self.reject_button):
            row.addWidget(button)
        column.addLayout(row)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("HoursReview", "History"), self.detail, style="muted"))
        self.history = QListWidget(self.detail, wordWrap=True)
        self.history.setObjectName("history")
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history.setAccessibleName(QT_TRANSLATE_NOOP("HoursReview", "History of these hours")())
        column.addWidget(self.history, 1)
        self.pages.addWidget(self.detail)

    def _build_correct(self, typing: TypingPage) -> None:
        self.correct_page = QWidget(self)
        column = QVBoxLayout(self.correct_page, contentsMargins=QMargins(), spacing=8)
        self.correct_heading = TrLabel("", self.correct_page, style="cardtitle")
        column.addWidget(self.correct_heading)
        row = QHBoxLayout(spacing=16)
        self.start = Stepper(QT_TRANSLATE_NOOP("HoursReview", "Start"), self.correct_page, maximum=24 * 60 - 15,
                             show=self._clock_text)
        self.end = Stepper(QT_TRANSLATE_NOOP("HoursReview", "End"), self.correct_page, maximum=48 * 60 - 15,
                           show=self._clock_text)
        self.length = TrLabel("", self.correct_page, style="cardtitle")
        self.length.setMinimumHeight(TOUCH_MIN)  # level with the times between the steppers' buttons
        self.length.setAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeading)
        for stepper in (self.start, self.end):
            stepper.changed.connect(self._show_length)
            row.addWidget(stepper)
        row.addWidget(self.length, 1, Qt.AlignmentFlag.AlignBottom)
        column.addLayout(row)
        self.correct_reason = ReasonPicker(CORRECT_REASONS, typing, self.correct_page)
        column.addWidget(self.correct_reason)
        column.addStretch(1)
        self.save_correction = TouchButton("ok", QT_TRANSLATE_NOOP("HoursReview", "Save the correction"),
                                           self.correct_page, role="primary", icon_size=36)
        self.save_correction.clicked.connect(self.correct)
        column.addLayout(self._back_and(self.save_correction, self.correct_page))
        self.pages.addWidget(self.correct_page)

    def _build_reject(self, typing: TypingPage) -> None:
        self.reject_page = QWidget(self)
        column = QVBoxLayout(self.reject_page, contentsMargins=QMargins(), spacing=8)
        self.reject_heading = TrLabel("", self.reject_page, style="cardtitle")
        column.addWidget(self.reject_heading)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("HoursReview", "Rejected hours do not count. Their history stays."),
                                 self.reject_page))
        self.reject_reason = ReasonPicker(REJECT_REASONS, typing, self.reject_page)
        column.addWidget(self.reject_reason)
        column.addStretch(1)
        self.confirm_reject = TouchButton("cancel", QT_TRANSLATE_NOOP("HoursReview", "Reject these hours"),
                                          self.reject_page, role="danger", icon_size=36)
        self.confirm_reject.clicked.connect(self.reject)
        column.addLayout(self._back_and(self.confirm_reject, self.reject_page))
        self.pages.addWidget(self.reject_page)

    def _back_and(self, action: TouchButton, parent: QWidget) -> QHBoxLayout:
        row = QHBoxLayout(spacing=8)
        back = TouchButton("back", QT_TRANSLATE_NOOP("HoursReview", "Back"), parent, icon_size=36)
        back.clicked.connect(lambda: self._page(self.detail))
        row.addWidget(back)
        row.addWidget(action, 1)
        return row

    # -- showing ----------------------------------------------------------------
    def open_for(self, staff_id: uuid.UUID | None) -> None:
        self.staff_id, self.current = staff_id, None
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            self.entries = entries_to_review(session)
        keep = self.current.id if self.current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(pictograms.icon(entry.pictogram, 96), self._line(entry))
            item.setData(ID_ROLE, entry.id)
            self.list.addItem(item)
            if entry.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not self.entries)
        if self.current is None and self.entries:
            self.list.setCurrentRow(0)
            self.current = self.entries[0]
        self._show()

    def _line(self, entry: EntryView) -> str:
        length = f" ({duration_text(entry.minutes)})" if entry.minutes is not None else ""
        return (f"{entry.first_name} \u00b7 {entry.task_name}\n{day_text(entry.started_at)} "
                f"{span_text(entry.started_at, entry.ended_at)}{length} \u00b7 {KIND[entry.status]()}")

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.current = next(e for e in self.entries if e.id == item.data(ID_ROLE))
            self._show()

    def _page(self, page: QWidget) -> None:
        self.left.setVisible(page is self.detail)
        self.pages.setCurrentWidget(page)

    def _show(self) -> None:
        self._page(self.detail)
        entry = self.current
        for button in (self.approve_button, self.correct_button, self.reject_button):
            button.setVisible(entry is not None)
        self.history.clear()
        if entry is None:
            self.heading.set_text("")
            self.facts.set_text("")
            self.picture.hide()
            return
        self.picture.show()
        self.picture.set_pictogram(entry.pictogram, 56)
        self.heading.set_text(f"{entry.first_name} \u00b7 {entry.task_name}")
        lines = [f"{day_text(entry.started_at, 'dddd d MMMM')}  {span_text(entry.started_at, entry.ended_at)}"
                 + (f"  ({duration_text(entry.minutes)})" if entry.minutes is not None else ""),
                 STATE[entry.status]()]
        if entry.note:
            lines.append(f"\u201c{entry.note}\u201d")
        self.facts.set_text("\n".join(lines))
        self.approve_button.setEnabled(entry.status == EntryStatus.PENDING.value)
        for button in (self.correct_button, self.reject_button):
            button.setEnabled(entry.status != EntryStatus.OPEN.value)
        self.reject_button.setEnabled(entry.status not in (EntryStatus.OPEN.value, EntryStatus.REJECTED.value))
        with self.database.read() as session:
            changes = entry_history(session, entry_id=entry.id)
        for change in changes:
            self.history.addItem(self._change_line(change))

    def _change_line(self, change: ChangeView) -> str:
        who = change.changed_by or QT_TRANSLATE_NOOP("HoursReview", "the daily check")()
        line = f"{day_text(change.changed_at)} {local(change.changed_at):%H:%M} \u00b7 {who}: {ACTION[change.action]()}"
        new = span_text(change.new_started_at, change.new_ended_at)
        if change.old_started_at is not None and (change.old_started_at, change.old_ended_at) != \
                (change.new_started_at, change.new_ended_at):
            line += f"\n{span_text(change.old_started_at, change.old_ended_at)} \u2192 {new}"
        elif change.old_started_at is None:
            line += f"  {new}"
        if change.old_task is not None and change.old_task != change.new_task:
            line += f"\n{change.old_task} \u2192 {change.new_task}"
        if change.reason:
            line += f"\n\u201c{change.reason}\u201d"
        return line

    # -- correcting -------------------------------------------------------------
    def _base_day(self) -> datetime:
        assert self.current is not None
        return local(self.current.started_at).replace(hour=0, minute=0, second=0, microsecond=0)

    def _minutes(self, moment: datetime) -> int:
        return int((local(moment) - self._base_day()).total_seconds() // 60)

    def _moment(self, minutes: int) -> datetime:
        day = self._base_day().date() + timedelta(days=minutes // 1440)
        return local_moment(day, time(minutes % 1440 // 60, minutes % 60))

    def _clock_text(self, minutes: int) -> str:
        if minutes < 1440 or self.current is None:
            return clock_text(minutes)
        return f"{day_text(self._moment(minutes))} {clock_text(minutes)}"

    def _heading(self, text: Text, entry: EntryView) -> str:
        return text(name=entry.first_name, task=entry.task_name, day=day_text(entry.started_at))

    def open_correct(self) -> None:
        entry = self.current
        if entry is None:
            return
        self.correct_heading.set_text(self._heading(QT_TRANSLATE_NOOP("HoursReview", "Correct: {name} \u00b7 {task} "
                                                                                     "\u00b7 {day}"), entry))
        self.start_minutes = self._minutes(entry.started_at)
        self.end_minutes = (self._minutes(entry.ended_at) if entry.ended_at is not None
                            else self.start_minutes + FLAGGED_LENGTH)
        self.start.set_value(self.start_minutes)
        self.end.set_value(self.end_minutes)
        self._show_length()
        self.correct_reason.clear()
        self._page(self.correct_page)

    def _show_length(self) -> None:
        minutes = self.end.value - self.start.value
        self.length.set_text(duration_text(minutes) if minutes > 0 else "\u2014")

    def correct(self) -> None:
        entry = self.current
        if entry is None or self.staff_id is None:
            return
        # Only what was stepped changes: an untouched clock time keeps its seconds.
        start = self._moment(self.start.value) if self.start.value != self.start_minutes else None
        end = (self._moment(self.end.value)
               if self.end.value != self.end_minutes or entry.ended_at is None else None)
        staff, reason, now = self.staff_id, self.correct_reason.text(), self.clock()
        done, view = attempt(self.database, lambda s: correct_entry(
            s, entry_id=entry.id, coordinator_id=staff, reason=reason, now=now, started_at=start, ended_at=end),
            self.say)
        if done and view is not None:
            self._reviewed(view, QT_TRANSLATE_NOOP("HoursReview", "Corrected: {name}, {task}, {span}. These hours "
                                                                  "count now."))

    # -- approving and rejecting ------------------------------------------------
    def approve(self) -> None:
        entry, staff = self.current, self.staff_id
        if entry is None or staff is None:
            return
        now = self.clock()
        done, view = attempt(self.database, lambda s: approve_entry(s, entry_id=entry.id, coordinator_id=staff,
                                                                    now=now), self.say)
        if done and view is not None:
            self._reviewed(view, QT_TRANSLATE_NOOP("HoursReview", "Approved: {name}, {task}, {span}."))

    def open_reject(self) -> None:
        if self.current is None:
            return
        self.reject_heading.set_text(self._heading(QT_TRANSLATE_NOOP("HoursReview", "Reject: {name} \u00b7 {task} "
                                                                                    "\u00b7 {day}"), self.current))
        self.reject_reason.clear()
        self._page(self.reject_page)

    def reject(self) -> None:
        entry, staff = self.current, self.staff_id
        if entry is None or staff is None:
            return
        reason, now = self.reject_reason.text(), self.clock()
        done, view = attempt(self.database, lambda s: reject_entry(s, entry_id=entry.id, coordinator_id=staff,
                                                                   reason=reason, now=now), self.say)
        if done and view is not None:
            self._reviewed(view, QT_TRANSLATE_NOOP("HoursReview", "Rejected: {name}, {task}, {span}."))

    def _reviewed(self, view: EntryView, said: Text) -> None:
        self.current = view  # it stays on show, with its history, after it left the list
        self.say(said, name=view.first_name, task=view.task_name,
                 span=f"{day_text(view.started_at)} {span_text(view.started_at, view.ended_at)}")
        self.refresh()
        self.changed.emit()

    def reset(self) -> None:
        self.staff_id, self.current = None, None
        self.correct_reason.clear()
        self.reject_reason.clear()
        self.list.clear()
        self.history.clear()
        self._page(self.detail)

"""Staff: volunteer hours, the coordinator's side. Three parts behind big tabs: the
hours to review (approve, correct with a reason, reject; with their history), the
weekly roster (shifts, who is on them, tasks) and the year's overview with its CSV.
What the services refuse is said in the message line; nothing of it is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QMargins
from PySide6.QtWidgets import QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.members import MemberSummary
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.staff.hours_common import local
from trefpuntje.ui.staff.hours_overview_panel import OverviewPanel
from trefpuntje.ui.staff.hours_review_panel import ReviewPanel
from trefpuntje.ui.staff.hours_roster_panel import RosterPanel
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.tab_row import tab_row
from trefpuntje.ui.widgets.touch import TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

REVIEW, ROSTER, OVERVIEW = 0, 1, 2
TO_REVIEW = QT_TRANSLATE_NOOP("HoursAdmin", "To review")
TO_REVIEW_COUNT = QT_TRANSLATE_NOOP("HoursAdmin", "To review ({count})")


class HoursAdmin(Screen):
    """``open_for(staff)`` with the coordinator or staff member who opened staff mode
    (they approve, correct and plan in their own name); ``reset()`` when it closes."""

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock = database, clock
        self.staff: MemberSummary | None = None
        self.top = QStackedLayout(self)
        self.main = QWidget(self)
        column = QVBoxLayout(self.main, contentsMargins=QMargins(24, 8, 24, 12), spacing=8)
        tabs, self.group, self.tabs = tab_row(self.main, (
            ("ok", TO_REVIEW), ("calendar", QT_TRANSLATE_NOOP("HoursAdmin", "Roster")),
            ("report", QT_TRANSLATE_NOOP("HoursAdmin", "Overview"))), self.show_part)
        self.message = TrLabel("", self.main)
        self.message.setStyleSheet("font-size: 16pt;")
        self.message.setAccessibleName(QT_TRANSLATE_NOOP("HoursAdmin", "Message")())
        tabs.addWidget(self.message, 1)
        column.addLayout(tabs)
        self.typing = TypingPage(self)
        self.typing.opened.connect(lambda: self.top.setCurrentWidget(self.typing))
        self.typing.closed.connect(lambda: self.top.setCurrentWidget(self.main))
        self.parts = QStackedLayout()
        self.review = ReviewPanel(database, clock, self.say, self.typing, self.main)
        self.review.changed.connect(self._count_review)
        self.roster = RosterPanel(database, clock, self.say, self.typing, self.main)
        self.overview = OverviewPanel(database, clock, self.say, self.main)
        for part in (self.review, self.roster, self.overview):
            self.parts.addWidget(part)
        column.addLayout(self.parts, 1)
        self.top.addWidget(self.main)
        self.top.addWidget(self.typing)
        self.tabs[REVIEW].setChecked(True)

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.say("")
        self.top.setCurrentWidget(self.main)
        self.review.open_for(staff.id)
        self.roster.open_for(staff.id)
        self.overview.show_year(local(self.clock()).year)
        self._count_review()
        self.show_part(REVIEW)

    def reset(self) -> None:
        self.staff = None
        self.say("")
        self.review.reset()
        self.roster.reset()
        self.overview.reset()
        self.top.setCurrentWidget(self.main)
        self.show_part(REVIEW, refresh=False)

    def show_part(self, index: int, *, refresh: bool = True) -> None:
        """One of the three parts, read afresh (another terminal may have changed it)."""
        self.tabs[index].setChecked(True)
        part = self.parts.widget(index)
        if refresh and self.staff is not None and part is not self.parts.currentWidget():
            {REVIEW: self.review.refresh, ROSTER: self.roster.show_week, OVERVIEW: self.overview.refresh}[index]()
            if index == REVIEW:
                self._count_review()
        self.parts.setCurrentWidget(part)

    def say(self, text: Text | str, *, problem: bool = False, **params: Any) -> None:
        """The message line: what just happened, or (in red) what was refused."""
        self.message.set_text(text, **params)
        self.message.setProperty("kind", "problem" if problem else "")
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)

    def _count_review(self) -> None:
        count = len(self.review.entries)
        self.tabs[REVIEW].set_text(TO_REVIEW_COUNT if count else TO_REVIEW, count=count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.staff is not None and self.isVisible():
            # The lists are made of words and dates of the language that was on screen.
            self.review.refresh()
            self.roster.refresh()
            self.overview.refresh()
        super().changeEvent(event)


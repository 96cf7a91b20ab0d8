"""Staff: the giveaway shop's back room. Four parts behind big tabs: taking things in
(a category tile, a few words, its condition, maybe a photo and a donor; under half a
minute an item), the items on the shelf too long to clear (to the kringloop or
recycling), the neighbours' own work with what the centre owes them, and the
fair-share rule of each category. What the services refuse is said in the message
line; nothing of it is saved. A label scanned here (or "Change an item" and its code)
opens that item in the intake form, to put it right.

Handing things out is the counter's (``ui/staff/shop_counter.py``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QStackedLayout, QVBoxLayout, QWidget)

from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.permissions import allowed
from trefpuntje.core.cards import normalise
from trefpuntje.core.models.shop import ItemKind
from trefpuntje.core.shop import HANDMADE_CATEGORY, categories, get_item, parse_item_code, set_weekly_limit
from trefpuntje.core.shop_words import CATEGORY_NAMES
from trefpuntje.core.shop_words import CONTEXT as SHOP_CONTEXT
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text
from trefpuntje.ui.widgets.code_pad import CodePage
from trefpuntje.ui.widgets.stepper import Stepper
from trefpuntje.ui.widgets.tab_row import tab_row
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

INTAKE, CLEARING, MAKERS, FAIR_SHARE = 0, 1, 2, 3
NO_LIMIT = QT_TRANSLATE_NOOP("ShopAdmin", "no limit")

Say = Callable[..., None]  # say(text, problem=False, **params)
PickMember = Callable[..., None]  # pick_member(caption, on_chosen, allow_nobody=True)
PrintPdf = Callable[..., None]  # print_pdf(make_pdf, title=Text, done=Text)


def category_text(code: str) -> Text:
    """A category's name as it retranslates itself; a centre's own category (no
    translation) shows its code."""
    return Text(SHOP_CONTEXT, CATEGORY_NAMES.get(code, code))


class CaptionedLine(QLineEdit):
    """A text field whose caption is its placeholder and its accessible name, in the
    language on screen (a caption above it would cost the height the screen needs)."""

    def __init__(self, caption: Text, parent: QWidget | None = None, *, max_length: int) -> None:
        super().__init__(parent)
        self.caption = caption
        self.setMaxLength(max_length)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.caption())
        self.setAccessibleName(self.caption())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def wrapped(listing: QListWidget) -> None:
    """Long rows wrap onto a second line instead of hiding behind a sideways scroll bar."""
    listing.setWordWrap(True)
    listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


class MemberPicker(QWidget):
    """Choose a member by first name (behind the PIN only): a donor or a maker. A tap on
    a name chooses it; "Nobody" is for a donor who is not known."""

    chosen = Signal(object)  # MemberSummary | None
    cancelled = Signal()

    def __init__(self, database: Database, typing: TypingPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        column = QVBoxLayout(self, contentsMargins=QMargins(24, 8, 24, 12), spacing=8)
        top = QHBoxLayout(spacing=8)
        back = TouchButton("back", QT_TRANSLATE_NOOP("ShopAdmin", "Back"), self)
        back.clicked.connect(self.cancelled)
        top.addWidget(back)
        self.heading = TrLabel("", self, style="subheading")
        top.addWidget(self.heading, 1)
        self.nobody = TouchButton("cancel", QT_TRANSLATE_NOOP("ShopAdmin", "Not known"), self)
        self.nobody.clicked.connect(lambda: self.chosen.emit(None))
        top.addWidget(self.nobody)
        column.addLayout(top)
        search_caption = QT_TRANSLATE_NOOP("ShopAdmin", "Search by first name, or scan their card")
        self.search = CaptionedLine(search_caption, self, max_length=40)
        self.search.textChanged.connect(self._filter)
        typing.attach(self.search, search_caption)
        column.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("ShopAdmin", "Members")())
        self.list.itemClicked.connect(self._clicked)
        column.addWidget(self.list, 1)
        self.members: dict[str, MemberSummary] = {}

    def open(self, caption: Text, *, allow_nobody: bool) -> None:
        self.heading.set_text(caption)
        self.nobody.setVisible(allow_nobody)
        with self.database.read() as session:
            members = list_members(session)
        self.members = {str(m.id): m for m in members}
        self.list.clear()
        for member in members:
            item = QListWidgetItem(member.first_name)
            item.setData(Qt.ItemDataRole.UserRole, str(member.id))
            self.list.addItem(item)
        self.search.clear()

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _clicked(self, item: QListWidgetItem) -> None:
        self.chosen.emit(self.members[item.data(Qt.ItemDataRole.UserRole)])


class FairSharePanel(QWidget):
    """The weekly limit of each category ("at most 3 items of clothing a week"); staff
    change it, a volunteer sees it."""

    def __init__(self, database: Database, say: Say, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.say = database, say
        self.staff_id: uuid.UUID | None = None
        self.roles: tuple[str, ...] = ()
        self.saved: dict[str, int] = {}
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=8)
        self.note = TrLabel(QT_TRANSLATE_NOOP("ShopAdmin", "At most this many items a neighbour takes each week, "
                                                           "per category."), self)
        column.addWidget(self.note)
        self.grid = QGridLayout(horizontalSpacing=24, verticalSpacing=4)
        column.addLayout(self.grid)
        column.addStretch(1)
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShopAdmin", "Save the limits"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        self.steppers: dict[str, Stepper] = {}

    def refresh(self) -> None:
        with self.database.read() as session:
            shelves = [c for c in categories(session) if c.code != HANDMADE_CATEGORY]  # sold, never shared out
        if [c.code for c in shelves] != list(self.steppers):
            self._build([(c.code, c.pictogram) for c in shelves])
        self.saved = {c.code: c.weekly_limit or 0 for c in shelves}
        for code, limit in self.saved.items():
            self.steppers[code].set_value(limit)
        may = self.staff_id is not None and allowed(self.roles, "shop.makers")
        for stepper in self.steppers.values():
            stepper.setEnabled(may)
        self.save_button.setVisible(may)
        self.note.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "At most this many items a neighbour takes each week, per "
                                                          "category.") if may else
                           QT_TRANSLATE_NOOP("ShopAdmin", "At most this many items a neighbour takes each week, per "
                                                          "category. Staff change these limits."))

    def _build(self, shelves: list[tuple[str, str]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None and item.widget() is not self.save_button:
                item.widget().deleteLater()
            elif item.layout() is not None:
                _delete_layout(item.layout())
        self.steppers = {}
        columns = 3  # eight categories and the save button in three rows: four would not fit 800 px
        for index, (code, pictogram) in enumerate(shelves):
            cell = QHBoxLayout(spacing=8)
            cell.addWidget(Pictogram(pictogram, 56, self), 0, Qt.AlignmentFlag.AlignBottom)
            stepper = Stepper(category_text(code), self, step=1, minimum=0, maximum=99, snap=False,
                              show=lambda n: NO_LIMIT() if n == 0 else str(n))
            cell.addWidget(stepper, 1)
            self.grid.addLayout(cell, index // columns, index % columns)
            self.steppers[code] = stepper
        self.grid.addWidget(self.save_button, len(shelves) // columns + (1 if len(shelves) % columns == 0 else 0),
                            columns - 1, Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignRight)

    def save(self) -> None:
        changed = {code: s.value for code, s in self.steppers.items() if s.value != self.saved.get(code)}
        if not changed:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Nothing changed."))
            return
        try:
            with self.database.write() as session:
                for code, limit in changed.items():
                    set_weekly_limit(session, category=code, limit=limit or None, done_by_id=self.staff_id)
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        self.refresh()
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "The fair-share limits are saved."))


def _delete_layout(layout: QHBoxLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item.widget() is not None:
            item.widget().deleteLater()
    layout.deleteLater()


class ShopAdmin(Screen):
    """``open_for(staff)`` with the volunteer or staff member who opened staff mode
    (they take in and clear in their own name); ``reset()`` when it closes."""

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        from trefpuntje.ui.staff.shop_clearing_panel import ClearingPanel
        from trefpuntje.ui.staff.shop_intake_panel import IntakePanel
        from trefpuntje.ui.staff.shop_makers_panel import MakersPanel

        super().__init__(parent)
        self.database, self.clock = database, clock
        self.staff: MemberSummary | None = None
        self.top = QStackedLayout(self)
        self.main = QWidget(self)
        column = QVBoxLayout(self.main, contentsMargins=QMargins(24, 8, 24, 12), spacing=8)
        tabs, self.group, self.tabs = tab_row(self.main, (
            ("shop", QT_TRANSLATE_NOOP("ShopAdmin", "Take in")),
            ("undo", QT_TRANSLATE_NOOP("ShopAdmin", "To clear")),
            ("sewing", QT_TRANSLATE_NOOP("ShopAdmin", "Made by neighbours")),
            ("volunteers", QT_TRANSLATE_NOOP("ShopAdmin", "Fair share"))), self.show_part)
        tabs.addStretch(1)
        column.addLayout(tabs)
        # What just happened, or what was refused, in two lines under the tabs. A longer
        # message is cut off rather than push the screen past 800 px.
        self.note = TrLabel("", self.main)
        self.note.setStyleSheet("font-size: 16pt;")
        self.note.setAccessibleName(QT_TRANSLATE_NOOP("ShopAdmin", "Message")())
        self.note.setFixedHeight(2 * self.note.fontMetrics().lineSpacing() + 8)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        column.addWidget(self.note)
        self.typing = TypingPage(self)
        self._before_typing: QWidget = self.main
        self.typing.opened.connect(self._open_typing)
        self.typing.closed.connect(lambda: self.top.setCurrentWidget(self._before_typing))
        self.picker = MemberPicker(database, self.typing, self)
        self.picker.chosen.connect(self._picked)
        self.picker.cancelled.connect(lambda: self.top.setCurrentWidget(self.main))
        self._on_pick: Callable[[MemberSummary | None], None] | None = None
        self.parts = QStackedLayout()
        self.intake = IntakePanel(database, clock, self.say, self.typing, self.pick_member, self.print_pdf, self.main)
        self.clearing = ClearingPanel(database, clock, self.say, self.main)
        self.makers = MakersPanel(database, clock, self.say, self.typing, self.pick_member, self.print_pdf,
                                  self.main)
        self.fair_share = FairSharePanel(database, self.say, self.main)
        self.code_page = CodePage(QT_TRANSLATE_NOOP("ShopAdmin", "Which item? Scan its label or type its code"),
                                  QT_TRANSLATE_NOOP("ShopAdmin", "Back"), self)
        self.code_page.back.connect(lambda: self.top.setCurrentWidget(self.main))
        self.code_page.entered.connect(self.edit_item)
        self.intake.find_item.connect(self.find_item)
        for part in (self.intake, self.clearing, self.makers, self.fair_share):
            self.parts.addWidget(part)
        column.addLayout(self.parts, 1)
        for page in (self.main, self.typing, self.picker, self.code_page):
            self.top.addWidget(page)
        self.tabs[INTAKE].setChecked(True)

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.say("")
        self.top.setCurrentWidget(self.main)
        self.intake.open_for(staff)
        self.clearing.staff_id = staff.id
        self.makers.open_for(staff)
        self.fair_share.staff_id, self.fair_share.roles = staff.id, staff.roles
        self.show_part(INTAKE)
        self.intake.refresh()

    def reset(self) -> None:
        self.staff = None
        self.say("")
        self.intake.reset()
        self.makers.reset()
        self.clearing.staff_id = self.fair_share.staff_id = None
        self.fair_share.roles = ()
        self.top.setCurrentWidget(self.main)
        self.show_part(INTAKE, refresh=False)

    def show_part(self, index: int, *, refresh: bool = True) -> None:
        """One of the four parts, read afresh (another terminal may have changed it)."""
        self.tabs[index].setChecked(True)
        part = self.parts.widget(index)
        if refresh and self.staff is not None and part is not self.parts.currentWidget():
            part.refresh()  # type: ignore[attr-defined]
        self.parts.setCurrentWidget(part)

    def say(self, text: Text | str, *, problem: bool = False, **params: Any) -> None:
        """The message line: what just happened, or (in red) what was refused."""
        self.note.set_text(text, **params)
        self.note.setProperty("kind", "problem" if problem else "")
        self.note.style().unpolish(self.note)
        self.note.style().polish(self.note)

    # -- members ------------------------------------------------------------------
    def pick_member(self, caption: Text, on_chosen: Callable[[MemberSummary | None], None], *,
                    allow_nobody: bool = True) -> None:
        self._on_pick = on_chosen
        self.picker.open(caption, allow_nobody=allow_nobody)
        self.top.setCurrentWidget(self.picker)

    def _picked(self, member: MemberSummary | None) -> None:
        on_chosen, self._on_pick = self._on_pick, None
        self.top.setCurrentWidget(self.main)
        if on_chosen is not None:
            on_chosen(member)

    def _open_typing(self) -> None:
        self._before_typing = self.top.currentWidget()
        self.top.setCurrentWidget(self.typing)

    # -- putting an item right ------------------------------------------------------
    def find_item(self) -> None:
        """The code pad, with the item just taken in already typed (a typo found at once)."""
        self.code_page.open(self.intake.last.code if self.intake.last is not None else "")
        self.top.setCurrentWidget(self.code_page)

    def edit_item(self, text: str) -> None:
        code = parse_item_code(text)
        if code is None:
            self.code_page.note.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "\u201c{code}\u201d is not an item code. A "
                                                                        "code has 6 letters and digits, as on the "
                                                                        "label."), code=text.strip()[:20])
            self.top.setCurrentWidget(self.code_page)
            return
        self.top.setCurrentWidget(self.main)
        try:
            with self.database.read() as session:
                item = get_item(session, code)
                handmade, title, cleared = item.kind == ItemKind.HANDMADE.value, item.title, item.cleared_at
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        if cleared is not None:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "{title} was cleared from the shop and is not changed any more."),
                     problem=True, title=title)
        elif not handmade:
            self.show_part(INTAKE)
            self.intake.edit(code)
        elif self.staff is not None and allowed(self.staff.roles, "shop.makers"):
            self.show_part(MAKERS)
            self.makers.edit(code)
        else:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "{title} is a neighbour's own work: staff put it right under "
                                                    "\u201cMade by neighbours\u201d."), problem=True, title=title)

    def take_scan(self, text: str) -> bool:
        """A scan on this screen: an item's label opens it to put right (True); a card
        (or anything else) goes the usual way, to ``take_card`` (False)."""
        if self.staff is None or normalise(text) is not None or parse_item_code(text) is None:
            return False
        if self.top.currentWidget() not in (self.main, self.code_page):
            return False  # a name being picked or typed: the label waits
        self.edit_item(text)
        return True

    def take_card(self, member: MemberSummary) -> None:
        """A card scanned here: the member being picked, the donor of the item being
        taken in, or the maker of a neighbour-made item."""
        if self.top.currentWidget() is self.picker:
            self._picked(member)
        elif self.top.currentWidget() is self.main and self.parts.currentWidget() is self.intake:
            self.intake.set_donor(member)
        elif self.top.currentWidget() is self.main and self.parts.currentWidget() is self.makers:
            self.makers.set_maker(member)

    # -- printing -----------------------------------------------------------------
    def print_pdf(self, make: Callable[[], bytes], *, title: Text, done: Text) -> None:
        """Make a PDF off the UI thread and send it to the default printer."""

        def work(_: Report) -> str:
            from trefpuntje.printing.print_queue import print_pdf

            return print_pdf(make(), None, title="Trefpuntje shop")

        def failed(error: Exception) -> None:
            self.say(error_text(error) if isinstance(error, DomainError) else str(error), problem=True)

        self.print_task = run_in_background(self.window(), work, title=title,
                                            on_done=lambda job: self.say(done, job=job), on_error=failed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.staff is not None and self.isVisible():
            # The lists are made of words and dates of the language that was on screen.
            self.parts.currentWidget().refresh()  # type: ignore[attr-defined]
        super().changeEvent(event)

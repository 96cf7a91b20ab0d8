"""Staff: enter a cook's meal offer and publish it (the allergens declared and the
food-safety checklist confirmed, or the core refuses it and nothing is saved), and
the offers to come, to call one off or print its cook's sheet.

The cook's sheet names the diners and their allergies: the core gives it to the cook
of the meal only, so it is printed here when the cook scans their own card (at the
office, ``trefpuntje print meal MEAL_ID`` makes it for the cook too)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtWidgets import (QButtonGroup, QFrame, QHBoxLayout, QLineEdit, QScrollArea, QScroller, QStackedLayout,
                               QVBoxLayout, QWidget)

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.meals import MealView, cancel_meal, offer_meal, safety_checklist, upcoming_meals
from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.models import Role
from trefpuntje.core.settings import get_int, get_setting
from trefpuntje.db.engine import Database
from trefpuntje.ui.meal_words import meal_error_text, pickup_text
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.screens.till_pages import Page
from trefpuntje.ui.staff.meal_offer_fields import OfferFields
from trefpuntje.ui.staff.meal_payouts import CookPayoutsPage
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.theme import DANGER
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.tr import language as current_language
from trefpuntje.ui.widgets.keyboard import OnScreenKeyboard
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

STEPS = (
    ("calendar", QT_TRANSLATE_NOOP("MealOffer", "1 The meal")),
    ("warning", QT_TRANSLATE_NOOP("MealOffer", "2 Allergens")),
    ("ok", QT_TRANSLATE_NOOP("MealOffer", "3 Hygiene")),
)
STEP_HINTS = (
    QT_TRANSLATE_NOOP("MealOffer", "Tap the dish to type its name. Or scan the cook's card to choose the cook."),
    QT_TRANSLATE_NOOP("MealOffer", "Tick every allergen in the dish, or \"No allergens\"."),
    QT_TRANSLATE_NOOP("MealOffer", "Read the food-safety checklist with the cook."),
)


class MealOfferForm(Screen):
    message = Signal(str, bool)  # text, is it a problem

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.staff: MemberSummary | None = None
        self.meals: list[MealView] = []
        self.asking: tuple[str, MealView] | None = None  # ("call_off" | "sheet", the meal)
        self.typing: QLineEdit | None = None
        self.pages = QStackedLayout(self)
        for build in (self._build_list, self._build_form, self._build_keys, self._build_ask):
            self.pages.addWidget(build())
        self.payouts_page = CookPayoutsPage(database, clock, self)
        self.payouts_page.back.connect(self.show_list)
        self.pages.addWidget(self.payouts_page)

    # -- building ---------------------------------------------------------------
    def _build_list(self) -> QWidget:
        self.list_page = page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(32, 12, 32, 12), spacing=8)
        top = QHBoxLayout()
        top.addWidget(Pictogram("meals", 64, page))
        top.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealOffer", "Meal offers"), page, style="heading"), 1)
        self.new_button = TouchButton("meals", QT_TRANSLATE_NOOP("MealOffer", "New offer"), page, role="primary")
        self.new_button.clicked.connect(self.new_offer)
        self.payouts_button = TouchButton("cash", QT_TRANSLATE_NOOP("MealOffer", "Cooks' payouts"), page)
        self.payouts_button.clicked.connect(self.show_payouts)
        top.addWidget(self.payouts_button)
        top.addWidget(self.new_button)
        column.addLayout(top)
        self.list_note = TrLabel("", page)
        column.addWidget(self.list_note)
        self.scroll = QScrollArea(page, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame,
                                  horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        column.addWidget(self.scroll, 1)
        return page

    def _build_form(self) -> QWidget:
        self.form_page = page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(32, 12, 32, 12), spacing=8)
        top = QHBoxLayout(spacing=8)
        back = TouchButton("back", QT_TRANSLATE_NOOP("MealOffer", "Back"), page)
        back.clicked.connect(self.show_list)
        top.addWidget(back)
        self.step_group = QButtonGroup(page)
        self.step_buttons: list[TouchButton] = []
        for index, (pictogram, text) in enumerate(STEPS):
            button = TouchButton(pictogram, text, page, icon_size=36, role="tab")
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, i=index: self.show_step(i))
            self.step_group.addButton(button)
            top.addWidget(button, 1)
            self.step_buttons.append(button)
        column.addLayout(top)
        self.fields = OfferFields(self.clock, page)
        self.fields.type_requested.connect(self.open_keys)
        column.addWidget(self.fields, 1)
        bottom = QHBoxLayout(spacing=8)
        self.form_note = TrLabel("", page)
        bottom.addWidget(self.form_note, 1)
        self.next_button = TouchButton("continue", QT_TRANSLATE_NOOP("MealOffer", "Next"), page)
        self.next_button.clicked.connect(lambda: self.show_step(self.fields.steps.currentIndex() + 1))
        bottom.addWidget(self.next_button)
        self.publish_button = TouchButton("ok", QT_TRANSLATE_NOOP("MealOffer", "Publish"), page, role="primary")
        self.publish_button.clicked.connect(self.publish)
        bottom.addWidget(self.publish_button)
        column.addLayout(bottom)
        return page

    def _build_keys(self) -> QWidget:
        """The on-screen keys on a page of their own: beside the form they would not fit 800 px."""
        self.keys_page = page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(24, 12, 24, 12))
        row = QHBoxLayout()
        self.typing_caption = TrLabel("", page, style="subheading")
        self.typing_caption.setWordWrap(False)
        row.addWidget(self.typing_caption)
        self.typed = QLineEdit(page)
        self.typed.returnPressed.connect(lambda: self.close_keys(keep=True))
        row.addWidget(self.typed, 1)
        column.addLayout(row)
        column.addStretch(1)
        self.keyboard = OnScreenKeyboard(page)
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self.typed.backspace)
        self.keyboard.confirm.connect(lambda: self.close_keys(keep=True))
        keys_back = TouchButton("back", QT_TRANSLATE_NOOP("MealOffer", "Back"), self.keyboard, icon_size=32)
        keys_back.clicked.connect(lambda: self.close_keys(keep=False))
        self.keyboard.add_to_last_row(keys_back)
        column.addWidget(self.keyboard, 0, Qt.AlignmentFlag.AlignHCenter)
        for button in page.findChildren(TouchButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed field keeps its cursor
        return page

    def _build_ask(self) -> QWidget:
        """Call off a meal (a second tap), or: scan the cook's card for their sheet."""
        self.ask_page = Page("warning", "", self)
        self.ask_text = TrLabel("", self.ask_page, style="subheading")
        self.ask_page.column.addWidget(self.ask_text)
        self.ask_hint = TrLabel("", self.ask_page, style="muted")
        self.ask_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ask_page.column.addWidget(self.ask_hint)
        self.ask_page.column.addStretch(1)
        buttons = QHBoxLayout(spacing=24)
        back = TouchButton("back", QT_TRANSLATE_NOOP("MealOffer", "Back"), self.ask_page)
        back.clicked.connect(self.show_list)
        self.call_off_yes = TouchButton("cancel", QT_TRANSLATE_NOOP("MealOffer", "Yes, call it off"), self.ask_page,
                                        role="danger")
        self.call_off_yes.clicked.connect(self.call_off)
        buttons.addWidget(back, 1)
        buttons.addWidget(self.call_off_yes, 1)
        self.ask_page.column.addLayout(buttons)
        return self.ask_page

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.list_note.set_text("")
        self.refresh()
        self.pages.setCurrentWidget(self.list_page)

    def reset(self) -> None:
        self.staff, self.asking, self.typing = None, None, None
        self.typed.clear()
        self._clear_form()
        self.pages.setCurrentWidget(self.list_page)

    def refresh(self) -> None:
        """The offers to come, the cooks and the checklist, read anew."""
        with self.database.read() as session:
            self.meals = upcoming_meals(session, now=self.clock())
            cooks = [(m.id, m.first_name) for m in list_members(session, role=Role.COOK)]
            checklist = safety_checklist(session, language=current_language())
        self.fields.set_cooks(sorted(cooks, key=lambda cook: cook[1].lower()))
        self.fields.set_checklist(checklist)
        self._fill_list()

    def _fill_list(self) -> None:
        today = self.clock().astimezone(LOCAL).date()
        content = QWidget()
        column = QVBoxLayout(content, contentsMargins=QMargins(), spacing=10)
        self.rows: dict[object, QFrame] = {}
        for view in self.meals:
            row = QFrame(content)
            row.setObjectName("panel")
            line = QHBoxLayout(row, contentsMargins=QMargins(16, 8, 16, 8), spacing=12)
            words = QVBoxLayout(spacing=0)
            words.addWidget(TrLabel(view.dish, row, style="cardtitle"))
            words.addWidget(TrLabel(QT_TRANSLATE_NOOP(
                "MealOffer", "{when} \u00b7 {cook} \u00b7 {ordered} of {portions} ordered \u00b7 {waiting} waiting"),
                row, when=pickup_text(view, today), cook=view.cook_name, ordered=view.portions - view.portions_left,
                portions=view.portions, waiting=view.waiting))
            line.addLayout(words, 1)
            sheet = TouchButton("printer", QT_TRANSLATE_NOOP("MealOffer", "Cook's sheet"), row, icon_size=36)
            sheet.clicked.connect(lambda _=False, v=view: self.ask_for_sheet(v))
            off = TouchButton("cancel", QT_TRANSLATE_NOOP("MealOffer", "Call off"), row, icon_size=36, role="danger")
            off.clicked.connect(lambda _=False, v=view: self.ask_call_off(v))
            line.addWidget(sheet)
            line.addWidget(off)
            column.addWidget(row)
            self.rows[view.id] = row
        if not self.meals:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealOffer", "No meals on offer. Tap \"New offer\"."), content))
        column.addStretch(1)
        self.scroll.setWidget(content)

    def show_payouts(self) -> None:
        self.payouts_page.open()
        self.pages.setCurrentWidget(self.payouts_page)

    def show_list(self) -> None:
        self.asking = None
        self.pages.setCurrentWidget(self.list_page)

    def _say(self, label: TrLabel, text: Text | str, *, problem: bool = False, **params: object) -> None:
        label.set_text(text, **params)
        label.setStyleSheet(f"color: {DANGER}; font-weight: bold;" if problem else "font-weight: bold;")

    # -- the form ---------------------------------------------------------------
    def _clear_form(self) -> None:
        with self.database.read() as session:
            per_member = get_int(session, "meal_max_portions_per_member")
        self.fields.clear(per_member)
        self.show_step(0)

    def new_offer(self) -> None:
        self._clear_form()
        self.pages.setCurrentWidget(self.form_page)

    def show_step(self, index: int) -> None:
        index = max(0, min(len(STEPS) - 1, index))
        self.fields.steps.setCurrentIndex(index)
        self.step_buttons[index].setChecked(True)
        self.next_button.setVisible(index < len(STEPS) - 1)
        self._say(self.form_note, STEP_HINTS[index])

    def publish(self) -> None:
        """Publish in one transaction: every check is the core's; a refusal saves nothing."""
        cook_id = self.fields.cook_id()
        if cook_id is None:
            self._say(self.form_note, QT_TRANSLATE_NOOP(
                "MealOffer", "Choose the cook. Nobody has the cook role yet? A coordinator gives it to a member."),
                problem=True)
            self.show_step(0)
            return
        start, end = self.fields.pickup_times()
        try:
            with self.database.write() as session:
                view = offer_meal(session, cook_id=cook_id, dish=self.fields.dish.text(),
                                  description=self.fields.description.text(), day=self.fields.meal_day(),
                                  pickup_from=start, pickup_until=end, order_until=self.fields.cutoff_moment(),
                                  portions=self.fields.portions.value,
                                  contribution_cents=self.fields.contribution.value,
                                  allergens=self.fields.ticked_allergens(), no_allergens=self.fields.no_allergens(),
                                  diet_labels=self.fields.diets.chosen(), max_per_member=self.fields.per_member.value,
                                  safety_confirmed=self.fields.safety.isChecked(), photo=self.fields.photo,
                                  now=self.clock())
        except DomainError as error:
            self._say(self.form_note, meal_error_text(error), problem=True)
            return
        today = self.clock().astimezone(LOCAL).date()
        text = QT_TRANSLATE_NOOP("MealOffer", "{dish} is on offer: {when}.")(dish=view.dish,
                                                                              when=pickup_text(view, today))
        self.message.emit(text, False)
        self._clear_form()
        self.refresh()
        self._say(self.list_note, text)
        self.pages.setCurrentWidget(self.list_page)

    # -- typing -----------------------------------------------------------------
    def open_keys(self, field: QLineEdit, caption: Text) -> None:
        self.typing = field
        self.typing_caption.set_text(caption)
        self.typed.setAccessibleName(caption())
        self.typed.setMaxLength(field.maxLength())
        self.typed.setText(field.text())
        self.pages.setCurrentWidget(self.keys_page)
        self.typed.setFocus()

    def _type(self, letter: str) -> None:
        # A capital to start with, small letters after: "Soep van de dag".
        self.typed.insert(letter if self.typed.cursorPosition() == 0 else letter.lower())

    def close_keys(self, *, keep: bool) -> None:
        field, self.typing = self.typing, None
        self.pages.setCurrentWidget(self.form_page)
        if field is not None and keep:
            field.setText(self.typed.text())

    # -- calling off, the cook's sheet ------------------------------------------------
    def _ask(self, what: str, view: MealView, pictogram: str, heading: Text, text: Text, hint: Text | str = "",
             **params: object) -> None:
        self.asking = (what, view)
        self.ask_page.picture.set_pictogram(pictogram, 64)
        self.ask_page.heading.set_text(heading, dish=view.dish)
        self.ask_text.set_text(text, **params)
        self.ask_hint.set_text(hint, id=view.id)
        self.ask_hint.setVisible(bool(hint))
        self.call_off_yes.setVisible(what == "call_off")
        self.pages.setCurrentWidget(self.ask_page)

    def ask_call_off(self, view: MealView) -> None:
        self._ask("call_off", view, "warning", QT_TRANSLATE_NOOP("MealOffer", "Call off {dish}?"), QT_TRANSLATE_NOOP(
            "MealOffer", "{ordered} portions are ordered and {waiting} neighbours wait. Their orders are cancelled; "
                         "they see it at the kiosk. Let the cook know."),
            ordered=view.portions - view.portions_left, waiting=view.waiting)

    def call_off(self) -> None:
        if self.asking is None or self.asking[0] != "call_off" or self.staff is None:
            return
        view = self.asking[1]
        try:
            with self.database.write() as session:
                cancel_meal(session, meal_id=view.id, asking_id=self.staff.id, now=self.clock())
        except DomainError as error:
            self._say(self.ask_text, meal_error_text(error), problem=True)
            return
        self.refresh()
        self.show_list()
        self._say(self.list_note, QT_TRANSLATE_NOOP("MealOffer", "{dish} is called off."), dish=view.dish)

    def ask_for_sheet(self, view: MealView) -> None:
        self._ask("sheet", view, "printer", QT_TRANSLATE_NOOP("MealOffer", "Cook's sheet: {dish}"), QT_TRANSLATE_NOOP(
            "MealOffer", "{cook}, scan your card to print your sheet. It names the neighbours who ordered and their "
                         "allergies: it is for the cook only."),
            QT_TRANSLATE_NOOP("MealOffer", "At the office: trefpuntje print meal {id} -o cook.pdf"),
            cook=view.cook_name)

    def take_card(self, member: MemberSummary) -> None:
        """A card scanned on this screen: the cook asked for their sheet, or the cook of a new offer."""
        if self.pages.currentWidget() is self.ask_page and self.asking is not None and self.asking[0] == "sheet":
            view = self.asking[1]
            if member.id != view.cook_id:
                self._say(self.ask_text, QT_TRANSLATE_NOOP(
                    "MealOffer", "That is not {cook}'s card. Only the cook of this meal can print its sheet."),
                    problem=True, cook=view.cook_name)
                return
            self._print_sheet(view, member)
        elif self.pages.currentWidget() is self.form_page:
            if self.fields.choose_cook(member.id):
                self._say(self.form_note, QT_TRANSLATE_NOOP("MealOffer", "Cook: {name}"), name=member.first_name)
            else:
                self._say(self.form_note, QT_TRANSLATE_NOOP(
                    "MealOffer", "{name} does not have the cook role. A coordinator gives it to a member."),
                    problem=True, name=member.first_name)

    def _print_sheet(self, view: MealView, cook: MemberSummary) -> None:
        language = current_language()
        now = self.clock()

        def work(_: Report) -> str:
            from trefpuntje.core.meals_sheet import cook_sheet
            from trefpuntje.printing.meals import render_cook_sheet
            from trefpuntje.printing.print_queue import print_pdf

            with self.database.read() as session:
                sheet = cook_sheet(session, meal_id=view.id, asking_id=cook.id, now=now)
                centre = get_setting(session, "centre_name")
            return print_pdf(render_cook_sheet(sheet, centre, language, printed_at=now), None,
                             title="Trefpuntje cook's sheet")

        def done(job: str) -> None:
            self.show_list()
            self._say(self.list_note, QT_TRANSLATE_NOOP("MealOffer", "The cook's sheet is at the printer (job {job})."),
                      job=job)

        def failed(error: Exception) -> None:
            self._say(self.ask_text, meal_error_text(error) if isinstance(error, DomainError) else str(error),
                      problem=True)

        self.asking = None  # one sheet a scan
        self.print_task = run_in_background(self.window(), work,
                                            title=QT_TRANSLATE_NOOP("MealOffer", "Printing the cook's sheet..."),
                                            on_done=done, on_error=failed)

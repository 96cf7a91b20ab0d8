"""Neighbour meals at the kiosk: the meals to come for everyone, and for whoever
scanned their card their own orders, ordering (tap the meal, portions, Order: an
allergen of theirs needs one more tap to confirm), the waiting list when it is sold
out, cancelling before the cut-off, and their own allergy and diet profile.

Nobody else's order, name or allergy is ever shown; the profile page is emptied
whenever the visitor changes or the screen is left."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.meals import meal_photo, upcoming_meals
from trefpuntje.core.meals_orders import (MemberMeal, SoldOut, cancel_order, meal_profile, meals_for_member,
                                          order_meal, set_meal_profile)
from trefpuntje.core.meals_words import AllergenWarning
from trefpuntje.core.models.meals import ALLERGENS, DIET_LABELS, OrderStatus
from trefpuntje.db.engine import Database
from trefpuntje.ui.meal_words import (allergen_names, allergen_text, cutoff_text, diet_names, diet_text,
                                      meal_error_text, pickup_text)
from trefpuntje.ui.screens.base import VisitorScreen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.meal_card import JOIN_WAITING, ORDER, PROBLEM, IconLine, MealCard
from trefpuntje.ui.widgets.toggle_tiles import ChoiceTiles
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

TILE_COLUMNS = 5
MARGINS = (32, 12, 32, 12)


def _page(parent: QWidget) -> tuple[QWidget, QVBoxLayout]:
    page = QWidget(parent)
    column = QVBoxLayout(page)
    column.setContentsMargins(*MARGINS)
    column.setSpacing(8)
    return page, column


class MealsScreen(VisitorScreen):
    message = Signal(str, bool)  # text, is it a problem

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.mine: dict[uuid.UUID, MemberMeal] = {}
        self.cards: dict[uuid.UUID, MealCard] = {}
        self.chosen: MemberMeal | None = None  # the meal on the order page
        self.portions = 1
        self.confirmed = False  # the allergen warning was confirmed for this order
        self._yes: Callable[[], None] = lambda: None
        self.pages = QStackedLayout(self)
        for build in (self._build_main, self._build_order, self._build_question, self._build_profile):
            self.pages.addWidget(build())

    # -- building ---------------------------------------------------------------
    def _build_main(self) -> QWidget:
        self.main, column = _page(self)
        header = QHBoxLayout()
        header.addWidget(Pictogram("meals", 72, self.main))
        header.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "Neighbour meals"), self.main, style="heading"), 1)
        self.hint = TrLabel("", self.main)
        header.addWidget(self.hint, 1)
        self._header = header
        self.profile_button = TouchButton("warning", QT_TRANSLATE_NOOP("MealsScreen", "My allergies"), self.main)
        self.profile_button.clicked.connect(self.open_profile)
        header.addWidget(self.profile_button)
        column.addLayout(header)
        self.scroll = touch_scroll_area(self.main)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.scroll, 1)
        return self.main

    def _build_order(self) -> QWidget:
        self.order_page, column = _page(self)
        top = QHBoxLayout()
        top.addWidget(Pictogram("meals", 64, self.order_page))
        self.order_heading = TrLabel("", self.order_page, style="heading")
        top.addWidget(self.order_heading, 1)
        back = TouchButton("back", QT_TRANSLATE_NOOP("MealsScreen", "Back"), self.order_page)
        back.clicked.connect(self.show_list)
        top.addWidget(back)
        column.addLayout(top)
        self.order_when = TrLabel("", self.order_page, style="subheading")
        column.addWidget(self.order_when)
        self.order_facts = TrLabel("", self.order_page)
        column.addWidget(self.order_facts)
        self.order_allergens = IconLine("warning", "", self.order_page)
        column.addWidget(self.order_allergens)
        self.order_warning = QFrame(self.order_page)
        self.order_warning.setObjectName("panel")
        self.order_warning.setStyleSheet("QFrame#panel { border-color: #8b0000; }")
        warning_row = QHBoxLayout(self.order_warning)
        warning_row.setContentsMargins(16, 8, 16, 8)
        warning_row.addWidget(Pictogram("warning", 64, self.order_warning))
        self.order_warning_text = TrLabel("", self.order_warning, style="cardtitle")
        self.order_warning_text.setStyleSheet(PROBLEM)
        warning_row.addWidget(self.order_warning_text, 1)
        column.addWidget(self.order_warning)
        self.order_diets = TrLabel("", self.order_page)
        column.addWidget(self.order_diets)
        column.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        bottom.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "Portions:"), self.order_page, style="cardtitle"))
        self.less = TouchButton("minus", QT_TRANSLATE_NOOP("MealsScreen", "One portion less"), self.order_page)
        self.more = TouchButton("plus", QT_TRANSLATE_NOOP("MealsScreen", "One portion more"), self.order_page)
        for button, step in ((self.less, -1), (self.more, +1)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.clicked.connect(lambda _=False, s=step: self.set_portions(self.portions + s))
        self.portions_label = TrLabel("", self.order_page, style="huge")
        self.portions_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portions_label.setMinimumWidth(100)
        bottom.addWidget(self.less)
        bottom.addWidget(self.portions_label)
        bottom.addWidget(self.more)
        self.order_total = TrLabel("", self.order_page, style="cardtitle")
        bottom.addWidget(self.order_total, 1)
        self.order_button = TouchButton("ok", ORDER, self.order_page, role="primary", icon_size=56)
        self.order_button.setMinimumWidth(320)
        self.order_button.clicked.connect(lambda: self.place_order())
        bottom.addWidget(self.order_button)
        column.addLayout(bottom)
        return self.order_page

    def _build_question(self) -> QWidget:
        """Careful, an allergen of yours; or: fewer portions left than asked."""
        self.question_page, column = _page(self)
        column.addStretch(1)
        self.question_picture = Pictogram("warning", 120, self.question_page)
        column.addWidget(self.question_picture, 0, Qt.AlignmentFlag.AlignHCenter)
        self.question_heading = TrLabel("", self.question_page, style="heading")
        self.question_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.question_heading)
        self.question_text = TrLabel("", self.question_page, style="subheading")
        self.question_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.question_text)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.question_no = TouchButton("back", QT_TRANSLATE_NOOP("MealsScreen", "No, go back"), self.question_page)
        self.question_no.clicked.connect(lambda: self.pages.setCurrentWidget(self.order_page))
        self.question_yes = TouchButton("ok", "", self.question_page, role="primary", icon_size=56)
        self.question_yes.clicked.connect(lambda: self._yes())
        buttons.addWidget(self.question_no, 1)
        buttons.addWidget(self.question_yes, 1)
        column.addLayout(buttons)
        return self.question_page

    def _build_profile(self) -> QWidget:
        self.profile_page, column = _page(self)
        top = QHBoxLayout()
        top.addWidget(Pictogram("warning", 64, self.profile_page))
        top.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "My allergies and diet"), self.profile_page,
                              style="heading"), 1)
        back = TouchButton("back", QT_TRANSLATE_NOOP("MealsScreen", "Back"), self.profile_page)
        back.clicked.connect(self.show_list)
        self.profile_save = TouchButton("ok", QT_TRANSLATE_NOOP("MealsScreen", "Save"), self.profile_page,
                                        role="primary")
        self.profile_save.clicked.connect(self.save_profile)
        top.addWidget(back)
        top.addWidget(self.profile_save)
        column.addLayout(top)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "I am allergic to:"), self.profile_page,
                                 style="cardtitle"))
        self.allergen_tiles = ChoiceTiles([(code, allergen_text(code)) for code in ALLERGENS], TILE_COLUMNS,
                                          self.profile_page)
        column.addWidget(self.allergen_tiles)
        diets = QHBoxLayout()
        diets.setSpacing(16)
        diets.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "I eat:"), self.profile_page, style="cardtitle"), 0,
                        Qt.AlignmentFlag.AlignTop)
        self.diet_tiles = ChoiceTiles([(code, diet_text(code)) for code in DIET_LABELS], TILE_COLUMNS - 1,
                                      self.profile_page)
        diets.addWidget(self.diet_tiles, 1)
        column.addLayout(diets)
        column.addStretch(1)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP(
            "MealsScreen", "Only you see this, and the cook of a meal you order. Nothing ticked: nothing kept."),
            self.profile_page, style="muted"))
        return self.profile_page

    def add_camera_preview(self, preview: QWidget | None) -> None:
        """A small live camera picture beside the scan hint (only when a camera is attached)."""
        if preview is not None:
            preview.setAccessibleName(QT_TRANSLATE_NOOP("MealsScreen", "Camera: hold your card in front of it")())
            self._header.insertWidget(self._header.indexOf(self.hint), preview)

    # -- state ------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        return self.visitor is None and self.pages.currentWidget() is self.main

    def reset(self) -> None:
        self.visitor = None
        self._forget()
        self.pages.setCurrentWidget(self.main)

    def _forget(self) -> None:
        """Drop what belongs to the last visitor: their order in progress, their profile on screen."""
        self.chosen, self.confirmed, self.mine = None, False, {}
        self.allergen_tiles.set_chosen(())
        self.diet_tiles.set_chosen(())

    def refresh(self) -> None:
        """The list anew, for whoever is the visitor now."""
        self._forget()
        self.pages.setCurrentWidget(self.main)
        now = self.clock()
        today = now.astimezone(LOCAL).date()
        visitor = self.visitor
        with self.database.read() as session:
            if visitor is not None:
                shown = meals_for_member(session, member_id=visitor.id, asking_id=visitor.id, now=now)
            else:
                shown = [MemberMeal(view, None, (), ()) for view in upcoming_meals(session, now=now)]
            photos = {m.meal.id: found[1] for m in shown if m.meal.has_photo
                      and (found := meal_photo(session, meal_id=m.meal.id)) is not None}
        self.mine = {m.meal.id: m for m in shown} if visitor is not None else {}
        self.profile_button.setVisible(visitor is not None)
        if visitor is None:
            self.hint.set_text(QT_TRANSLATE_NOOP("MealsScreen", "Scan your card to order."))
        else:
            self.hint.set_text(QT_TRANSLATE_NOOP("MealsScreen", "{name}, tap Order to order a meal."),
                               name=visitor.first_name)
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(12)
        self.cards = {}
        ordered = [m for m in shown if m.order is not None and m.order.status != OrderStatus.CANCELLED]
        others = [m for m in shown if m not in ordered]
        sections: list[tuple[Text | None, list[MemberMeal]]] = (
            [(QT_TRANSLATE_NOOP("MealsScreen", "Your orders"), ordered),
             (QT_TRANSLATE_NOOP("MealsScreen", "Meals to order"), others)] if visitor is not None else [(None, shown)])
        for heading, meals in sections:
            if not meals:
                continue
            if heading is not None:
                column.addWidget(TrLabel(heading, content, style="subheading"))
            for meal in meals:
                card = MealCard(meal.meal, meal if visitor is not None else None, today=today, now=now,
                                parent=content, photo=photos.get(meal.meal.id))
                card.order.connect(self.open_order)
                card.cancel.connect(self.cancel)
                column.addWidget(card)
                self.cards[meal.meal.id] = card
        if not shown:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealsScreen", "No meals on offer at the moment."), content))
        column.addStretch(1)
        self.scroll.setWidget(content)

    def show_list(self) -> None:
        self.chosen, self.confirmed = None, False
        self.allergen_tiles.set_chosen(())
        self.diet_tiles.set_chosen(())
        self.pages.setCurrentWidget(self.main)

    # -- ordering ---------------------------------------------------------------
    def open_order(self, meal_id: uuid.UUID) -> None:
        """The order page of one meal: 1 portion chosen, "−" and "+", and Order."""
        meal = self.mine.get(meal_id)
        if meal is None or self.visitor is None:
            return
        now = self.clock()
        today = now.astimezone(LOCAL).date()
        view = meal.meal
        self.chosen, self.confirmed = meal, False
        waiting = view.sold_out
        self.order_heading.set_text(QT_TRANSLATE_NOOP("MealsScreen", "Waiting list: {dish}") if waiting else
                                    QT_TRANSLATE_NOOP("MealsScreen", "Order: {dish}"), dish=view.dish)
        self.order_when.set_text(QT_TRANSLATE_NOOP("MealsScreen", "{when} \u00b7 cooked by a neighbour"),
                                 when=pickup_text(view, today))
        if waiting:
            self.order_facts.set_text(QT_TRANSLATE_NOOP(
                "MealsScreen", "Sold out. When someone cancels before {time}, the portion goes to the first on the "
                               "waiting list."), time=cutoff_text(view, today))
        else:
            self.order_facts.set_text(QT_TRANSLATE_NOOP(
                "MealsScreen", "{left} portions left \u00b7 order before {time}"),
                left=view.portions_left, time=cutoff_text(view, today))
        self.order_allergens.show_allergens(view.allergens)
        self.order_warning.setVisible(bool(meal.allergen_warnings))
        self.order_warning_text.set_text(QT_TRANSLATE_NOOP(
            "MealsScreen", "Careful: this dish contains {allergens}, and you are allergic to it."),
            allergens=allergen_names(meal.allergen_warnings))
        self.order_diets.setVisible(bool(meal.diet_warnings))
        self.order_diets.set_text(QT_TRANSLATE_NOOP("MealsScreen", "Not for your diet: {diets}"),
                                  diets=diet_names(meal.diet_warnings))
        self.order_button.set_text(JOIN_WAITING if waiting else ORDER)
        self.set_portions(1)
        self.pages.setCurrentWidget(self.order_page)
        self.order_button.setFocus()

    def set_portions(self, portions: int) -> None:
        if self.chosen is None:
            return
        view = self.chosen.meal
        self.portions = max(1, min(view.max_per_member, portions))
        self.portions_label.set_text(str(self.portions))
        self.portions_label.setAccessibleName(QT_TRANSLATE_NOOP("MealsScreen", "{portions} portions")(
            portions=self.portions))
        self.less.setEnabled(self.portions > 1)
        self.more.setEnabled(self.portions < view.max_per_member)
        if view.contribution_cents:
            text = (QT_TRANSLATE_NOOP("MealsScreen", "If a portion comes free: {amount} at pick-up")
                    if view.sold_out else QT_TRANSLATE_NOOP("MealsScreen", "To pay at pick-up: {amount}"))
            amount = money(view.contribution_cents * self.portions).replace(" ", "\u00a0")
            self.order_total.set_text(text, amount=amount)
        else:
            self.order_total.set_text(QT_TRANSLATE_NOOP("MealsScreen", "Free"))

    def place_order(self, *, waiting_list_ok: bool = False) -> None:
        """Order the chosen meal; the core decides, and asks (allergen, sold out) through its errors."""
        if self.chosen is None or self.visitor is None:
            return
        view = self.chosen.meal
        waiting_list_ok = waiting_list_ok or view.sold_out
        try:
            with self.database.write() as session:
                result = order_meal(session, meal_id=view.id, member_id=self.visitor.id, portions=self.portions,
                                    confirmed_allergens=self.confirmed, waiting_list_ok=waiting_list_ok,
                                    now=self.clock())
        except AllergenWarning as warning:
            self._ask("warning", view.dish, meal_error_text(warning),
                      QT_TRANSLATE_NOOP("MealsScreen", "Yes, order anyway"), self._confirm_allergens, danger=True)
            return
        except SoldOut as sold_out:
            self._ask("timer", view.dish, meal_error_text(sold_out),
                      JOIN_WAITING, lambda: self.place_order(waiting_list_ok=True))
            return
        except DomainError as error:
            self.message.emit(meal_error_text(error), True)
            self.refresh()
            return
        if result.status == OrderStatus.WAITING:
            self.message.emit(QT_TRANSLATE_NOOP(
                "MealsScreen", "You are on the waiting list for {dish}, number {position}.")(
                dish=view.dish, position=result.waiting_position), False)
        else:
            today = self.clock().astimezone(LOCAL).date()
            self.message.emit(QT_TRANSLATE_NOOP(
                "MealsScreen", "You ordered {portions} \u00d7 {dish}. Pick-up: {when}.")(
                portions=result.portions, dish=view.dish, when=pickup_text(view, today)), False)
        self.refresh()

    def _confirm_allergens(self) -> None:
        self.confirmed = True
        self.place_order()

    def _ask(self, pictogram: str, heading: str, text: str, yes: Text, action: Callable[[], None], *,
             danger: bool = False) -> None:
        self.question_picture.set_pictogram(pictogram, 120)
        self.question_heading.set_text(heading)
        self.question_text.set_text(text)
        self.question_yes.set_text(yes)
        self.question_yes.setObjectName("danger" if danger else "primary")
        self.question_yes.style().unpolish(self.question_yes)  # the new name takes effect
        self.question_yes.style().polish(self.question_yes)
        self._yes = action
        self.pages.setCurrentWidget(self.question_page)

    def cancel(self, order_id: uuid.UUID) -> None:
        if self.visitor is None:
            return
        try:
            with self.database.write() as session:
                cancel_order(session, order_id=order_id, member_id=self.visitor.id, now=self.clock())
        except DomainError as error:
            self.message.emit(meal_error_text(error), True)
        else:
            self.message.emit(QT_TRANSLATE_NOOP("MealsScreen", "Your order is cancelled.")(), False)
        self.refresh()

    # -- the visitor's own profile ---------------------------------------------------
    def open_profile(self) -> None:
        if self.visitor is None:
            return
        try:
            with self.database.read() as session:
                profile = meal_profile(session, member_id=self.visitor.id, asking_id=self.visitor.id)
        except DomainError as error:
            self.message.emit(meal_error_text(error), True)
            return
        self.allergen_tiles.set_chosen(profile.allergens)
        self.diet_tiles.set_chosen(profile.diets)
        self.pages.setCurrentWidget(self.profile_page)

    def save_profile(self) -> None:
        if self.visitor is None:
            return
        try:
            with self.database.write() as session:
                set_meal_profile(session, member_id=self.visitor.id, asking_id=self.visitor.id,
                                 allergens=self.allergen_tiles.chosen(), diets=self.diet_tiles.chosen(),
                                 now=self.clock())
        except DomainError as error:
            self.message.emit(meal_error_text(error), True)
            return
        self.message.emit(QT_TRANSLATE_NOOP("MealsScreen", "Your allergies and diet are saved.")(), False)
        self.refresh()

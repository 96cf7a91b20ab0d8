"""The pick-up table of neighbour meals, for the volunteer: scan the neighbour's card,
see their orders for today, hand them out and take the contribution: cash (the
till's amount pad and the change in notes and coins), card, or coffee-card strips
when the centre allows it. The contribution becomes an ordinary sale in the open
coffee-corner till, so it is in the ledger, the X and the Z report.

No allergy data is shown here: that is for the member and the cook only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.cash import round_to_five_cents
from trefpuntje.core.errors import DomainError
from trefpuntje.core.meals import meals_between
from trefpuntje.core.meals_pickup import (PickupOrder, PickupResult, collect_orders, orders_for_pickup,
                                          record_not_collected)
from trefpuntje.core.members import MemberSummary
from trefpuntje.core.models.meals import OrderStatus
from trefpuntje.core.models.till import Payment
from trefpuntje.core.settings import get_setting
from trefpuntje.core.till import current_session
from trefpuntje.db.engine import Database
from trefpuntje.ui.meal_words import clock as clock_text
from trefpuntje.ui.meal_words import meal_error_text
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.screens.till_pages import CashPage, DonePage, Page
from trefpuntje.ui.theme import DANGER
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.meal_card import IconLine
from trefpuntje.ui.widgets.toggle_tiles import ToggleTile
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

ORDER_LINE = QT_TRANSLATE_NOOP("MealPickup", "{portions} \u00d7 {dish} ({cook}) \u00b7 {amount}")
STATUS_LINES: dict[OrderStatus, Text] = {
    OrderStatus.COLLECTED: QT_TRANSLATE_NOOP("MealPickup", "Handed out: {portions} \u00d7 {dish} ({cook})"),
    OrderStatus.NOT_COLLECTED: QT_TRANSLATE_NOOP("MealPickup", "Not collected in time: {portions} \u00d7 {dish} "
                                                               "({cook})"),
}


class MealPickupScreen(Screen):
    message = Signal(str, bool)  # text, is it a problem
    till_requested = Signal()  # the till is closed: staff opens it

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.staff: MemberSummary | None = None
        self.member: MemberSummary | None = None
        self.orders: list[PickupOrder] = []
        self.tiles: dict[uuid.UUID, ToggleTile] = {}
        self.rounding = False
        self.pages = QStackedLayout(self)
        self._build_orders_page()
        self.cash_page = CashPage(self)
        self.cash_page.back.connect(self.show_orders)
        self.cash_page.paid.connect(lambda received: self.collect(Payment.CASH, cash_received_cents=received))
        self._build_card_page()
        self.done_page = DonePage(self)
        self.done_page.print_receipts_from(database, self.message.emit)
        self.done_page.next_button.set_text(QT_TRANSLATE_NOOP("MealPickup", "Next neighbour"))
        self.done_page.next_customer.connect(self.next_neighbour)
        for page in (self.orders_page, self.cash_page, self.card_page, self.done_page):
            self.pages.addWidget(page)
        self._show_member()

    # -- building ---------------------------------------------------------------
    def _build_orders_page(self) -> None:
        self.orders_page = page = QWidget(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 12, 32, 12)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(Pictogram("meals", 64, page))
        top.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealPickup", "Meal pick-up"), page, style="heading"), 1)
        self.till_status = TrLabel("", page)
        self.till_status.setStyleSheet(f"color: {DANGER}; font-weight: bold;")
        top.addWidget(self.till_status, 1)
        self.till_button = TouchButton("till", QT_TRANSLATE_NOOP("MealPickup", "Open the till"), page)
        self.till_button.clicked.connect(self.till_requested)
        top.addWidget(self.till_button)
        column.addLayout(top)
        self.today = TrLabel("", page, style="muted")
        column.addWidget(self.today)
        self.scan_prompt = IconLine("person", QT_TRANSLATE_NOOP("MealPickup", "Scan the neighbour's card."), page,
                                    size=72, style="subheading")
        column.addWidget(self.scan_prompt)
        who_row = QHBoxLayout()
        self.who = TrLabel("", page, style="subheading")
        who_row.addWidget(self.who, 1)
        self.next_button = TouchButton("cancel", QT_TRANSLATE_NOOP("MealPickup", "Next neighbour"), page, icon_size=40)
        self.next_button.clicked.connect(self.next_neighbour)
        who_row.addWidget(self.next_button)
        column.addLayout(who_row)
        self.scroll = touch_scroll_area(page)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.due_label = TrLabel("", page, style="heading")
        self.due_label.setWordWrap(False)  # an amount never breaks after the euro sign
        bottom.addWidget(self.due_label, 1)
        self.pay_buttons: dict[Payment | None, TouchButton] = {}
        for payment, pictogram, text in (
                (Payment.CASH, "cash", QT_TRANSLATE_NOOP("MealPickup", "Cash")),
                (Payment.CARD, "card", QT_TRANSLATE_NOOP("MealPickup", "Card")),
                (Payment.STRIPS, "coffee_card", QT_TRANSLATE_NOOP("MealPickup", "Coffee card")),
                (None, "ok", QT_TRANSLATE_NOOP("MealPickup", "Hand out"))):
            button = TouchButton(pictogram, text, page, icon_size=40,
                                 role="primary" if payment in (Payment.CASH, None) else None)
            button.clicked.connect(lambda _=False, p=payment: self.pay(p))
            bottom.addWidget(button)
            self.pay_buttons[payment] = button
        column.addLayout(bottom)

    def _build_card_page(self) -> None:
        self.card_page = Page("card", QT_TRANSLATE_NOOP("MealPickup", "Card"), self)
        self.card_text = TrLabel("", self.card_page, style="subheading")
        self.card_page.column.addWidget(self.card_text)
        self.card_page.column.addStretch(1)
        buttons = QHBoxLayout()
        back = TouchButton("back", QT_TRANSLATE_NOOP("MealPickup", "Back"), self.card_page)
        back.clicked.connect(self.show_orders)
        self.card_paid = TouchButton("ok", QT_TRANSLATE_NOOP("MealPickup", "Paid on the card terminal"),
                                     self.card_page, role="primary")
        self.card_paid.clicked.connect(lambda: self.collect(Payment.CARD))
        buttons.addWidget(back)
        buttons.addWidget(self.card_paid, 1)
        self.card_page.column.addLayout(buttons)

    # -- state ------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        return self.member is None and self.pages.currentWidget() is self.orders_page

    def open_for(self, staff: MemberSummary) -> None:
        """Staff mode opens the pick-up: orders whose pick-up time is over are recorded as not collected."""
        self.staff = staff
        self.member, self.orders = None, []
        self._close_missed()
        self.refresh()

    def reset(self) -> None:
        self.staff, self.member, self.orders = None, None, []
        self._show_member()
        self.pages.setCurrentWidget(self.orders_page)

    def _close_missed(self) -> None:
        try:
            with self.database.write() as session:
                record_not_collected(session, now=self.clock())
        except DomainError as error:
            self.message.emit(meal_error_text(error), True)

    def refresh(self) -> None:
        """The till, today's meals and the scanned neighbour's orders, read anew."""
        now = self.clock()
        today = now.astimezone(LOCAL).date()
        with self.database.read() as session:
            till_open = current_session(session) is not None
            self.rounding = get_setting(session, "cash_rounding") == "on"
            meals = meals_between(session, first_day=today, last_day=today, include_cancelled=False)
            if self.member is not None:
                self.orders = orders_for_pickup(session, member_id=self.member.id, now=now)
        self.till_status.set_text("" if till_open else QT_TRANSLATE_NOOP(
            "MealPickup", "The till is closed: the contributions go into it."))
        self.till_status.setVisible(not till_open)
        self.till_button.setVisible(not till_open)
        lines = [QT_TRANSLATE_NOOP("MealPickup", "Today {start}\u2013{end}: {dish} ({cook}), {ordered} of {portions} "
                                                 "portions ordered")(
            start=clock_text(m.pickup_start), end=clock_text(m.pickup_end), dish=m.dish, cook=m.cook_name,
            ordered=m.portions - m.portions_left, portions=m.portions) for m in meals]
        self.today.set_text("\n".join(lines) or QT_TRANSLATE_NOOP("MealPickup", "No meals to pick up today."))
        self._show_member()
        self.pages.setCurrentWidget(self.orders_page)

    def take_card(self, member: MemberSummary) -> None:
        """A card scanned at the pick-up table: that neighbour's orders for today."""
        self.member = member
        self._close_missed()
        self.refresh()

    def next_neighbour(self) -> None:
        self.member, self.orders = None, []
        self.refresh()

    def show_orders(self) -> None:
        self.pages.setCurrentWidget(self.orders_page)

    # -- the neighbour's orders -----------------------------------------------------
    def _show_member(self) -> None:
        self.tiles = {}
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        member = self.member
        self.scan_prompt.setVisible(member is None)
        self.who.setVisible(member is not None)
        self.next_button.setVisible(member is not None)
        if member is not None:
            self.who.set_text(QT_TRANSLATE_NOOP("MealPickup", "{name}: orders for today"), name=member.first_name)
            for order in self.orders:
                params = {"portions": order.portions, "dish": order.dish, "cook": order.cook_name}
                if order.status == OrderStatus.ORDERED:
                    amount = (money(order.due_cents).replace(" ", "\u00a0") if order.due_cents
                              else QT_TRANSLATE_NOOP("MealPickup", "free")())
                    tile = ToggleTile(ORDER_LINE, content, amount=amount, **params)
                    tile.setChecked(True)
                    tile.toggled.connect(self._show_due)
                    column.addWidget(tile)
                    self.tiles[order.order_id] = tile
                else:
                    column.addWidget(IconLine("ok" if order.status == OrderStatus.COLLECTED else "warning",
                                              STATUS_LINES.get(order.status, ORDER_LINE), content, amount="", **params))
            if not self.orders:
                column.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealPickup", "No orders for today."), content))
        column.addStretch(1)
        self.scroll.setWidget(content)
        self._show_due()

    def chosen(self) -> list[PickupOrder]:
        return [o for o in self.orders if o.order_id in self.tiles and self.tiles[o.order_id].isChecked()]

    def due_cents(self) -> int:
        return sum(order.due_cents for order in self.chosen())

    def _show_due(self) -> None:
        chosen = self.chosen()
        due = self.due_cents()
        strips = [order.strips_due for order in chosen if order.due_cents]
        self.due_label.setVisible(bool(chosen))
        if due:
            self.due_label.set_text(QT_TRANSLATE_NOOP("MealPickup", "To pay: {amount}"), amount=money(due))
        else:
            self.due_label.set_text(QT_TRANSLATE_NOOP("MealPickup", "Nothing to pay"))
        for payment in (Payment.CASH, Payment.CARD):
            self.pay_buttons[payment].setVisible(bool(due))
        self.pay_buttons[Payment.STRIPS].setVisible(bool(due) and all(s is not None for s in strips))
        if due and all(s is not None for s in strips):
            self.pay_buttons[Payment.STRIPS].set_text(QT_TRANSLATE_NOOP("MealPickup", "Coffee card: {strips} strips"),
                                                      strips=sum(s or 0 for s in strips))
        self.pay_buttons[None].setVisible(bool(chosen) and not due)

    # -- paying -----------------------------------------------------------------
    def pay(self, payment: Payment | None) -> None:
        if not self.chosen() or self.member is None:
            return
        due = self.due_cents()
        if payment == Payment.CASH:
            self.cash_page.start(round_to_five_cents(due) if self.rounding else due, due)
            self.pages.setCurrentWidget(self.cash_page)
        elif payment == Payment.CARD:
            self.card_text.set_text(QT_TRANSLATE_NOOP("MealPickup", "Let {name} pay {amount} on the card terminal."),
                                    name=self.member.first_name, amount=money(due))
            self.pages.setCurrentWidget(self.card_page)
        else:
            self.collect(payment)

    def collect(self, payment: Payment | None, *, cash_received_cents: int | None = None) -> None:
        """Hand out the chosen orders and sell their contribution, in one transaction."""
        if self.member is None or self.staff is None:
            return
        chosen = self.chosen()
        try:
            with self.database.write() as session:
                result = collect_orders(session, member_id=self.member.id, order_ids=[o.order_id for o in chosen],
                                        done_by_id=self.staff.id, payment=payment,
                                        cash_received_cents=cash_received_cents, now=self.clock())
        except DomainError as error:
            text = meal_error_text(error)
            self.message.emit(text, True)
            if self.pages.currentWidget() is self.cash_page:
                self.cash_page.result.set_text(text)  # where the volunteer looks; the amount stays typed
            elif self.pages.currentWidget() is self.card_page:
                self.card_text.set_text(text)
            return
        self._done(payment, result, chosen)

    def _done(self, payment: Payment | None, result: PickupResult, chosen: list[PickupOrder]) -> None:
        page = self.done_page
        sale = result.sale
        page.set_sale(sale.sale_id if sale is not None else None)
        dishes = ", ".join(f"{o.portions} \u00d7 {o.dish}" for o in chosen)
        name = self.member.first_name if self.member else ""
        if sale is None:
            page.show_result(QT_TRANSLATE_NOOP("MealPickup", "Handed out"), "",
                             QT_TRANSLATE_NOOP("MealPickup", "{name}: {dishes}. Nothing to pay."), None,
                             name=name, dishes=dishes)
        elif payment == Payment.CASH:
            page.show_result(QT_TRANSLATE_NOOP("MealPickup", "Give back"), money(sale.change_cents or 0),
                             QT_TRANSLATE_NOOP("MealPickup", "{name}: {dishes}. Paid in cash: {due}."),
                             sale.change_cents, name=name, dishes=dishes, due=money(sale.due_cents))
        elif payment == Payment.STRIPS:
            page.show_result(QT_TRANSLATE_NOOP("MealPickup", "Paid with the coffee card"),
                             QT_TRANSLATE_NOOP("MealPickup", "{strips} strips")(strips=sale.strips_used),
                             QT_TRANSLATE_NOOP("MealPickup",
                                               "{name}: {dishes}. {left} strips left on the coffee card."),
                             None, name=name, dishes=dishes, left=sale.strips_left)
        else:
            page.show_result(QT_TRANSLATE_NOOP("MealPickup", "Paid by card"), money(sale.total_cents),
                             QT_TRANSLATE_NOOP("MealPickup", "{name}: {dishes}."), None, name=name, dishes=dishes)
        self.pages.setCurrentWidget(page)

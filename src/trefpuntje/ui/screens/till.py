"""The coffee-corner till: tap products, see the total in big digits, pick how it is
paid. Cash shows the change in digits and as notes and coins; a coffee card pays with
strips after a scan; the last sale can be undone for a few minutes.

Taps only change the order in memory (the total follows within a frame); the
database is written once, when the sale is paid, in one transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QScrollArea, QScroller, QSizePolicy, QStackedLayout,
                               QVBoxLayout, QWidget)

from trefpuntje.core.cash import round_to_five_cents
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary
from trefpuntje.core.models.till import Payment, SaleKind
from trefpuntje.core.settings import get_setting
from trefpuntje.core.till import (FREE_FOR_VOLUNTEERS, UNDO_MINUTES, SaleResult, current_session, last_sale,
                                  sell, strip_balance, undo_last_sale)
from trefpuntje.core.till_products import ProductView, price_list
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.screens.till_pages import PAYMENT_NAMES, CashPage, DonePage, OrderRow, Page
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text, money
from trefpuntje.ui.widgets.product_grid import ProductGrid
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

class TillScreen(Screen):
    message = Signal(str, bool)  # text, is it a problem
    open_requested = Signal()  # the till is closed: staff mode opens it

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.session_id: uuid.UUID | None = None
        self.products: dict[uuid.UUID, ProductView] = {}
        self.order: dict[uuid.UUID, int] = {}
        self.customer: MemberSummary | None = None
        self.strips_left: int | None = None
        self.pending: Payment | None = None  # waiting for a card scan before this payment
        self.rounding = False
        self.pages = QStackedLayout(self)
        self._build_sell_page()
        self.cash_page = CashPage(self)
        self.cash_page.back.connect(self.show_order)
        self.cash_page.paid.connect(lambda received: self._sell(Payment.CASH, cash_received_cents=received))
        self.done_page = DonePage(self)
        self.done_page.next_customer.connect(self.next_customer)
        self.done_page.print_receipts_from(database, self.message.emit)
        self._build_question_pages()
        for page in (self.sell_page, self.cash_page, self.done_page, self.card_page, self.scan_page, self.free_page,
                     self.undo_page, self.closed_page):
            self.pages.addWidget(page)

    # -- building ---------------------------------------------------------------
    def _build_sell_page(self) -> None:
        self.sell_page = QWidget(self)
        layout = QHBoxLayout(self.sell_page)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(24)
        left = QVBoxLayout()
        self.grid = ProductGrid(self.sell_page)
        self.grid.tapped.connect(self.add)
        left.addWidget(self.grid, 1)
        bottom = QHBoxLayout()
        self.undo_button = TouchButton("undo", QT_TRANSLATE_NOOP("TillScreen", "Undo last sale"), self.sell_page)
        self.undo_button.clicked.connect(self._ask_undo)
        bottom.addWidget(self.undo_button)
        self.last_sale_label = TrLabel("", self.sell_page, style="muted")
        bottom.addWidget(self.last_sale_label, 1)
        left.addLayout(bottom)
        layout.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(8)
        self.customer_row = QHBoxLayout()
        self.customer_label = TrLabel("", self.sell_page, style="cardtitle")
        self.customer_row.addWidget(self.customer_label, 1)
        self.forget_button = TouchButton("cancel", QT_TRANSLATE_NOOP("TillScreen", "Other customer"), self.sell_page,
                                         icon_size=32)
        self.forget_button.clicked.connect(self.forget_customer)
        self.customer_row.addWidget(self.forget_button)
        right.addLayout(self.customer_row)
        self.lines = QScrollArea(self.sell_page)
        self.lines.setWidgetResizable(True)
        QScroller.grabGesture(self.lines.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.lines_box = QWidget()
        self.lines_column = QVBoxLayout(self.lines_box)
        self.lines_column.addStretch(1)
        self.lines.setWidget(self.lines_box)
        right.addWidget(self.lines, 1)
        total_row = QHBoxLayout()
        self.total = TrLabel("", self.sell_page, style="huge")
        self.total.setAccessibleName(QT_TRANSLATE_NOOP("TillScreen", "Total")())
        self.total.setWordWrap(False)  # an amount never breaks after the euro sign
        total_row.addWidget(self.total, 1)
        self.clear_button = TouchButton("cancel", QT_TRANSLATE_NOOP("TillScreen", "Clear"), self.sell_page)
        self.clear_button.clicked.connect(self.clear_order)
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        total_row.addWidget(self.clear_button)
        right.addLayout(total_row)
        pay = QGridLayout()
        pay.setSpacing(8)
        self.pay_buttons: dict[Payment, TouchButton] = {}
        for index, (payment, pictogram, text) in enumerate((
                (Payment.CASH, "cash", QT_TRANSLATE_NOOP("TillScreen", "Cash")),
                (Payment.CARD, "card", QT_TRANSLATE_NOOP("TillScreen", "Card")),
                (Payment.STRIPS, "coffee_card", QT_TRANSLATE_NOOP("TillScreen", "Coffee card")),
                (Payment.FREE, "free", QT_TRANSLATE_NOOP("TillScreen", "Free")))):
            button = TouchButton(pictogram, text, self.sell_page, icon_size=40,
                                 role="primary" if payment == Payment.CASH else None)
            button.clicked.connect(lambda _=False, p=payment: self.pay(p))
            pay.addWidget(button, index // 2, index % 2)
            self.pay_buttons[payment] = button
        right.addLayout(pay)
        layout.addLayout(right, 2)

    def _question(self, pictogram: str, heading: Text) -> tuple[Page, TrLabel, QHBoxLayout]:
        page = Page(pictogram, heading, self)
        text = TrLabel("", page, style="subheading")
        page.column.addWidget(text)
        page.column.addStretch(1)
        buttons = QHBoxLayout()
        back = TouchButton("back", QT_TRANSLATE_NOOP("TillScreen", "Back"), page)
        back.clicked.connect(self.show_order)
        buttons.addWidget(back)
        page.column.addLayout(buttons)
        return page, text, buttons

    def _build_question_pages(self) -> None:
        self.card_page, self.card_text, buttons = self._question("card", QT_TRANSLATE_NOOP("TillScreen", "Card"))
        self.card_paid = TouchButton("ok", QT_TRANSLATE_NOOP("TillScreen", "Paid on the card terminal"), self.card_page,
                                     role="primary")
        self.card_paid.clicked.connect(lambda: self._sell(Payment.CARD))
        buttons.addWidget(self.card_paid, 1)

        self.scan_page, self.scan_text, buttons = self._question("coffee_card",
                                                                 QT_TRANSLATE_NOOP("TillScreen", "Scan the card"))
        self.scan_cash = TouchButton("cash", QT_TRANSLATE_NOOP("TillScreen", "Pay in cash"), self.scan_page, role="primary")
        self.scan_cash.clicked.connect(lambda: self.pay(Payment.CASH))
        buttons.addWidget(self.scan_cash, 1)

        self.free_page, free_text, buttons = self._question("free", QT_TRANSLATE_NOOP("TillScreen", "Free"))
        free_text.set_text(QT_TRANSLATE_NOOP("TillScreen", "Why is it free?"))
        self.free_reasons = QVBoxLayout()
        self.free_page.column.insertLayout(2, self.free_reasons)
        self.free_buttons: list[TouchButton] = []

        self.undo_page, self.undo_text, buttons = self._question("undo", QT_TRANSLATE_NOOP("TillScreen", "Undo last sale"))
        self.undo_yes = TouchButton("undo", QT_TRANSLATE_NOOP("TillScreen", "Yes, take it back"), self.undo_page,
                                    role="danger")
        self.undo_yes.clicked.connect(self._undo)
        buttons.addWidget(self.undo_yes, 1)

        self.closed_page, closed_text, buttons = self._question("lock", QT_TRANSLATE_NOOP("TillScreen", "The till is closed"))
        closed_text.set_text(QT_TRANSLATE_NOOP(
            "TillScreen", "To sell, a coordinator opens the till in staff mode and counts the float into the drawer."))
        buttons.itemAt(0).widget().hide()
        self.open_button = TouchButton("staff", QT_TRANSLATE_NOOP("TillScreen", "Open the till"), self.closed_page,
                                       role="primary")
        self.open_button.clicked.connect(self.open_requested)
        buttons.addWidget(self.open_button, 1)

    # -- state ------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        return not self.order and self.customer is None and self.pages.currentWidget() in (self.sell_page,
                                                                                         self.closed_page)

    def reset(self) -> None:
        self.order.clear()
        self.customer, self.strips_left, self.pending = None, None, None
        self._show_order_lines()
        if self.session_id is not None:
            self.pages.setCurrentWidget(self.sell_page)

    def refresh(self) -> None:
        """Read the till session, the price list and the settings anew."""
        with self.database.read() as session:
            till_session = current_session(session)
            self.session_id = till_session.id if till_session is not None else None
            products = price_list(session)
            self.rounding = get_setting(session, "cash_rounding") == "on"
            extra = [r.strip() for r in get_setting(session, "free_reasons").split(";") if r.strip()]
        self._set_free_reasons(extra)
        if products != list(self.products.values()):
            self.products = {p.id: p for p in products}
            self.grid.set_products(products)
        self.order = {pid: q for pid, q in self.order.items() if pid in self.products}
        self._show_order_lines()
        self._show_last_sale()
        if self.session_id is None:
            self.pages.setCurrentWidget(self.closed_page)
        elif self.pages.currentWidget() is self.closed_page:
            self.pages.setCurrentWidget(self.sell_page)

    def _set_free_reasons(self, extra: list[str]) -> None:
        for button in self.free_buttons:
            button.deleteLater()
        self.free_buttons = []
        for reason in [FREE_FOR_VOLUNTEERS, *extra]:
            text: Text | str = Text("printing", reason) if reason == FREE_FOR_VOLUNTEERS else reason
            button = TouchButton("free", text, self.free_page)
            button.clicked.connect(lambda _=False, r=reason: self._sell(Payment.FREE, free_reason=r))
            self.free_reasons.addWidget(button)
            self.free_buttons.append(button)

    # -- the order --------------------------------------------------------------
    def add(self, product_id: uuid.UUID) -> None:
        """A tap on a product: one more of it."""
        self.order[product_id] = self.order.get(product_id, 0) + 1
        self._show_order_lines()

    def remove_one(self, product_id: uuid.UUID) -> None:
        if self.order.get(product_id, 0) > 1:
            self.order[product_id] -= 1
        else:
            self.order.pop(product_id, None)
        self._show_order_lines()

    def clear_order(self) -> None:
        self.order.clear()
        self._show_order_lines()

    def total_cents(self) -> int:
        return sum(self.products[pid].price_cents * quantity for pid, quantity in self.order.items())

    def _show_order_lines(self) -> None:
        while self.lines_column.count() > 1:
            item = self.lines_column.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for index, (pid, quantity) in enumerate(self.order.items()):
            row = OrderRow(self.products[pid], quantity, lambda p=pid: self.remove_one(p), self.lines_box)
            self.lines_column.insertWidget(index, row)
        self.total.set_text(money(self.total_cents()))
        for button in (*self.pay_buttons.values(), self.clear_button):
            button.setEnabled(bool(self.order))
        if self.customer is None:
            self.customer_label.set_text(QT_TRANSLATE_NOOP("TillScreen", "Coffee card? Scan it."))
        elif self.strips_left is not None:
            self.customer_label.set_text(QT_TRANSLATE_NOOP("TillScreen", "{name}: {strips} strips on the coffee card"),
                                         name=self.customer.first_name, strips=self.strips_left)
        self.forget_button.setVisible(self.customer is not None)

    def _show_last_sale(self) -> None:
        last = self._undoable()
        self.undo_button.setVisible(last is not None)
        self.last_sale_label.setVisible(last is not None)
        if last is not None:
            self.last_sale_label.set_text(QT_TRANSLATE_NOOP("TillScreen", "Last sale {number}: {amount}, {payment}"),
                                    number=last.number, amount=money(last.total_cents + last.rounding_cents),
                                    payment=PAYMENT_NAMES[Payment(last.payment)]())

    def _undoable(self):  # type: ignore[no-untyped-def]
        if self.session_id is None:
            return None
        with self.database.read() as session:
            last = last_sale(session, self.session_id)
        if last is None or last.kind != SaleKind.SALE.value or self.clock() - last.created_at > timedelta(minutes=UNDO_MINUTES):
            return None
        return last

    # -- customer (a scanned member card) ---------------------------------------------
    def take_card(self, member: MemberSummary) -> None:
        """A card scanned at the till: this customer's coffee card."""
        self.customer = member
        with self.database.read() as session:
            self.strips_left = strip_balance(session, member_id=member.id)
        self._show_order_lines()
        if self.pages.currentWidget() is self.scan_page and self.pending is not None:
            pending, self.pending = self.pending, None
            self.pay(pending)

    def forget_customer(self) -> None:
        self.customer, self.strips_left = None, None
        self._show_order_lines()

    # -- paying -----------------------------------------------------------------
    def show_order(self) -> None:
        self.pending = None
        self.pages.setCurrentWidget(self.sell_page if self.session_id is not None else self.closed_page)

    def pay(self, payment: Payment) -> None:
        if not self.order:
            return
        buys_card = any(self.products[pid].grants_strips for pid in self.order)
        if self.customer is None and (payment == Payment.STRIPS or buys_card):
            self.pending = payment
            self.scan_text.set_text(QT_TRANSLATE_NOOP("TillScreen", "Scan the card of the person the coffee card is for.")
                                    if buys_card else QT_TRANSLATE_NOOP("TillScreen", "Scan the coffee card now."))
            self.scan_cash.setVisible(not buys_card)
            self.pages.setCurrentWidget(self.scan_page)
            return
        if payment == Payment.CASH:
            total = self.total_cents()
            self.cash_page.start(round_to_five_cents(total) if self.rounding else total, total)
            self.pages.setCurrentWidget(self.cash_page)
        elif payment == Payment.CARD:
            self.card_text.set_text(QT_TRANSLATE_NOOP("TillScreen", "Let the customer pay {amount} on the card terminal."),
                                    amount=money(self.total_cents()))
            self.pages.setCurrentWidget(self.card_page)
        elif payment == Payment.FREE:
            self.pages.setCurrentWidget(self.free_page)
        else:
            self._sell(Payment.STRIPS)

    def _sell(self, payment: Payment, *, cash_received_cents: int | None = None, free_reason: str | None = None) -> None:
        if self.session_id is None:
            return
        try:
            with self.database.write() as session:
                result = sell(session, till_session_id=self.session_id, items=list(self.order.items()), payment=payment,
                              cash_received_cents=cash_received_cents,
                              member_id=self.customer.id if self.customer else None, free_reason=free_reason,
                              now=self.clock())
        except DomainError as error:
            self._refused(payment, error)
            return
        self._done(payment, result)

    def _refused(self, payment: Payment, error: DomainError) -> None:
        self.message.emit(error_text(error), True)
        if payment == Payment.STRIPS:
            # Say so where the seller looks, and offer cash right there.
            self.scan_text.set_text(error_text(error))
            self.scan_cash.setVisible(True)
            self.pages.setCurrentWidget(self.scan_page)
        elif payment == Payment.CASH:
            self.cash_page.result.set_text(error_text(error))

    def _done(self, payment: Payment, result: SaleResult) -> None:
        page = self.done_page
        page.set_sale(result.sale_id)
        if payment == Payment.CASH:
            page.show_result(QT_TRANSLATE_NOOP("TillScreen", "Give back"), money(result.change_cents or 0),
                             QT_TRANSLATE_NOOP("TillScreen", "Sale {number} paid in cash: {due}."), result.change_cents,
                             number=result.number, due=money(result.due_cents))
        elif payment == Payment.STRIPS:
            page.show_result(QT_TRANSLATE_NOOP("TillScreen", "Paid with the coffee card"),
                             (QT_TRANSLATE_NOOP("TillScreen", "1 strip")() if result.strips_used == 1 else
                              QT_TRANSLATE_NOOP("TillScreen", "{strips} strips")(strips=result.strips_used)),
                             QT_TRANSLATE_NOOP("TillScreen", "{name}: {left} strips left."), None,
                             name=self.customer.first_name if self.customer else "", left=result.strips_left)
        elif payment == Payment.CARD:
            page.show_result(QT_TRANSLATE_NOOP("TillScreen", "Paid by card"), money(result.total_cents),
                             QT_TRANSLATE_NOOP("TillScreen", "Sale {number}."), None, number=result.number)
        else:
            page.show_result(QT_TRANSLATE_NOOP("TillScreen", "Free"), "",
                             QT_TRANSLATE_NOOP("TillScreen", "Sale {number} recorded as free."), None, number=result.number)
        if result.strips_left is not None and payment != Payment.STRIPS:
            page.detail.set_text(QT_TRANSLATE_NOOP("TillScreen", "{name}: {left} strips on the coffee card."),
                                 name=self.customer.first_name if self.customer else "", left=result.strips_left)
        self.order.clear()
        self._show_last_sale()
        self.pages.setCurrentWidget(page)

    def next_customer(self) -> None:
        self.order.clear()
        self.customer, self.strips_left, self.pending = None, None, None
        self._show_order_lines()
        self._show_last_sale()
        self.show_order()

    # -- undo -------------------------------------------------------------------
    def _ask_undo(self) -> None:
        last = self._undoable()
        if last is None:
            self._show_last_sale()
            return
        paid = last.total_cents + last.rounding_cents
        if last.payment == Payment.CASH.value:
            self.undo_text.set_text(QT_TRANSLATE_NOOP("TillScreen", "Take back sale {number}? Give back {amount} in cash."),
                                    number=last.number, amount=money(paid))
        else:
            self.undo_text.set_text(QT_TRANSLATE_NOOP("TillScreen", "Take back sale {number} ({amount}, {payment})?"),
                                    number=last.number, amount=money(paid), payment=PAYMENT_NAMES[Payment(last.payment)]())
        self.pages.setCurrentWidget(self.undo_page)

    def _undo(self) -> None:
        if self.session_id is None:
            return
        try:
            with self.database.write() as session:
                result = undo_last_sale(session, till_session_id=self.session_id, now=self.clock())
        except DomainError as error:
            self.message.emit(error_text(error), True)
            self.show_order()
            return
        if result.change_cents:
            self.message.emit(QT_TRANSLATE_NOOP("TillScreen", "Sale taken back. Give back {amount}.")(
                amount=money(result.change_cents)), False)
        else:
            self.message.emit(QT_TRANSLATE_NOOP("TillScreen", "Sale taken back.")(), False)
        self._show_last_sale()
        self.show_order()

"""Parts of the till screen: a line of the order, and the steps of a sale after the
products: paying cash (amount received, change), and the end of a sale (change in big
digits and as notes and coins, receipt)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.cash import change_breakdown
from trefpuntje.core.models.till import Payment
from trefpuntje.core.till import MAX_CASH_RECEIVED_CENTS
from trefpuntje.core.till_products import ProductView
from trefpuntje.ui.receipts import print_receipt
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.amount_pad import AmountPad
from trefpuntje.ui.widgets.money import ChangeView
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database
    from trefpuntje.ui.tasks import BackgroundTask

NOTES_OFFERED = (500, 1000, 2000, 5000)

PAYMENT_NAMES = {
    Payment.CASH: QT_TRANSLATE_NOOP("TillScreen", "cash"),
    Payment.CARD: QT_TRANSLATE_NOOP("TillScreen", "card"),
    Payment.STRIPS: QT_TRANSLATE_NOOP("TillScreen", "coffee card"),
    Payment.FREE: QT_TRANSLATE_NOOP("TillScreen", "free"),
}


class OrderRow(QWidget):
    """One line of the order: "2 x Koffie   € 2,00   [-]"."""

    def __init__(self, product: ProductView, quantity: int, remove: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.label = TrLabel(f"{quantity} \u00d7 {product.name}", self)
        row.addWidget(self.label, 1)
        row.addWidget(TrLabel(money(product.price_cents * quantity), self))
        self.minus = TouchButton("minus", QT_TRANSLATE_NOOP("TillScreen", "One less"), self, icon_size=32)
        self.minus.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.minus.clicked.connect(lambda: remove())
        row.addWidget(self.minus)


class Page(QWidget):
    """A step of the till: a pictogram and heading on top."""

    def __init__(self, pictogram: str, heading: Text, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(32, 12, 32, 12)
        self.column.setSpacing(12)
        self.top = QHBoxLayout()
        self.picture = Pictogram(pictogram, 64, self)
        self.top.addWidget(self.picture)
        self.heading = TrLabel(heading, self, style="heading")
        self.top.addWidget(self.heading, 1)
        self.column.addLayout(self.top)


class CashPage(Page):
    """Type or tap what was handed over; the change (or what is missing) shows at once."""

    paid = Signal(object)  # cents received, or None when nothing sensible was typed
    back = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("cash", QT_TRANSLATE_NOOP("TillScreen", "Cash"), parent)
        self.due = 0
        self.back_button = TouchButton("back", QT_TRANSLATE_NOOP("TillScreen", "Back"), self)
        self.back_button.clicked.connect(self.back)
        self.top.addWidget(self.back_button)
        body = QHBoxLayout()
        body.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(8)
        self.due_label = TrLabel("", self, style="subheading")
        left.addWidget(self.due_label)
        self.quick = QHBoxLayout()
        self.quick.setSpacing(8)
        self.exact = TouchButton(None, QT_TRANSLATE_NOOP("TillScreen", "Exact"), self)
        self.exact.clicked.connect(lambda: self.pad.set_cents(self.due))
        self.quick.addWidget(self.exact)
        self.note_buttons: dict[int, TouchButton] = {}
        for note in NOTES_OFFERED:
            button = TouchButton(None, money(note), self)
            button.clicked.connect(lambda _=False, n=note: self.pad.set_cents(n))
            self.quick.addWidget(button)
            self.note_buttons[note] = button
        self.quick.addStretch(1)
        left.addLayout(self.quick)
        received_row = QHBoxLayout()
        received_row.addWidget(TrLabel(QT_TRANSLATE_NOOP("TillScreen", "Received:"), self))
        self.received_label = TrLabel("", self, style="huge")
        self.received_label.setAccessibleName(QT_TRANSLATE_NOOP("TillScreen", "Amount received")())
        received_row.addWidget(self.received_label, 1)
        left.addLayout(received_row)
        self.result = TrLabel("", self, style="subheading")
        left.addWidget(self.result)
        self.change_view = ChangeView(self)
        left.addWidget(self.change_view)
        left.addStretch(1)
        body.addLayout(left, 3)

        right = QVBoxLayout()
        right.setSpacing(10)
        self.pad = AmountPad(self)
        self.pad.changed.connect(self._update)
        right.addWidget(self.pad)
        self.confirm = TouchButton("ok", QT_TRANSLATE_NOOP("TillScreen", "Paid"), self, role="primary")
        self.confirm.clicked.connect(lambda: self.paid.emit(self.received()))
        right.addWidget(self.confirm)
        right.addStretch(1)
        body.addLayout(right, 2)
        self.column.addLayout(body, 1)

    def start(self, due: int, total: int) -> None:
        self.due = due
        self.pad.set_cents(None)
        if due != total:
            self.due_label.set_text(QT_TRANSLATE_NOOP("TillScreen", "To pay: {due} (rounded from {total})"),
                                    due=money(due), total=money(total))
        else:
            self.due_label.set_text(QT_TRANSLATE_NOOP("TillScreen", "To pay: {due}"), due=money(due))
        offered = [note for note in NOTES_OFFERED if note > due][:3]
        for note, button in self.note_buttons.items():
            button.setVisible(note in offered)

    def received(self) -> int | None:
        return self.pad.cents()

    def _update(self) -> None:
        received = self.received()
        self.received_label.set_text(money(received) if received is not None else "\u2014")
        self.change_view.show_change(None)
        self.result.setProperty("kind", "")
        if received is None:
            self.result.set_text(QT_TRANSLATE_NOOP("TillScreen", "Tap the notes received, or type the amount."))
        elif received > MAX_CASH_RECEIVED_CENTS:
            self.result.setProperty("kind", "problem")
            self.result.set_text(QT_TRANSLATE_NOOP("TillScreen", "That is more than the till accepts. Check the amount."))
        elif received < self.due:
            self.result.setProperty("kind", "problem")
            self.result.set_text(QT_TRANSLATE_NOOP("TillScreen", "{missing} is missing"), missing=money(self.due - received))
        else:
            self.result.set_text(QT_TRANSLATE_NOOP("TillScreen", "Change: {change}"), change=money(received - self.due))
            self.change_view.show_change(change_breakdown(received - self.due))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)


class DonePage(Page):
    """The sale is recorded: what to hand back, and its receipt on request
    (``set_sale``; the receipts go out once ``print_receipts_from`` was called)."""

    next_customer = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("ok", QT_TRANSLATE_NOOP("TillScreen", "Paid"), parent)
        self.sale_id: uuid.UUID | None = None  # the sale just made
        self.print_task: BackgroundTask | None = None
        self.amount = TrLabel("", self, style="huge")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.amount)
        self.change_view = ChangeView(self)
        self.column.addWidget(self.change_view)
        self.detail = TrLabel("", self)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.column.addWidget(self.detail)
        self.column.addStretch(1)
        buttons = QHBoxLayout()
        self.receipt_button = TouchButton("receipt", QT_TRANSLATE_NOOP("TillScreen", "Print receipt"), self)
        self.next_button = TouchButton("ok", QT_TRANSLATE_NOOP("TillScreen", "Next customer"), self, role="primary")
        self.next_button.clicked.connect(self.next_customer)
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.next_button, 1)
        self.column.addLayout(buttons)

    def print_receipts_from(self, database: Database, say: Callable[[str, bool], None]) -> None:
        """A tap on "Print receipt" prints the receipt of the sale shown; ``say(text, problem)``."""
        def request() -> None:
            if self.sale_id is not None:
                self.print_task = print_receipt(self, database, self.sale_id, self.receipt_button, say)

        self.receipt_button.clicked.connect(request)

    def set_sale(self, sale_id: uuid.UUID | None) -> None:
        """The sale just made, or None when nothing was paid (no receipt then)."""
        self.sale_id = sale_id
        self.receipt_button.setVisible(sale_id is not None)

    def show_result(self, heading: Text, amount: str, detail: Text | str, change_cents: int | None,
                    **params: object) -> None:
        self.heading.set_text(heading)
        self.amount.set_text(amount)
        self.amount.setVisible(bool(amount))
        self.detail.set_text(detail, **params)
        self.change_view.show_change(change_breakdown(change_cents) if change_cents else None)
        self.receipt_button.setEnabled(True)
        self.next_button.setFocus()

"""The coffee corner on the public kiosk: what is for sale and what it costs, and,
for whoever scanned their own card, the strips left on their coffee card. Selling
happens at the till (``--station till``), never here."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trefpuntje.core.till import strip_balance
from trefpuntje.core.till_products import price_list
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import VisitorScreen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, money
from trefpuntje.ui.widgets.touch import Pictogram, TrLabel, touch_scroll_area

COLUMNS = 2


class CoffeeMenu(VisitorScreen):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        header = QHBoxLayout()
        header.addWidget(Pictogram("coffee", 72, self))
        header.addWidget(TrLabel(QT_TRANSLATE_NOOP("CoffeeMenu", "Coffee corner"), self, style="heading"), 1)
        layout.addLayout(header)
        self.strips = TrLabel("", self, style="subheading")
        layout.addWidget(self.strips)
        self.scroll = touch_scroll_area(self)
        layout.addWidget(self.scroll, 1)
        self.prices: dict[str, QLabel] = {}

    def refresh(self) -> None:
        with self.database.read() as session:
            products = price_list(session)
            balance = strip_balance(session, member_id=self.visitor.id) if self.visitor else None
        if self.visitor is None:
            self.strips.set_text(QT_TRANSLATE_NOOP("CoffeeMenu", "Scan your card to see how many strips are left on "
                                                                 "your coffee card."))
        else:
            self.strips.set_text(QT_TRANSLATE_NOOP("CoffeeMenu", "{name}, your coffee card has {strips} strips left."),
                                 name=self.visitor.first_name, strips=balance)
        content = QWidget()
        grid = QGridLayout(content)
        grid.setHorizontalSpacing(48)
        grid.setVerticalSpacing(8)
        self.prices = {}
        row, column, category = 0, 0, None
        for product in products:
            if product.category != category:
                category = product.category
                row += 1 if column else 0
                column = 0
                grid.addWidget(TrLabel(category, content, style="subheading"), row, 0, 1, COLUMNS * 3)
                row += 1
            grid.addWidget(Pictogram(product.pictogram, 48, content), row, column * 3)
            name = QLabel(product.name, content)
            name.setWordWrap(True)
            grid.addWidget(name, row, column * 3 + 1)
            price = QLabel(money(product.price_cents), content)
            price.setObjectName("cardtitle")
            price.setAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(price, row, column * 3 + 2)
            self.prices[product.name] = price
            column = (column + 1) % COLUMNS
            row += 1 if column == 0 else 0
        grid.setRowStretch(row + 1, 1)
        self.scroll.setWidget(content)

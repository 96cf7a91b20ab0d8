"""Staff: what the cooks are owed, month by month: per cook the meals held, the
portions collected and the contributions collected for them, however they were paid
(``core.meals_pickup.cook_payouts``, the same figures as ``trefpuntje meals payout``),
and the total. Read only: the coordinator pays the cooks from it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QMargins, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from trefpuntje.core.meals_pickup import CookPayout, cook_payouts
from trefpuntje.db.engine import Database
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, money
from trefpuntje.ui.widgets.month_stepper import MonthStepper
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

MONTHS_BACK = 24
COOK_ROW = QT_TRANSLATE_NOOP("MealOffer", "{cook}: {meals} meals, {portions} portions collected: to pay {amount}")
TOTAL = QT_TRANSLATE_NOOP("MealOffer", "Together: {amount}")
NONE = QT_TRANSLATE_NOOP("MealOffer", "No meals were picked up this month.")


class CookPayoutsPage(QWidget):
    back = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock = database, clock
        self.payouts: list[CookPayout] = []
        column = QVBoxLayout(self, contentsMargins=QMargins(32, 12, 32, 12), spacing=8)
        top = QHBoxLayout()
        top.addWidget(Pictogram("cash", 64, self))
        top.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealOffer", "Cooks' payouts"), self, style="heading"), 1)
        self.back_button = TouchButton("back", QT_TRANSLATE_NOOP("MealOffer", "Back"), self)
        self.back_button.clicked.connect(self.back)
        top.addWidget(self.back_button)
        column.addLayout(top)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealOffer", "The contributions collected for each cook's meals "
                                                                "in a month, however they were paid."), self))
        self.month = MonthStepper(QT_TRANSLATE_NOOP("MealOffer", "Month"), clock, self, months_back=MONTHS_BACK)
        self.month.changed.connect(lambda _: self.refresh())
        column.addWidget(self.month)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("MealOffer", "Cooks' payouts")())
        column.addWidget(self.list, 1)
        self.total = TrLabel("", self, style="subheading")
        column.addWidget(self.total)

    def open(self) -> None:
        """This month, read afresh."""
        self.month.set_value(0)
        self.refresh()

    def refresh(self) -> None:
        year, month = self.month.month()
        with self.database.read() as session:
            self.payouts = cook_payouts(session, year=year, month=month)
        self.list.clear()
        for payout in self.payouts:
            self.list.addItem(COOK_ROW(cook=payout.cook_name, meals=payout.meals, portions=payout.portions,
                                       amount=money(payout.amount_cents)))
        if not self.payouts:
            self.list.addItem(NONE())
        self.total.set_text(TOTAL, amount=money(sum(p.amount_cents for p in self.payouts)))

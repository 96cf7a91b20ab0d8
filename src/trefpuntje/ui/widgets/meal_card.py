"""One neighbour meal as a big card at the kiosk: the dish, the cook's first name, when
to pick it up, the contribution, the portions left, the diet labels and the allergens
in words beside the warning pictogram. For the visitor who scanned their card: their
own order, a warning when the dish holds one of their own allergens, and the one
button that fits (order, join the waiting list, cancel)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.meals import MealView
from trefpuntje.core.meals_orders import MemberMeal, MyOrder
from trefpuntje.core.models.meals import OrderStatus
from trefpuntje.ui.meal_words import allergen_names, cutoff_text, diet_names, pickup_text
from trefpuntje.ui.theme import DANGER
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

PROBLEM = f"color: {DANGER}; font-weight: bold;"

ORDER = QT_TRANSLATE_NOOP("MealCard", "Order")
JOIN_WAITING = QT_TRANSLATE_NOOP("MealCard", "Join the waiting list")
CANCEL_ORDER = QT_TRANSLATE_NOOP("MealCard", "Cancel my order")
LEAVE_WAITING = QT_TRANSLATE_NOOP("MealCard", "Leave the waiting list")


def facts_text(view: MealView, today: date, now: datetime) -> tuple[Text, dict[str, object]]:
    """Contribution, portions left and the ordering deadline, on one line."""
    price = (money(view.contribution_cents).replace(" ", "\u00a0") if view.contribution_cents
             else QT_TRANSLATE_NOOP("MealCard", "free")())
    if view.cancelled:
        return QT_TRANSLATE_NOOP("MealCard", "Called off"), {}
    if not view.open_for_orders(now):
        return QT_TRANSLATE_NOOP("MealCard", "{price} a portion \u00b7 ordering has closed"), {"price": price}
    if view.sold_out:
        text = QT_TRANSLATE_NOOP("MealCard", "{price} a portion \u00b7 sold out \u00b7 waiting list open until {time}")
        return text, {"price": price, "time": cutoff_text(view, today)}
    text = QT_TRANSLATE_NOOP("MealCard",
                             "{price} a portion \u00b7 {left} of {portions} left \u00b7 order before {time}")
    return text, {"price": price, "left": view.portions_left, "portions": view.portions,
                  "time": cutoff_text(view, today)}


def order_text(order: MyOrder) -> tuple[Text, dict[str, object]]:
    if order.status == OrderStatus.WAITING:
        return QT_TRANSLATE_NOOP("MealCard", "Waiting list: number {position}"), {"position": order.waiting_position}
    if order.status == OrderStatus.COLLECTED:
        return QT_TRANSLATE_NOOP("MealCard", "Collected"), {}
    if order.status == OrderStatus.LAPSED:
        return QT_TRANSLATE_NOOP("MealCard", "No portion came free"), {}
    if order.status == OrderStatus.NOT_COLLECTED:
        return QT_TRANSLATE_NOOP("MealCard", "Not collected"), {}
    return QT_TRANSLATE_NOOP("MealCard", "You ordered {portions}"), {"portions": order.portions}


class IconLine(QWidget):
    """A small pictogram and a line of text beside it."""

    def __init__(self, pictogram: str, text: Text | str, parent: QWidget | None = None, *, size: int = 32,
                 style: str | None = None, sheet: str | None = None, **params: object) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        self.picture = Pictogram(pictogram, size, self)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop if size < 48 else Qt.AlignmentFlag.AlignVCenter)
        self.text = TrLabel(text, self, style=style, **params)
        if sheet:
            self.text.setStyleSheet(sheet)
        row.addWidget(self.text, 1)

    def show_allergens(self, codes: tuple[str, ...]) -> None:
        """The allergens a cook declared, in words beside the warning pictogram; or that there are none."""
        self.picture.set_pictogram("warning" if codes else "ok", self.picture.width())
        if codes:
            self.text.set_text(QT_TRANSLATE_NOOP("MealCard", "Contains: {allergens}"), allergens=allergen_names(codes))
        else:
            self.text.set_text(QT_TRANSLATE_NOOP("MealCard", "No allergens"))


def allergen_line(view: MealView, parent: QWidget) -> IconLine:
    line = IconLine("warning", "", parent)
    line.show_allergens(view.allergens)
    return line


class MealCard(QFrame):
    order = Signal(object)  # meal id: order, or join the waiting list
    cancel = Signal(object)  # order id

    def __init__(self, view: MealView, mine: MemberMeal | None, *, today: date, now: datetime,
                 parent: QWidget | None = None, photo: bytes | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setObjectName("panel")
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 12, 20, 12)
        row.setSpacing(20)
        picture = Pictogram("meals", 72, self)
        if photo is not None:  # the cook's photo of the dish, when there is one
            from trefpuntje.ui.photos import thumbnail

            picture.setPixmap(thumbnail(photo, 120))
            picture.setFixedSize(120, 120)
        self.picture = picture
        row.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.title = TrLabel(view.dish, self, style="cardtitle")
        text.addWidget(self.title)
        # Cooked by a neighbour: the public kiosk names nobody (the cook's sheet and staff screens do).
        self.when = TrLabel(QT_TRANSLATE_NOOP("MealCard", "{when} \u00b7 cooked by a neighbour"), self, style="muted",
                            when=pickup_text(view, today))
        text.addWidget(self.when)
        facts, params = facts_text(view, today, now)
        self.facts = TrLabel(facts, self, **params)
        if view.cancelled:
            self.facts.setStyleSheet(PROBLEM)
        text.addWidget(self.facts)
        if view.diet_labels:
            text.addWidget(TrLabel(diet_names(view.diet_labels), self))
        self.allergens = allergen_line(view, self)
        text.addWidget(self.allergens)
        self.warning: IconLine | None = None
        if mine is not None and mine.allergen_warnings:
            careful = QT_TRANSLATE_NOOP("MealCard", "Careful: you are allergic to {allergens}.")
            self.warning = IconLine("warning", careful, self, sheet=PROBLEM,
                                    allergens=allergen_names(mine.allergen_warnings))
            text.addWidget(self.warning)
        if mine is not None and mine.diet_warnings:
            text.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealCard", "Not for your diet: {diets}"), self,
                                   diets=diet_names(mine.diet_warnings)))
        row.addLayout(text, 1)
        self.state = TrLabel("", self, style="cardtitle")
        self.state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button: TouchButton | None = None
        actions = QVBoxLayout()
        actions.addWidget(self.state)
        if mine is not None:
            self._actions(mine, now)
            if self.button is not None:
                self.button.setMinimumWidth(300)
                actions.addWidget(self.button)
        self.state.setVisible(bool(self.state.text()))
        actions.addStretch(1)
        row.addLayout(actions)

    def _actions(self, mine: MemberMeal, now: datetime) -> None:
        view, order = mine.meal, mine.order
        if order is not None and order.status != OrderStatus.CANCELLED:
            state, params = order_text(order)
            self.state.set_text(state, **params)
            if order.can_cancel:
                waiting = order.status == OrderStatus.WAITING
                self.button = TouchButton("cancel", LEAVE_WAITING if waiting else CANCEL_ORDER, self)
                self.button.clicked.connect(lambda: self.cancel.emit(order.id))
        elif view.cancelled:
            self.state.set_text(QT_TRANSLATE_NOOP("MealCard", "Called off: your order is cancelled"))
            self.state.setStyleSheet(PROBLEM)
        elif view.open_for_orders(now):
            self.button = TouchButton("timer" if view.sold_out else "ok", JOIN_WAITING if view.sold_out else ORDER,
                                      self, role="primary")
            self.button.clicked.connect(lambda: self.order.emit(view.id))
        else:
            self.state.set_text(QT_TRANSLATE_NOOP("MealCard", "Ordering has closed"))

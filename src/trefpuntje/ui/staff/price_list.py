"""Staff: the till's price list. Change a product's name, price, VAT rate, category,
pictogram, strips and place on the grid; add products; take one off sale and put it
back. Nothing is ever deleted: sales keep their own copy of name, price and VAT rate."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QMargins, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (QCompleter, QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem,
                               QScrollArea, QSpinBox, QStackedLayout, QVBoxLayout, QWidget)

from trefpuntje.core.cash import parse_euros
from trefpuntje.core.errors import DomainError
from trefpuntje.core.models.till import VAT_RATES
from trefpuntje.core.till_products import (PRODUCT_PICTOGRAMS, ProductView, add_product, change_product, get_product,
                                           price_list, reinstate_product, retire_product)
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.theme import CARD, DANGER, INK, MUTED_INK, ON_PRIMARY, PRIMARY, TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text, money
from trefpuntje.ui.widgets.keyboard import OnScreenKeyboard
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

ID_ROLE = Qt.ItemDataRole.UserRole
SQUARE = f"padding: 0; min-height: {TOUCH_MIN - 6}px; min-width: {TOUCH_MIN - 6}px;"  # 80 px with the border
FIELD = f"min-height: {TOUCH_MIN - 6}px; border: 3px solid {PRIMARY}; border-radius: 12px; background: {CARD};"
# Our own big "-" and "+" replace the spin box's arrows (NoButtons would squeeze its text to 1 px).
STYLE = (f"QSpinBox {{ {FIELD} }} QSpinBox::up-button, QSpinBox::down-button {{ width: 0; border: none; }} "
         "QListWidget { font-size: 20pt; } QListWidget::item { padding-left: 0; } "  # with a padding, wrapped lines
         f"QListWidget::item:selected {{ background: {PRIMARY}; color: {ON_PRIMARY}; }} "  # are cut; 7:1 contrast
         "QLabel#muted { font-size: 16pt; }")  # small labels above the fields leave room for a message
PICTOGRAM_COLUMNS = 5
NAME_MAX, CATEGORY_MAX = 60, 40  # the columns' lengths: SQLite would store more, PostgreSQL would refuse it
DIGITS = ("1", "2", "3", "4", "5", "6", "7", "8", "9", ",", "0")  # the on-screen keyboard has letters only

PICTOGRAM_NAMES = {  # what a screen reader says for each pictogram button
    "coffee": QT_TRANSLATE_NOOP("PriceListAdmin", "coffee"), "tea": QT_TRANSLATE_NOOP("PriceListAdmin", "tea"),
    "hot_chocolate": QT_TRANSLATE_NOOP("PriceListAdmin", "hot chocolate"),
    "soft_drink": QT_TRANSLATE_NOOP("PriceListAdmin", "soft drink"),
    "water": QT_TRANSLATE_NOOP("PriceListAdmin", "water"), "cake": QT_TRANSLATE_NOOP("PriceListAdmin", "cake"),
    "cookie": QT_TRANSLATE_NOOP("PriceListAdmin", "biscuit"), "soup": QT_TRANSLATE_NOOP("PriceListAdmin", "soup"),
    "sandwich": QT_TRANSLATE_NOOP("PriceListAdmin", "sandwich"), "fruit": QT_TRANSLATE_NOOP("PriceListAdmin", "fruit"),
    "postcard": QT_TRANSLATE_NOOP("PriceListAdmin", "postcard"), "soap": QT_TRANSLATE_NOOP("PriceListAdmin", "soap"),
    "gift": QT_TRANSLATE_NOOP("PriceListAdmin", "gift"), "card": QT_TRANSLATE_NOOP("PriceListAdmin", "coffee card"),
}
NAME = QT_TRANSLATE_NOOP("PriceListAdmin", "Name")
PRICE = QT_TRANSLATE_NOOP("PriceListAdmin", "Price in euros")
CATEGORY = QT_TRANSLATE_NOOP("PriceListAdmin", "Category")
RATE = QT_TRANSLATE_NOOP("PriceListAdmin", "{rate} %")
VAT_SHORT = QT_TRANSLATE_NOOP("PriceListAdmin", "VAT {rate} %")
STRIPS = QT_TRANSLATE_NOOP("PriceListAdmin", "strips: {count}")
CARD_STRIPS = QT_TRANSLATE_NOOP("PriceListAdmin", "coffee card, strips: {count}")
NEW_PRODUCT = QT_TRANSLATE_NOOP("PriceListAdmin", "New product")
CHANGING = QT_TRANSLATE_NOOP("PriceListAdmin", "Change: {name}")
CHANGING_RETIRED = QT_TRANSLATE_NOOP("PriceListAdmin", "Change: {name} (off sale)")
RETIRE = QT_TRANSLATE_NOOP("PriceListAdmin", "Take off sale")
REINSTATE = QT_TRANSLATE_NOOP("PriceListAdmin", "Put back on sale")
NOT_A_PRICE = QT_TRANSLATE_NOOP("PriceListAdmin", "Type the price in euros, for example {example}. Nothing is saved.")


class _StepButton(TouchButton):
    """"−" or "+" on the button; "Less: Costs strips" for a screen reader."""

    def __init__(self, symbol: str, text: Text, field: Text, parent: QWidget) -> None:
        self._symbol, self._field = symbol, field
        super().__init__(None, text, parent)
        self.setAutoRepeat(True)  # a coffee card of 20 strips: hold the button
        self.setFixedSize(TOUCH_MIN, TOUCH_MIN)
        self.setStyleSheet(f"font-size: 26pt; font-weight: bold; {SQUARE}")

    def retranslate(self) -> None:
        self.setText(self._symbol)
        self.setAccessibleName(self._text(field=self._field()))


class _Stepper(QWidget):
    """A number with big "−" and "+" for the finger; a keyboard types in it. 0 may read "none"."""

    def __init__(self, label: Text, maximum: int, parent: QWidget, *, zero_is_none: bool = True) -> None:
        super().__init__(parent)
        self.label, self.zero_is_none = label, zero_is_none
        row = QHBoxLayout(self, contentsMargins=QMargins(), spacing=4)
        self.box = QSpinBox(self, minimum=0, maximum=maximum, alignment=Qt.AlignmentFlag.AlignCenter)
        self.box.setMinimumWidth(72)
        self.less = _StepButton("\u2212", QT_TRANSLATE_NOOP("PriceListAdmin", "Less: {field}"), label, self)
        self.less.clicked.connect(self.box.stepDown)
        self.more = _StepButton("+", QT_TRANSLATE_NOOP("PriceListAdmin", "More: {field}"), label, self)
        self.more.clicked.connect(self.box.stepUp)
        for widget, stretch in ((self.less, 0), (self.box, 1), (self.more, 0)):
            row.addWidget(widget, stretch)
        self.retranslate()

    def retranslate(self) -> None:
        self.box.setAccessibleName(self.label())
        self.box.setSpecialValueText(QT_TRANSLATE_NOOP("PriceListAdmin", "none")() if self.zero_is_none else "")


class PriceListAdmin(Screen):
    changed = Signal()  # a product was added, changed, taken off sale or put back: the till's grid may refresh

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id: uuid.UUID | None = None  # who is in staff mode: the audit log names them
        self.views: list[ProductView] = []
        self.categories: list[str] = []
        self.selected: uuid.UUID | None = None
        self.adding = False  # "New product" was pressed: a refresh keeps the empty form
        self.target: QLineEdit | None = None  # the field the on-screen keys type into
        self.setStyleSheet(STYLE)
        self.pages = QStackedLayout(self)
        main = QWidget(self)
        layout = QHBoxLayout(main, contentsMargins=QMargins(24, 12, 24, 12), spacing=16)
        left = QVBoxLayout()
        left.addWidget(TrLabel(QT_TRANSLATE_NOOP("PriceListAdmin", "Price list"), main, style="subheading"))
        self.products = QListWidget(main, wordWrap=True, iconSize=QSize(48, 48),
                                    horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.products.setAccessibleName(QT_TRANSLATE_NOOP("PriceListAdmin", "Products")())
        self.products.currentItemChanged.connect(self._picked)
        left.addWidget(self.products, 1)
        self.new_button = TouchButton("till", NEW_PRODUCT, main)
        self.new_button.clicked.connect(self.new_product)
        left.addWidget(self.new_button)
        layout.addLayout(left, 5)
        layout.addLayout(self._build_form(main), 8)
        self.pages.addWidget(main)
        self.pages.addWidget(self._build_keys())
        self._show_form()

    def _build_form(self, parent: QWidget) -> QVBoxLayout:
        column = QVBoxLayout(spacing=4)
        self.message = TrLabel("", parent)  # what is being changed, or what just happened: one line, so it fits 800 px
        column.addWidget(self.message)
        fields = QWidget(parent)
        grid = QGridLayout(fields, contentsMargins=QMargins(), horizontalSpacing=12, verticalSpacing=2)
        self.name = QLineEdit(fields, maxLength=NAME_MAX)
        self.price = QLineEdit(fields, maxLength=12)
        self.category = QLineEdit(fields, maxLength=CATEGORY_MAX)  # the categories there are: completed, and chips
        self.vat_buttons: dict[int, TouchButton] = {}
        vat = QHBoxLayout()
        for rate in VAT_RATES:
            self.vat_buttons[rate] = button = TouchButton(None, RATE, fields, rate=rate)
            button.setCheckable(True)
            button.setStyleSheet("padding: 2px 4px;")
            button.clicked.connect(lambda _=False, rate=rate: self._choose_vat(rate))
            vat.addWidget(button)
        self.order = _Stepper(QT_TRANSLATE_NOOP("PriceListAdmin", "Place on the grid"), 999, fields, zero_is_none=False)
        self.strips = _Stepper(QT_TRANSLATE_NOOP("PriceListAdmin", "Costs strips"), 99, fields)
        self.grants_strips = _Stepper(QT_TRANSLATE_NOOP("PriceListAdmin", "Coffee card with strips"), 999, fields)
        self.pictogram_buttons: dict[str, TouchButton] = {}
        pictogram_grid = QGridLayout(spacing=6)
        for index, name in enumerate(PRODUCT_PICTOGRAMS):
            text = PICTOGRAM_NAMES.get(name, name.replace("_", " "))
            self.pictogram_buttons[name] = button = TouchButton(name, text, fields, icon_size=56)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setCheckable(True)
            button.setFixedSize(TOUCH_MIN, TOUCH_MIN)
            button.setStyleSheet(SQUARE)
            button.clicked.connect(lambda _=False, name=name: self._choose_pictogram(name))
            pictogram_grid.addWidget(button, index // PICTOGRAM_COLUMNS, index % PICTOGRAM_COLUMNS)
        pictogram_grid.setColumnStretch(PICTOGRAM_COLUMNS, 1)
        # A label above each field: (label, field, row, column, rows, columns).
        for label, field, row, place, rows, span in (
            (NAME, self.name, 0, 0, 1, 2), (CATEGORY, self.category, 0, 2, 1, 1),
            (PRICE, self.price, 2, 0, 1, 1), (QT_TRANSLATE_NOOP("PriceListAdmin", "VAT"), vat, 2, 1, 1, 1),
            (self.order.label, self.order, 2, 2, 1, 1),
            (QT_TRANSLATE_NOOP("PriceListAdmin", "Pictogram"), pictogram_grid, 4, 0, 3, 2),
            (self.strips.label, self.strips, 4, 2, 1, 1), (self.grants_strips.label, self.grants_strips, 6, 2, 1, 1),
        ):
            grid.addWidget(TrLabel(label, fields, style="muted"), row, place, 1, span, Qt.AlignmentFlag.AlignBottom)
            (grid.addWidget if isinstance(field, QWidget) else grid.addLayout)(field, row + 1, place, rows, span)
        for place, stretch in enumerate((4, 5, 6)):  # room for "21 %", and for "none" between "-" and "+"
            grid.setColumnStretch(place, stretch)
        grid.setRowStretch(8, 1)
        grid.setAlignment(pictogram_grid, Qt.AlignmentFlag.AlignTop)
        # Scrolls only when long translations need more room than there is.
        self.scroll = QScrollArea(parent, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame,
                                  horizontalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(fields)
        column.addWidget(self.scroll, 1)
        buttons = QHBoxLayout()
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("PriceListAdmin", "Save"), parent, role="primary")
        self.save_button.clicked.connect(self.save)
        self.retire_button = TouchButton("warning", RETIRE, parent)
        self.retire_button.clicked.connect(self.retire_or_reinstate)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.retire_button)
        column.addLayout(buttons)
        self.typable = {self.name: NAME, self.price: PRICE, self.category: CATEGORY}
        for field, label in self.typable.items():
            field.setAccessibleName(label())
            field.installEventFilter(self)
        self.name.returnPressed.connect(self.save)
        self.price.returnPressed.connect(self.save)
        return column

    def _build_keys(self) -> QWidget:
        """The on-screen keys on a page of their own: beside the form they would not fit 800 px."""
        page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(24, 12, 24, 12))
        field_row = QHBoxLayout()
        self.typing_label = TrLabel("", page, style="subheading")
        field_row.addWidget(self.typing_label)
        self.typed = QLineEdit(page)
        self.typed.setStyleSheet("font-size: 28pt;")
        self.typed.returnPressed.connect(lambda: self._keys_done(keep=True))
        field_row.addWidget(self.typed, 1)
        column.addLayout(field_row)
        self.chips = QScrollArea(page, widgetResizable=True, frameShape=QScrollArea.Shape.NoFrame,
                                 verticalScrollBarPolicy=Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.chips.setFixedHeight(TOUCH_MIN + 24)  # the categories there are, one tap each
        column.addWidget(self.chips)
        column.addStretch(1)
        keys = QHBoxLayout(spacing=16)
        self.keyboard = OnScreenKeyboard(page)
        self.keyboard.typed.connect(self._type)
        self.keyboard.backspace.connect(self.typed.backspace)
        self.keyboard.confirm.connect(lambda: self._keys_done(keep=True))
        self.keys_back = TouchButton("back", QT_TRANSLATE_NOOP("PriceListAdmin", "Back"), self.keyboard, icon_size=32)
        self.keys_back.clicked.connect(lambda: self._keys_done(keep=False))
        self.keyboard.add_to_last_row(self.keys_back)
        keys.addWidget(self.keyboard)
        digits = QGridLayout(spacing=4)
        self.digit_keys: dict[str, TouchButton] = {}
        for index, digit in enumerate(DIGITS):
            self.digit_keys[digit] = button = TouchButton(None, digit, page)
            button.setFixedSize(172 if digit == "0" else 84, 80)  # the keyboard's keys: 84 x 80, 4 apart
            button.setStyleSheet("font-size: 26pt; font-weight: bold; padding: 0;")
            button.clicked.connect(lambda _=False, digit=digit: self.typed.insert(digit))
            digits.addWidget(button, index // 3, index % 3, 1, 2 if digit == "0" else 1)
        keys.addLayout(digits)
        column.addLayout(keys)
        column.setAlignment(keys, Qt.AlignmentFlag.AlignHCenter)
        for button in page.findChildren(TouchButton):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the typed field keeps its cursor
        return page

    def refresh(self) -> None:
        """Read the price list again; the form shows the chosen product as stored."""
        with self.database.read() as session:
            self.views = price_list(session, include_retired=True)
        if self.selected is not None and all(view.id != self.selected for view in self.views):
            self.selected = None
        if self.selected is None and not self.adding and self.views:
            self.selected = self.views[0].id
        self.categories = sorted({view.category for view in self.views if view.category}, key=str.lower)
        self.category.setCompleter(QCompleter(self.categories, self.category))
        self._fill_list()
        self._show_form()

    def reset(self) -> None:
        """Staff mode is left: forget the chosen product and anything half typed."""
        self.selected, self.adding, self.target = None, False, None
        self.staff_id = None
        self.typed.clear()
        self.pages.setCurrentIndex(0)
        self._show_form()

    def _describe(self, view: ProductView) -> str:
        parts = [money(view.price_cents).replace(" ", "\u00a0"), VAT_SHORT(rate=view.vat_rate_percent)]
        if view.retired:
            parts.insert(0, "\u2716 " + QT_TRANSLATE_NOOP("PriceListAdmin", "off sale")())
        if view.strips:
            parts.append(STRIPS(count=view.strips))
        if view.grants_strips:
            parts.append(CARD_STRIPS(count=view.grants_strips))
        return view.name + "\n" + " \u00b7 ".join(parts)

    def _fill_list(self) -> None:
        """The products by category, in their order on the grid; those off sale marked and grey."""
        self.products.blockSignals(True)
        self.products.clear()
        category: str | None = None
        bold = QFont(self.products.font())
        bold.setBold(True)
        for view in self.views:
            if view.category != category:
                category = view.category
                header = QListWidgetItem(category or QT_TRANSLATE_NOOP("PriceListAdmin", "Without a category")())
                header.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: nothing to choose
                header.setFont(bold)
                header.setForeground(QColor(INK))
                self.products.addItem(header)
            item = QListWidgetItem(pictograms.icon(view.pictogram, 96), self._describe(view))
            item.setData(ID_ROLE, view.id)
            item.setForeground(QColor(MUTED_INK if view.retired else INK))
            self.products.addItem(item)
            if view.id == self.selected:
                self.products.setCurrentItem(item)
        self.products.blockSignals(False)

    def _picked(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ID_ROLE) is not None:  # not a category's heading
            self.selected, self.adding = item.data(ID_ROLE), False
            self._show_form()

    def new_product(self) -> None:
        self.selected, self.adding = None, True
        self.products.setCurrentRow(-1)  # no item: _picked leaves the form alone
        self._show_form()

    def _show_form(self) -> None:
        """The chosen product as stored, or an empty form for a new one; what was typed is dropped."""
        self.retired = False
        name, price, category, self.vat, self.pictogram, strips, grants, order = (
            "", "", "", VAT_RATES[0], PRODUCT_PICTOGRAMS[0], 0, 0, 0)
        if self.selected is None:
            self._say(NEW_PRODUCT)
        else:
            with self.database.read() as session:
                p = get_product(session, self.selected)
                name, price, category, self.vat, self.pictogram, strips, grants, order, self.retired = (
                    p.name, money(p.price_cents).replace("\u20ac", "").strip(), p.category,
                    p.vat_rate_percent, p.pictogram, p.strips or 0, p.grants_strips or 0, p.sort_order,
                    p.retired_at is not None)
            self._say(CHANGING_RETIRED if self.retired else CHANGING, name=name)
        self.name.setText(name)
        self.price.setText(price)
        self.category.setText(category)
        self._choose_vat(self.vat)
        self._choose_pictogram(self.pictogram)
        for stepper, value in ((self.strips, strips), (self.grants_strips, grants), (self.order, order)):
            stepper.box.setValue(value)
        self.retire_button.setVisible(self.selected is not None)
        self.retire_button.set_text(REINSTATE if self.retired else RETIRE)
        self.retire_button.setIcon(pictograms.icon("continue" if self.retired else "warning", 96))
        self.retire_button.setObjectName("" if self.retired else "danger")  # putting back is no danger
        self.retire_button.setStyleSheet(self.retire_button.styleSheet())  # the new name takes effect

    def _choose_vat(self, rate: int) -> None:
        self.vat = rate
        for value, button in self.vat_buttons.items():
            button.setChecked(value == rate)

    def _choose_pictogram(self, name: str) -> None:
        self.pictogram = name  # an older product's pictogram without a button stays as it was
        for value, button in self.pictogram_buttons.items():
            button.setChecked(value == name)

    def _say(self, text: Text | str, *, problem: bool = False, **params: object) -> None:
        self.message.set_text(text, **params)
        self.message.setStyleSheet(f"font-weight: bold; color: {DANGER};" if problem else "font-weight: bold;")

    def save(self) -> None:
        """Add or change the product in one transaction; a problem is shown and nothing is saved."""
        try:
            price_cents = parse_euros(self.price.text())
        except ValueError:
            self._say(NOT_A_PRICE, problem=True, example=money(150))
            return
        fields = {"name": self.name.text(), "price_cents": price_cents, "vat_rate_percent": self.vat,
                  "pictogram": self.pictogram, "category": " ".join(self.category.text().split()),
                  "strips": self.strips.box.value() or None, "grants_strips": self.grants_strips.box.value() or None,
                  "sort_order": self.order.box.value()}
        try:
            with self.database.write() as session:
                if self.selected is None:
                    product = add_product(session, done_by_id=self.staff_id, **fields)  # type: ignore[arg-type]
                else:
                    product = change_product(session, product_id=self.selected, done_by_id=self.staff_id, **fields)
                saved, name = product.id, product.name
        except DomainError as error:
            self._say(error_text(error), problem=True)
            return
        self.selected, self.adding = saved, False
        self.refresh()
        self._say(QT_TRANSLATE_NOOP("PriceListAdmin", "{name} is saved."), name=name)
        self.changed.emit()

    def retire_or_reinstate(self) -> None:
        """Off sale: gone from the till's grid, its sales untouched. Put back: on the grid again.
        Either way the product is read again: changes not yet saved are dropped."""
        if self.selected is None:
            return
        reinstating = self.retired
        try:
            with self.database.write() as session:
                change = reinstate_product if reinstating else retire_product
                name = change(session, product_id=self.selected, done_by_id=self.staff_id).name
        except DomainError as error:
            self._say(error_text(error), problem=True)
            return
        self.refresh()
        self._say(QT_TRANSLATE_NOOP("PriceListAdmin", "{name} is on sale again.") if reinstating else
                  QT_TRANSLATE_NOOP("PriceListAdmin", "{name} is off sale. Its sales stay as they were."), name=name)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap on a text field opens the on-screen keys; Tab from a keyboard does not."""
        if event.type() == QEvent.Type.MouseButtonPress and watched in self.typable:
            self.open_keys(watched)  # type: ignore[arg-type]
            return True
        return super().eventFilter(watched, event)

    def open_keys(self, field: QLineEdit) -> None:
        self.target = field
        self.typing_label.set_text(self.typable[field])
        self.typed.setAccessibleName(self.typable[field]())
        self.typed.setMaxLength(field.maxLength())
        self.typed.setText(field.text())
        picking = field is self.category and bool(self.categories)
        self.chips.setVisible(picking)
        if picking:
            row = QWidget()
            chips = QHBoxLayout(row, contentsMargins=QMargins())
            for category in self.categories:
                chip = TouchButton(None, category, row)
                chip.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                chip.clicked.connect(lambda _=False, c=category: (self.typed.setText(c), self._keys_done(keep=True)))
                chips.addWidget(chip)
            chips.addStretch(1)
            self.chips.setWidget(row)  # the row before is deleted
        self.pages.setCurrentIndex(1)
        self.typed.setFocus()

    def _type(self, letter: str) -> None:
        # A capital to start with, small letters after: "Soep van de dag".
        self.typed.insert(letter if self.typed.cursorPosition() == 0 else letter.lower())

    def _keys_done(self, *, keep: bool) -> None:
        """"Ready" takes the typed text into the form's field; "Back" leaves the field as it was."""
        field, self.target = self.target, None
        self.pages.setCurrentIndex(0)
        if field is not None:
            if keep:
                field.setText(self.typed.text())
            field.setFocus()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # reaches this screen before its children
            for stepper in (self.order, self.strips, self.grants_strips):
                stepper.retranslate()
            self._fill_list()
        super().changeEvent(event)

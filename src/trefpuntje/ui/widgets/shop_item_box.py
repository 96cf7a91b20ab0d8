"""A shop item as the counter shows it: its photo (or its shelf's pictogram), title,
shelf and condition, price or "free", and how many are left. Never who gave or made it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from trefpuntje.core.shop import ItemView
from trefpuntje.core.shop_words import CATEGORY_NAMES, CONDITION_NAMES, CONTEXT
from trefpuntje.ui import pictograms
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.touch import TrLabel

PICTURE = 150
CATEGORY_PICTOGRAMS = {"other": "other_goods"}  # the shelves' pictogram names, where they differ from the code


def category_text(code: str) -> str:
    source = CATEGORY_NAMES.get(code)
    return Text(CONTEXT, source)() if source else code


def condition_text(code: str) -> str:
    source = CONDITION_NAMES.get(code)
    return Text(CONTEXT, source)() if source else code


class ShopItemBox(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item: ItemView | None = None
        self.units_free = 0
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.picture = QLabel(self)
        self.picture.setFixedSize(PICTURE, PICTURE)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout()
        column.setSpacing(2)
        self.title = TrLabel("", self, style="cardtitle")
        self.shelf = TrLabel("", self, style="muted")
        self.price = TrLabel("", self, style="subheading")
        self.price.setStyleSheet("padding-top: 0;")
        self.units = TrLabel("", self)
        for label in (self.title, self.shelf, self.price, self.units):
            column.addWidget(label)
        column.addStretch(1)
        row.addLayout(column, 1)

    def show_item(self, item: ItemView, thumbnail: bytes | None, units_free: int) -> None:
        self.item, self.units_free = item, units_free
        image = QPixmap()
        if thumbnail and image.loadFromData(thumbnail):
            self.picture.setPixmap(image.scaled(PICTURE, PICTURE, Qt.AspectRatioMode.KeepAspectRatio,
                                                Qt.TransformationMode.SmoothTransformation))
        else:
            self.picture.setPixmap(pictograms.pixmap(CATEGORY_PICTOGRAMS.get(item.category, item.category), 120))
        self.picture.setAccessibleName(item.title)
        self._words()

    def _words(self) -> None:
        item = self.item
        if item is None:
            return
        self.title.set_text(f"{item.title} \u00b7 {item.code}")
        self.shelf.set_text(QT_TRANSLATE_NOOP("ShopCounter", "{shelf} \u00b7 {condition}"),
                            shelf=category_text(item.category), condition=condition_text(item.condition))
        if item.price_cents:
            self.price.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Price: {amount}"), amount=money(item.price_cents))
        else:
            self.price.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Free"))
        if item.cleared_at is not None and not self.units_free:
            self.units.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Cleared from the shop."))
        elif not self.units_free and item.held:
            self.units.set_text(QT_TRANSLATE_NOOP("ShopCounter", "None left: reserved for someone else."))
        elif not self.units_free:
            self.units.set_text(QT_TRANSLATE_NOOP("ShopCounter", "None left: all handed out."))
        else:
            self.units.set_text(QT_TRANSLATE_NOOP("ShopCounter", "{count} left"), count=self.units_free)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._words()  # the shelf's name and the price's way of writing change with the language
        super().changeEvent(event)

"""A giveaway-shop item as a photo card at the kiosk: its thumbnail (or its shelf's
pictogram), its title, condition and price, and how many are left when there are
several. A tap opens the item. It shows only what core/shop.ItemCard holds, which
never names a donor or a maker."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QRect, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from trefpuntje.core.shop import HANDMADE_CATEGORY, ItemCard
from trefpuntje.core.shop_words import CONDITION_NAMES, CONTEXT
from trefpuntje.ui.photos import thumbnail
from trefpuntje.ui.theme import TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.touch import Pictogram, TrLabel

PICTURE = 132  # px: the thumbnail on a card at 1280 x 800
THUMBNAIL_MAX = 240  # px: core keeps thumbnails at most this big a side
FREE = QT_TRANSLATE_NOOP("ItemCard", "Free")
LEFT = QT_TRANSLATE_NOOP("ItemCard", "{count} left")
MADE_BY_NEIGHBOUR = QT_TRANSLATE_NOOP("ItemCard", "Made by a neighbour")


def condition_text(code: str) -> Text:
    return Text(CONTEXT, CONDITION_NAMES.get(code, code))


def price_text(price_cents: int) -> str:
    return money(price_cents).replace(" ", "\u00a0") if price_cents else FREE()


def facts_line(card: ItemCard) -> str:
    """"Good · Free", or for a neighbour's work "Made by a neighbour · € 12,50"."""
    first = MADE_BY_NEIGHBOUR() if card.category == HANDMADE_CATEGORY else condition_text(card.condition)()
    return f"{first} \u00b7 {price_text(card.price_cents)}"


def picture_of(card: ItemCard, pictogram: str, size: int, parent: QWidget, photo: bytes | None = None) -> Pictogram:
    """The photo when there is one, else the shelf's pictogram; decorative either way."""
    data = photo if photo is not None else card.thumbnail
    picture = Pictogram(pictogram, min(size, 200), parent)  # a pictogram larger than that looks blown up
    if data is not None:
        picture.setPixmap(thumbnail(data, size))
        picture.setFixedSize(size, size)
    return picture


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` as it wraps in ``width``, cut with "…" where it needs more than ``lines``
    lines (a 60-letter title would push the card off the page)."""
    # As high as ``lines`` lines measured the same way (lineSpacing * lines is a few
    # pixels short of it, and cut every title that needed exactly two lines).
    limit = metrics.boundingRect(QRect(0, 0, 100_000, 100_000), 0, "\n".join("X" * lines)).height()

    def fits(candidate: str) -> bool:
        wrapped = metrics.boundingRect(QRect(0, 0, max(1, width), 100_000), Qt.TextFlag.TextWordWrap, candidate)
        return wrapped.height() <= limit

    if width <= 0 or fits(text):
        return text
    low, high = 0, len(text)
    while low < high:  # the longest start that fits with its "…"
        middle = (low + high + 1) // 2
        if fits(text[:middle].rstrip() + "\u2026"):
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "\u2026"


class ItemTile(QToolButton):
    """One item on a shelf page; ``opened`` says which."""

    opened = Signal(object)  # item id

    def __init__(self, card: ItemCard, pictogram: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setStyleSheet("QToolButton { padding: 0px; border-radius: 20px; }")
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 10, 12, 10)
        row.setSpacing(14)
        self.picture = picture_of(card, pictogram, PICTURE, self)
        row.addWidget(self.picture, 0, Qt.AlignmentFlag.AlignVCenter)
        words = QVBoxLayout()
        words.setSpacing(2)
        self.title = TrLabel(card.title, self, style="cardtitle")
        self.title.setMinimumWidth(120)
        self.facts = TrLabel(facts_line(card), self)
        self.left = TrLabel(LEFT, self, style="muted", count=card.on_shelf)
        self.left.setVisible(card.on_shelf > 1)
        words.addWidget(self.title)
        words.addWidget(self.facts)
        words.addWidget(self.left)
        words.addStretch(1)
        row.addLayout(words, 1)
        for child in (self.picture, self.title, self.facts, self.left):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the tap is the card's
        self.clicked.connect(lambda: self.opened.emit(self.card.id))
        self.retranslate()

    @property
    def item_id(self) -> uuid.UUID:
        return self.card.id

    def retranslate(self) -> None:
        self.facts.set_text(facts_line(self.card))
        parts = [self.card.title, self.facts.text()] + ([self.left.text()] if self.card.on_shelf > 1 else [])
        self.setAccessibleName(", ".join(parts))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.card.thumbnail is not None:  # a bigger card on a bigger screen: a bigger photo
            side = max(PICTURE, min(THUMBNAIL_MAX, event.size().height() - 24, int(event.size().width() * 0.4)))
            if side != self.picture.width():
                self.picture.setPixmap(thumbnail(self.card.thumbnail, side))
                self.picture.setFixedSize(side, side)
        width = self.title.width() if self.title.width() > 1 else event.size().width() - PICTURE - 52
        self.title.set_text(fit_lines(self.card.title, QFontMetrics(self.title.font()), width, 2))

    def sizeHint(self) -> QSize:  # noqa: N802 - the picture and words set the size, not the button's text
        hint = self.layout().sizeHint()
        return QSize(hint.width(), max(TOUCH_MIN, hint.height()))

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        hint = self.layout().minimumSize()
        return QSize(max(TOUCH_MIN, hint.width()), max(TOUCH_MIN, hint.height()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.left.retranslate()
            self.retranslate()
        super().changeEvent(event)

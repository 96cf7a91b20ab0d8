"""The giveaway shop's pages that belong to the visitor who scanned their card: their
own things (what they reserved, what they are looking for), adding to their wanted
list, and the news that something they looked for came in. The pages only show and
ask; the shop screen reads and writes (ui/screens/shop.py)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.shop_reservations import ReservationView
from trefpuntje.core.shop_wishes import WORDS_MAX, WishNews, WishView
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.shop_tiles import CategoryTiles, category_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

MARGINS = (32, 12, 32, 12)
BACK = QT_TRANSLATE_NOOP("ShopScreen", "Back")
WORDS_CAPTION = QT_TRANSLATE_NOOP("ShopScreen", "A few words (you may leave this empty)")


def when_text(moment: datetime) -> str:
    """"Monday 30 November 14:05" in Nijmegen time and the language on screen."""
    local = (moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)).astimezone(LOCAL)
    day = QLocale().toString(local.date(), "dddd d MMMM")
    return f"{day} {local:%H:%M}"


def page(parent: QWidget, pictogram: str, heading: Text | str, *, back: bool = True
         ) -> tuple[QWidget, QVBoxLayout, TrLabel, TouchButton | None]:
    """A page with its pictogram, heading and (at the end of the row) Back."""
    widget = QWidget(parent)
    column = QVBoxLayout(widget)
    column.setContentsMargins(*MARGINS)
    column.setSpacing(10)
    top = QHBoxLayout()
    top.setSpacing(16)
    top.addWidget(Pictogram(pictogram, 64, widget))
    title = TrLabel(heading, widget, style="heading")
    top.addWidget(title, 1)
    button = None
    if back:
        button = TouchButton("back", BACK, widget)
        top.addWidget(button)
    column.addLayout(top)
    return widget, column, title, button


def _row(parent: QWidget, pictogram: str, first: Text | str, second: Text | str, button: TouchButton,
         **params: object) -> QFrame:
    frame = QFrame(parent)
    frame.setObjectName("panel")
    row = QHBoxLayout(frame)
    row.setContentsMargins(16, 8, 16, 8)
    row.setSpacing(16)
    row.addWidget(Pictogram(pictogram, 56, frame))
    words = QVBoxLayout()
    words.setSpacing(0)
    words.addWidget(TrLabel(first, frame, style="cardtitle", **params))
    if second:
        words.addWidget(TrLabel(second, frame, **params))
    row.addLayout(words, 1)
    button.setParent(frame)
    row.addWidget(button)
    return frame


class MyThingsPage(QWidget):
    """What the visitor reserved (each with Cancel) and their wanted list (each with
    Remove, and Add)."""

    back = Signal()
    cancel = Signal(object)  # reservation id
    remove = Signal(object)  # wish id
    add = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body, column, _, back = page(self, "my_things", QT_TRANSLATE_NOOP("ShopScreen", "My things"))
        assert back is not None
        back.clicked.connect(self.back)
        self.add_button = TouchButton("wanted", QT_TRANSLATE_NOOP("ShopScreen", "I am looking for ..."), body)
        self.add_button.clicked.connect(self.add)
        column.itemAt(0).layout().insertWidget(2, self.add_button)
        self.scroll = touch_scroll_area(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.scroll, 1)
        outer.addWidget(body)
        self.cancel_buttons: dict[uuid.UUID, TouchButton] = {}
        self.remove_buttons: dict[uuid.UUID, TouchButton] = {}
        self.show_things([], [], full=False)

    def show_things(self, held: Sequence[ReservationView], wishes: Sequence[WishView], *, full: bool) -> None:
        """``full``: the wanted list holds as many as it may."""
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(10)
        self.cancel_buttons, self.remove_buttons = {}, {}
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "Reserved for you"), content, style="subheading"))
        if not held:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "Nothing reserved."), content, style="muted"))
        for reservation in held:
            button = TouchButton("cancel", QT_TRANSLATE_NOOP("ShopScreen", "I don't want it"), content)
            button.clicked.connect(lambda _=False, r=reservation.id: self.cancel.emit(r))
            column.addWidget(_row(content, "reserve", reservation.title,
                                  QT_TRANSLATE_NOOP("ShopScreen", "Collect it at the counter before {when}"), button,
                                  when=when_text(reservation.held_until)))
            self.cancel_buttons[reservation.id] = button
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "What you are looking for"), content,
                                 style="subheading"))
        if not wishes:
            column.addWidget(TrLabel(QT_TRANSLATE_NOOP(
                "ShopScreen", "Nothing yet. Tell us what you are looking for: when it comes in, we tell you the "
                              "next time you scan your card."), content, style="muted"))
        for wish in wishes:
            button = TouchButton("cancel", QT_TRANSLATE_NOOP("ShopScreen", "Remove"), content)
            button.clicked.connect(lambda _=False, w=wish.id: self.remove.emit(w))
            column.addWidget(_row(content, "wanted", category_text(wish.category), wish.words, button))
            self.remove_buttons[wish.id] = button
        column.addStretch(1)
        self.add_button.setEnabled(not full)
        self.scroll.setWidget(content)


class WishPage(QWidget):
    """Add to the wanted list: tap a shelf, maybe type a few words, Save. A tap in the
    words field asks for the typing page (``typing``)."""

    back = Signal()
    save = Signal()

    def __init__(self, shelves: Sequence[tuple[str, str]], columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body, column, _, back = page(self, "wanted", QT_TRANSLATE_NOOP("ShopScreen", "What are you looking for?"))
        assert back is not None
        back.clicked.connect(self.back)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "Tap where it would be:"), body))
        self.tiles = CategoryTiles(shelves, columns, body, size=48, pick_one=True)
        self.tiles.chosen.connect(lambda _: self._update())
        column.addWidget(self.tiles, 1)
        bottom = QHBoxLayout()
        bottom.setSpacing(16)
        self.words = QLineEdit(body)
        self.words.setMaxLength(WORDS_MAX)
        self.words.setPlaceholderText(WORDS_CAPTION())
        self.words.setAccessibleName(WORDS_CAPTION())
        bottom.addWidget(self.words, 1)
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShopScreen", "Save"), body, role="primary")
        self.save_button.setMinimumWidth(200)
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        column.addLayout(bottom)
        outer.addWidget(body)
        self.clear()

    def clear(self) -> None:
        self.tiles.clear_choice()
        self.words.clear()
        self._update()

    def _update(self) -> None:
        self.save_button.setEnabled(self.tiles.choice() is not None)

    def retranslate(self) -> None:
        self.words.setPlaceholderText(WORDS_CAPTION())
        self.words.setAccessibleName(WORDS_CAPTION())


class NewsPage(QWidget):
    """"Something you were looking for came in", with a button to look at each thing."""

    look = Signal(object)  # item id
    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        body, column, self.heading, _ = page(self, "wanted", "", back=False)
        self.scroll = touch_scroll_area(body)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        column.addWidget(self.scroll, 1)
        self.done_button = TouchButton("shop", QT_TRANSLATE_NOOP("ShopScreen", "To the shop"), body)
        self.done_button.clicked.connect(self.done)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignTrailing)
        outer.addWidget(body)
        self.look_buttons: dict[uuid.UUID, TouchButton] = {}
        self.lines: list[TrLabel] = []

    def show_news(self, news: Sequence[WishNews]) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setSpacing(10)
        self.look_buttons, self.lines = {}, []
        if len(news) == 1:
            self.heading.set_text(QT_TRANSLATE_NOOP("ShopScreen", "Something you were looking for came in: {title}"),
                                  title=news[0].item_title)
        else:
            self.heading.set_text(QT_TRANSLATE_NOOP("ShopScreen", "Things you were looking for came in!"))
        for found in news:
            button = TouchButton("wanted", QT_TRANSLATE_NOOP("ShopScreen", "Look at it"), content, role="primary")
            button.clicked.connect(lambda _=False, i=found.item_id: self.look.emit(i))
            asked = category_text(found.category)
            asked = asked() if isinstance(asked, Text) else asked
            frame = _row(content, "gift", found.item_title, QT_TRANSLATE_NOOP("ShopScreen", "You asked for: {what}"),
                         button, what=f"{asked} \u00b7 {found.words}" if found.words else asked)
            column.addWidget(frame)
            self.lines.extend(frame.findChildren(TrLabel))
            self.look_buttons[found.item_id] = button
        column.addStretch(1)
        self.scroll.setWidget(content)

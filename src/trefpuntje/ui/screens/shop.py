"""The giveaway shop ("2e hands, 2e kans") at the kiosk: the shelves as pictogram
tiles with what is on them, each shelf's things as photo cards (newest first, a page
at a time), and one thing large with its description.

Whoever scanned their card can reserve a thing: it is held for them for a while (the
setting ``shop_hold_days``) and then goes back on the shelf by itself; holds that ran
out go back whenever the shop opens. Under "My things" they see what they reserved
and their wanted list; when something they look for came in, the shop tells them
first, once. Things neighbours made are bought at the counter, not reserved.

Nothing on these pages names a donor or a maker: they show core/shop.ItemCard only."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.errors import DomainError
from trefpuntje.core.shop import HANDMADE_CATEGORY, CategoryView, ItemCard, categories, item_card, item_photo, shelf
from trefpuntje.core.shop_reservations import cancel_reservation, release_expired, reservations_of, reserve
from trefpuntje.core.shop_wishes import MAX_WISHES, add_wish, mark_told, remove_wish, wish_news, wishes_of
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.screens.base import VisitorScreen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text, money
from trefpuntje.ui.widgets.item_card import ItemTile, condition_text, picture_of, price_text
from trefpuntje.ui.widgets.shop_pages import MyThingsPage, NewsPage, WishPage, page, when_text
from trefpuntje.ui.widgets.shop_tiles import CategoryTiles, category_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

COLUMNS = 3  # shelves and cards a row: three fit 1280 px with room for long Dutch words
PAGE_SIZE = 6  # cards a page: two rows of three fit 800 px under the top bar
WIDE = 1600  # from this width (a 1920 x 1080 kiosk) a shelf shows two rows of four
WIDE_COLUMNS = 4
PHOTO = 400  # px: the photo on an item's own page, at least
SCAN_TO_RESERVE = QT_TRANSLATE_NOOP("ShopScreen", "Scan your card to reserve something.")
PAGE_OF = QT_TRANSLATE_NOOP("ShopScreen", "Page {page} of {pages}")
BUY_AT_COUNTER = QT_TRANSLATE_NOOP("ShopScreen", "Buy it at the counter: {price}.")
RESERVED_UNTIL = QT_TRANSLATE_NOOP("ShopScreen", "{title} is reserved for you until {when}. Collect it at the "
                                                 "counter.")


class ShopScreen(VisitorScreen):
    message = Signal(str, bool)  # text, is it a problem

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.shelves: dict[str, CategoryView] = {}
        self.category: str | None = None  # the shelf on show
        self.offset = 0
        self.total = 0
        self.cards: dict[uuid.UUID, ItemTile] = {}
        self.item: ItemCard | None = None  # the thing on its own page
        self.shown_for: uuid.UUID | None = None  # the visitor the personal pages were filled for
        with database.read() as session:
            order = [(c.code, c.pictogram) for c in categories(session)]
        self.pictograms = dict(order)
        self.pages = QStackedLayout(self)
        self.pages.addWidget(self._build_main(order))
        self.pages.addWidget(self._build_shelf())
        self.pages.addWidget(self._build_item())
        self.pages.addWidget(self._build_done())
        self.mine = MyThingsPage(self)
        self.mine.back.connect(self.show_main)
        self.mine.cancel.connect(self.cancel)
        self.mine.remove.connect(self.remove_wish)
        self.mine.add.connect(self.open_wish)
        self.wish = WishPage(order, COLUMNS, self)
        self.wish.back.connect(self.open_mine)
        self.wish.save.connect(self.save_wish)
        self.typing = TypingPage(self)
        self.typing.attach(self.wish.words, QT_TRANSLATE_NOOP("ShopScreen", "Looking for:"))
        self.typing.opened.connect(lambda: self.pages.setCurrentWidget(self.typing))
        self.typing.closed.connect(lambda: self.pages.setCurrentWidget(self.wish))
        self.news = NewsPage(self)
        self.news.look.connect(self.open_item)
        self.news.done.connect(self.show_main)
        for widget in (self.mine, self.wish, self.typing, self.news):
            self.pages.addWidget(widget)

    # -- building ---------------------------------------------------------------
    def _build_main(self, order: list[tuple[str, str]]) -> QWidget:
        self.main, column, _, _ = page(self, "shop", QT_TRANSLATE_NOOP("ShopScreen", "Giveaway shop"), back=False)
        top = column.itemAt(0).layout()
        self.hint = TrLabel(SCAN_TO_RESERVE, self.main)
        top.addWidget(self.hint, 1)
        self.mine_button = TouchButton("my_things", QT_TRANSLATE_NOOP("ShopScreen", "My things"), self.main)
        self.mine_button.clicked.connect(self.open_mine)
        top.addWidget(self.mine_button)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "Everything here is free to take, unless it has a "
                                                                 "price. Tap a shelf to see what is on it."),
                                 self.main, style="muted"))
        self.tiles = CategoryTiles(order, COLUMNS, self.main)
        self.tiles.chosen.connect(lambda code: self.open_shelf(code))
        column.addWidget(self.tiles, 1)
        return self.main

    def _build_shelf(self) -> QWidget:
        self.shelf_page, column, self.shelf_heading, back = page(self, "shop", "")
        assert back is not None
        back.clicked.connect(self.show_main)
        top = column.itemAt(0).layout()
        self.shelf_picture = top.itemAt(0).widget()
        self.shelf_hint = TrLabel("", self.shelf_page)
        top.insertWidget(2, self.shelf_hint, 1)
        self.grid_holder = QWidget(self.shelf_page)
        self.grid = QGridLayout(self.grid_holder)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(12)
        column.addWidget(self.grid_holder, 1)
        self.empty = TrLabel(QT_TRANSLATE_NOOP("ShopScreen", "Nothing on this shelf just now. Come back another day!"),
                             self.shelf_page, style="subheading")
        column.addWidget(self.empty)
        bottom = QHBoxLayout()
        self.previous = TouchButton("previous", QT_TRANSLATE_NOOP("ShopScreen", "Previous"), self.shelf_page)
        self.previous.clicked.connect(lambda: self.show_shelf_page(self.offset - self.page_size))
        self.next = TouchButton("next", QT_TRANSLATE_NOOP("ShopScreen", "Next"), self.shelf_page)
        self.next.clicked.connect(lambda: self.show_shelf_page(self.offset + self.page_size))
        self.page_label = TrLabel("", self.shelf_page, style="cardtitle")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for button in (self.previous, self.next):
            button.setMinimumWidth(240)
        self._turn_arrows()
        bottom.addWidget(self.previous)
        bottom.addWidget(self.page_label, 1)
        bottom.addWidget(self.next)
        column.addLayout(bottom)
        return self.shelf_page

    def _build_item(self) -> QWidget:
        self.item_page, column, self.item_heading, back = page(self, "shop", "")
        assert back is not None
        back.clicked.connect(self.back_from_item)
        self.item_top = column.itemAt(0).layout()
        body = QHBoxLayout()
        body.setSpacing(24)
        self.photo_slot = QVBoxLayout()
        body.addLayout(self.photo_slot)
        self.photo: Pictogram | None = None
        words = QVBoxLayout()
        words.setSpacing(8)
        self.item_facts = TrLabel("", self.item_page, style="cardtitle")
        self.item_left = TrLabel("", self.item_page)
        self.item_description = TrLabel("", self.item_page)
        self.item_description.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
        for label in (self.item_facts, self.item_left, self.item_description):
            words.addWidget(label)
        words.addStretch(1)
        self.item_note = TrLabel("", self.item_page, style="cardtitle")
        words.addWidget(self.item_note)
        self.reserve_button = TouchButton("reserve", QT_TRANSLATE_NOOP("ShopScreen", "Reserve it for me"),
                                          self.item_page, role="primary", icon_size=56)
        self.reserve_button.clicked.connect(self.reserve_item)
        words.addWidget(self.reserve_button)
        body.addLayout(words, 1)
        column.addLayout(body, 1)
        return self.item_page

    def _build_done(self) -> QWidget:
        self.done_page, column, _, _ = page(self, "reserve", QT_TRANSLATE_NOOP("ShopScreen", "Reserved for you"),
                                            back=False)
        column.addStretch(1)
        self.done_text = TrLabel("", self.done_page, style="subheading")
        self.done_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.done_text)
        column.addStretch(1)
        buttons = QHBoxLayout()
        buttons.setSpacing(24)
        self.again = again = TouchButton("shop", QT_TRANSLATE_NOOP("ShopScreen", "Back to the shop"), self.done_page)
        again.clicked.connect(self.back_from_item)
        mine = TouchButton("my_things", QT_TRANSLATE_NOOP("ShopScreen", "My things"), self.done_page, role="primary")
        mine.clicked.connect(self.open_mine)
        buttons.addWidget(again, 1)
        buttons.addWidget(mine, 1)
        column.addLayout(buttons)
        return self.done_page

    # -- state ------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        return self.visitor is None and self.pages.currentWidget() is self.main

    def reset(self) -> None:
        self.visitor = None
        self._forget()
        self.show_main()

    def _forget(self) -> None:
        """Drop what belongs to the last visitor: their reservations, wishes and news on screen."""
        self.shown_for = None
        self.mine.show_things([], [], full=False)
        self.news.show_news([])
        self.wish.clear()
        self.typing.typed.clear()  # the typing page keeps the last words typed on it
        self.done_text.set_text("")

    def refresh(self) -> None:
        """Holds that ran out go back on the shelf; then the shop anew, for whoever is the
        visitor now. Opening the shop starts on the shelves; a scan while someone looks at
        a shelf or a thing keeps it on screen, now with Reserve."""
        now = self.clock()
        visitor = self.visitor
        news = []
        with self.database.write() as session:
            release_expired(session, now=now)
            if visitor is not None:
                news = wish_news(session, member_id=visitor.id)
                # Told now, so told once: the next scan does not repeat it.
                mark_told(session, member_id=visitor.id, wish_ids=[n.wish_id for n in news])
        if visitor is None or visitor.id != self.shown_for:
            self._forget()
        self.shown_for = visitor.id if visitor is not None else None
        self._show_counts()
        self._show_hints()
        here = self.pages.currentWidget()
        if news:
            self.news.show_news(news)
            self.pages.setCurrentWidget(self.news)
        elif self.isVisible() and here is self.shelf_page and self.category is not None:
            self.show_shelf_page(self.offset)
        elif self.isVisible() and here is self.item_page and self.item is not None:
            self.open_item(self.item.id)
        else:
            self.show_main()

    def _show_counts(self) -> None:
        with self.database.read() as session:
            self.shelves = {c.code: c for c in categories(session)}
        for code, tile in self.tiles.tiles.items():
            tile.set_count(self.shelves[code].on_shelf if code in self.shelves else 0)

    def _show_hints(self) -> None:
        visitor = self.visitor
        self.mine_button.setVisible(visitor is not None)
        for label in (self.hint, self.shelf_hint):
            if visitor is None:
                label.set_text(SCAN_TO_RESERVE)
            else:
                label.set_text(QT_TRANSLATE_NOOP("ShopScreen", "{name}, tap a thing to reserve it."),
                               name=visitor.first_name)

    def _turn_arrows(self) -> None:
        """Right to left, "Next" stands on the left: its arrow points there."""
        rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        forward, backward = ("previous", "next") if rtl else ("next", "previous")
        self.next.setIcon(pictograms.icon(forward, 96))
        self.previous.setIcon(pictograms.icon(backward, 96))

    def show_main(self) -> None:
        self.category, self.item = None, None
        self.pages.setCurrentWidget(self.main)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._turn_arrows()
        if event.type() == QEvent.Type.LanguageChange:
            self.wish.retranslate()
            if self.isVisible() and self.pages.currentWidget() is self.shelf_page and self.category is not None:
                self.show_shelf_page(self.offset)  # prices and page numbers in the new language
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.pages.currentWidget() is self.shelf_page and self.category is not None
        if shown and self.grid.columnStretch(WIDE_COLUMNS - 1) != (1 if self.columns == WIDE_COLUMNS else 0):
            self.show_shelf_page(self.offset // self.page_size * self.page_size)  # three a row became four, or back

    # -- shelves and things -----------------------------------------------------------
    def open_shelf(self, code: str) -> None:
        self.category = code
        self.show_shelf_page(0)

    @property
    def columns(self) -> int:
        """Cards a row: three, or four on a wide kiosk screen."""
        return WIDE_COLUMNS if self.width() >= WIDE else COLUMNS

    @property
    def page_size(self) -> int:
        return 2 * self.columns

    def show_shelf_page(self, offset: int) -> None:
        """The things on the shelf, newest first, a page of them from ``offset``."""
        code = self.category
        if code is None:
            return
        columns = self.columns
        size = 2 * columns
        with self.database.read() as session:
            found = shelf(session, category=code, limit=size, offset=max(0, offset))
            if not found.items and found.total:  # the last page emptied meanwhile: show the new last page
                offset = (found.total - 1) // size * size
                found = shelf(session, category=code, limit=size, offset=offset)
        self.offset, self.total = max(0, offset), found.total
        pictogram = self.pictograms.get(code, "shop")
        self.shelf_picture.set_pictogram(pictogram, 64)
        self.shelf_heading.set_text(category_text(code))
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.cards = {}
        for index, card in enumerate(found.items):
            tile = ItemTile(card, pictogram, self.grid_holder)
            tile.opened.connect(self.open_item)
            self.grid.addWidget(tile, index // columns, index % columns)
            self.cards[card.id] = tile
        for index in range(WIDE_COLUMNS):
            self.grid.setColumnStretch(index, 1 if index < columns else 0)
        for row in range(2):
            self.grid.setRowStretch(row, 1)
        self.empty.setVisible(not found.items)
        pages = max(1, -(-found.total // size))
        self.page_label.set_text(PAGE_OF, page=self.offset // size + 1, pages=pages)
        self.previous.setEnabled(self.offset > 0)
        self.next.setEnabled(self.offset + size < found.total)
        for widget in (self.previous, self.next, self.page_label):
            widget.setVisible(pages > 1)
        self.pages.setCurrentWidget(self.shelf_page)

    def open_item(self, item_id: uuid.UUID) -> None:
        """One thing large: its photo, description, condition and price, and Reserve."""
        with self.database.read() as session:
            card = item_card(session, item_id)
            photo = item_photo(session, item_id)
            mine = next((r for r in reservations_of(session, member_id=self.visitor.id, now=self.clock())
                         if r.item_id == card.id), None) if self.visitor is not None else None
        self.item = card
        if self.category != card.category:  # from the news: Back goes to its shelf
            self.category, self.offset = card.category, 0
        pictogram = self.pictograms.get(card.category, "shop")
        self.item_top.itemAt(0).widget().set_pictogram(pictogram, 64)
        self.item_heading.set_text(card.title)
        if self.photo is not None:
            self.photo.deleteLater()
        # As large as the page allows beside the words (the stored photo is 800 px at most).
        side = max(PHOTO, min(self.height() - 220, self.width() // 2, 800))
        self.photo = picture_of(card, pictogram, side, self.item_page, photo)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.photo_slot.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        handmade = card.category == HANDMADE_CATEGORY
        self.item_facts.set_text(QT_TRANSLATE_NOOP("ShopScreen", "Made by a neighbour \u00b7 {price}") if handmade
                                 else QT_TRANSLATE_NOOP("ShopScreen", "{condition} \u00b7 {price}"),
                                 condition=condition_text(card.condition)(), price=price_text(card.price_cents))
        self.item_left.set_text(QT_TRANSLATE_NOOP("ShopScreen", "{count} left"), count=card.on_shelf)
        self.item_left.setVisible(card.on_shelf > 1)
        self.item_description.set_text(card.description)
        self.item_description.setVisible(bool(card.description))
        can_reserve = not handmade and card.on_shelf > 0 and self.visitor is not None and mine is None
        self.reserve_button.setVisible(can_reserve)
        if mine is not None:
            self.item_note.set_text(QT_TRANSLATE_NOOP("ShopScreen", "You reserved it. Collect it at the counter "
                                                                    "before {when}."), when=when_text(mine.held_until))
        elif card.on_shelf == 0:
            self.item_note.set_text(QT_TRANSLATE_NOOP("ShopScreen", "Someone else has it now."))
        elif handmade:
            self.item_note.set_text(BUY_AT_COUNTER,
                                    price=money(card.price_cents).replace(" ", "\u00a0"))
        elif self.visitor is None:
            self.item_note.set_text(SCAN_TO_RESERVE)
        else:
            self.item_note.set_text(QT_TRANSLATE_NOOP("ShopScreen", "We keep it for you at the counter for a few "
                                                                    "days."))
        self.pages.setCurrentWidget(self.item_page)

    def back_from_item(self) -> None:
        if self.category is not None:
            self.show_shelf_page(self.offset)
        else:
            self.show_main()

    def reserve_item(self) -> None:
        if self.visitor is None or self.item is None:
            return
        title = self.item.title
        try:
            with self.database.write() as session:
                held = reserve(session, item_id=self.item.id, member_id=self.visitor.id, now=self.clock())
        except DomainError as error:
            self.message.emit(error_text(error), True)
            self.item_note.set_text(error_text(error))
            self.reserve_button.hide()
            return
        self.done_text.set_text(RESERVED_UNTIL, title=title, when=when_text(held.held_until))
        self._show_counts()
        self.pages.setCurrentWidget(self.done_page)

    # -- the visitor's own things -----------------------------------------------------
    def open_mine(self) -> None:
        if self.visitor is None:
            return
        with self.database.read() as session:
            held = reservations_of(session, member_id=self.visitor.id, now=self.clock())
            wishes = wishes_of(session, member_id=self.visitor.id)
        self.mine.show_things(held, wishes, full=len(wishes) >= MAX_WISHES)
        self.pages.setCurrentWidget(self.mine)

    def _change(self, action: Callable[..., object], done: str, **values: object) -> bool:
        if self.visitor is None:
            return False
        try:
            with self.database.write() as session:
                action(session, member_id=self.visitor.id, **values)
        except DomainError as error:
            self.message.emit(error_text(error), True)
            return False
        self.message.emit(done, False)
        return True

    def cancel(self, reservation_id: uuid.UUID) -> None:
        self._change(cancel_reservation, QT_TRANSLATE_NOOP("ShopScreen", "It goes back on the shelf.")(),
                     reservation_id=reservation_id, now=self.clock())
        self._show_counts()
        self.open_mine()

    def remove_wish(self, wish_id: uuid.UUID) -> None:
        self._change(remove_wish, QT_TRANSLATE_NOOP("ShopScreen", "Taken off your wanted list.")(), wish_id=wish_id,
                     now=self.clock())
        self.open_mine()

    def open_wish(self) -> None:
        if self.visitor is None:
            return
        self.wish.clear()
        self.pages.setCurrentWidget(self.wish)

    def save_wish(self) -> None:
        code = self.wish.tiles.choice()
        if code is None:
            return
        if self._change(add_wish, QT_TRANSLATE_NOOP("ShopScreen", "On your wanted list. When it comes in, we tell you "
                                                                  "the next time you scan your card.")(),
                        category=code, words=self.wish.words.text(), now=self.clock()):
            self.open_mine()

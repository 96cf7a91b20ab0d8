"""Taking a donated item in, in under half a minute: a tap on its category, a few
words, its condition (good unless told), and where it matters a photo, a donor, a
number of identical items, a price or another day. Saving gives the item's code for
its label; the form empties but keeps the category, so the next coat goes quicker.

The same form puts an item right afterwards (``edit``): a label scanned on this screen,
or "Change an item" and its code, fills the form with the item; "Save changes" saves
only what differs (``core/shop_changes.py``), and more units can come in or missing
ones go.

A photo is handed to the core as the file's bytes: it checks them (not a picture,
broken, huge) and scales them down, so a refused photo gets the same words here as on
the command line, and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLocale, QMargins, Qt, Signal
from PySide6.QtGui import QIcon, QImageReader, QPixmap
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary, get_member
from trefpuntje.core.models.shop import Condition, ItemKind
from trefpuntje.core.photos import MAX_FILE_BYTES
from trefpuntje.core.shop import (HANDMADE_CATEGORY, MAX_QUANTITY, TITLE_MAX, ItemView, categories, item_card,
                                  item_view, take_in)
from trefpuntje.core.shop_changes import change_item
from trefpuntje.core.shop_words import CONDITION_NAMES
from trefpuntje.core.shop_words import CONTEXT as SHOP_CONTEXT
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.staff.shop_admin import CaptionedLine, PickMember, PrintPdf, Say, category_text
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text, money
from trefpuntje.ui.widgets.stepper import Stepper
from trefpuntje.ui.widgets.toggle_tiles import ToggleTile
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

TITLE = QT_TRANSLATE_NOOP("ShopAdmin", "What is it? (a few words)")
DONOR_UNKNOWN = QT_TRANSLATE_NOOP("ShopAdmin", "not known")
PHOTO = QT_TRANSLATE_NOOP("ShopAdmin", "Photo from a file")
MAX_PRICE_CENTS = 100_00  # a small price: the giveaway shop is not a shop
DAYS_BACK = 60  # taken in on a day the computer was off, and entered later
CATEGORY_COLUMNS = 4


def preview(data: bytes, size: int) -> QPixmap | None:
    """A small picture of a photo file for the button, read scaled (a phone's 12
    megapixels are not unpacked in full); None when Qt cannot read it."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    original = reader.size()
    if original.isValid() and max(original.width(), original.height()) > size:
        reader.setScaledSize(original.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    return None if image.isNull() else QPixmap.fromImage(image)


class IntakePanel(QWidget):
    find_item = Signal()  # "Change an item": the screen asks for its code

    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say, typing: TypingPage,
                 pick_member: PickMember, print_pdf: PrintPdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say, self.pick_member = database, clock, say, pick_member
        self.print_pdf = print_pdf
        self.staff: MemberSummary | None = None
        self.donor: MemberSummary | None = None
        self.photo: bytes | None = None  # a new photo file, checked by the core when saved
        self.last: ItemView | None = None
        self.editing: ItemView | None = None  # the item being put right, or None: taking in
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=8)

        self.category_grid = QGridLayout(spacing=8)
        self.category_group = QButtonGroup(self)
        self.category_tiles: dict[str, TouchButton] = {}
        column.addLayout(self.category_grid)

        words = QHBoxLayout(spacing=16)
        self.title = CaptionedLine(TITLE, self, max_length=TITLE_MAX)
        words.addWidget(self.title, 1)
        typing.attach(self.title, TITLE)
        conditions = QHBoxLayout(spacing=8)
        self.condition_group = QButtonGroup(self)
        self.condition_tiles: dict[str, ToggleTile] = {}
        for code in (Condition.NEW.value, Condition.GOOD.value, Condition.FAIR.value):
            tile = ToggleTile(Text(SHOP_CONTEXT, CONDITION_NAMES[code]), self)
            self.condition_group.addButton(tile)
            conditions.addWidget(tile)
            self.condition_tiles[code] = tile
        words.addLayout(conditions, 1)
        column.addLayout(words)

        values = QHBoxLayout(spacing=16)
        self.quantity = Stepper(QT_TRANSLATE_NOOP("ShopAdmin", "How many"), self, step=1, minimum=1,
                                maximum=MAX_QUANTITY, show=str, snap=False)
        self.price = Stepper(QT_TRANSLATE_NOOP("ShopAdmin", "Price each"), self, step=50, minimum=0,
                             maximum=MAX_PRICE_CENTS, show=self._price_text)
        self.day = Stepper(QT_TRANSLATE_NOOP("ShopAdmin", "Taken in on"), self, step=1, minimum=-DAYS_BACK, maximum=0,
                           show=self._day_text, snap=False)
        for stepper in (self.quantity, self.price, self.day):
            values.addWidget(stepper, 1)
        donor_holder = QVBoxLayout(spacing=0)
        donor_caption = TrLabel(QT_TRANSLATE_NOOP("ShopAdmin", "Donor (or scan their card)"), self, style="muted")
        donor_caption.setStyleSheet("font-size: 16pt;")
        donor_holder.addWidget(donor_caption)
        self.donor_button = TouchButton("person", DONOR_UNKNOWN, self, icon_size=36)
        self.donor_button.clicked.connect(self.pick_donor)
        donor_holder.addWidget(self.donor_button)
        values.addLayout(donor_holder, 1)
        column.addLayout(values)
        column.addStretch(1)

        bottom = QHBoxLayout(spacing=12)
        self.photo_button = TouchButton("camera", PHOTO, self, icon_size=48)
        self.photo_button.clicked.connect(self.choose_photo)
        bottom.addWidget(self.photo_button)
        self.camera_button = TouchButton("camera", QT_TRANSLATE_NOOP("ShopAdmin", "Camera"), self, icon_size=48)
        self.camera_button.clicked.connect(self.open_camera)
        self.camera_button.setVisible(False)  # shown when a camera is there (open_for)
        bottom.addWidget(self.camera_button)
        bottom.addStretch(1)
        self.find_button = TouchButton("price_list", QT_TRANSLATE_NOOP("ShopAdmin", "Change an item"), self)
        self.find_button.clicked.connect(self.find_item)
        bottom.addWidget(self.find_button)
        self.cancel_button = TouchButton("back", QT_TRANSLATE_NOOP("ShopAdmin", "Stop changing"), self)
        self.cancel_button.clicked.connect(self.stop_editing)
        self.cancel_button.setVisible(False)
        bottom.addWidget(self.cancel_button)
        self.label_button = TouchButton("printer", QT_TRANSLATE_NOOP("ShopAdmin", "Print label"), self)
        self.label_button.clicked.connect(self.print_label)
        self.label_button.setVisible(False)
        bottom.addWidget(self.label_button)
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShopAdmin", "Take in"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        bottom.addWidget(self.save_button)
        column.addLayout(bottom)
        self.clear_form(keep_category=False)

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        from trefpuntje.ui.camera import camera_available

        self.staff = staff
        self.camera_button.setVisible(camera_available())

    def reset(self) -> None:
        self.staff, self.last = None, None
        self.label_button.setVisible(False)
        self._set_editing(None)
        self.clear_form(keep_category=False)

    def refresh(self) -> None:
        """The category tiles, read anew (a centre may add its own categories)."""
        with self.database.read() as session:
            shelves = [(c.code, c.pictogram) for c in categories(session) if c.code != HANDMADE_CATEGORY]
        if [code for code, _ in shelves] == list(self.category_tiles):
            return
        chosen = self.category()
        for tile in self.category_tiles.values():
            self.category_group.removeButton(tile)
            tile.deleteLater()
        self.category_tiles = {}
        for index, (code, pictogram) in enumerate(shelves):
            tile = TouchButton(pictogram, category_text(code), self, icon_size=48)
            tile.setObjectName("stafftile")
            tile.setCheckable(True)
            self.category_group.addButton(tile)
            self.category_grid.addWidget(tile, index // CATEGORY_COLUMNS, index % CATEGORY_COLUMNS)
            self.category_tiles[code] = tile
        for column in range(CATEGORY_COLUMNS):
            self.category_grid.setColumnStretch(column, 1)
        if chosen in self.category_tiles:
            self.category_tiles[chosen].setChecked(True)

    def category(self) -> str | None:
        return next((code for code, tile in self.category_tiles.items() if tile.isChecked()), None)

    def condition(self) -> str:
        return next((code for code, tile in self.condition_tiles.items() if tile.isChecked()), Condition.GOOD.value)

    def clear_form(self, *, keep_category: bool) -> None:
        if not keep_category:
            self.category_group.setExclusive(False)  # an exclusive group keeps one checked
            for tile in self.category_tiles.values():
                tile.setChecked(False)
            self.category_group.setExclusive(True)
        self.title.clear()
        self.condition_tiles[Condition.GOOD.value].setChecked(True)
        self.quantity.set_value(1)
        self.price.set_value(0)
        self.day.set_value(0)
        self.set_donor(None)
        self.set_photo(None)

    # -- putting an item right ------------------------------------------------------
    def edit(self, code: str) -> None:
        """Fill the form with the item of ``code`` (typed, or a scan of its label)."""
        try:
            with self.database.read() as session:
                item = item_view(session, code)
                donor = get_member(session, item.donor_id) if item.donor_id is not None else None
                thumbnail = item_card(session, item.id).thumbnail
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        if item.kind == ItemKind.HANDMADE.value or item.cleared_at is not None:
            return  # the screen opens those in "Made by neighbours", or says a cleared one is history
        self._set_editing(item)
        self.category_tiles[item.category].setChecked(True)
        self.title.setText(item.title)
        self.condition_tiles[item.condition].setChecked(True)
        gone = item.quantity - item.on_shelf  # handed out or held: the number cannot go below these
        self.quantity.set_range(max(1, gone), MAX_QUANTITY)
        self.quantity.set_value(item.quantity)
        self.price.set_range(0, max(MAX_PRICE_CENTS, item.price_cents))  # a higher price given on the command line
        self.price.set_value(item.price_cents)
        self.set_donor(MemberSummary(donor.id, donor.first_name, ()) if donor is not None else None)
        self.set_photo(None)
        if thumbnail is not None:
            shown = preview(thumbnail, 96)
            if shown is not None:
                self.photo_button.setIcon(QIcon(shown))
                self.photo_button.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Another photo"))
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Changing {title} (code {code}). Put right what is wrong, then "
                                                "\u201cSave changes\u201d."), title=item.title, code=item.code)

    def stop_editing(self) -> None:
        self._set_editing(None)
        self.clear_form(keep_category=False)
        self.say("")

    def _set_editing(self, item: ItemView | None) -> None:
        self.editing = item
        self.day.setVisible(item is None)  # the day it came in is history
        self.find_button.setVisible(item is None)
        self.cancel_button.setVisible(item is not None)
        if item is None:
            self.quantity.set_range(1, MAX_QUANTITY)
            self.price.set_range(0, MAX_PRICE_CENTS)
        self.save_button.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Save changes") if item is not None
                                  else QT_TRANSLATE_NOOP("ShopAdmin", "Take in"))

    # -- values -----------------------------------------------------------------
    @staticmethod
    def _price_text(cents: int) -> str:
        return money(cents) if cents else QT_TRANSLATE_NOOP("ShopAdmin", "Free")()

    def _today(self) -> datetime:
        return self.clock().astimezone(LOCAL)

    def _day_text(self, offset: int) -> str:
        if offset == 0:
            return QT_TRANSLATE_NOOP("ShopAdmin", "today")()
        return QLocale().toString(self._today().date() + timedelta(days=offset), "ddd d MMM")

    def moment(self) -> datetime:
        """Now, or this time of day on an earlier day (in Nijmegen)."""
        if self.day.value == 0:
            return self.clock()
        return (self._today() + timedelta(days=self.day.value)).astimezone(UTC)

    def set_donor(self, member: MemberSummary | None) -> None:
        self.donor = member
        if member is None:
            self.donor_button.set_text(DONOR_UNKNOWN)
        else:
            self.donor_button.set_text(member.first_name)

    def pick_donor(self) -> None:
        self.pick_member(QT_TRANSLATE_NOOP("ShopAdmin", "Who gave it?"), self.set_donor)

    # -- the photo ----------------------------------------------------------------
    def set_photo(self, data: bytes | None) -> None:
        self.photo = data
        shown = preview(data, 96) if data else None
        if data is None:
            self.photo_button.setIcon(pictograms.icon("camera", 96))
            self.photo_button.set_text(PHOTO)
        elif shown is None:  # the core says what is wrong with it at "Take in"
            self.photo_button.setIcon(pictograms.icon("warning", 96))
            self.photo_button.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Photo (not readable)"))
        else:
            self.photo_button.setIcon(QIcon(shown))
            self.photo_button.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Photo added"))

    def choose_photo(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(self, QT_TRANSLATE_NOOP("ShopAdmin", "Photo of the item")(), "",
                                              "JPEG, PNG (*.jpg *.jpeg *.png);;* (*)")
        if path:
            self.photo_from_file(path)

    def photo_from_file(self, path: str) -> None:
        try:
            with Path(path).open("rb") as file:
                # One byte past the limit is enough for the core to call it too large,
                # without reading a file of gigabytes into memory.
                self.set_photo(file.read(MAX_FILE_BYTES + 1))
        except OSError as error:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "The file cannot be read: {reason}"), problem=True,
                     reason=error.strerror or str(error))

    def open_camera(self) -> None:
        """A picture from the camera (QtMultimedia, the ``camera`` extra) in a window of its own."""
        from trefpuntje.ui.staff.shop_camera import CameraPhoto, jpeg_bytes

        camera = CameraPhoto(self.window())
        camera.taken.connect(lambda image: self.set_photo(jpeg_bytes(image)))
        camera.open_camera()

    # -- saving -------------------------------------------------------------------
    def save(self) -> None:
        category = self.category()
        if category is None:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Tap the category first."), problem=True)
            return
        if self.editing is not None:
            self.save_changes(category)
            return
        try:
            with self.database.write() as session:
                item = take_in(session, category=category, title=self.title.text(), condition=self.condition(),
                               quantity=self.quantity.value, price_cents=self.price.value,
                               donor_id=self.donor.id if self.donor else None, photo=self.photo,
                               taken_in_by_id=self.staff.id if self.staff else None, now=self.moment())
        except DomainError as error:
            self.say(error_text(error), problem=True)  # the form stays as it was, to put right
            return
        self.last = item
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Taken in: {title}, code {code}."), title=item.title, code=item.code)
        self.label_button.setVisible(True)
        self.clear_form(keep_category=True)
        self.title.setFocus()  # a physical keyboard types the next item straight away

    def save_changes(self, category: str) -> None:
        assert self.editing is not None
        try:
            with self.database.write() as session:
                item = change_item(session, item=self.editing.id, category=category, title=self.title.text(),
                                   condition=self.condition(), quantity=self.quantity.value,
                                   price_cents=self.price.value, donor_id=self.donor.id if self.donor else None,
                                   photo=self.photo, done_by_id=self.staff.id if self.staff else None,
                                   now=self.clock())
        except DomainError as error:
            self.say(error_text(error), problem=True)  # the form stays as it was, to put right
            return
        self.last = item
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Saved: {title}, code {code}. Print a new label if the price "
                                                "changed."), title=item.title, code=item.code)
        self.label_button.setVisible(True)
        self._set_editing(None)
        self.clear_form(keep_category=True)

    def print_label(self) -> None:
        if self.last is None:
            return
        code = self.last.code
        language = QLocale().name().split("_")[0]

        def make() -> bytes:
            from trefpuntje.core.shop import item_view
            from trefpuntje.printing.shop import render_labels

            with self.database.read() as session:
                item = item_view(session, code)
                shelves = {c.code: c.pictogram for c in categories(session)}
            return render_labels([item], shelves, language)

        self.print_pdf(make, title=QT_TRANSLATE_NOOP("ShopAdmin", "Printing the label..."),
                                      done=QT_TRANSLATE_NOOP("ShopAdmin", "The label is at the printer (job {job})."))

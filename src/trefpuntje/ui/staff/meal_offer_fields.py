"""The fields of a cook's meal offer, in three steps that each fit the screen: what and
when (cook, dish, day, pick-up time, ordering deadline, portions, contribution), the
allergens and diet labels (big tick tiles, or an explicit "none"), and the food-safety
checklist the cook confirms. Values are set with "−" and "+", never typed, except the
dish and its description."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QLocale, QMargins, QObject, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLineEdit, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.meals import DESCRIPTION_MAX, DISH_MAX, MAX_CONTRIBUTION_CENTS, MAX_PORTIONS
from trefpuntje.core.models.meals import ALLERGENS, DIET_LABELS
from trefpuntje.ui import pictograms
from trefpuntje.ui.meal_words import allergen_text, diet_text
from trefpuntje.ui.theme import TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.toggle_tiles import ChoiceTiles, ToggleTile
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

NO_ALLERGENS = "none"
DAYS_AHEAD = 60
CUTOFF_DAYS_BEFORE = 7
COOK = QT_TRANSLATE_NOOP("MealOffer", "Cook")
DISH = QT_TRANSLATE_NOOP("MealOffer", "Dish")
DESCRIPTION = QT_TRANSLATE_NOOP("MealOffer", "Description (if you like)")
LESS = QT_TRANSLATE_NOOP("MealOffer", "Less: {field}")
MORE = QT_TRANSLATE_NOOP("MealOffer", "More: {field}")


def clock_text(minutes: int) -> str:
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"


class ValueStepper(QWidget):
    """A caption above "− value +": a whole number shown as ``show`` says."""

    changed = Signal(int)

    def __init__(self, caption: Text, show: Callable[[int], str], parent: QWidget, *, minimum: int, maximum: int,
                 step: int = 1) -> None:
        super().__init__(parent)
        self.caption_text, self.show, self.step = caption, show, step
        self.minimum, self.maximum, self.value = minimum, maximum, minimum
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=0)
        self.caption = TrLabel(caption, self, style="muted")
        self.caption.setStyleSheet("font-size: 16pt;")
        column.addWidget(self.caption)
        row = QHBoxLayout(spacing=4)
        self.less = TouchButton("minus", LESS, self, icon_size=32, field=caption())
        self.more = TouchButton("plus", MORE, self, icon_size=32, field=caption())
        self.shown = TrLabel("", self, style="cardtitle")
        self.shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.shown.setWordWrap(False)
        for button, direction in ((self.less, -1), (self.more, +1)):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setFixedSize(TOUCH_MIN, TOUCH_MIN)
            button.setStyleSheet(f"padding: 0; min-height: {TOUCH_MIN - 6}px; min-width: {TOUCH_MIN - 6}px;")
            button.setAutoRepeat(True)  # hold to move on quickly
            button.clicked.connect(lambda _=False, d=direction: self.set_value(self.value + d * self.step))
        row.addWidget(self.less)
        row.addWidget(self.shown, 1)
        row.addWidget(self.more)
        column.addLayout(row)
        self.set_value(minimum)

    def set_value(self, value: int) -> None:
        before = self.value
        self.value = max(self.minimum, min(self.maximum, value))
        self.refresh()
        if self.value != before:
            self.changed.emit(self.value)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.less.set_text(LESS, field=self.caption_text())
            self.more.set_text(MORE, field=self.caption_text())
            self.refresh()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.shown.set_text(self.show(self.value))
        self.shown.setAccessibleName(f"{self.caption_text()}: {self.shown.text()}")
        self.less.setEnabled(self.value > self.minimum)
        self.more.setEnabled(self.value < self.maximum)


def _captioned(caption: Text, field: QWidget, parent: QWidget) -> QVBoxLayout:
    column = QVBoxLayout(spacing=0)
    label = TrLabel(caption, parent, style="muted")
    label.setStyleSheet("font-size: 16pt;")
    column.addWidget(label)
    column.addWidget(field)
    field.setAccessibleName(caption())
    return column


class OfferFields(QWidget):
    """The three steps of an offer; ``step`` shows one. A tap on a text field asks the
    screen for the on-screen keys (``type_requested``)."""

    type_requested = Signal(object, object)  # the QLineEdit, its caption (Text)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clock = clock
        self.steps = QStackedLayout(self)
        self.steps.addWidget(self._build_what())
        self.steps.addWidget(self._build_allergens())
        self.steps.addWidget(self._build_safety())

    # -- building ---------------------------------------------------------------
    def _build_what(self) -> QWidget:
        page = QWidget(self)
        grid = QGridLayout(page, contentsMargins=QMargins(), horizontalSpacing=16, verticalSpacing=6)
        self.cook = QComboBox(page)
        self.cook.setStyleSheet(f"min-height: {TOUCH_MIN - 6}px;")  # as tall as the text fields
        self.dish = QLineEdit(page, maxLength=DISH_MAX)
        self.description = QLineEdit(page, maxLength=DESCRIPTION_MAX)
        self.typable = {self.dish: DISH, self.description: DESCRIPTION}
        for field in self.typable:
            field.installEventFilter(self)
        grid.addLayout(_captioned(DISH, self.dish, page), 0, 0, 1, 2)
        grid.addLayout(_captioned(DESCRIPTION, self.description, page), 0, 2)
        self.photo: bytes | None = None
        self.photo_button = TouchButton("camera", QT_TRANSLATE_NOOP("MealOffer", "Photo"), page,
                                        icon_size=48)
        self.photo_button.clicked.connect(self.choose_photo)
        grid.addWidget(self.photo_button, 0, 3, Qt.AlignmentFlag.AlignBottom)
        self.day = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Day"), self._day_text, page, minimum=0,
                                maximum=DAYS_AHEAD)
        self.pickup_from = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Pick-up from"), clock_text, page,
                                        minimum=0, maximum=24 * 60 - 15, step=15)
        self.pickup_until = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Pick-up until"), clock_text, page,
                                         minimum=15, maximum=24 * 60 - 1, step=15)
        self.cutoff = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Order before"), self._cutoff_text, page,
                                   minimum=-CUTOFF_DAYS_BEFORE * 24 * 60, maximum=24 * 60 - 30, step=30)
        self.day.changed.connect(lambda _: self.cutoff.refresh())  # "Mon 12:00" follows the day
        self.portions = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Portions"), str, page, minimum=1,
                                     maximum=MAX_PORTIONS)
        self.per_member = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "At most per neighbour"), str, page,
                                       minimum=1, maximum=20)
        self.contribution = ValueStepper(QT_TRANSLATE_NOOP("MealOffer", "Contribution a portion"), self._money_text,
                                         page, minimum=0, maximum=MAX_CONTRIBUTION_CENTS, step=50)
        for index, stepper in enumerate((self.day, self.pickup_from, self.pickup_until, self.cutoff,
                                         self.portions, self.per_member, self.contribution)):
            grid.addWidget(stepper, 1 + index // 4, index % 4)
        grid.addLayout(_captioned(COOK, self.cook, page), 2, 3, Qt.AlignmentFlag.AlignTop)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(3, 1)
        return page

    def _build_allergens(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(), spacing=6)
        choices = [(code, allergen_text(code)) for code in ALLERGENS]
        choices.append((NO_ALLERGENS, QT_TRANSLATE_NOOP("MealOffer", "No allergens")))
        self.allergens = ChoiceTiles(choices, 5, page)
        self.none_tile = self.allergens.tiles[NO_ALLERGENS]
        for code, tile in self.allergens.tiles.items():
            tile.toggled.connect(lambda on, c=code: self._one_or_none(c, on))
        column.addWidget(self.allergens)
        diets = QHBoxLayout(spacing=16)
        diets.addWidget(TrLabel(QT_TRANSLATE_NOOP("MealOffer", "Diet labels:"), page, style="cardtitle"), 0,
                        Qt.AlignmentFlag.AlignTop)
        self.diets = ChoiceTiles([(code, diet_text(code)) for code in DIET_LABELS], 4, page)
        diets.addWidget(self.diets, 1)
        column.addLayout(diets)
        column.addStretch(1)
        return page

    def _build_safety(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page, contentsMargins=QMargins(), spacing=6)
        self.checklist = QVBoxLayout(spacing=2)
        column.addLayout(self.checklist)
        column.addStretch(1)
        self.safety = ToggleTile(QT_TRANSLATE_NOOP("MealOffer", "The cook confirms every point of this checklist."),
                                 page)
        column.addWidget(self.safety)
        return page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A tap on a text field opens the on-screen keys; a physical keyboard types in it directly."""
        if event.type() == QEvent.Type.MouseButtonPress and watched in self.typable:
            self.type_requested.emit(watched, self.typable[watched])  # type: ignore[index]
            return True
        return super().eventFilter(watched, event)

    # -- values -----------------------------------------------------------------
    def today(self) -> date:
        from trefpuntje.core.activities import LOCAL

        return self.clock().astimezone(LOCAL).date()

    def meal_day(self) -> date:
        return self.today() + timedelta(days=self.day.value)

    def _day_text(self, offset: int) -> str:
        return QLocale().toString(self.today() + timedelta(days=offset), "ddd d MMM")

    def _cutoff_text(self, minutes: int) -> str:
        moment = self.cutoff_moment(minutes)
        return f"{QLocale().toString(moment.date(), 'ddd')} {moment:%H:%M}"

    @staticmethod
    def _money_text(cents: int) -> str:
        return money(cents) if cents else QT_TRANSLATE_NOOP("MealOffer", "free")()

    def cutoff_moment(self, minutes: int | None = None) -> datetime:
        """The ordering deadline as wall-clock time in Nijmegen (naive, as ``offer_meal`` takes it)."""
        return datetime.combine(self.meal_day(), time(0)) + timedelta(minutes=self.cutoff.value if minutes is None
                                                                       else minutes)

    def pickup_times(self) -> tuple[time, time]:
        return (time(self.pickup_from.value // 60, self.pickup_from.value % 60),
                time(self.pickup_until.value // 60, self.pickup_until.value % 60))

    def _one_or_none(self, code: str, on: bool) -> None:
        """"No allergens" and an allergen exclude each other: the last tap wins."""
        if not on:
            return
        if code == NO_ALLERGENS:
            for other, tile in self.allergens.tiles.items():
                if other != NO_ALLERGENS:
                    tile.setChecked(False)
        else:
            self.none_tile.setChecked(False)

    def ticked_allergens(self) -> tuple[str, ...]:
        return tuple(code for code in self.allergens.chosen() if code != NO_ALLERGENS)

    def no_allergens(self) -> bool:
        return self.none_tile.isChecked()

    def set_cooks(self, cooks: list[tuple[uuid.UUID, str]]) -> None:
        chosen = self.cook.currentData()
        self.cook.clear()
        for member_id, name in cooks:
            self.cook.addItem(name, str(member_id))  # a string: QVariant keeps it comparable
        self.cook.setCurrentIndex(max(0, self.cook.findData(chosen)))

    def cook_id(self) -> uuid.UUID | None:
        data = self.cook.currentData()
        return uuid.UUID(data) if data else None

    def choose_cook(self, member_id: uuid.UUID) -> bool:
        index = self.cook.findData(str(member_id))
        if index >= 0:
            self.cook.setCurrentIndex(index)
        return index >= 0

    def set_checklist(self, items: list[str]) -> None:
        while self.checklist.count():
            item = self.checklist.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        for text in items:
            self.checklist.addWidget(TrLabel(f"\u2022  {text}", self))

    def choose_photo(self) -> None:
        """A photo of the dish from a file (a phone's picture copied over, say), scaled down."""
        from PySide6.QtWidgets import QFileDialog

        from trefpuntje.ui.photos import scaled_jpeg, thumbnail

        path, _ = QFileDialog.getOpenFileName(self, QT_TRANSLATE_NOOP("MealOffer", "Photo of the dish")(), "",
                                              "JPEG, PNG (*.jpg *.jpeg *.png)")
        if not path:
            return
        self.photo = scaled_jpeg(path)
        if self.photo is None:
            self.photo_button.set_text(QT_TRANSLATE_NOOP("MealOffer", "Not a photo: choose another"))
            return
        self.photo_button.setIcon(thumbnail(self.photo, 96))
        self.photo_button.set_text(QT_TRANSLATE_NOOP("MealOffer", "Photo added"))

    def clear(self, per_member: int) -> None:
        """A new offer: tomorrow 17:00-18:30, ordering until 12:00 that day, nothing ticked."""
        self.photo = None
        self.photo_button.setIcon(pictograms.icon("camera", 96))
        self.photo_button.set_text(QT_TRANSLATE_NOOP("MealOffer", "Photo"))
        self.dish.clear()
        self.description.clear()
        self.day.set_value(1)
        self.pickup_from.set_value(17 * 60)
        self.pickup_until.set_value(18 * 60 + 30)
        self.cutoff.set_value(12 * 60)
        self.portions.set_value(8)
        self.per_member.set_value(per_member)
        self.contribution.set_value(0)
        self.allergens.set_chosen(())
        self.diets.set_chosen(())
        self.safety.setChecked(False)
        self.steps.setCurrentIndex(0)

"""Euro notes and coins drawn on screen, so the change to hand back can be seen, not
only read: "2 x [10 euro note], 1 x [2 euro coin]".

The pictures are drawn, not photographed: banknote images may only be reproduced
under the ECB's rules, and a drawing in the note's own colour, with its value in big
digits, is what a person matches against the drawer. Sizes follow the real ones
(notes grow with their value; a 2 euro coin is larger than a 1 euro coin).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from trefpuntje.core.cash import Change, ChangePiece
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, money

# The main colour of each note (Europa series) and its size in mm.
NOTES = {
    500: ("#8f9c8c", (120, 62)),
    1000: ("#c94a4a", (127, 67)),
    2000: ("#3d6fb4", (133, 72)),
    5000: ("#e08a2e", (140, 77)),
    10000: ("#3f8f5a", (147, 77)),
    20000: ("#d9b53a", (153, 77)),
}
GOLD, SILVER, COPPER = "#d4af37", "#c8c8c8", "#b87333"
# Coin: outer ring, centre (the same for one-metal coins), diameter in mm.
COINS = {
    200: (SILVER, GOLD, 25.75),
    100: (GOLD, SILVER, 23.25),
    50: (GOLD, GOLD, 24.25),
    20: (GOLD, GOLD, 22.25),
    10: (GOLD, GOLD, 19.75),
    5: (COPPER, COPPER, 21.25),
    2: (COPPER, COPPER, 18.75),
    1: (COPPER, COPPER, 16.25),
}
COIN_SCALE = 2.6  # coins are drawn larger than life, or 5 cents would be a dot
NOTE_SCALE = 1.1


def piece_name(cents: int) -> str:
    """What the picture shows, for screen readers and tests: "10 euro note"."""
    if cents in NOTES:
        return QT_TRANSLATE_NOOP("Money", "{value} note")(value=money(cents))
    return QT_TRANSLATE_NOOP("Money", "{value} coin")(value=money(cents))


class MoneyPicture(QWidget):
    """One note or coin."""

    def __init__(self, cents: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cents = cents
        self.setAccessibleName(piece_name(cents))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(self.sizeHint())

    @property
    def is_note(self) -> bool:
        return self.cents in NOTES

    def sizeHint(self) -> QSize:  # noqa: N802
        if self.is_note:
            width, height = NOTES[self.cents][1]
            return QSize(int(width * NOTE_SCALE), int(height * NOTE_SCALE))
        diameter = int(COINS[self.cents][2] * COIN_SCALE)
        return QSize(diameter + 4, diameter + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        ink = QColor("#1b1b1b")
        if self.is_note:
            colour = QColor(NOTES[self.cents][0])
            box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(colour.lighter(135))
            painter.drawRoundedRect(box, 8, 8)
            painter.setBrush(colour)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(box.adjusted(8, 8, -box.width() * 0.45, -8), 6, 6)
            painter.setPen(ink)
            font = QFont(self.font())
            font.setBold(True)
            font.setPixelSize(int(box.height() * 0.42))
            painter.setFont(font)
            painter.drawText(box.adjusted(box.width() * 0.42, 0, -8, 0), Qt.AlignmentFlag.AlignCenter,
                             str(self.cents // 100))
            small = QFont(font)
            small.setPixelSize(int(box.height() * 0.2))
            painter.setFont(small)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(box.adjusted(8, 8, -box.width() * 0.45, -8), Qt.AlignmentFlag.AlignCenter, "EURO")
        else:
            outer, inner, _ = COINS[self.cents]
            box = QRectF(self.rect()).adjusted(2, 2, -2, -2)
            painter.setPen(QPen(ink, 2))
            painter.setBrush(QColor(outer))
            painter.drawEllipse(box)
            if inner != outer:
                margin = box.width() * 0.17
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(inner))
                painter.drawEllipse(box.adjusted(margin, margin, -margin, -margin))
            painter.setPen(ink)
            font = QFont(self.font())
            font.setBold(True)
            value = str(self.cents // 100) if self.cents >= 100 else str(self.cents)
            font.setPixelSize(int(box.height() * (0.42 if len(value) == 1 else 0.36)))
            painter.setFont(font)
            label = box.adjusted(0, -box.height() * 0.08, 0, -box.height() * 0.08)
            painter.drawText(label, Qt.AlignmentFlag.AlignCenter, value)
            small = QFont(font)
            small.setPixelSize(max(8, int(box.height() * 0.16)))
            painter.setFont(small)
            unit = "EURO" if self.cents >= 100 else "CENT"
            painter.drawText(box.adjusted(0, box.height() * 0.5, 0, -box.height() * 0.1), Qt.AlignmentFlag.AlignCenter,
                             unit)
        painter.end()


class ChangeView(QWidget):
    """The change as pictures: for each note or coin, its picture and how many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(24)
        self.pieces: list[ChangePiece] = []

    def show_change(self, change: Change | None) -> None:
        while self.row.count():
            item = self.row.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        self.pieces = list(change.pieces) if change is not None else []
        self.row.addStretch(1)
        for piece in self.pieces:
            column = QVBoxLayout()
            column.setSpacing(4)
            picture = MoneyPicture(piece.cents, self)
            count = QLabel(f"{piece.count} \u00d7", self)
            count.setObjectName("cardtitle")
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setAccessibleName(f"{piece.count} \u00d7 {picture.accessibleName()}")
            column.addStretch(1)
            column.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(count)
            holder = QWidget(self)
            holder.setLayout(column)
            self.row.addWidget(holder)
        self.row.addStretch(1)
        self.setAccessibleName(", ".join(f"{p.count} \u00d7 {piece_name(p.cents)}" for p in self.pieces))

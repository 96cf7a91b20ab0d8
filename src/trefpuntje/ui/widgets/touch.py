"""The building blocks of every screen: big buttons with a pictogram and a word, and
labels that retranslate themselves when the language changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QScroller, QSizePolicy, QToolButton, QWidget

from trefpuntje.ui import pictograms
from trefpuntje.ui.theme import TOUCH_MIN
from trefpuntje.ui.tr import Text


class TouchButton(QToolButton):
    """A pictogram and a word, at least 80 px each way; the word is its accessible name."""

    def __init__(
        self,
        pictogram: str | None,
        text: Text | str,
        parent: QWidget | None = None,
        *,
        icon_size: int = 48,
        under: bool = False,
        role: str | None = None,
        **params: Any,
    ) -> None:
        super().__init__(parent)
        self._text = text
        self._params = params
        if pictogram:
            self.setIcon(pictograms.icon(pictogram, icon_size * 2))
            self.setIconSize(QSize(icon_size, icon_size))
            self.setToolButtonStyle(
                Qt.ToolButtonStyle.ToolButtonTextUnderIcon if under else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
            )
        else:
            self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        if role:
            self.setObjectName(role)
        self.setMinimumSize(TOUCH_MIN, TOUCH_MIN)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retranslate()

    def set_text(self, text: Text | str, **params: Any) -> None:
        self._text, self._params = text, params
        self.retranslate()

    def retranslate(self) -> None:
        text = self._text(**self._params) if isinstance(self._text, Text) else self._text
        self.setText(text)
        self.setAccessibleName(text.replace("\n", " "))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class TrLabel(QLabel):
    """A label that keeps its source text and retranslates itself."""

    def __init__(self, text: Text | str = "", parent: QWidget | None = None, *, style: str | None = None, **params: Any) -> None:
        super().__init__(parent)
        if style:
            self.setObjectName(style)
        self.setWordWrap(True)
        self._text: Text | str = text
        self._params = params
        self.retranslate()

    def set_text(self, text: Text | str, **params: Any) -> None:
        self._text, self._params = text, params
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self._text(**self._params) if isinstance(self._text, Text) else self._text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class Pictogram(QLabel):
    """A pictogram on its own; decorative, so it hides from screen readers."""

    def __init__(self, name: str, size: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.set_pictogram(name, size)
        self.setAccessibleName("")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def set_pictogram(self, name: str, size: int) -> None:
        self.setPixmap(pictograms.pixmap(name, size))
        self.setFixedSize(size, size)


def touch_scroll_area(parent: QWidget) -> QScrollArea:
    """A frameless scroll area that a finger drags; a mouse uses the wide scroll bar (a
    mouse gesture would eat taps). Its content follows its width."""
    scroll = QScrollArea(parent)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    QScroller.grabGesture(scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return scroll

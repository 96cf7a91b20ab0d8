"""Keyboard-wedge scanners: a QR reader that "types" the code as key presses.

A burst of keys arriving faster than a person types (each within ``GAP_MS`` of the
one before), at least ``MIN_LENGTH`` long and ending in Enter, is a scan, wherever
the focus is. Keys are held back while a burst may be starting; when the next key is
late (a person typing), the held presses and releases are replayed, in order, to the
widget they were meant for, so typing still works, only ``GAP_MS`` later. A scan never
lands in a text field.

Bare modifier keys are neutral: a scanner sends Shift before every capital letter.
"""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

GAP_MS = 50
MIN_LENGTH = 12
REPLAY_MARK = 0x7E57  # in nativeModifiers: a key we replay ourselves, let it through
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
MODIFIER_KEYS = {
    Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr,
    Qt.Key.Key_CapsLock, Qt.Key.Key_NumLock, Qt.Key.Key_ScrollLock, Qt.Key.Key_Super_L, Qt.Key.Key_Super_R,
}


class KeyboardWedgeScanner(QObject):
    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None, *, gap_ms: int = GAP_MS, min_length: int = MIN_LENGTH) -> None:
        super().__init__(parent)
        self.gap_ms = gap_ms
        self.min_length = min_length
        self._held: list[tuple[QObject, QKeyEvent]] = []
        self._pressed_while_holding: set[int] = set()
        self._last = 0.0
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.timeout.connect(self.flush)
        QApplication.instance().installEventFilter(self)

    def stop(self) -> None:
        self.flush()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.InputMethod and self._held:
            self.flush()  # composed text (dead keys) must not overtake held letters
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) or not watched.isWidgetType():
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]
        if key_event.nativeModifiers() == REPLAY_MARK or key_event.key() in MODIFIER_KEYS:
            return False
        if kind == QEvent.Type.KeyRelease:
            if key_event.key() in self._pressed_while_holding:  # keep press and release together
                self._hold(watched, key_event)
                return True
            return False
        return self._press(watched, key_event)

    def _press(self, watched: QObject, key_event: QKeyEvent) -> bool:
        now = time.monotonic()
        gap_ok = not self._held or (now - self._last) * 1000 <= self.gap_ms
        self._last = now
        presses = [e for _, e in self._held if e.type() == QEvent.Type.KeyPress]
        if key_event.key() in ENTER_KEYS:
            if presses and gap_ok and len(presses) >= self.min_length:
                text = "".join(e.text() for e in presses)
                self._held.clear()
                self._pressed_while_holding = {int(key_event.key())}  # its release is the scanner's too
                self._flush_timer.stop()
                self.scanned.emit(text)
                return True
            if self._held:
                self._hold(watched, key_event)
                self.flush()
                return True
            return False
        text = key_event.text()
        if not text or not text.isprintable() or key_event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.flush()
            return False
        if not gap_ok:
            self.flush()  # too slow for a scanner: what was held was typed by a person
        self._hold(watched, key_event)
        self._pressed_while_holding.add(int(key_event.key()))
        self._flush_timer.start(self.gap_ms)
        return True

    def _hold(self, receiver: QObject, event: QKeyEvent) -> None:
        copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                         event.nativeVirtualKey(), REPLAY_MARK, event.text(), event.isAutoRepeat(), event.count())
        self._held.append((receiver, copy))

    def flush(self) -> None:
        """Hand held keys to the widget they were typed into: a person was typing."""
        self._flush_timer.stop()
        held, self._held = self._held, []
        self._pressed_while_holding.clear()
        for receiver, event in held:
            target = receiver if shiboken6.isValid(receiver) else QApplication.focusWidget()
            if target is not None:
                QCoreApplication.sendEvent(target, event)

"""Short sounds: a chime for "welcome", a low tone for "card not recognised".

QtMultimedia (in PySide6-Addons, the optional ``camera`` extra) plays the WAV files;
without it the system bell stands in, so the kiosk never needs the 175 MB package.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtWidgets import QApplication

from trefpuntje.config import RESOURCES

SOUNDS = RESOURCES / "sounds"


class Sounds(QObject):
    played = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, object] | None = None  # loaded at the first sound, not at start-up

    def _load(self) -> dict[str, object]:
        if self._effects is None:
            self._effects = {}
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:
                return self._effects
            for path in SOUNDS.glob("*.wav"):
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(path)))
                self._effects[path.stem] = effect
        return self._effects

    def play(self, name: str) -> None:
        effect = self._load().get(name)
        if effect is not None:
            effect.play()  # type: ignore[attr-defined]
        else:
            QApplication.beep()
        self.played.emit(name)

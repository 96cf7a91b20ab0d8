"""Switching the language live: Qt Linguist ``.qm`` files, right-to-left for Arabic.

``TREFPUNTJE_STRETCH=1`` adds a translator that makes every string 40 % longer, to
check that layouts survive long translations.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from trefpuntje.config import DEFAULT_LANGUAGE, RESOURCES, SUPPORTED_LANGUAGES

TRANSLATIONS = RESOURCES / "translations"
RIGHT_TO_LEFT = {"ar"}
LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "ar": "العربية"}


class StretchTranslator(QTranslator):
    def __init__(self, inner: QTranslator | None) -> None:
        super().__init__()
        self.inner = inner

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # type: ignore[override]
        text = (self.inner.translate(context, source, disambiguation, n) if self.inner else "") or source
        return text + " " + "\u00b7" * max(2, len(text) * 2 // 5)

    def isEmpty(self) -> bool:  # noqa: N802
        return False


# One application, one set of installed translators, whichever window installed them.
_installed: list[QTranslator] = []


class Languages:
    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.current = DEFAULT_LANGUAGE
        self._installed = _installed
        self.stretch = os.environ.get("TREFPUNTJE_STRETCH") == "1"

    def switch(self, code: str) -> None:
        if code not in SUPPORTED_LANGUAGES:
            code = DEFAULT_LANGUAGE
        for translator in self._installed:
            self.app.removeTranslator(translator)
            translator.deleteLater()  # each tap loads fresh ones; the old must not pile up
        self._installed.clear()
        qt_own = QTranslator(self.app)
        if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            self._install(qt_own)
        ours = QTranslator(self.app)
        loaded = ours.load(str(TRANSLATIONS / f"trefpuntje_{code}.qm"))
        if self.stretch:
            self._install(StretchTranslator(ours if loaded else None))
        elif loaded:
            self._install(ours)
        self.current = code
        QLocale.setDefault(QLocale(code))
        self.app.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
        )
        # Widgets that were not told by installTranslator (for example with none loaded) learn it here.
        if not self._installed:
            QCoreApplication.sendEvent(self.app, _language_change_event())

    def _install(self, translator: QTranslator) -> None:
        self.app.installTranslator(translator)
        self._installed.append(translator)


def _language_change_event():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QEvent

    return QEvent(QEvent.Type.LanguageChange)

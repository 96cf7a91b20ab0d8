"""Translatable text for widgets that retranslate themselves on a language switch.

``QT_TRANSLATE_NOOP`` here returns the (context, source) pair instead of the bare
string; ``pyside6-lupdate`` recognises the name, so the strings reach the .ts files.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from trefpuntje.core.errors import CONTEXT as ERRORS_CONTEXT
from trefpuntje.core.errors import DomainError


class _Isolated:
    """A value shown in right-to-left text, kept apart from it, with its format ("{minutes:02d}") intact."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __format__(self, spec: str) -> str:
        return f"\u2068{format(self.value, spec)}\u2069"


class Text(NamedTuple):
    context: str
    source: str

    def __call__(self, **params: Any) -> str:
        text = QCoreApplication.translate(self.context, self.source)
        if not params:
            return text
        if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            # Isolate names and numbers, or "'t Trefpuntje" shows as "t Trefpuntje'" in Arabic.
            params = {key: _Isolated(value) for key, value in params.items()}
        return text.format(**params)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:  # noqa: N802 - the name lupdate looks for
    return Text(context, source)


ROLE_NAMES = {
    "visitor": QT_TRANSLATE_NOOP("Roles", "visitor"),
    "volunteer": QT_TRANSLATE_NOOP("Roles", "volunteer"),
    "cook": QT_TRANSLATE_NOOP("Roles", "cook"),
    "staff": QT_TRANSLATE_NOOP("Roles", "staff"),
    "coordinator": QT_TRANSLATE_NOOP("Roles", "coordinator"),
}


def role_names(roles: tuple[str, ...]) -> str:
    return ", ".join(ROLE_NAMES[role]() if role in ROLE_NAMES else role for role in roles)


def language() -> str:
    """The language on screen now (the languages switch sets the default locale)."""
    return QLocale().name().split("_")[0]


def money(cents: int) -> str:
    """An amount in euros, written the way the language on screen writes it."""
    from trefpuntje.core.cash import euros

    return euros(cents, "en" if language() == "en" else "nl")


def error_text(error: DomainError) -> str:
    from trefpuntje.core.cash import Cents

    params = {key: money(value) if isinstance(value, Cents) else value for key, value in error.params.items()}
    return QCoreApplication.translate(ERRORS_CONTEXT, error.message).format(**params)

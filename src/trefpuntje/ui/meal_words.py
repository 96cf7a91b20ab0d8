"""How neighbour meals read on screen, shared by the kiosk, the pick-up table and the
staff's offer form: allergen and diet names in the language on screen, a meal's day
and pick-up time, and domain errors whose values are allergen or diet codes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QLocale

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.meals import MealView
from trefpuntje.core.meals_words import ALLERGEN_NAMES, CONTEXT, DIET_NAMES, Allergens, Diets
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text

TODAY = QT_TRANSLATE_NOOP("MealWords", "Today")
TOMORROW = QT_TRANSLATE_NOOP("MealWords", "Tomorrow")
TODAY_INSIDE = QT_TRANSLATE_NOOP("MealWords", "today")  # inside a sentence: "order before today 12:00"
TOMORROW_INSIDE = QT_TRANSLATE_NOOP("MealWords", "tomorrow")


def allergen_text(code: str) -> Text:
    """The allergen's name, translated when shown (context ``meals``, marked in core)."""
    return Text(CONTEXT, ALLERGEN_NAMES.get(code, code))


def diet_text(code: str) -> Text:
    return Text(CONTEXT, DIET_NAMES.get(code, code))


def allergen_names(codes: Iterable[str]) -> str:
    return ", ".join(allergen_text(code)() for code in codes)


def diet_names(codes: Iterable[str]) -> str:
    return ", ".join(diet_text(code)() for code in codes)


def meal_error_text(error: DomainError) -> str:
    """``error_text``, with allergen and diet codes among the values shown as their names."""
    if not any(isinstance(value, (Allergens, Diets)) for value in error.params.values()):
        return error_text(error)
    shown = {key: allergen_names(value) if isinstance(value, Allergens) else
             diet_names(value) if isinstance(value, Diets) else value for key, value in error.params.items()}
    return error_text(DomainError(error.message, **shown))


def day_text(day: date, today: date, *, first: bool = True) -> str:
    """"Today", "Tomorrow" or "Thursday 3 December"; ``first=False`` inside a sentence
    (Dutch writes "donderdag" there)."""
    if day == today:
        return (TODAY if first else TODAY_INSIDE)()
    if day == today + timedelta(days=1):
        return (TOMORROW if first else TOMORROW_INSIDE)()
    text = QLocale().toString(day, "dddd d MMMM")
    return text[:1].upper() + text[1:] if first else text


def clock(moment: datetime) -> str:
    return f"{moment.astimezone(LOCAL):%H:%M}"


def pickup_text(view: MealView, today: date) -> str:
    """"Today 17:00–18:30"."""
    return f"{day_text(view.day, today)} {clock(view.pickup_start)}\u2013{clock(view.pickup_end)}"


def cutoff_text(view: MealView, today: date) -> str:
    """When ordering closes: "12:00" on the day of the meal, else with its day."""
    closes = view.order_until.astimezone(LOCAL)
    if closes.date() == view.day:
        return clock(closes)
    return f"{day_text(closes.date(), today, first=False)} {clock(closes)}"

"""The words of neighbour meals that screens and paper share: the names of the 14 EU
allergens and of the diet labels, and the default food-safety checklist.

Marked with context ``meals`` for Qt Linguist; ``allergen_name`` and friends translate
them outside Qt. This module imports nothing of the database, so ``core/settings.py``
can take the checklist's default from here.
"""

from __future__ import annotations

from typing import Any

from trefpuntje.core.errors import CONTEXT as ERRORS, InvalidInput, NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "meals"

ALLERGEN_NAMES: dict[str, str] = {
    "gluten": QT_TRANSLATE_NOOP("meals", "Cereals with gluten"),
    "crustaceans": QT_TRANSLATE_NOOP("meals", "Crustaceans"),
    "eggs": QT_TRANSLATE_NOOP("meals", "Eggs"),
    "fish": QT_TRANSLATE_NOOP("meals", "Fish"),
    "peanuts": QT_TRANSLATE_NOOP("meals", "Peanuts"),
    "soybeans": QT_TRANSLATE_NOOP("meals", "Soy"),
    "milk": QT_TRANSLATE_NOOP("meals", "Milk (and lactose)"),
    "nuts": QT_TRANSLATE_NOOP("meals", "Nuts"),
    "celery": QT_TRANSLATE_NOOP("meals", "Celery"),
    "mustard": QT_TRANSLATE_NOOP("meals", "Mustard"),
    "sesame": QT_TRANSLATE_NOOP("meals", "Sesame"),
    "sulphites": QT_TRANSLATE_NOOP("meals", "Sulphites"),
    "lupin": QT_TRANSLATE_NOOP("meals", "Lupin"),
    "molluscs": QT_TRANSLATE_NOOP("meals", "Molluscs"),
}

DIET_NAMES: dict[str, str] = {
    "vegetarian": QT_TRANSLATE_NOOP("meals", "Vegetarian"),
    "vegan": QT_TRANSLATE_NOOP("meals", "Vegan"),
    "halal": QT_TRANSLATE_NOOP("meals", "Halal"),
    "kosher": QT_TRANSLATE_NOOP("meals", "Kosher"),
    "pork_free": QT_TRANSLATE_NOOP("meals", "No pork"),
    "gluten_free": QT_TRANSLATE_NOOP("meals", "Gluten-free"),
    "lactose_free": QT_TRANSLATE_NOOP("meals", "Lactose-free"),
}

# The default checklist (Dutch home-cooking advice of the Voedingscentrum, in short).
# A centre writes its own in the setting ``meal_safety_checklist``, items separated by ";".
SAFETY_CHECKLIST: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("meals", "I washed my hands and cooked in a clean kitchen."),
    QT_TRANSLATE_NOOP("meals", "I kept raw meat, fish and eggs apart from the rest."),
    QT_TRANSLATE_NOOP("meals", "The food is cooked through, and cooled quickly or kept hot."),
    QT_TRANSLATE_NOOP("meals", "It stays in the fridge (7 °C or colder) until I bring it."),
    QT_TRANSLATE_NOOP("meals", "I am not ill: no stomach flu, no fever."),
    QT_TRANSLATE_NOOP("meals", "The containers are clean and closed."),
)
DEFAULT_SAFETY_CHECKLIST = ";".join(SAFETY_CHECKLIST)


def meals_word(text: str, language: str) -> str:
    return translate(CONTEXT, text, language)


def allergen_name(code: str, language: str) -> str:
    return meals_word(ALLERGEN_NAMES[code], language) if code in ALLERGEN_NAMES else code


def diet_name(code: str, language: str) -> str:
    return meals_word(DIET_NAMES[code], language) if code in DIET_NAMES else code


def checklist_items(setting: str, language: str) -> list[str]:
    """The checklist as the cook reads it: the default in their language, or the
    centre's own text as written."""
    items = [item.strip() for item in setting.split(";") if item.strip()]
    if setting == DEFAULT_SAFETY_CHECKLIST:
        return [meals_word(item, language) for item in items]
    return items


class Allergens(tuple):  # type: ignore[type-arg]
    """Allergen codes handed to an error message, shown as names in the reader's language."""


class Diets(tuple):  # type: ignore[type-arg]
    """Diet label codes handed to an error message, shown as names likewise."""


class _NamedCodes:
    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message, **params)  # type: ignore[call-arg]
        self.args = (self.translated("en"),)

    def translated(self, language: str) -> str:
        def shown(value: Any) -> Any:
            if isinstance(value, Allergens):
                return ", ".join(allergen_name(code, language) for code in value)
            if isinstance(value, Diets):
                return ", ".join(diet_name(code, language) for code in value)
            return value

        params = {key: shown(value) for key, value in self.params.items()}  # type: ignore[attr-defined]
        return translate(ERRORS, self.message, language).format(**params)  # type: ignore[attr-defined]

    def __str__(self) -> str:
        return self.translated("en")


class MealRefused(_NamedCodes, InvalidInput):
    """An offer or a profile with allergens or diet labels that do not fit."""


class AllergenWarning(_NamedCodes, NotAllowed):
    """The dish holds allergens in the member's profile: ordering needs their confirmation
    (``confirmed_allergens=True``). ``allergens`` are the codes, for the pictograms."""

    @property
    def allergens(self) -> tuple[str, ...]:
        return tuple(self.params["allergens"])  # type: ignore[attr-defined]

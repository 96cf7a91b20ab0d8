"""The words of the giveaway shop that screens and paper share: the names of its
categories (shelves), of an item's condition, and where cleared items went.

Marked with context ``shop`` for Qt Linguist; ``category_name`` and friends translate
them outside Qt. The categories are the ones migration 0008 seeds; a category without a
name here (one a later migration might add) shows its code.
"""

from __future__ import annotations

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "shop"

CATEGORY_NAMES: dict[str, str] = {
    "clothing": QT_TRANSLATE_NOOP("shop", "Clothing"),
    "kitchen": QT_TRANSLATE_NOOP("shop", "Kitchen"),
    "toys": QT_TRANSLATE_NOOP("shop", "Toys"),
    "books": QT_TRANSLATE_NOOP("shop", "Books"),
    "furniture": QT_TRANSLATE_NOOP("shop", "Furniture"),
    "electronics": QT_TRANSLATE_NOOP("shop", "Electronics"),
    "household": QT_TRANSLATE_NOOP("shop", "Household"),
    "other": QT_TRANSLATE_NOOP("shop", "Other things"),
    "handmade": QT_TRANSLATE_NOOP("shop", "Made by neighbours"),
}

CONDITION_NAMES: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("shop", "New"),
    "good": QT_TRANSLATE_NOOP("shop", "Good"),
    "fair": QT_TRANSLATE_NOOP("shop", "Used"),
}

CLEARED_TO_NAMES: dict[str, str] = {
    "kringloop": QT_TRANSLATE_NOOP("shop", "To the kringloop"),
    "recycling": QT_TRANSLATE_NOOP("shop", "To recycling"),
}

STATUS_NAMES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("shop", "On the shelf"),
    "reserved": QT_TRANSLATE_NOOP("shop", "Reserved"),
    "gone": QT_TRANSLATE_NOOP("shop", "Handed out"),
    "cleared": QT_TRANSLATE_NOOP("shop", "Cleared"),
}


def category_code(value: str) -> str | None:
    """A category's code as typed ("Clothing "), or None when it cannot be one (so a
    stray NUL or a novel never reaches the database)."""
    code = str(value).strip().lower()
    return code if 0 < len(code) <= 20 and code.isascii() and code.replace("_", "").isalnum() else None


def category_name(code: str, language: str) -> str:
    source = CATEGORY_NAMES.get(code)
    return translate(CONTEXT, source, language) if source else code


def condition_name(code: str, language: str) -> str:
    return translate(CONTEXT, CONDITION_NAMES.get(code, code), language)

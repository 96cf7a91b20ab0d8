"""The areas of 't Trefpuntje as the home screen shows them."""

from __future__ import annotations

from typing import NamedTuple

from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text


class Area(NamedTuple):
    key: str
    pictogram: str
    name: Text


AREAS: tuple[Area, ...] = (
    Area("activities", "activities", QT_TRANSLATE_NOOP("Areas", "Activities")),
    Area("shop", "shop", QT_TRANSLATE_NOOP("Areas", "Giveaway shop")),
    Area("meals", "meals", QT_TRANSLATE_NOOP("Areas", "Meals")),
    Area("coffee", "coffee", QT_TRANSLATE_NOOP("Areas", "Coffee corner")),
    Area("volunteers", "volunteers", QT_TRANSLATE_NOOP("Areas", "Volunteers")),
)

AREA_BY_KEY = {area.key: area for area in AREAS}

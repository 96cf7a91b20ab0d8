"""The screens behind the home screen's tiles, built on first use: which one each
area gets depends on the station (the till sells; the public kiosk only shows prices)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trefpuntje.ui.areas import AREA_BY_KEY
from trefpuntje.ui.screens.base import Screen, VisitorScreen
from trefpuntje.ui.screens.coming_soon import ComingSoonScreen

if TYPE_CHECKING:
    from trefpuntje.ui.main_window import MainWindow


def build_area(window: MainWindow, key: str) -> Screen:
    screen = _build(window, key)
    if isinstance(screen, VisitorScreen):  # built while someone is identified: it is theirs at once
        screen.visitor = window.visit.member if window.visit else None
    return screen


def _build(window: MainWindow, key: str) -> Screen:
    if key == "activities" and window.database is not None:
        from trefpuntje.ui.screens.activities import ActivitiesScreen

        activities = ActivitiesScreen(window.database, window.clock)
        activities.message.connect(lambda text, problem: window.notify(text, error=problem))
        activities.register_requested.connect(window.open_register)
        if window.camera is not None:
            activities.add_camera_preview(window.camera.preview_widget(activities))
        return activities
    if key == "coffee" and window.station != "kiosk" and window.database is not None:
        from trefpuntje.ui.screens.till import TillScreen

        till = TillScreen(window.database, lambda: window.clock())
        till.message.connect(lambda text, problem: window.notify(text, error=problem))
        till.open_requested.connect(window.open_staff_mode)
        return till
    if key == "volunteers" and window.database is not None:
        from trefpuntje.ui.screens.volunteers import VolunteersScreen

        volunteers = VolunteersScreen(window.database, lambda: window.clock())
        volunteers.message.connect(lambda text, problem: window.notify(text, error=problem))
        return volunteers
    if key == "coffee" and window.database is not None:
        from trefpuntje.ui.screens.coffee_menu import CoffeeMenu

        menu = CoffeeMenu(window.database)
        return menu
    if key == "meals" and window.database is not None:
        from trefpuntje.ui.screens.meals import MealsScreen

        meals = MealsScreen(window.database, lambda: window.clock())
        meals.message.connect(lambda text, problem: window.notify(text, error=problem))
        return meals
    if key == "shop" and window.database is not None:
        from trefpuntje.ui.screens.shop import ShopScreen

        shop = ShopScreen(window.database, lambda: window.clock())
        shop.message.connect(lambda text, problem: window.notify(text, error=problem))
        return shop
    screen = ComingSoonScreen(AREA_BY_KEY[key])
    screen.go_home.connect(window.go_start)
    return screen

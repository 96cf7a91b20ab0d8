"""Every tile of the staff home opens its screen, and every area tile of the kiosk
opens its own: nothing a coordinator can tap leads nowhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trefpuntje.ui.screens.coffee_menu import CoffeeMenu
from trefpuntje.ui.screens.meal_pickup import MealPickupScreen
from trefpuntje.ui.screens.meals import MealsScreen
from trefpuntje.ui.screens.volunteers import VolunteersScreen
from trefpuntje.ui.staff.activities_admin import ActivitiesAdmin
from trefpuntje.ui.staff.hours_admin import HoursAdmin
from trefpuntje.ui.staff.meal_offer import MealOfferForm
from trefpuntje.ui.staff.members_admin import MembersAdmin
from trefpuntje.ui.staff.price_list import PriceListAdmin
from trefpuntje.ui.staff.schedule_print import SchedulePrint
from trefpuntje.ui.staff.till_admin import TillAdmin
from tests.ui.staff_steps import open_staff

STAFF_TILES = {
    "activities": ActivitiesAdmin, "members": MembersAdmin, "schedule": SchedulePrint, "till": TillAdmin,
    "price_list": PriceListAdmin, "hours": HoursAdmin, "meals": MealOfferForm, "meal_pickup": MealPickupScreen,
}


@pytest.mark.parametrize("key", sorted(STAFF_TILES))
def test_each_staff_tile_opens_its_screen(window, qtbot, key):
    open_staff(qtbot, window)
    tile = window.staff_home.tiles[key]
    assert tile.isVisible() and tile.isEnabled()
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), STAFF_TILES[key])


@pytest.mark.parametrize(("area", "screen"), [("coffee", CoffeeMenu), ("meals", MealsScreen),
                                              ("volunteers", VolunteersScreen)])
def test_the_kiosk_tiles_open_their_areas(window, qtbot, area, screen):
    qtbot.mouseClick(window.home.tiles[area], Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), screen)


def test_the_staff_home_fits_the_kiosk_with_every_tile(make_window, demo_database, qtbot):
    window = make_window(demo_database, kiosk=True)
    open_staff(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint


def test_a_price_changed_in_staff_mode_is_in_the_audit_log_with_who_did_it(window, qtbot, demo_database):
    from trefpuntje.core.audit import audit_entries
    from trefpuntje.core.till_products import price_list

    open_staff(qtbot, window)
    qtbot.mouseClick(window.staff_home.tiles["price_list"], Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    with demo_database.read() as session:
        koffie = next(p for p in price_list(session) if p.name == "Koffie")
        before = len(audit_entries(session))
    screen.selected = koffie.id
    screen._show_form()
    screen.price.setText("1,10")
    screen.save()
    with demo_database.read() as session:
        entries = audit_entries(session)
    assert len(entries) == before + 1
    assert entries[-1].actor_id == window.staff.id


def test_a_member_registered_in_staff_mode_is_in_the_audit_log_with_who_did_it(window, qtbot, demo_database):
    from trefpuntje.core.audit import audit_entries

    open_staff(qtbot, window)
    qtbot.mouseClick(window.staff_home.tiles["members"], Qt.MouseButton.LeftButton)
    screen = window.current_screen()
    screen.first_name.setText("Noor")
    screen.save()
    with demo_database.read() as session:
        last = audit_entries(session)[-1]
    assert (last.action, last.actor_id) == ("member.register", window.staff.id)

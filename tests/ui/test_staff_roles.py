"""Staff mode shows each person what their role allows: a volunteer at the coffee
corner the till (and the meal pick-up there), a coordinator everything."""

from __future__ import annotations

from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.permissions import ACTIONS
from trefpuntje.core.staff_pins import check_member_pin, set_pin
from trefpuntje.ui.staff.staff_home import TILE_ACTIONS
from tests.ui.staff_steps import open_staff


def enabled(window) -> set[str]:  # type: ignore[no-untyped-def]
    return {key for key, tile in window.staff_home.tiles.items() if tile.isEnabled()}


def test_a_volunteer_with_a_pin_sees_only_the_till_pick_up_and_shop_enabled(make_window, demo_database, qtbot):
    window = make_window(demo_database, kiosk=True)
    with demo_database.write() as session:
        fenna = add_member(session, first_name="Fenna", roles=[Role.VOLUNTEER]).id
        set_pin(session, member_id=fenna, pin="97531")
    with demo_database.write() as session:  # her card and her PIN, as the PIN screen checks them
        volunteer = check_member_pin(session, member_id=fenna, pin="97531").member
    window.staff_home.open_for(volunteer)
    assert enabled(window) == {"till", "about"} | ({"meal_pickup", "shop", "shop_counter"} & set(window.staff_home.tiles))
    assert not window.staff_home.quit_button.isEnabled()  # closing the kiosk is for a coordinator


def test_a_coordinator_sees_every_tile_enabled(make_window, demo_database, qtbot):
    window = make_window(demo_database, kiosk=True)
    open_staff(qtbot, window)  # the demo coordinator's PIN
    assert enabled(window) == set(window.staff_home.tiles)
    assert window.staff_home.quit_button.isVisible() and window.staff_home.quit_button.isEnabled()


def test_staff_see_all_but_what_is_for_coordinators(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    with demo_database.write() as session:
        sanne = add_member(session, first_name="Sanne", roles=[Role.STAFF]).id
        set_pin(session, member_id=sanne, pin="86420")
    with demo_database.write() as session:
        staff = check_member_pin(session, member_id=sanne, pin="86420").member
    window.staff_home.open_for(staff)
    assert enabled(window) == set(window.staff_home.tiles)
    assert not window.staff_home.quit_button.isEnabled()


def test_every_tile_states_the_action_it_needs(make_window, demo_database):
    window = make_window(demo_database)
    assert set(window.staff_home.tiles) - {"about"} <= set(TILE_ACTIONS)
    assert set(TILE_ACTIONS.values()) <= set(ACTIONS)

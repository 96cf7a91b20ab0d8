"""Roles per action: one table says who may do what in staff mode, and the services
hold the command line and every screen to it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.core.hours_fixtures import Centre, at, make_centre
from trefpuntje.core import members, privacy, settings, staff_pins, till, till_products
from trefpuntje.core.errors import NotAllowed, NotFound
from trefpuntje.core.hours_roster import REVIEWING_ROLES
from trefpuntje.core.models import Role
from trefpuntje.core.permissions import ACTIONS, STAFF_MODE_ROLES, allowed, needed_role, opens_staff_mode, require

NOW = at(30, 9)
EVERY_ROLE = [role.value for role in Role]


@pytest.fixture
def centre(database) -> Centre:  # type: ignore[no-untyped-def]
    return make_centre(database)


def test_a_coordinator_may_do_everything_and_a_visitor_or_cook_nothing():
    for action in ACTIONS:
        assert allowed(["coordinator"], action), action
        assert not allowed(["visitor", "cook"], action), action
        assert not allowed([], action), action


def test_a_volunteer_runs_the_coffee_corner_and_the_giveaway_shop_and_nothing_more():
    assert {action for action in ACTIONS if allowed(["volunteer"], action)} == {
        "till.open", "till.close", "meals.pickup", "shop.intake", "shop.handout", "shop.clear"}
    assert allowed(["visitor", "volunteer"], "till.open")  # the other roles add nothing, take nothing away


def test_staff_do_the_days_work_and_coordinators_decide_who_gets_in():
    coordinators_only = {action for action in ACTIONS if not allowed(["staff"], action)}
    assert coordinators_only == {"members.roles", "members.erase", "settings.change", "staff_pins.set",
                                 "audit.view", "app.quit"}
    assert needed_role("till.void") == Role.STAFF and needed_role("settings.change") == Role.COORDINATOR
    with pytest.raises(KeyError):
        allowed(["coordinator"], "till.dance")  # an action missing from the table is a programming error


def test_the_hours_services_check_the_same_roles_as_the_table():
    for role in EVERY_ROLE:
        assert allowed([role], "hours.review") == (role in REVIEWING_ROLES), role
        assert allowed([role], "roster.plan") == (role in REVIEWING_ROLES), role


def test_require_says_which_role_is_needed(centre):
    with centre.read() as session:
        require(session, centre.coordinator, "settings.change")
        require(session, centre.ahmed, "till.open")
        with pytest.raises(NotAllowed, match="This needs a coordinator."):
            require(session, centre.staff, "members.erase")
        with pytest.raises(NotAllowed, match="This needs a staff member or a coordinator."):
            require(session, centre.ahmed, "till.void")
        with pytest.raises(NotAllowed, match="This needs a volunteer, a staff member or a coordinator."):
            require(session, centre.nel, "till.open")
        with pytest.raises(NotFound):
            require(session, centre.coffee, "till.open")  # a task's id names no member


def test_the_services_refuse_a_staff_actor_without_the_role_and_change_nothing(centre):
    c = centre
    with pytest.raises(NotAllowed), c.write() as session:
        till.open_session(session, opened_by_id=c.nel, float_cents=5000, now=NOW)
    with pytest.raises(NotAllowed), c.write() as session:
        till_products.add_product(session, name="Thee", price_cents=100, done_by_id=c.ahmed)
    with pytest.raises(NotAllowed), c.write() as session:
        settings.set_setting(session, key="idle_seconds", value="90", done_by_id=c.staff)
    with pytest.raises(NotAllowed), c.write() as session:
        members.add_member(session, first_name="Truus", done_by_id=c.ahmed)
    with pytest.raises(NotAllowed), c.write() as session:
        members.set_roles(session, member_id=c.ahmed, roles=["coordinator"], done_by_id=c.staff)
    with pytest.raises(NotAllowed), c.write() as session:
        privacy.erase_member(session, member_id=c.nel, now=NOW, done_by_id=c.staff)
    with c.read() as session:
        assert till.current_session(session) is None and till_products.price_list(session) == []
        assert settings.get_setting(session, "idle_seconds") == "60"
        assert members.roles_of(session, c.ahmed) == ("volunteer",)
        assert members.get_member(session, c.nel).first_name == "Nel"
        assert "Truus" not in {m.first_name for m in members.list_members(session)}


def test_the_command_line_and_demo_data_pass_no_actor_and_are_not_asked(centre):
    with centre.write() as session:
        till_products.add_product(session, name="Thee", price_cents=100)
        settings.set_setting(session, key="idle_seconds", value="90")
        privacy.erase_member(session, member_id=centre.nel, now=NOW)


def test_a_volunteer_and_staff_run_the_till_each_as_far_as_their_role_goes(centre):
    c = centre
    with c.write() as session:
        coffee = till_products.add_product(session, name="Koffie", price_cents=120, done_by_id=c.staff).id
        opened = till.open_session(session, opened_by_id=c.ahmed, float_cents=5000, now=NOW).id
        sale = till.sell(session, till_session_id=opened, items=[(coffee, 1)], payment="card", now=NOW).sale_id
    with pytest.raises(NotAllowed, match="staff member"), c.write() as session:
        till.reverse_sale(session, sale_id=sale, kind="void", reason="mis", done_by_id=c.ahmed, till_session_id=opened,
                          now=NOW)
    with c.write() as session:
        till.reverse_sale(session, sale_id=sale, kind="void", reason="mis", done_by_id=c.staff, till_session_id=opened,
                          now=NOW)
        till.close_session(session, till_session_id=opened, counted_cash_cents=5000, closed_by_id=c.ahmed,
                           now=NOW + timedelta(hours=6))


def test_a_pin_is_for_the_roles_that_open_staff_mode(centre):
    assert STAFF_MODE_ROLES == {"volunteer", "staff", "coordinator"}
    assert opens_staff_mode(["visitor", "volunteer"]) and not opens_staff_mode(["visitor", "cook"])
    with pytest.raises(NotAllowed, match="A staff PIN is for volunteers, staff and coordinators."), \
            centre.write() as session:
        staff_pins.set_pin(session, member_id=centre.bep, pin="2468")  # a cook
    with pytest.raises(NotAllowed, match="needs a coordinator"), centre.write() as session:
        staff_pins.set_pin(session, member_id=centre.ahmed, pin="2468", done_by_id=centre.staff)
    with centre.write() as session:
        staff_pins.set_pin(session, member_id=centre.ahmed, pin="2468", done_by_id=centre.coordinator)
    with centre.write() as session:  # a volunteer with a PIN opens staff mode with their card
        opened = staff_pins.check_member_pin(session, member_id=centre.ahmed, pin="2468", now=NOW)
    assert opened.ok and opened.member.roles == ("volunteer",)


def test_losing_the_role_loses_the_pin(centre):
    with centre.write() as session:
        staff_pins.set_pin(session, member_id=centre.ahmed, pin="2468")
        members.set_roles(session, member_id=centre.ahmed, roles=["visitor"], done_by_id=centre.coordinator)
    with centre.write() as session:
        assert not staff_pins.check_member_pin(session, member_id=centre.ahmed, pin="2468", now=NOW).ok


def test_a_pin_left_without_its_role_opens_nothing(centre):
    from sqlmodel import delete

    from trefpuntje.core.models import MemberRole

    with centre.write() as session:
        staff_pins.set_pin(session, member_id=centre.ahmed, pin="2468")
        session.exec(delete(MemberRole).where(MemberRole.member_id == centre.ahmed))  # by hand, as an old database
        session.add(MemberRole(member_id=centre.ahmed, role="visitor"))
    with centre.write() as session:
        assert not staff_pins.check_member_pin(session, member_id=centre.ahmed, pin="2468", now=NOW).ok


def test_the_last_coordinator_keeps_the_role(centre):
    with pytest.raises(NotAllowed, match="last coordinator"), centre.write() as session:
        members.set_roles(session, member_id=centre.coordinator, roles=["staff"], done_by_id=centre.coordinator)
    with centre.write() as session:
        members.set_roles(session, member_id=centre.staff, roles=["staff", "coordinator"], done_by_id=centre.coordinator)
        staff_pins.set_pin(session, member_id=centre.staff, pin="8642", done_by_id=centre.coordinator)
        members.set_roles(session, member_id=centre.coordinator, roles=["staff"], done_by_id=centre.staff)
    with centre.read() as session:
        assert members.roles_of(session, centre.coordinator) == ("staff",)

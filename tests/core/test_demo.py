from __future__ import annotations

from datetime import date

import pytest

from trefpuntje.core.activities import list_activities
from trefpuntje.core.demo import fill_demo
from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.members import list_members
from trefpuntje.core.models import Role
from trefpuntje.core.staff_pins import check_coordinator_pin

CREDITED = {"Mariette", "Elle", "Lana", "Daantje", "Sascha", "Marcel", "Anneke", "Jeanette"}


def test_demo_is_a_believable_week(demo_database):
    with demo_database.read() as session:
        members = list_members(session)
        activities = list_activities(session)
    assert 35 <= len(members) <= 45
    roles = {role for m in members for role in m.roles}
    assert {"visitor", "volunteer", "staff", "coordinator", "cook"} <= roles
    assert not CREDITED & {m.first_name for m in members}
    titles = " ".join(a.title.lower() for a in activities)
    for kind in ("beweeg", "koffie", "dagbesteding", "naai"):
        assert kind in titles
    assert any(a.location == "Beweegtuin" for a in activities)
    monday = date(2026, 11, 30)
    assert all(monday <= a.starts_on <= date(2026, 12, 6) for a in activities)


def test_demo_coordinator_opens_with_the_printed_pin(demo_database):
    with demo_database.write() as session:
        result = check_coordinator_pin(session, pin="1234")
    assert result.ok and Role.COORDINATOR.value in result.member.roles


def test_demo_refuses_a_database_with_data_and_force_starts_afresh(demo_database):
    with demo_database.read() as session:
        before = {m.id for m in list_members(session)}
    with pytest.raises(NotAllowed, match="--force"), demo_database.write() as session:
        fill_demo(session, today=date(2026, 12, 7))
    with demo_database.read() as session:
        assert {m.id for m in list_members(session)} == before
    with demo_database.write() as session:
        fill_demo(session, today=date(2026, 12, 7), force=True)
    with demo_database.read() as session:
        after = list_members(session)
    assert len(after) == len(before) and not before & {m.id for m in after}

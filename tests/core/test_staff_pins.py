from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.members import add_member
from trefpuntje.core.models import LoginGuard, StaffPin
from trefpuntje.core.staff_pins import (
    COORDINATOR_SCOPE,
    MAX_ATTEMPTS,
    check_coordinator_pin,
    check_member_pin,
    create_coordinator,
    has_coordinator,
    set_pin,
)

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def test_pin_is_stored_as_an_argon2id_hash_never_in_clear(database):
    with database.write() as session:
        coordinator = create_coordinator(session, first_name="Ingrid", pin="2468")
    with database.read() as session:
        row = session.get(StaffPin, coordinator.id)
        assert row.pin_hash.startswith("$argon2id$")
        assert "2468" not in row.pin_hash
        assert has_coordinator(session)
    assert coordinator.roles == ("coordinator", "staff")


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "١٢٣٤"])
def test_a_pin_is_4_to_8_ascii_digits(database, pin):
    with pytest.raises(InvalidInput), database.write() as session:
        create_coordinator(session, first_name="Ingrid", pin=pin)
    with database.read() as session:
        assert not has_coordinator(session)


def test_right_pin_opens_and_wrong_pin_counts_in_the_database(database):
    with database.write() as session:
        create_coordinator(session, first_name="Ingrid", pin="2468")
    with database.write() as session:
        wrong = check_coordinator_pin(session, pin="1111", now=NOW)
    assert not wrong.ok and wrong.attempts_left == MAX_ATTEMPTS - 1
    with database.read() as session:
        assert session.get(LoginGuard, COORDINATOR_SCOPE).failed_attempts == 1
    with database.write() as session:
        right = check_coordinator_pin(session, pin="2468", now=NOW)
    assert right.ok and right.member.first_name == "Ingrid"
    with database.read() as session:
        assert session.get(LoginGuard, COORDINATOR_SCOPE).failed_attempts == 0


def test_five_wrong_pins_lock_even_the_right_pin_with_a_growing_delay(database):
    with database.write() as session:
        create_coordinator(session, first_name="Ingrid", pin="2468")

    def attempt(pin, at):
        with database.write() as session:
            return check_coordinator_pin(session, pin=pin, now=at)

    for _ in range(MAX_ATTEMPTS):
        result = attempt("0000", NOW)
    first_lock = result.locked_until
    assert first_lock is not None and first_lock > NOW
    assert not attempt("2468", NOW + timedelta(seconds=30)).ok  # still locked: the right PIN does not open
    for _ in range(MAX_ATTEMPTS):
        result = attempt("0000", first_lock + timedelta(seconds=1))
    second_lock = result.locked_until
    assert second_lock - (first_lock + timedelta(seconds=1)) > first_lock - NOW  # the delay grew
    assert attempt("2468", second_lock + timedelta(seconds=1)).ok


def test_each_member_pin_has_its_own_count(database):
    with database.write() as session:
        ahmed = add_member(session, first_name="Ahmed", roles=["staff"])
        set_pin(session, member_id=ahmed.id, pin="13579")
    with database.write() as session:
        assert not check_member_pin(session, member_id=ahmed.id, pin="99999", now=NOW).ok
    with database.write() as session:
        assert check_member_pin(session, member_id=ahmed.id, pin="13579", now=NOW).ok
    with database.read() as session:
        assert session.get(LoginGuard, f"member:{ahmed.id}").failed_attempts == 0
        assert session.get(LoginGuard, COORDINATOR_SCOPE) is None


def test_a_good_pin_does_not_forgive_lockouts_but_a_quiet_day_does(database):
    with database.write() as session:
        create_coordinator(session, first_name="Ingrid", pin="2468")

    def attempt(pin, at):
        with database.write() as session:
            return check_coordinator_pin(session, pin=pin, now=at)

    def lock_out(at):
        for _ in range(MAX_ATTEMPTS):
            result = attempt("0000", at)
        return result.locked_until - at

    first = lock_out(NOW)
    assert attempt("2468", NOW + first + timedelta(seconds=1)).ok
    second = lock_out(NOW + timedelta(hours=1))
    assert second == 2 * first  # the good PIN in between did not reset the growth
    third = lock_out(NOW + timedelta(days=3))
    assert third == first  # a quiet day later it starts small again


def test_unlock_lifts_every_lockout(database):
    from trefpuntje.core.staff_pins import unlock

    with database.write() as session:
        create_coordinator(session, first_name="Ingrid", pin="2468")
    for _ in range(MAX_ATTEMPTS):
        with database.write() as session:
            check_coordinator_pin(session, pin="0000", now=NOW)
    with database.write() as session:
        assert unlock(session) == 1
    with database.write() as session:
        assert check_coordinator_pin(session, pin="2468", now=NOW).ok

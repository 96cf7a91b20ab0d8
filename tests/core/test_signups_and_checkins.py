from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError

from trefpuntje.core.activities import activity_edit, create_activity, set_capacity, update_activity, view_of, week
from trefpuntje.core.checkins import CheckInOutcome, attendance, check_in, mark_no_shows, present_now
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.members import add_member
from trefpuntje.core.models import OccurrenceSeat, Recurrence, SignUp
from trefpuntje.core.signups import cancel_sign_up, sign_up, sign_ups_of

MONDAY = date(2026, 11, 30)
BOOKED = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@pytest.fixture
def centre(database):
    """A sewing workshop with 2 places on Tuesday at 14:00, a walk-in coffee morning at the same time, and people."""
    with database.write() as session:
        sewing = create_activity(session, title="Naaiatelier", starts_on=MONDAY + timedelta(days=1), start_time=time(14),
                                 duration_minutes=120, capacity=2, pictogram="sewing", location="Atelier")
        create_activity(session, title="Koffieochtend", starts_on=MONDAY + timedelta(days=1), start_time=time(14, 15),
                        duration_minutes=60, signup_required=False)
        people = {name: add_member(session, first_name=name).id for name in ("Nel", "Suus", "Ahmed", "Riet")}
        views = week(session, monday=MONDAY)
    occurrence = next(v for v in views if v.activity_id == sewing.id)
    return database, occurrence.id, people


_clock = iter(range(10_000))


def signup(database, occurrence_id, member_id, now=None):
    """Sign up, each call a second after the one before (the waiting list is first come, first served)."""
    when = now or BOOKED + timedelta(seconds=next(_clock))
    with database.write() as session:
        return sign_up(session, member_id=member_id, occurrence_id=occurrence_id, now=when)


def test_the_week_shows_occurrences_in_local_time_with_places_left(centre):
    database, occurrence_id, people = centre
    with database.read() as session:
        view = view_of(session, occurrence_id)
    assert view.starts_at == datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # 14:00 in Nijmegen, winter time
    assert (view.places_left, view.full) == (2, False)


def test_full_activity_puts_new_sign_up_on_waiting_list_and_cancel_moves_the_first_up(centre):
    database, occurrence_id, people = centre
    assert signup(database, occurrence_id, people["Nel"]).status == "confirmed"
    assert signup(database, occurrence_id, people["Suus"]).status == "confirmed"
    third = signup(database, occurrence_id, people["Ahmed"])
    fourth = signup(database, occurrence_id, people["Riet"])
    assert (third.status, third.waiting_position, third.occurrence.places_left) == ("waiting", 1, 0)
    assert fourth.waiting_position == 2
    with database.write() as session:
        promoted = cancel_sign_up(session, member_id=people["Nel"], occurrence_id=occurrence_id, now=BOOKED)
    assert promoted == [people["Ahmed"]]
    with database.read() as session:
        mine = sign_ups_of(session, member_id=people["Riet"], begin=BOOKED, end=BOOKED + timedelta(days=14))
        assert [(m.status, m.waiting_position) for m in mine] == [("waiting", 1)]
        assert view_of(session, occurrence_id).confirmed == 2


def test_signing_up_twice_past_or_for_a_walk_in_is_refused(centre):
    database, occurrence_id, people = centre
    signup(database, occurrence_id, people["Nel"])
    with pytest.raises(InvalidInput, match="already signed up"):
        signup(database, occurrence_id, people["Nel"])
    with pytest.raises(NotAllowed, match="already started"):
        signup(database, occurrence_id, people["Suus"], now=datetime(2026, 12, 1, 13, 5, tzinfo=UTC))
    with database.read() as session:
        coffee = next(v for v in week(session, monday=MONDAY) if v.title == "Koffieochtend")
    with pytest.raises(NotAllowed, match="just come along"):
        signup(database, coffee.id, people["Suus"])


def test_two_writers_racing_for_the_last_place_never_overbook(centre):
    database, occurrence_id, people = centre
    from trefpuntje.db.engine import Database

    signup(database, occurrence_id, people["Nel"])  # one place left
    barrier, results, errors = threading.Barrier(3), [], []

    def take(member_id):
        own = Database(database.url)  # a terminal of its own
        barrier.wait()
        try:
            with own.write() as session:
                results.append(sign_up(session, member_id=member_id, occurrence_id=occurrence_id, now=BOOKED).status)
        except Exception as error:  # pragma: no cover - shows in the assertion
            errors.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=take, args=(people[n],)) for n in ("Suus", "Ahmed", "Riet")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(results) == ["confirmed", "waiting", "waiting"]
    with database.read() as session:
        assert view_of(session, occurrence_id).confirmed == 2


def test_the_database_itself_refuses_a_second_holder_of_a_seat_or_a_seat_that_does_not_exist(centre):
    database, occurrence_id, people = centre
    signup(database, occurrence_id, people["Nel"])
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(SignUp(occurrence_id=occurrence_id, member_id=people["Suus"], seat_no=1))
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(SignUp(occurrence_id=occurrence_id, member_id=people["Suus"], seat_no=3))
    with pytest.raises(IntegrityError), database.write() as session:
        session.delete(session.get(OccurrenceSeat, (occurrence_id, 1)))


def test_capacity_cannot_go_below_the_sign_ups_and_more_places_move_the_list_up(centre):
    database, occurrence_id, people = centre
    for name in ("Nel", "Suus", "Ahmed"):
        signup(database, occurrence_id, people[name])
    with pytest.raises(InvalidInput, match="cannot go below"), database.write() as session:
        set_capacity(session, occurrence_id=occurrence_id, capacity=1, now=BOOKED)
    with database.write() as session:
        set_capacity(session, occurrence_id=occurrence_id, capacity=3, now=BOOKED)
    with database.read() as session:
        assert (view_of(session, occurrence_id).confirmed, view_of(session, occurrence_id).waiting) == (3, 0)
    with database.write() as session:
        cancel_sign_up(session, member_id=people["Nel"], occurrence_id=occurrence_id, now=BOOKED)
        set_capacity(session, occurrence_id=occurrence_id, capacity=2, now=BOOKED)  # seat 3's holder moves to seat 1
    with database.read() as session:
        assert view_of(session, occurrence_id).capacity == 2


def test_editing_an_activity_refuses_an_empty_title_and_too_few_places(centre):
    database, occurrence_id, people = centre
    signup(database, occurrence_id, people["Nel"])
    signup(database, occurrence_id, people["Suus"])
    with database.read() as session:
        activity_id = view_of(session, occurrence_id).activity_id
        current = activity_edit(session, activity_id)
    with pytest.raises(InvalidInput, match="title"), database.write() as session:
        update_activity(session, activity_id=activity_id, now=BOOKED, changes=replace(current, title=" "))
    with pytest.raises(InvalidInput, match="cannot go below"), database.write() as session:
        update_activity(session, activity_id=activity_id, now=BOOKED, changes=replace(current, capacity=1))
    with database.write() as session:
        update_activity(session, activity_id=activity_id, now=BOOKED,
                        changes=replace(current, title="Naai- en verstelatelier", capacity=4, leader_id=people["Suus"]))
    with database.read() as session:
        view = view_of(session, occurrence_id)
    assert (view.title, view.capacity, view.leader) == ("Naai- en verstelatelier", 4, "Suus")


def test_a_one_off_activity_in_the_past_is_refused(database):
    with pytest.raises(InvalidInput, match="passed"), database.write() as session:
        create_activity(session, title="Buurtfeest", starts_on=date(2026, 1, 1), start_time=time(15),
                        duration_minutes=120, recurrence=Recurrence.ONCE, today=MONDAY)


AT_SEWING = datetime(2026, 12, 1, 12, 50, tzinfo=UTC)  # 13:50 local, ten minutes before the sewing workshop


def test_check_in_counts_once_and_signed_up_member_goes_to_their_own_activity(centre):
    database, occurrence_id, people = centre
    signup(database, occurrence_id, people["Nel"])
    with database.write() as session:
        first = check_in(session, member_id=people["Nel"], now=AT_SEWING)
    with database.write() as session:
        second = check_in(session, member_id=people["Nel"], now=AT_SEWING + timedelta(minutes=1))
    assert (first.outcome, first.occurrences[0].id) == (CheckInOutcome.CHECKED_IN, occurrence_id)
    assert second.outcome == CheckInOutcome.ALREADY
    with database.read() as session:
        assert [p.present for p in present_now(session, now=AT_SEWING) if p.occurrence.id == occurrence_id] == [1]


def test_a_walk_in_with_two_things_on_is_asked_which_then_checked_in(centre):
    database, occurrence_id, people = centre
    with database.write() as session:
        asked = check_in(session, member_id=people["Riet"], now=AT_SEWING)
    assert asked.outcome == CheckInOutcome.CHOOSE and len(asked.occurrences) == 2
    coffee = next(v for v in asked.occurrences if v.title == "Koffieochtend")
    with database.write() as session:
        done = check_in(session, member_id=people["Riet"], now=AT_SEWING, occurrence_id=coffee.id)
    assert done.outcome == CheckInOutcome.CHECKED_IN
    with database.read() as session:
        assert [(r.first_name, r.status) for r in attendance(session, occurrence_id=coffee.id)] == [("Riet", "walk-in")]


def test_nothing_on_means_nothing_to_check_in(centre):
    database, _, people = centre
    with database.write() as session:
        assert check_in(session, member_id=people["Nel"], now=BOOKED).outcome == CheckInOutcome.NOTHING_NOW


def test_staff_mark_no_shows_after_the_start(centre):
    database, occurrence_id, people = centre
    signup(database, occurrence_id, people["Nel"])
    signup(database, occurrence_id, people["Suus"])
    with database.write() as session:
        check_in(session, member_id=people["Nel"], now=AT_SEWING)
    with pytest.raises(InvalidInput), database.write() as session:
        mark_no_shows(session, occurrence_id=occurrence_id, now=AT_SEWING)
    with database.write() as session:
        assert mark_no_shows(session, occurrence_id=occurrence_id, now=AT_SEWING + timedelta(hours=1)) == 1
    with database.read() as session:
        rows = {r.first_name: (r.checked_in, r.no_show) for r in attendance(session, occurrence_id=occurrence_id)}
    assert rows == {"Nel": (True, False), "Suus": (False, True)}

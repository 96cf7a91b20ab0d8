"""Tasks and the weekly roster: planning shifts, places respected, a volunteer's next
shifts and the open ones they can sign up for."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import IntegrityError

from tests.core.hours_fixtures import MONDAY, Centre, at, make_centre
from tests.core.test_hours import refused
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.hours_roster import (
    TASK_PICTOGRAMS,
    add_task,
    assign_volunteer,
    cancel_shift,
    change_shift,
    copy_week,
    leave_shift,
    list_tasks,
    next_shifts,
    open_shifts,
    plan_shift,
    rename_task,
    retire_task,
    sign_up_for_shift,
    unassign_volunteer,
    week_roster,
)
from trefpuntje.core.models import ShiftAssignment
from trefpuntje.printing.pictograms import FALLBACK, PICTOGRAMS_DIR, pictogram


@pytest.fixture
def centre(database) -> Centre:
    return make_centre(database)


def test_every_task_pictogram_has_its_svg():
    for name in TASK_PICTOGRAMS:
        assert (PICTOGRAMS_DIR / f"{name}.svg").is_file(), name
        assert pictogram(name) is not pictogram(FALLBACK) or name == FALLBACK


def test_staff_add_rename_and_retire_tasks(centre):
    with centre.write() as session:
        cleaning = add_task(session, name="  Schoonmaken ", pictogram="soap")
        rename_task(session, task_id=cleaning.id, name="Schoonmaak", pictogram="soap")
        retire_task(session, task_id=centre.shop, now=at(27, 9))
        names = [t.name for t in list_tasks(session)]
        every = [t.name for t in list_tasks(session, include_retired=True)]
    assert names == ["Koffiehoek", "Koken", "Schoonmaak"]
    assert every == ["Koffiehoek", "Weggeefwinkel", "Koken", "Schoonmaak"]
    with centre.write() as session:  # a retired name may be used again
        add_task(session, name="Weggeefwinkel", pictogram="gift")


@pytest.mark.parametrize(("name", "picture", "words"), [
    ("", "coffee", "needs a name"),
    ("x" * 61, "coffee", "at most 60 characters"),
    ("koffiehoek", "coffee", "already a task called Koffiehoek"),
    ("Tuin", "rocket", "Unknown pictogram rocket"),
])
def test_bad_tasks_are_refused(centre, name, picture, words):
    refused(centre, (InvalidInput, NotAllowed), words, lambda s: add_task(s, name=name, pictogram=picture))


def test_a_shift_holds_no_more_volunteers_than_places(centre):
    with centre.write() as session:
        shift = plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9, 30), ends_at=at(30, 12, 30), places=2,
                           volunteer_ids=[centre.suus], planned_by_id=centre.coordinator, now=at(27, 9))
        sign_up_for_shift(session, shift_id=shift.id, member_id=centre.ahmed, now=at(28, 10))
    refused(centre, NotAllowed, "This shift is full",
            lambda s: sign_up_for_shift(s, shift_id=shift.id, member_id=centre.bep, now=at(28, 11)))
    refused(centre, NotAllowed, "Suus is already on this shift",
            lambda s: assign_volunteer(s, shift_id=shift.id, member_id=centre.suus, now=at(28, 11)))
    refused(centre, NotAllowed, "2 volunteers are on this shift", lambda s: change_shift(s, shift_id=shift.id, places=1))
    with centre.read() as session:
        [view] = week_roster(session, monday=MONDAY)
    assert (view.taken, view.places_left, [v.first_name for v in view.volunteers]) == (2, 0, ["Suus", "Ahmed"])


def test_the_database_holds_each_place_once(centre):
    with centre.write() as session:
        shift = plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12),
                           volunteer_ids=[centre.suus], now=at(27, 9))
    with pytest.raises(IntegrityError), centre.write() as session:
        session.add(ShiftAssignment(shift_id=shift.id, member_id=centre.ahmed, seat_no=1))


def test_places_close_up_when_a_volunteer_leaves_and_places_go_down(centre):
    with centre.write() as session:
        shift = plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), places=3,
                           volunteer_ids=[centre.suus, centre.ahmed, centre.bep], now=at(27, 9))
        unassign_volunteer(session, shift_id=shift.id, member_id=centre.ahmed)
        changed = change_shift(session, shift_id=shift.id, places=2, note="Extra handen welkom")
        seats = sorted(session.get(ShiftAssignment, (shift.id, m)).seat_no for m in (centre.suus, centre.bep))
    assert (changed.places, changed.taken, changed.note, seats) == (2, 2, "Extra handen welkom", [1, 2])


@pytest.mark.parametrize(("start", "end", "places", "words"), [
    (at(30, 12), at(30, 9), 1, "ends after it starts"),
    (at(30, 6), at(30, 23), 1, "at most 16 hours"),
    (at(30, 9), at(30, 12), 0, "between 1 and 50 places"),
    (at(30, 9), at(30, 12), 51, "between 1 and 50 places"),
])
def test_bad_shifts_are_refused(centre, start, end, places, words):
    refused(centre, InvalidInput, words, lambda s: plan_shift(s, task_id=centre.coffee, starts_at=start, ends_at=end,
                                                              places=places, now=at(27, 9)))


def test_more_volunteers_than_places_and_visitors_are_refused(centre):
    refused(centre, InvalidInput, "More volunteers than places", lambda s: plan_shift(
        s, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), volunteer_ids=[centre.suus, centre.ahmed],
        now=at(27, 9)))
    refused(centre, NotAllowed, "for volunteers and cooks", lambda s: plan_shift(
        s, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), volunteer_ids=[centre.nel], now=at(27, 9)))
    refused(centre, NotAllowed, "Only a coordinator", lambda s: plan_shift(
        s, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), planned_by_id=centre.suus, now=at(27, 9)))


def test_a_volunteer_is_never_on_two_shifts_at_once(centre):
    with centre.write() as session:
        plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), volunteer_ids=[centre.suus],
                   now=at(27, 9))
        shop = plan_shift(session, task_id=centre.shop, starts_at=at(30, 11), ends_at=at(30, 14), now=at(27, 9))
    refused(centre, NotAllowed, "Suus is already on another shift",
            lambda s: sign_up_for_shift(s, shift_id=shop.id, member_id=centre.suus, now=at(28, 9)))


def test_next_shifts_and_open_shifts_for_a_volunteer_at_the_kiosk(centre):
    with centre.write() as session:
        mine = plan_shift(session, task_id=centre.coffee, starts_at=at(1, 9, month=12), ends_at=at(1, 12, month=12),
                          places=2, volunteer_ids=[centre.suus], now=at(27, 9))
        full = plan_shift(session, task_id=centre.shop, starts_at=at(2, 13, month=12), ends_at=at(2, 16, month=12),
                          volunteer_ids=[centre.ahmed], now=at(27, 9))
        clash = plan_shift(session, task_id=centre.cooking, starts_at=at(1, 11, month=12), ends_at=at(1, 14, month=12),
                           now=at(27, 9))
        free = plan_shift(session, task_id=centre.cooking, starts_at=at(3, 15, month=12), ends_at=at(3, 18, month=12),
                          places=3, now=at(27, 9))
        gone = plan_shift(session, task_id=centre.cooking, starts_at=at(4, 15, month=12), ends_at=at(4, 18, month=12),
                          now=at(27, 9))
        cancel_shift(session, shift_id=gone.id)
        past = plan_shift(session, task_id=centre.coffee, starts_at=at(29, 9), ends_at=at(29, 12), now=at(27, 9))
    with centre.read() as session:
        nexts = next_shifts(session, member_id=centre.suus, now=at(30, 10))
        opens = open_shifts(session, now=at(30, 10), member_id=centre.suus)
        anyone = open_shifts(session, now=at(30, 10))
    assert [s.id for s in nexts] == [mine.id] and nexts[0].volunteers == ()  # no names on the kiosk
    assert [s.id for s in opens] == [free.id]
    assert [s.id for s in anyone] == [mine.id, clash.id, free.id]
    assert full.id not in {s.id for s in anyone} and past.id not in {s.id for s in anyone}


def test_signing_up_or_leaving_after_the_start_is_refused(centre):
    with centre.write() as session:
        shift = plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9), ends_at=at(30, 12), places=2,
                           volunteer_ids=[centre.suus], now=at(27, 9))
    refused(centre, NotAllowed, "already started",
            lambda s: sign_up_for_shift(s, shift_id=shift.id, member_id=centre.ahmed, now=at(30, 9, 5)))
    refused(centre, NotAllowed, "already started",
            lambda s: leave_shift(s, shift_id=shift.id, member_id=centre.suus, now=at(30, 9, 5)))
    with centre.write() as session:
        left = leave_shift(session, shift_id=shift.id, member_id=centre.suus, now=at(29, 20))
    assert left.taken == 0 and not left.mine


def test_copy_week_plans_next_week_like_this_one(centre):
    with centre.write() as session:
        plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9, 30), ends_at=at(30, 12, 30), places=2,
                   volunteer_ids=[centre.suus], now=at(27, 9))
        plan_shift(session, task_id=centre.shop, starts_at=at(3, 13, month=12), ends_at=at(3, 16, month=12),
                   now=at(27, 9))
        added = copy_week(session, from_monday=MONDAY, to_monday=MONDAY.replace(month=12, day=7),
                          planned_by_id=centre.coordinator, now=at(27, 9))
        again = copy_week(session, from_monday=MONDAY, to_monday=MONDAY.replace(month=12, day=7), now=at(27, 9))
        copied = week_roster(session, monday=MONDAY.replace(month=12, day=7))
    assert (added, again) == (2, 0)
    assert [(s.task_name, s.starts_at, [v.first_name for v in s.volunteers]) for s in copied] == [
        ("Koffiehoek", at(7, 9, 30, month=12), ["Suus"]), ("Weggeefwinkel", at(10, 13, month=12), [])]

"""Fuzzing activities, sign-ups, check-ins, retention and the demo: any title, any
number of places, any day from year 1 to 9999 gives a correct result or a clear
domain error."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st
from sqlmodel import select

from tests.fuzz.helpers import (
    call,
    days,
    example,
    fits_columns,
    fuzz_settings,
    moments,
    numbers,
    rolled_back,
    texts,
    times,
)
from trefpuntje.core import activities, checkins, demo, retention, signups
from trefpuntje.core.checks import one_line
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Occurrence, Recurrence, SignUpStatus

MONDAY = date(2026, 11, 30)
NOW = datetime(2026, 11, 30, 8, tzinfo=UTC)


def _seed(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        nel = add_member(session, first_name="Nel").id
        ahmed = add_member(session, first_name="Ahmed", roles=("volunteer",)).id
        exercise = activities.create_activity(session, title="Beweegles", starts_on=MONDAY + timedelta(days=1),
                                              start_time=time(10), duration_minutes=60, capacity=2, leader_id=ahmed)
        coffee = activities.create_activity(session, title="Koffieochtend", starts_on=MONDAY, start_time=time(9, 30),
                                            duration_minutes=120, signup_required=False)
        views = activities.week(session, monday=MONDAY)
        signups.sign_up(session, member_id=nel, occurrence_id=views[-1].id if views[-1].capacity else views[0].id, now=NOW)
    occurrences = [v.id for v in views]
    return [nel, ahmed], [exercise.id, coffee.id], occurrences


def _ids(known: list[uuid.UUID]) -> st.SearchStrategy[uuid.UUID]:
    return st.one_of(st.sampled_from(known), st.uuids())


def test_planning_an_activity_with_anything_typed(database):
    people, _activities, _occurrences = _seed(database)

    @fuzz_settings(250)
    @given(title=texts(), starts_on=days(), start_time=times(), minutes=numbers(),
           recurrence=st.sampled_from(list(Recurrence)), pictogram=st.one_of(st.just("exercise"), texts(50)),
           location=texts(), leader=st.one_of(st.none(), _ids(people)), capacity=st.one_of(st.none(), numbers()),
           signup=st.booleans(), ends_on=st.one_of(st.none(), days()), today=st.one_of(st.none(), days()))
    def run(title, starts_on, start_time, minutes, recurrence, pictogram, location, leader, capacity, signup, ends_on,
            today):  # type: ignore[no-untyped-def]
        example("plan activity")
        with rolled_back(database) as session:
            activity = call(activities.create_activity, session, title=title, starts_on=starts_on, start_time=start_time,
                            duration_minutes=minutes, recurrence=recurrence, pictogram=pictogram, location=location,
                            leader_id=leader, capacity=capacity, signup_required=signup, ends_on=ends_on, today=today)
            if isinstance(activity, DomainError):
                return
            assert fits_columns(activity) and activity.title == one_line(title)
            # Its first week can be shown at the kiosk, with every place it has.
            views = call(activities.week, session, monday=activities.week_start(starts_on))
            if not isinstance(views, DomainError):
                mine = [v for v in views if v.activity_id == activity.id]
                assert len(mine) == 1 and mine[0].capacity == capacity
                assert mine[0].places_left == capacity

    run()


def test_editing_an_activity_and_its_places_with_anything(database):
    people, planned, occurrences = _seed(database)

    @fuzz_settings(200)
    @given(activity_id=_ids(planned), occurrence_id=_ids(occurrences), title=texts(), location=texts(),
           pictogram=texts(50), leader=st.one_of(st.none(), _ids(people)), capacity=st.one_of(st.none(), numbers()),
           signup=st.booleans(), now=moments())
    def run(activity_id, occurrence_id, title, location, pictogram, leader, capacity, signup, now):  # type: ignore[no-untyped-def]
        example("edit activity")
        with rolled_back(database) as session:
            call(activities.activity_edit, session, activity_id)
            changes = activities.ActivityEdit(title, pictogram, location, leader, capacity, signup)
            edited = call(activities.update_activity, session, activity_id=activity_id, now=now, changes=changes)
            if not isinstance(edited, DomainError):
                assert fits_columns(edited)
            call(activities.set_capacity, session, occurrence_id=occurrence_id, capacity=capacity, now=now)
            call(activities.cancel_occurrence, session, occurrence_id=occurrence_id, now=now)
            call(activities.get_occurrence, session, occurrence_id)
            call(activities.get_activity, session, activity_id)
            session.flush()
            for occurrence in session.exec(select(Occurrence)).all():
                confirmed = call(checkins.attendance, session, occurrence_id=occurrence.id)
                held = [row for row in confirmed if row.status == SignUpStatus.CONFIRMED.value]
                assert occurrence.capacity is None or len(held) <= occurrence.capacity

    run()


def test_any_week_and_any_period(database):
    _seed(database)

    @fuzz_settings(200)
    @given(text=st.one_of(texts(20), st.builds("{}-W{}".format, numbers(), numbers())), monday=days(), first=days(),
           last=days(), begin=moments(), end=moments(), at=times())
    def run(text, monday, first, last, begin, end, at):  # type: ignore[no-untyped-def]
        example("weeks")
        parsed = call(activities.parse_iso_week, text)
        if isinstance(parsed, date):
            assert parsed.weekday() == 0
        assert call(activities.week_start, monday).weekday() == 0
        call(activities.local_moment, monday, at)
        with rolled_back(database) as session:
            views = call(activities.week, session, monday=monday)
            if not isinstance(views, DomainError):
                assert all(v.starts_at.date() >= monday - timedelta(days=1) for v in views)
            if abs((last - first).days) > 62:  # a span of centuries is correct too, only slow: a session a week
                last = first
            call(activities.ensure_occurrences, session, first=first, last=last)
            call(activities.occurrences_between, session, begin=begin, end=end)
            call(activities.list_activities, session, active_only=False)

    run()


def test_signing_up_cancelling_and_checking_in_at_any_moment(database):
    people, _planned, occurrences = _seed(database)

    @fuzz_settings(250)
    @given(member_id=_ids(people), occurrence_id=st.one_of(st.none(), _ids(occurrences)), now=moments(),
           begin=moments(), end=moments())
    def run(member_id, occurrence_id, now, begin, end):  # type: ignore[no-untyped-def]
        example("sign up and check in")
        with rolled_back(database) as session:
            if occurrence_id is not None:
                result = call(signups.sign_up, session, member_id=member_id, occurrence_id=occurrence_id, now=now)
                if not isinstance(result, DomainError):
                    assert result.occurrence.id == occurrence_id
                call(signups.waiting_position, session, occurrence_id=occurrence_id, member_id=member_id)
                call(signups.cancel_sign_up, session, member_id=member_id, occurrence_id=occurrence_id, now=now)
                call(signups.promote_waiting, session, occurrence_id=occurrence_id, now=now)
                call(checkins.mark_no_shows, session, occurrence_id=occurrence_id, now=now)
                call(checkins.attendance, session, occurrence_id=occurrence_id)
            checked = call(checkins.check_in, session, member_id=member_id, now=now, occurrence_id=occurrence_id)
            if not isinstance(checked, DomainError) and checked.outcome == checkins.CheckInOutcome.CHECKED_IN:
                assert checked.occurrences[0].starts_at - checkins.EARLY <= now < checked.occurrences[0].ends_at
            call(checkins.happening_now, session, now=now)
            call(checkins.present_now, session, now=now)
            call(signups.sign_ups_of, session, member_id=member_id, begin=begin, end=end)

    run()


def test_retention_at_any_moment_with_any_period(database):
    _seed(database)

    @fuzz_settings(200)
    @given(now=moments(), months=st.one_of(st.none(), numbers()), before=moments())
    def run(now, months, before):  # type: ignore[no-untyped-def]
        example("retention")
        if months is not None:
            call(retention.months_before, now, months)
        with rolled_back(database) as session:
            summary = call(retention.run_retention, session, now=now)
            if not isinstance(summary, DomainError):
                assert summary.checkin_cutoff <= now
            call(retention.inactive_members, session, now=now, months=months)
            call(retention.anonymise_old_checkins, session, before=before)

    run()


def test_the_demo_on_any_day(database):
    @fuzz_settings(8)
    @given(today=days())
    def run(today):  # type: ignore[no-untyped-def]
        example("demo")
        with rolled_back(database) as session:
            result = call(demo.fill_demo, session, today=today, force=True)
            if not isinstance(result, DomainError):
                assert result.counts

    run()

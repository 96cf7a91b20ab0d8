"""Fuzzing volunteer hours and neighbour meals: any task, any span of time, any year,
any dish and number of portions gives a correct result or a clear domain error."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

from hypothesis import Phase, given
from hypothesis import strategies as st

from tests.fuzz.helpers import call, days, example, fuzz_settings, moments, numbers, rolled_back, texts, times
from trefpuntje.core import hours, hours_allowance, hours_reports, hours_roster, meals, meals_orders, meals_pickup
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
NO_SHRINKING = (Phase.explicit, Phase.reuse, Phase.generate)  # a failure is reported at once: shrinking takes minutes


def _seed(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        suus = add_member(session, first_name="Suus", roles=(Role.VOLUNTEER,)).id
        bep = add_member(session, first_name="Bep", roles=(Role.COOK,)).id
        ingrid = add_member(session, first_name="Ingrid", roles=(Role.COORDINATOR, Role.STAFF)).id
        task = hours_roster.add_task(session, name="Koffie schenken", pictogram="coffee").id
        meal = meals.offer_meal(session, cook_id=bep, dish="Erwtensoep", day=date(2026, 12, 2), pickup_from=time(17),
                                pickup_until=time(18), order_until=datetime(2026, 12, 1, 20), portions=6,
                                contribution_cents=350, allergens=("celery",), safety_confirmed=True, now=NOW).id
    return [suus, bep, ingrid], task, meal


def _ids(known: list[uuid.UUID]) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(known), st.uuids())


def test_volunteer_hours_with_any_task_span_and_year(database):
    people, task, _meal = _seed(database)

    @fuzz_settings(150, phases=NO_SHRINKING)
    @given(member=_ids(people), task_id=_ids([task]), name=texts(), pictogram=texts(45), now=moments(),
           started=moments(), minutes=st.one_of(st.none(), numbers()), note=texts(), year=numbers(),
           places=numbers(), monday=days())
    def run(member, task_id, name, pictogram, now, started, minutes, note, year, places, monday):  # type: ignore[no-untyped-def]
        example("hours")
        with rolled_back(database) as session:
            call(hours_roster.add_task, session, name=name, pictogram=pictogram)
            call(hours.clock_in, session, member_id=member, task_id=task_id, now=now)
            call(hours.clock_out, session, member_id=member, now=now)
            call(hours.add_manual_entry, session, member_id=member, task_id=task_id, started_at=started,
                 minutes=minutes if minutes is not None else None, ended_at=now if minutes is None else None,
                 note=note, now=now)
            call(hours_roster.plan_shift, session, task_id=task_id, starts_at=started, ends_at=now, places=places,
                 note=note, now=now)
            call(hours_roster.open_shifts, session, now=now, member_id=member)
            call(hours_roster.week_roster, session, monday=monday)
            call(hours_reports.hours_statement, session, member_id=member, year=year)
            call(hours_allowance.allowance_overview, session, year=year)
            call(hours_reports.hours_csv, session, year=year)
            call(hours.close_forgotten_clock_outs, session, now=now)

    run()


def test_meals_with_any_dish_portions_and_moment(database):
    people, _task, meal = _seed(database)

    @fuzz_settings(150, phases=NO_SHRINKING)
    @given(cook=_ids(people), dish=texts(), day=days(), start=times(), end=times(), cutoff=moments(),
           portions=numbers(), cents=numbers(), member=_ids(people), meal_id=st.one_of(_ids([meal]), texts(40)),
           now=moments(), year=numbers(), month=numbers())
    def run(cook, dish, day, start, end, cutoff, portions, cents, member, meal_id, now, year, month):  # type: ignore[no-untyped-def]
        example("meals")
        with rolled_back(database) as session:
            call(meals.offer_meal, session, cook_id=cook, dish=dish, day=day, pickup_from=start, pickup_until=end,
                 order_until=cutoff, portions=portions, contribution_cents=cents, allergens=(), no_allergens=True,
                 safety_confirmed=True, now=now)
            ordered = call(meals_orders.order_meal, session, meal_id=meal_id, member_id=member, portions=portions,
                           waiting_list_ok=True, now=now)
            if not isinstance(ordered, DomainError):
                assert ordered is not None
            call(meals.upcoming_meals, session, now=now)
            call(meals.meals_between, session, first_day=day, last_day=day)
            call(meals_pickup.orders_for_pickup, session, member_id=member, now=now)
            call(meals_pickup.record_not_collected, session, now=now)
            call(meals_pickup.cook_payouts, session, year=year, month=month)

    run()

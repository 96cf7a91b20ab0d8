"""Neighbour meals: offering, ordering, the cut-off, the waiting list, the last portion
with two terminals at once, the allergen warning, and who sees allergy data."""

from __future__ import annotations

import threading
from datetime import time, timedelta

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.meals import cancel_meal, meal_photo, meal_view, offer_meal, safety_checklist, upcoming_meals
from trefpuntje.core.meals_orders import (SoldOut, cancel_order, meal_profile, meals_for_member, order_meal,
                                          set_meal_profile)
from trefpuntje.core.meals_words import AllergenWarning
from trefpuntje.core.models import Meal, MealOrder
from trefpuntje.core.settings import set_setting
from trefpuntje.db.engine import Database

from tests.core.meals_fixtures import CUTOFF, DAY, MORNING, OFFERED, kitchen, offer_args, order  # noqa: F401

PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 64


def _mine(session, member_id, now):
    """The meals as the scanned member sees them."""
    return meals_for_member(session, member_id=member_id, asking_id=member_id, now=now)


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_a_cook_publishes_an_offer_that_everyone_sees_without_personal_data(kitchen):
    database, people, meal = kitchen
    assert (meal.dish, meal.day, meal.portions, meal.portions_left, meal.contribution_cents) == (
        "Stamppot boerenkool", DAY, 4, 4, 350)
    assert meal.allergens == ("milk", "mustard") and meal.cook_name == "Bep"
    assert f"{meal.pickup_start:%H:%M}" == "16:00"  # 17:00 in Nijmegen is 16:00 UTC in winter
    with database.write() as session:
        free = offer_meal(session, **offer_args(people["Fatima"], dish="Linzensoep", allergens=None, no_allergens=True,
                                                diet_labels=("vegan", "halal"), contribution_cents=0, photo=PNG))
        assert meal_photo(session, meal_id=free.id) == ("image/png", PNG)
        shown = upcoming_meals(session, now=MORNING)
    assert [m.dish for m in shown] == ["Linzensoep", "Stamppot boerenkool"]
    assert (free.allergens, free.diet_labels, free.has_photo) == ((), ("vegan", "halal"), True)


def test_the_checklist_is_a_setting_and_the_offer_keeps_the_text_the_cook_confirmed(kitchen):
    database, people, _ = kitchen
    with database.write() as session:
        assert len(safety_checklist(session, language="en")) >= 4
        set_setting(session, key="meal_safety_checklist", value="Handen gewassen; Koelkast onder 7 graden")
        assert safety_checklist(session, language="nl") == ["Handen gewassen", "Koelkast onder 7 graden"]
        meal = offer_meal(session, **offer_args(people["Bep"]))
        assert session.get(Meal, meal.id).safety_checklist == "Handen gewassen; Koelkast onder 7 graden"


@pytest.mark.parametrize("changes, error, words", [
    (dict(portions=0), InvalidInput, "at least 1 portion"),
    (dict(portions=-3), InvalidInput, "at least 1 portion"),
    (dict(pickup_from=time(18, 30), pickup_until=time(17)), InvalidInput, "ends before it starts"),
    (dict(pickup_from=time(17), pickup_until=time(17)), InvalidInput, "ends before it starts"),
    (dict(order_until=CUTOFF.replace(hour=17)), InvalidInput, "before the pick-up starts"),  # 18:00 local
    (dict(allergens=None), InvalidInput, 'or tick "none"'),
    (dict(allergens=()), InvalidInput, 'or tick "none"'),
    (dict(allergens=("milk",), no_allergens=True), InvalidInput, 'ticked "none" and also'),
    (dict(allergens=("chocolate",)), InvalidInput, "Unknown allergen chocolate"),
    (dict(diet_labels=("vegan",)), InvalidInput, "labelled Vegan cannot contain Milk"),
    (dict(safety_confirmed=False), NotAllowed, "food-safety checklist"),
    (dict(contribution_cents=-1), InvalidInput, "contribution"),
    (dict(dish="   "), InvalidInput, "name"),
    (dict(order_until=OFFERED - timedelta(minutes=1)), InvalidInput, "already passed"),
    (dict(photo=b"GIF89a"), InvalidInput, "JPEG or PNG"),
])
def test_a_bad_offer_is_refused_in_words_and_nothing_is_saved(kitchen, changes, error, words):
    database, people, _ = kitchen
    with pytest.raises(error, match=words), database.write() as session:
        offer_meal(session, **offer_args(people["Bep"], **changes))
    assert _count(database, Meal) == 1  # only the fixture's


def test_only_a_cook_offers_meals(kitchen):
    database, people, _ = kitchen
    with pytest.raises(NotAllowed, match="cook role"), database.write() as session:
        offer_meal(session, **offer_args(people["Nel"]))


def test_the_database_refuses_a_published_offer_without_allergen_declaration_or_with_negative_portions(kitchen):
    database, people, meal = kitchen
    with pytest.raises(IntegrityError), database.write() as session:
        session.get(Meal, meal.id).allergens = None
    with pytest.raises(IntegrityError), database.write() as session:
        session.get(Meal, meal.id).portions_left = -1
    with pytest.raises(IntegrityError), database.write() as session:
        session.get(Meal, meal.id).order_until = meal.pickup_start + timedelta(minutes=1)


def test_ordering_takes_portions_within_the_per_member_limit(kitchen):
    database, people, meal = kitchen
    result = order(database, meal.id, people["Nel"], 2)
    assert (result.status, result.portions_left) == ("ordered", 2)
    with pytest.raises(InvalidInput, match="at most 2 portions"):
        order(database, meal.id, people["Suus"], 3)
    with pytest.raises(InvalidInput, match="at least 1 portion"):
        order(database, meal.id, people["Suus"], 0)
    with pytest.raises(InvalidInput, match="already ordered this meal"):
        order(database, meal.id, people["Nel"], 1)
    with database.read() as session:
        assert meal_view(session, meal.id).portions_left == 2


def test_an_order_after_the_cut_off_is_refused_and_changes_nothing(kitchen):
    database, people, meal = kitchen
    with pytest.raises(NotAllowed, match="closed at 12:00"):
        order(database, meal.id, people["Nel"], now=CUTOFF)
    assert order(database, meal.id, people["Nel"], now=CUTOFF - timedelta(seconds=1)).status == "ordered"
    assert _count(database, MealOrder) == 1
    with database.read() as session:
        assert meal_view(session, meal.id).portions_left == 3
        mine = _mine(session, people["Nel"], CUTOFF)
    assert mine[0].order is not None and not mine[0].order.can_cancel


def test_sold_out_offers_the_waiting_list_and_a_cancellation_moves_it_up(kitchen):
    database, people, meal = kitchen
    order(database, meal.id, people["Nel"], 2)
    order(database, meal.id, people["Suus"], 2)
    with pytest.raises(SoldOut, match="sold out"):
        order(database, meal.id, people["Ahmed"])
    ahmed = order(database, meal.id, people["Ahmed"], 2, waiting_list_ok=True, now=MORNING + timedelta(minutes=1))
    riet = order(database, meal.id, people["Riet"], 1, waiting_list_ok=True, now=MORNING + timedelta(minutes=2))
    assert (ahmed.status, ahmed.waiting_position, riet.waiting_position) == ("waiting", 1, 2)
    with database.read() as session:
        nel_order = _mine(session, people["Nel"], MORNING)[0].order
    with database.write() as session:
        cancelled = cancel_order(session, order_id=nel_order.id, member_id=people["Nel"], now=MORNING)
    assert cancelled.promoted == (people["Ahmed"],) and cancelled.portions_left == 0
    with database.read() as session:
        riet_sees = _mine(session, people["Riet"], MORNING)[0].order
        assert (riet_sees.status, riet_sees.waiting_position) == ("waiting", 1)
        assert meal_view(session, meal.id).waiting == 1


def test_when_more_is_wanted_than_is_free_a_smaller_order_behind_moves_up(kitchen):
    database, people, meal = kitchen
    order(database, meal.id, people["Nel"], 1)
    order(database, meal.id, people["Suus"], 2)
    order(database, meal.id, people["Riet"], 1)
    order(database, meal.id, people["Ahmed"], 2, waiting_list_ok=True)  # only one portion would come free
    order(database, meal.id, people["Henk"], 1, waiting_list_ok=True, now=MORNING + timedelta(minutes=1))
    with pytest.raises(SoldOut, match="sold out"):
        order(database, meal.id, people["Ruud"], 1)
    with database.read() as session:
        nel = _mine(session, people["Nel"], MORNING)[0].order
    with database.write() as session:
        cancelled = cancel_order(session, order_id=nel.id, member_id=people["Nel"], now=MORNING)
    assert cancelled.promoted == (people["Henk"],)


def test_cancelling_is_for_the_member_and_only_before_the_cut_off(kitchen):
    database, people, meal = kitchen
    mine = order(database, meal.id, people["Nel"], 2)
    with pytest.raises(Exception, match="no such order"), database.write() as session:
        cancel_order(session, order_id=mine.order_id, member_id=people["Suus"], now=MORNING)
    with pytest.raises(NotAllowed, match="can no longer be cancelled"), database.write() as session:
        cancel_order(session, order_id=mine.order_id, member_id=people["Nel"], now=CUTOFF)
    with database.read() as session:
        assert meal_view(session, meal.id).portions_left == 2


def test_two_terminals_ordering_the_last_portion_at_once_never_oversell(kitchen):
    database, people, meal = kitchen
    order(database, meal.id, people["Nel"], 2)
    order(database, meal.id, people["Suus"], 1)  # one portion left
    barrier, results, errors = threading.Barrier(3), [], []

    def take(member_id):
        own = Database(database.url)  # a terminal of its own
        barrier.wait()
        try:
            with own.write() as session:
                results.append(order_meal(session, meal_id=meal.id, member_id=member_id, now=MORNING).status)
        except SoldOut:
            results.append("sold out")
        except Exception as error:  # pragma: no cover - shows in the assertion
            errors.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=take, args=(people[n],)) for n in ("Ahmed", "Riet", "Henk")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert sorted(results) == ["ordered", "sold out", "sold out"]
    with database.read() as session:
        assert meal_view(session, meal.id).portions_left == 0
        held = session.exec(select(func.sum(MealOrder.portions)).where(MealOrder.status == "ordered")).one()
    assert held == 4


def test_a_dish_with_one_of_my_allergens_warns_and_needs_a_confirmation(kitchen):
    database, people, meal = kitchen
    with database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"], allergens=["milk", "peanuts"],
                         diets=["vegetarian"], now=OFFERED)
    with database.read() as session:
        shown = _mine(session, people["Nel"], MORNING)[0]
    assert (shown.allergen_warnings, shown.diet_warnings) == (("milk",), ("vegetarian",))
    with pytest.raises(AllergenWarning) as warning:
        order(database, meal.id, people["Nel"])
    assert warning.value.allergens == ("milk",)
    assert "contains Milk (and lactose)" in warning.value.translated("en")
    assert _count(database, MealOrder) == 0
    confirmed = order(database, meal.id, people["Nel"], confirmed_allergens=True)
    assert confirmed.status == "ordered"
    with database.read() as session:
        kept = session.get(MealOrder, confirmed.order_id)
    assert (kept.allergies, kept.allergens_confirmed) == ("peanuts,milk", True)  # in the order of the EU list
    assert order(database, meal.id, people["Suus"]).status == "ordered"  # no profile, no warning


def test_allergy_and_diet_data_are_only_for_the_member_themselves(kitchen):
    database, people, _ = kitchen
    with database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"], allergens=["nuts"], now=OFFERED)
    with database.read() as session:
        assert meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"]).allergens == ("nuts",)
        for someone in ("Suus", "Ruud", "Bep"):
            with pytest.raises(NotAllowed, match="Only the neighbour themselves"):
                meal_profile(session, member_id=people["Nel"], asking_id=people[someone])
            with pytest.raises(NotAllowed, match="Only the neighbour themselves"):
                meals_for_member(session, member_id=people["Nel"], asking_id=people[someone], now=MORNING)
    with pytest.raises(NotAllowed), database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Ruud"], allergens=[], now=OFFERED)


def test_calling_off_a_meal_cancels_its_orders(kitchen):
    database, people, meal = kitchen
    order(database, meal.id, people["Nel"], 2)
    with pytest.raises(NotAllowed, match="Only the cook or staff"), database.write() as session:
        cancel_meal(session, meal_id=meal.id, asking_id=people["Suus"], now=MORNING)
    with database.write() as session:
        assert cancel_meal(session, meal_id=meal.id, asking_id=people["Bep"], now=MORNING) == 1
    with database.read() as session:
        nel = _mine(session, people["Nel"], MORNING)
        assert [(m.meal.cancelled, m.order.status) for m in nel] == [(True, "cancelled")]
        assert _mine(session, people["Suus"], MORNING) == []
    with pytest.raises(NotAllowed, match="called off"):
        order(database, meal.id, people["Suus"])

"""A small kitchen for the meal tests: a cook, neighbours, staff, and one offer."""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import Any

import pytest

from trefpuntje.core.activities import local_moment
from trefpuntje.core.meals import MealView, offer_meal
from trefpuntje.core.meals_orders import OrderResult, order_meal
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.db.engine import Database

DAY = date(2026, 12, 2)  # a Wednesday
OFFERED = local_moment(DAY - timedelta(days=2), time(10))
MORNING = local_moment(DAY, time(9))
CUTOFF = local_moment(DAY, time(12))
PICKUP = local_moment(DAY, time(17, 30))
AFTER_PICKUP = local_moment(DAY, time(18, 31))

PEOPLE: dict[str, tuple[Role, ...]] = {
    "Bep": (Role.VISITOR, Role.COOK),
    "Fatima": (Role.VISITOR, Role.COOK),
    "Nel": (Role.VISITOR,),
    "Suus": (Role.VISITOR,),
    "Ahmed": (Role.VISITOR,),
    "Riet": (Role.VISITOR,),
    "Henk": (Role.VOLUNTEER,),
    "Ruud": (Role.STAFF,),
}


def offer_args(cook_id: Any, **changes: Any) -> dict[str, Any]:
    args: dict[str, Any] = dict(
        cook_id=cook_id, dish="Stamppot boerenkool", description="Met rookworst", day=DAY, pickup_from=time(17),
        pickup_until=time(18, 30), order_until=CUTOFF, portions=4, contribution_cents=350,
        allergens=("milk", "mustard"), diet_labels=(), safety_confirmed=True, max_per_member=2, now=OFFERED)
    args.update(changes)
    return args


@pytest.fixture
def kitchen(database: Database) -> tuple[Database, dict[str, Any], MealView]:
    """The people, and Bep's stamppot: 4 portions at EUR 3.50, at most 2 each, with milk and mustard."""
    with database.write() as session:
        people = {name: add_member(session, first_name=name, roles=roles).id for name, roles in PEOPLE.items()}
        meal = offer_meal(session, **offer_args(people["Bep"]))
    return database, people, meal


def order(database: Database, meal_id: Any, member_id: Any, portions: int = 1, **options: Any) -> OrderResult:
    options.setdefault("now", MORNING)
    with database.write() as session:
        return order_meal(session, meal_id=meal_id, member_id=member_id, portions=portions, **options)

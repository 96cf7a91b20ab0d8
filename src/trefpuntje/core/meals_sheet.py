"""The cook's sheet of a meal, and the privacy of diet data: who sees it, its purge
after the meal, and a member's export and erasure.

Diet and allergy data are special-category personal data (AVG/GDPR art. 9). Only the
member (``core/meals_orders.py``: their profile and warnings) and the cook of that
meal (``cook_sheet``) see them; nobody else, staff included. The copy an order keeps
for the cook is purged ``meal_diet_retention_days`` (default 30) after the meal, by
``purge_meal_diet_data`` from the daily retention run (``core/retention.py``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, delete, select, update

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals import MealView, cancel_meal, get_meal, meal_view, split_codes
from trefpuntje.core.meals_orders import cancel_order
from trefpuntje.core.models import Member
from trefpuntje.core.models.meals import (HOLDS_PORTIONS, LIVE_ORDER, Meal, MealOrder, MealProfile, MealStatus,
                                          OrderStatus)
from trefpuntje.core.settings import get_int
from trefpuntje.db.types import utcnow

RETENTION_DAYS = "meal_diet_retention_days"


@dataclass(frozen=True)
class Diner:
    first_name: str
    portions: int
    status: OrderStatus  # ordered, collected or not_collected
    allergies_in_dish: tuple[str, ...]  # in the dish: they were warned and confirmed (see ``confirmed``)
    other_allergies: tuple[str, ...]  # not in the dish: keep their portion apart
    confirmed: bool  # ordered despite the warning; False when the allergy came into their profile later


@dataclass(frozen=True)
class CookSheet:
    meal: MealView
    ordered: int  # portions ordered (collected or not)
    left: int
    collected: int
    waiting: int  # waiting-list places
    diners: tuple[Diner, ...]  # by first name
    expected_cents: int  # the contributions of the ordered portions
    safety_checklist: tuple[str, ...]  # as the cook confirmed it
    safety_confirmed_at: datetime | None
    allergies_purged: bool  # the meal is long enough ago that the diners' allergies are gone


def _retention(session: Session) -> timedelta:
    return timedelta(days=get_int(session, RETENTION_DAYS))


def cook_sheet(session: Session, *, meal_id: uuid.UUID | str, asking_id: uuid.UUID,
               now: datetime | None = None) -> CookSheet:
    """Everything the cook needs for one meal, the diners' allergies included: for the
    cook of that meal only."""
    now = now or utcnow()
    meal = get_meal(session, meal_id)
    if asking_id != meal.cook_id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only the cook of this meal can see who ordered it and their "
                                                     "allergies."))
    rows = session.exec(select(MealOrder, Member.first_name).join(Member, col(Member.id) == MealOrder.member_id)
                        .where(MealOrder.meal_id == meal.id, col(MealOrder.status).in_(HOLDS_PORTIONS))
                        .order_by(col(Member.first_name), col(MealOrder.created_at))).all()
    in_dish = set(split_codes(meal.allergens))
    diners = []
    for order, first_name in rows:
        allergies = split_codes(order.allergies)
        diners.append(Diner(first_name, order.portions, OrderStatus(order.status),
                            tuple(a for a in allergies if a in in_dish),
                            tuple(a for a in allergies if a not in in_dish), bool(order.allergens_confirmed)))
    view = meal_view(session, meal.id)
    ordered = sum(d.portions for d in diners)
    checklist = tuple(item.strip() for item in (meal.safety_checklist or "").split(";") if item.strip())
    return CookSheet(view, ordered, meal.portions_left,
                     sum(d.portions for d in diners if d.status == OrderStatus.COLLECTED), view.waiting, tuple(diners),
                     ordered * meal.contribution_cents, checklist, meal.safety_confirmed_at,
                     meal.pickup_end + _retention(session) <= now)


def purge_meal_diet_data(session: Session, *, now: datetime) -> int:
    """Remove the diners' allergy data from orders of meals that ended more than
    ``meal_diet_retention_days`` ago; returns how many orders lost it. The orders
    themselves stay (portions, payment: the cook's payout and the till need them)."""
    over = select(Meal.id).where(Meal.pickup_end < now - _retention(session))
    result = session.exec(update(MealOrder).where(  # type: ignore[call-overload]
        col(MealOrder.meal_id).in_(over),
        col(MealOrder.allergies).is_not(None) | col(MealOrder.allergens_confirmed).is_not(None))
        .values(allergies=None, allergens_confirmed=None).execution_options(synchronize_session=False))
    session.expire_all()
    return int(result.rowcount)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(LOCAL).isoformat() if moment is not None else None


def export_meal_data(session: Session, *, member_id: uuid.UUID) -> dict[str, Any]:
    """A member's meal data for their export (AVG/GDPR): their profile, their orders
    (with the allergies kept on them), and the meals they offered as a cook."""
    profile = session.get(MealProfile, member_id)
    orders = session.exec(select(MealOrder, Meal).join(Meal, col(Meal.id) == MealOrder.meal_id)
                          .where(MealOrder.member_id == member_id).order_by(col(Meal.pickup_start))).all()
    offered = session.exec(select(Meal).where(Meal.cook_id == member_id).order_by(col(Meal.pickup_start))).all()
    return {
        "profile": None if profile is None else {
            "allergens": list(split_codes(profile.allergens)), "diets": list(split_codes(profile.diets)),
            "updated_at": _iso(profile.updated_at)},
        "orders": [{"dish": meal.dish, "pickup_start": _iso(meal.pickup_start), "portions": order.portions,
                    "status": order.status, "ordered_at": _iso(order.created_at),
                    "allergies_kept_for_the_cook": list(split_codes(order.allergies)),
                    "allergens_confirmed": order.allergens_confirmed, "paid_cents": order.paid_cents,
                    "payment": order.payment} for order, meal in orders],
        "meals_offered": [{"dish": meal.dish, "pickup_start": _iso(meal.pickup_start), "portions": meal.portions,
                           "contribution_cents": meal.contribution_cents, "status": meal.status} for meal in offered],
    }


def erase_meal_data(session: Session, *, member_id: uuid.UUID, now: datetime) -> None:
    """For ``erase_member``: the profile goes, every allergy copy on their orders goes,
    orders still open are cancelled (portions to the waiting list while ordering is
    open) and meals they were still to cook are called off."""
    session.exec(delete(MealProfile).where(col(MealProfile.member_id) == member_id))  # type: ignore[call-overload]
    live = session.exec(select(MealOrder, Meal).join(Meal, col(Meal.id) == MealOrder.meal_id)
                        .where(MealOrder.member_id == member_id, col(MealOrder.status).in_(LIVE_ORDER))).all()
    for order, meal in live:
        if now < meal.order_until:  # after the cut-off the cook counts on it: it stays, without the allergies
            cancel_order(session, order_id=order.id, member_id=member_id, now=now)
    session.exec(update(MealOrder).where(col(MealOrder.member_id) == member_id)  # type: ignore[call-overload]
                 .values(allergies=None, allergens_confirmed=None).execution_options(synchronize_session=False))
    coming = session.exec(select(Meal.id).where(Meal.cook_id == member_id, Meal.status == MealStatus.PUBLISHED.value,
                                                Meal.pickup_end > now)).all()
    for meal_id in coming:
        cancel_meal(session, meal_id=meal_id, asking_id=member_id, now=now)
    session.expire_all()

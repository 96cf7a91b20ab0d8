"""Neighbour meals: a cook offers portions of a dish, neighbours order them before a
cut-off and pick them up at 't Trefpuntje in a time window.

This module holds the offers: publishing one (the allergens declared and the
food-safety checklist confirmed, or it is refused), cancelling it, and what anyone may
see of it (``MealView``: no personal data but the cook's first name). Ordering, the
waiting list and allergy profiles are in ``core/meals_orders.py``; pick-up, the
cook's sheet, payouts and the purge in ``core/meals_pickup.py``.

Every function is one step of the caller's write transaction (``Database.write()``)
and checks everything before it writes, so nothing half-done is saved.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, func, select

from trefpuntje.core.checks import whole, within_calendar
from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.audit import record, record_staff
from trefpuntje.core.cash import AmountRefused, Cents
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals_words import Allergens, Diets, MealRefused, checklist_items
from trefpuntje.core.members import get_member, roles_of
from trefpuntje.core.models import Member, Role
from trefpuntje.core.models.meals import (ALLERGENS, DIET_LABELS, LIVE_ORDER, MAX_PHOTO_BYTES, Meal, MealOrder,
                                          MealPhoto, MealStatus, OrderStatus)
from trefpuntje.core.permissions import require
from trefpuntje.core.settings import get_int, get_setting
from trefpuntje.db.types import utcnow

DISH_MAX = 80
DESCRIPTION_MAX = 500
MAX_PORTIONS = 100
MAX_CONTRIBUTION_CENTS = 2500  # EUR 25 a portion: more is a typing slip at a neighbour meal
# Diet labels a dish cannot carry with these allergens in it.
CONTRADICTIONS: dict[str, frozenset[str]] = {
    "vegan": frozenset({"eggs", "milk", "fish", "crustaceans", "molluscs"}),
    "vegetarian": frozenset({"fish", "crustaceans", "molluscs"}),
    "gluten_free": frozenset({"gluten"}),
}


@dataclass(frozen=True)
class MealView:
    """What anyone may see of an offer: no personal data but the cook's first name."""

    id: uuid.UUID
    cook_id: uuid.UUID
    cook_name: str
    dish: str
    description: str
    day: date  # in Nijmegen
    pickup_start: datetime
    pickup_end: datetime
    order_until: datetime
    portions: int
    portions_left: int
    max_per_member: int
    contribution_cents: int
    diet_labels: tuple[str, ...]
    allergens: tuple[str, ...]  # empty: the cook declared "none"
    has_photo: bool
    status: str
    waiting: int  # orders on the waiting list

    @property
    def sold_out(self) -> bool:
        return self.portions_left == 0

    @property
    def cancelled(self) -> bool:
        return self.status == MealStatus.CANCELLED.value

    def open_for_orders(self, now: datetime) -> bool:
        return not self.cancelled and now < self.order_until


def split_codes(text: str | None) -> tuple[str, ...]:
    return tuple(code for code in (text or "").split(",") if code)


def parse_codes(values: Iterable[str], known: tuple[str, ...], message: str) -> tuple[str, ...]:
    """Known codes in their canonical order; an unknown one raises ``message`` with {code}."""
    given = {str(v).strip().lower() for v in values if str(v).strip()}
    for code in sorted(given - set(known)):
        raise InvalidInput(message, code=code, known=", ".join(known))
    return tuple(code for code in known if code in given)


def parse_meal_id(value: uuid.UUID | str) -> uuid.UUID:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{id} is not a meal id."), id=value) from None


def get_meal(session: Session, meal_id: uuid.UUID | str, *, lock: bool = False) -> Meal:
    key = parse_meal_id(meal_id)
    meal = session.get(Meal, key, with_for_update=lock)
    if meal is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No meal with id {id}."), id=meal_id)
    return meal


def local_day(moment: datetime) -> date:
    return moment.astimezone(LOCAL).date()


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC moments a day in Nijmegen begins and ends."""
    return local_moment(day, time(0)), local_moment(day + timedelta(days=1), time(0))


def _views(session: Session, meals: list[Meal]) -> list[MealView]:
    if not meals:
        return []
    ids = [m.id for m in meals]
    cooks = dict(session.exec(select(Member.id, Member.first_name)
                              .where(col(Member.id).in_({m.cook_id for m in meals}))).all())
    waiting = dict(session.exec(select(MealOrder.meal_id, func.count()).where(  # type: ignore[call-overload]
        col(MealOrder.meal_id).in_(ids), MealOrder.status == OrderStatus.WAITING.value)
        .group_by(MealOrder.meal_id)).all())
    photos = set(session.exec(select(MealPhoto.meal_id).where(col(MealPhoto.meal_id).in_(ids))).all())
    return [MealView(m.id, m.cook_id, cooks.get(m.cook_id, ""), m.dish, m.description, local_day(m.pickup_start),
                     m.pickup_start, m.pickup_end, m.order_until, m.portions, m.portions_left, m.max_per_member,
                     m.contribution_cents, split_codes(m.diet_labels), split_codes(m.allergens), m.id in photos,
                     m.status, waiting.get(m.id, 0)) for m in meals]


def meal_view(session: Session, meal_id: uuid.UUID | str) -> MealView:
    return _views(session, [get_meal(session, meal_id)])[0]


@within_calendar("now")
def upcoming_meals(session: Session, *, now: datetime, include_cancelled: bool = False) -> list[MealView]:
    """Offers whose pick-up has not ended yet, soonest first: what the kiosk shows."""
    query = select(Meal).where(Meal.pickup_end > now)
    if not include_cancelled:
        query = query.where(Meal.status == MealStatus.PUBLISHED.value)
    return _views(session, list(session.exec(query.order_by(col(Meal.pickup_start), col(Meal.dish))).all()))


@within_calendar("first_day", "last_day")
def meals_between(session: Session, *, first_day: date, last_day: date, cook_id: uuid.UUID | None = None,
                  include_cancelled: bool = True) -> list[MealView]:
    """Offers picked up from ``first_day`` to ``last_day`` (days in Nijmegen), in order."""
    begin, end = day_bounds(first_day)[0], day_bounds(last_day)[1]
    query = select(Meal).where(Meal.pickup_start >= begin, Meal.pickup_start < end)
    if cook_id is not None:
        query = query.where(Meal.cook_id == cook_id)
    if not include_cancelled:
        query = query.where(Meal.status == MealStatus.PUBLISHED.value)
    return _views(session, list(session.exec(query.order_by(col(Meal.pickup_start), col(Meal.dish))).all()))


def safety_checklist(session: Session, *, language: str) -> list[str]:
    """The food-safety checklist a cook confirms with every offer (the setting
    ``meal_safety_checklist``; the default in the cook's language)."""
    return checklist_items(get_setting(session, "meal_safety_checklist"), language)


def meal_photo(session: Session, *, meal_id: uuid.UUID | str) -> tuple[str, bytes] | None:
    """(content type, bytes) of an offer's photo, or None."""
    photo = session.get(MealPhoto, parse_meal_id(meal_id))
    return (photo.content_type, photo.data) if photo is not None else None


def photo_type(data: bytes) -> str:
    """The content type of a photo the UI hands over (already scaled down), or a message."""
    if not data:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The photo is empty. Take it again, or leave it out."))
    if len(data) > MAX_PHOTO_BYTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The photo is too large (at most {limit} kB)."),
                           limit=MAX_PHOTO_BYTES // 1024)
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A photo is a JPEG or PNG picture."))



def _as_moment(value: datetime) -> datetime:
    """An aware moment; a naive one is wall-clock time in Nijmegen."""
    try:
        return (value.replace(tzinfo=LOCAL) if value.tzinfo is None else value).astimezone(UTC)
    except OverflowError:  # the year 1 or 9999: a slip, and "before the pick-up" cannot hold
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "Ordering must close before the pick-up starts. Choose an earlier ordering deadline.")) from None


def _one_line(text: str) -> str:
    """Runs of white space as one space; control characters nobody means to type dropped."""
    return " ".join("".join(c for c in text if c.isprintable() or c.isspace()).split())


def _check_offer(*, dish: str, description: str, portions: int, contribution_cents: int, start: datetime,
                 end: datetime, cutoff: datetime, now: datetime) -> tuple[str, str]:
    dish, description = _one_line(dish), _one_line(description)
    if not dish:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give the dish a name."))
    if len(dish) > DISH_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A dish name is at most {limit} characters."), limit=DISH_MAX)
    if len(description) > DESCRIPTION_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A description is at most {limit} characters."),
                           limit=DESCRIPTION_MAX)
    if not whole(portions) or portions < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Offer at least 1 portion."))
    if portions > MAX_PORTIONS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "At most {limit} portions can be offered at once."),
                           limit=MAX_PORTIONS)
    if not whole(contribution_cents) or not 0 <= contribution_cents <= MAX_CONTRIBUTION_CENTS:
        raise AmountRefused(QT_TRANSLATE_NOOP("errors", "A contribution is at least 0 and at most {limit} a portion."),
                            limit=Cents(MAX_CONTRIBUTION_CENTS))
    if end <= start:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The pick-up time ends before it starts. Check the times."))
    if cutoff > start:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "Ordering must close before the pick-up starts. Choose an earlier ordering deadline."))
    if cutoff <= now:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The ordering deadline has already passed. Choose a later one."))
    return dish, description


def _check_allergens(allergens: Iterable[str] | None, no_allergens: bool, diets: tuple[str, ...]) -> tuple[str, ...]:
    ticked = parse_codes(allergens or (), ALLERGENS, QT_TRANSLATE_NOOP(
        "errors", "Unknown allergen {code}. The allergens are: {known}."))
    if not ticked and not no_allergens:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "Tick the allergens in the dish, or tick \"none\". A meal cannot be offered without."))
    if ticked and no_allergens:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "You ticked \"none\" and also allergens. Tick only the allergens in the dish, or only \"none\"."))
    for diet in diets:
        clash = tuple(code for code in ticked if code in CONTRADICTIONS.get(diet, frozenset()))
        if clash:
            raise MealRefused(QT_TRANSLATE_NOOP("errors", "A dish labelled {diet} cannot contain {allergens}."),
                              diet=Diets((diet,)), allergens=Allergens(clash))
    return ticked


@within_calendar("day", "order_until", "now")
def offer_meal(session: Session, *, cook_id: uuid.UUID, dish: str, day: date, pickup_from: time, pickup_until: time,
               order_until: datetime, portions: int, contribution_cents: int, allergens: Iterable[str] | None,
               safety_confirmed: bool, no_allergens: bool = False, diet_labels: Iterable[str] = (),
               description: str = "", max_per_member: int | None = None, photo: bytes | None = None,
               now: datetime | None = None, done_by_id: uuid.UUID | None = None) -> MealView:
    """Publish a cook's offer. ``pickup_from``/``pickup_until`` are wall-clock times in
    Nijmegen on ``day``; ``order_until`` is the cut-off (naive: Nijmegen time).

    The cook declares the allergens: the codes of ``ALLERGENS`` present, or
    ``no_allergens=True`` for none; without a declaration the offer is refused. So is
    an offer whose food-safety checklist (``safety_checklist``) is not confirmed.
    ``max_per_member`` defaults to the setting ``meal_max_portions_per_member``.
    ``photo``: a JPEG or PNG the UI already scaled down (at most 512 kB).
    ``done_by_id``: the staff member entering the offer (``meals.offer``; audit log).
    """
    now = now or utcnow()
    if done_by_id is not None:
        require(session, done_by_id, "meals.offer")
    cook = get_member(session, cook_id)
    if Role.COOK.value not in roles_of(session, cook.id):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only a neighbour with the cook role can offer a meal."))
    start, end = local_moment(day, pickup_from), local_moment(day, pickup_until)
    cutoff = _as_moment(order_until)
    dish, description = _check_offer(dish=dish, description=description, portions=portions,
                                     contribution_cents=contribution_cents, start=start, end=end, cutoff=cutoff,
                                     now=now)
    diets = parse_codes(diet_labels, DIET_LABELS, QT_TRANSLATE_NOOP(
        "errors", "Unknown diet label {code}. The labels are: {known}."))
    ticked = _check_allergens(allergens, no_allergens, diets)
    limit = get_int(session, "meal_max_portions_per_member") if max_per_member is None else max_per_member
    if not whole(limit) or limit < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Each neighbour may order at least 1 portion."))
    limit = min(limit, portions)
    content_type = photo_type(photo) if photo is not None else None
    if safety_confirmed is not True:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Confirm the food-safety checklist first."))
    meal = Meal(cook_id=cook.id, dish=dish, description=description, pickup_start=start, pickup_end=end,
                order_until=cutoff, portions=portions, portions_left=portions, max_per_member=limit,
                contribution_cents=contribution_cents, diet_labels=",".join(diets), allergens=",".join(ticked),
                safety_checklist=get_setting(session, "meal_safety_checklist"), safety_confirmed_at=now,
                status=MealStatus.PUBLISHED.value, created_at=now)
    session.add(meal)
    session.flush()
    if photo is not None and content_type is not None:
        session.add(MealPhoto(meal_id=meal.id, content_type=content_type, data=photo))
        session.flush()
    record_staff(session, actor_id=done_by_id, action="meal.offer", subject=meal.id,
                 details={"cook": cook.id, "portions": portions})
    return meal_view(session, meal.id)


def may_manage(session: Session, meal: Meal, asking_id: uuid.UUID) -> bool:
    """The cook of the meal, or staff and coordinators."""
    return asking_id == meal.cook_id or bool(
        {Role.STAFF.value, Role.COORDINATOR.value} & set(roles_of(session, asking_id)))


def cancel_meal(session: Session, *, meal_id: uuid.UUID | str, asking_id: uuid.UUID,
                now: datetime | None = None) -> int:
    """Call off an offer (the cook, or staff); every order and waiting-list place is
    cancelled with it. Returns how many orders were cancelled."""
    now = now or utcnow()
    meal = get_meal(session, meal_id, lock=True)
    if not may_manage(session, meal, asking_id):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only the cook or staff can call off a meal."))
    if meal.status == MealStatus.CANCELLED.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This meal has already been called off."))
    if meal.pickup_end <= now:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This meal is over; it cannot be called off any more."))
    orders = session.exec(select(MealOrder).where(MealOrder.meal_id == meal.id,
                                                  col(MealOrder.status).in_(LIVE_ORDER))).all()
    for order in orders:
        order.status, order.changed_at = OrderStatus.CANCELLED.value, now
        session.add(order)
    meal.status, meal.cancelled_at = MealStatus.CANCELLED.value, now
    kept = session.exec(select(func.coalesce(func.sum(MealOrder.portions), 0)).where(  # type: ignore[call-overload]
        MealOrder.meal_id == meal.id, MealOrder.status == OrderStatus.COLLECTED.value)).one()
    meal.portions_left = meal.portions - int(kept)  # the cancelled orders hold none
    session.add(meal)
    session.flush()
    record(session, actor_id=asking_id, action="meal.cancel", subject=meal.id, details={"orders": len(orders)})
    return len(orders)

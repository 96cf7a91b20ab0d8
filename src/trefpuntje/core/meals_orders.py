"""Ordering neighbour meals after a card scan: a member's allergy and diet profile, the
allergen warning, orders within the cut-off and the per-member limit, the waiting
list, and cancelling.

Portions are taken with one conditional UPDATE (``portions_left >= n``) and given
back the same way; the database's CHECK keeps ``portions_left`` between 0 and the
portions offered. So two terminals ordering the last portion at the same moment can
never both get it, on SQLite or PostgreSQL: the second finds it gone.

Privacy: a profile is seen and changed only by its member (``asking_id``). An order
keeps a copy of the member's allergens for the cook's sheet of that meal only, purged
after the meal (``core/meals_pickup.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select, update

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals import MealView, get_meal, parse_codes, split_codes, upcoming_meals
from trefpuntje.core.meals_words import Allergens, AllergenWarning
from trefpuntje.core.members import get_member
from trefpuntje.core.models.meals import (ALLERGENS, DIET_LABELS, LIVE_ORDER, Meal, MealOrder, MealProfile, MealStatus,
                                          OrderStatus)
from trefpuntje.db.types import utcnow


class SoldOut(NotAllowed):
    """Not enough portions left; ``params["left"]`` says how many there are. The member
    may join the waiting list (``order_meal(..., waiting_list_ok=True)``)."""


# --- the member's own profile ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MealProfileView:
    member_id: uuid.UUID
    allergens: tuple[str, ...]
    diets: tuple[str, ...]
    updated_at: datetime | None  # None: no profile kept


def _only_self(member_id: uuid.UUID, asking_id: uuid.UUID) -> None:
    if member_id != asking_id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only the neighbour themselves can see or change their allergies "
                                                     "and diet."))


def _profile(session: Session, member_id: uuid.UUID) -> MealProfile | None:
    return session.get(MealProfile, member_id)


def meal_profile(session: Session, *, member_id: uuid.UUID, asking_id: uuid.UUID) -> MealProfileView:
    """A member's allergies and diet, for that member only."""
    _only_self(member_id, asking_id)
    get_member(session, member_id)
    profile = _profile(session, member_id)
    if profile is None:
        return MealProfileView(member_id, (), (), None)
    return MealProfileView(member_id, split_codes(profile.allergens), split_codes(profile.diets), profile.updated_at)


def set_meal_profile(session: Session, *, member_id: uuid.UUID, asking_id: uuid.UUID, allergens: Iterable[str],
                     diets: Iterable[str] = (), now: datetime | None = None) -> MealProfileView:
    """Keep (or change) a member's allergies and diet, by that member. Nothing ticked
    removes the profile. Their orders for meals still to come carry the new allergies
    to the cook's sheet."""
    _only_self(member_id, asking_id)
    get_member(session, member_id)
    now = now or utcnow()
    ticked = parse_codes(allergens, ALLERGENS, QT_TRANSLATE_NOOP(
        "errors", "Unknown allergen {code}. The allergens are: {known}."))
    chosen = parse_codes(diets, DIET_LABELS, QT_TRANSLATE_NOOP(
        "errors", "Unknown diet label {code}. The labels are: {known}."))
    profile = _profile(session, member_id)
    if not ticked and not chosen:
        if profile is not None:
            session.delete(profile)
    elif profile is None:
        session.add(MealProfile(member_id=member_id, allergens=",".join(ticked), diets=",".join(chosen),
                                updated_at=now))
    else:
        profile.allergens, profile.diets, profile.updated_at = ",".join(ticked), ",".join(chosen), now
        session.add(profile)
    coming = session.exec(select(MealOrder).join(Meal, col(Meal.id) == MealOrder.meal_id).where(
        MealOrder.member_id == member_id, col(MealOrder.status).in_(LIVE_ORDER), Meal.pickup_end > now)).all()
    for order in coming:
        order.allergies = ",".join(ticked) or None
        session.add(order)
    session.flush()
    return MealProfileView(member_id, ticked, chosen, now if ticked or chosen else None)


def clear_meal_profile(session: Session, *, member_id: uuid.UUID, asking_id: uuid.UUID,
                       now: datetime | None = None) -> None:
    set_meal_profile(session, member_id=member_id, asking_id=asking_id, allergens=(), diets=(), now=now)


def diet_fits(diet: str, meal: MealView) -> bool:
    """Whether a dish suits a diet, from its labels and its declared allergens."""
    labels, allergens = set(meal.diet_labels), set(meal.allergens)
    if diet in labels:
        return True
    return {
        "vegetarian": "vegan" in labels,
        "pork_free": bool(labels & {"vegetarian", "vegan", "halal", "kosher"}),
        "gluten_free": "gluten" not in allergens,
        "lactose_free": "vegan" in labels or "milk" not in allergens,
    }.get(diet, False)


# --- what a scanned member sees ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class MyOrder:
    id: uuid.UUID
    portions: int
    status: OrderStatus
    waiting_position: int | None  # 1 = next in line
    can_cancel: bool


@dataclass(frozen=True)
class MemberMeal:
    """A meal as the scanned member sees it: with their own order, and the warnings
    from their own profile (show these to them only)."""

    meal: MealView
    order: MyOrder | None
    allergen_warnings: tuple[str, ...]  # allergens in the dish that they are allergic to
    diet_warnings: tuple[str, ...]  # their diets the dish does not suit


def waiting_position(session: Session, order: MealOrder) -> int | None:
    if order.status != OrderStatus.WAITING.value:
        return None
    queue = session.exec(select(MealOrder.id).where(MealOrder.meal_id == order.meal_id,
                                                    MealOrder.status == OrderStatus.WAITING.value)
                         .order_by(col(MealOrder.created_at), col(MealOrder.id))).all()
    return list(queue).index(order.id) + 1


def _my_order(session: Session, order: MealOrder, meal: MealView, now: datetime) -> MyOrder:
    live = order.status in LIVE_ORDER
    return MyOrder(order.id, order.portions, OrderStatus(order.status), waiting_position(session, order),
                   live and meal.open_for_orders(now))


def meals_for_member(session: Session, *, member_id: uuid.UUID, asking_id: uuid.UUID,
                     now: datetime) -> list[MemberMeal]:
    """The coming meals for a scanned member (``asking_id``: who scanned, the member
    themselves): every published one, and a called-off one they had ordered (so they
    learn of it), with their order and the warnings from their own profile."""
    _only_self(member_id, asking_id)
    get_member(session, member_id)
    profile = _profile(session, member_id)
    allergic = set(split_codes(profile.allergens)) if profile else set()
    diets = split_codes(profile.diets) if profile else ()
    views = upcoming_meals(session, now=now, include_cancelled=True)
    orders = {o.meal_id: o for o in session.exec(select(MealOrder).where(
        MealOrder.member_id == member_id, col(MealOrder.meal_id).in_([v.id for v in views]))
        .order_by(col(MealOrder.changed_at))).all()}  # the latest order of each meal wins
    shown = []
    for view in views:
        order = orders.get(view.id)
        if view.cancelled and order is None:
            continue
        mine = None
        if order is not None and (order.status != OrderStatus.CANCELLED.value or view.cancelled):
            mine = _my_order(session, order, view, now)
        shown.append(MemberMeal(view, mine, tuple(a for a in view.allergens if a in allergic),
                                tuple(d for d in diets if not diet_fits(d, view))))
    return shown


# --- ordering, the waiting list, cancelling ----------------------------------------------------------------------


@dataclass(frozen=True)
class OrderResult:
    order_id: uuid.UUID
    status: OrderStatus  # ordered, or waiting
    portions: int
    waiting_position: int | None
    portions_left: int


def _take_portions(session: Session, meal: Meal, portions: int) -> bool:
    """Take ``portions`` if that many are left: decided by the database in one UPDATE."""
    result = session.exec(update(Meal).where(  # type: ignore[call-overload]
        col(Meal.id) == meal.id, col(Meal.status) == MealStatus.PUBLISHED.value, col(Meal.portions_left) >= portions)
        .values(portions_left=col(Meal.portions_left) - portions).execution_options(synchronize_session=False))
    session.expire(meal, ["portions_left"])
    return int(result.rowcount) == 1


def _give_back(session: Session, meal: Meal, portions: int) -> None:
    session.exec(update(Meal).where(col(Meal.id) == meal.id)  # type: ignore[call-overload]
                 .values(portions_left=col(Meal.portions_left) + portions).execution_options(synchronize_session=False))
    session.expire(meal, ["portions_left"])


def _closed_at(meal: Meal) -> str:
    return f"{meal.order_until.astimezone(LOCAL):%H:%M}"


def _live_order(session: Session, meal_id: uuid.UUID, member_id: uuid.UUID) -> MealOrder | None:
    return session.exec(select(MealOrder).where(MealOrder.meal_id == meal_id, MealOrder.member_id == member_id,
                                                col(MealOrder.status).in_(LIVE_ORDER))).first()


@within_calendar("now")
def order_meal(session: Session, *, meal_id: uuid.UUID | str, member_id: uuid.UUID, portions: int = 1,
               confirmed_allergens: bool = False, waiting_list_ok: bool = False,
               now: datetime | None = None) -> OrderResult:
    """Order ``portions`` of a meal for a scanned member, before the cut-off and within
    the meal's per-member limit.

    A dish with an allergen from the member's profile raises ``AllergenWarning`` unless
    ``confirmed_allergens``. When fewer portions are left than asked, ``SoldOut`` is
    raised, or with ``waiting_list_ok`` the member joins the waiting list.
    """
    now = now or utcnow()
    member = get_member(session, member_id)
    meal = get_meal(session, meal_id, lock=True)
    if meal.status != MealStatus.PUBLISHED.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This meal has been called off."))
    if now >= meal.order_until:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Ordering for this meal closed at {time}."), time=_closed_at(meal))
    if not isinstance(portions, int) or isinstance(portions, bool) or portions < 1:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Order at least 1 portion."))
    if portions > meal.max_per_member:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "One neighbour can order at most {limit} portions of this meal."), limit=meal.max_per_member)
    existing = _live_order(session, meal.id, member.id)
    if existing is not None and existing.status == OrderStatus.WAITING.value:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "You are already on the waiting list for this meal."))
    if existing is not None:
        raise InvalidInput(QT_TRANSLATE_NOOP(
            "errors", "You have already ordered this meal ({portions} portions). To change it, cancel it first."),
            portions=existing.portions)
    profile = _profile(session, member.id)
    allergic = split_codes(profile.allergens) if profile else ()
    in_dish = tuple(a for a in split_codes(meal.allergens) if a in allergic)
    if in_dish and not confirmed_allergens:
        raise AllergenWarning(QT_TRANSLATE_NOOP(
            "errors", "Careful: this dish contains {allergens}, and you are allergic to it. Order anyway?"),
            allergens=Allergens(in_dish))
    if _take_portions(session, meal, portions):
        status = OrderStatus.ORDERED
    elif waiting_list_ok:
        status = OrderStatus.WAITING
    elif meal.portions_left == 0:
        raise SoldOut(QT_TRANSLATE_NOOP("errors", "This meal is sold out. You can join the waiting list."), left=0)
    else:
        raise SoldOut(QT_TRANSLATE_NOOP(
            "errors", "Only {left} portions are left. Order fewer, or join the waiting list."), left=meal.portions_left)
    order = MealOrder(meal_id=meal.id, member_id=member.id, portions=portions, status=status.value, created_at=now,
                      changed_at=now, allergies=",".join(allergic) or None,
                      allergens_confirmed=True if in_dish else None)
    session.add(order)
    try:
        session.flush()
    except IntegrityError:  # the same card at two terminals at once: the database let one through
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "This order was just placed at another terminal. Nothing more was saved.")) from None
    return OrderResult(order.id, status, portions, waiting_position(session, order), meal.portions_left)


def promote_waiting(session: Session, *, meal: Meal, now: datetime) -> list[uuid.UUID]:
    """Move the waiting list up into free portions, first come first served; someone
    who wants more than is free keeps their place while a smaller order behind them
    fits. Returns the members who now have an order."""
    queue = session.exec(select(MealOrder).where(MealOrder.meal_id == meal.id,
                                                 MealOrder.status == OrderStatus.WAITING.value)
                         .order_by(col(MealOrder.created_at), col(MealOrder.id))).all()
    promoted = []
    for waiting in queue:
        if meal.portions_left == 0:
            break
        if _take_portions(session, meal, waiting.portions):
            waiting.status, waiting.changed_at = OrderStatus.ORDERED.value, now
            session.add(waiting)
            promoted.append(waiting.member_id)
    session.flush()
    return promoted


@dataclass(frozen=True)
class CancelResult:
    promoted: tuple[uuid.UUID, ...]  # members who moved up from the waiting list
    portions_left: int


def cancel_order(session: Session, *, order_id: uuid.UUID | str, member_id: uuid.UUID,
                 now: datetime | None = None) -> CancelResult:
    """A member cancels their own order (or waiting-list place) before the cut-off;
    the portions go to the waiting list first."""
    now = now or utcnow()
    try:
        key = order_id if isinstance(order_id, uuid.UUID) else uuid.UUID(str(order_id).strip())
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{id} is not an order id."), id=order_id) from None
    order = session.get(MealOrder, key)
    if order is None or order.member_id != member_id:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "You have no such order."))
    meal = get_meal(session, order.meal_id, lock=True)
    if order.status not in LIVE_ORDER:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This order has already been cancelled or collected."))
    if now >= meal.order_until:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Ordering closed at {time}: the order can no longer be cancelled. Please let the cook know."),
            time=_closed_at(meal))
    had_portions = order.status == OrderStatus.ORDERED.value
    order.status, order.changed_at = OrderStatus.CANCELLED.value, now
    session.add(order)
    session.flush()
    promoted: list[uuid.UUID] = []
    if had_portions:
        _give_back(session, meal, order.portions)
        promoted = promote_waiting(session, meal=meal, now=now)
    return CancelResult(tuple(promoted), meal.portions_left)

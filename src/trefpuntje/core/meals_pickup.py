"""Picking up neighbour meals, the orders nobody came for, and the cooks' monthly payout.

The pick-up volunteer scans a member's card, sees that member's orders for today
(``orders_for_pickup``) and marks them collected (``collect_orders``).

The contribution goes into the coffee-corner till as an ordinary sale, through
``core.till.sell``, so it is in the till's ledger, on the receipt, in the cash-up and
in the Z report like any other sale: paid in cash, by card, or with coffee-card
strips when the setting ``meal_strip_value_cents`` gives a strip a value. Each meal
has a till product of its own (the dish at its contribution, VAT 9 %), made at its
first paid pick-up. That product is retired: it is never on the till's grid, so a
meal is only ever sold through an order; for the length of the pick-up's transaction
it is put back, sold and retired again, and no other terminal sees it in between.

What the cook is owed is recorded on each collected order (``paid_cents``: the
contribution times the portions, however it was paid), and ``cook_payouts`` adds it
up per month.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlmodel import Session, col, func, select, update

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals import day_bounds, local_day
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Member, Payment, Product
from trefpuntje.core.models.meals import Meal, MealOrder, MealStatus, OrderStatus
from trefpuntje.core.settings import get_int
from trefpuntje.core.till import SaleResult
from trefpuntje.core.till_counter import sell_off_grid
from trefpuntje.core.till_products import MEAL_PRODUCTS
from trefpuntje.db.types import utcnow

EARLY_PICKUP = timedelta(minutes=30)  # the cook is often there a little early
MEAL_CATEGORY = MEAL_PRODUCTS  # the till category of the meals' own (retired) products
SHOWN_AT_PICKUP = (OrderStatus.ORDERED.value, OrderStatus.COLLECTED.value, OrderStatus.NOT_COLLECTED.value)


def strips_for(contribution_cents: int, strip_value_cents: int) -> int | None:
    """Strips one portion costs (rounded up), or None when meals are not paid with strips."""
    if strip_value_cents <= 0 or contribution_cents <= 0:
        return None
    return -(-contribution_cents // strip_value_cents)


@dataclass(frozen=True)
class PickupOrder:
    """One of a member's orders for today, as the pick-up volunteer sees it (no allergy data)."""

    order_id: uuid.UUID
    meal_id: uuid.UUID
    dish: str
    cook_name: str
    portions: int
    status: OrderStatus
    due_cents: int  # the contribution for these portions
    strips_due: int | None  # the same in coffee-card strips, when meals may be paid so
    pickup_start: datetime
    pickup_end: datetime


@within_calendar("now")
def orders_for_pickup(session: Session, *, member_id: uuid.UUID, now: datetime | None = None) -> list[PickupOrder]:
    """A scanned member's orders for meals picked up today (in Nijmegen)."""
    now = now or utcnow()
    get_member(session, member_id)
    begin, end = day_bounds(local_day(now))
    strip_value = get_int(session, "meal_strip_value_cents")
    rows = session.exec(select(MealOrder, Meal, Member.first_name).join(Meal, col(Meal.id) == MealOrder.meal_id)
                        .join(Member, col(Member.id) == Meal.cook_id)
                        .where(MealOrder.member_id == member_id, col(MealOrder.status).in_(SHOWN_AT_PICKUP),
                               Meal.status == MealStatus.PUBLISHED.value, Meal.pickup_start >= begin,
                               Meal.pickup_start < end)
                        .order_by(col(Meal.pickup_start), col(Meal.dish))).all()
    shown = []
    for order, meal, cook in rows:
        per_portion = strips_for(meal.contribution_cents, strip_value)
        shown.append(PickupOrder(order.id, meal.id, meal.dish, cook, order.portions, OrderStatus(order.status),
                                 meal.contribution_cents * order.portions,
                                 None if per_portion is None else per_portion * order.portions,
                                 meal.pickup_start, meal.pickup_end))
    return shown


@dataclass(frozen=True)
class PickupResult:
    order_ids: tuple[uuid.UUID, ...]
    due_cents: int
    sale: SaleResult | None  # None when nothing was due


def _hhmm(moment: datetime) -> str:
    return f"{moment.astimezone(LOCAL):%H:%M}"


def _ready_to_collect(order: MealOrder, meal: Meal, now: datetime) -> None:
    if order.status == OrderStatus.COLLECTED.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{dish} has already been collected."), dish=meal.dish)
    if order.status == OrderStatus.WAITING.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This is a place on the waiting list for {dish}, not an order."),
                         dish=meal.dish)
    if order.status != OrderStatus.ORDERED.value or meal.status != MealStatus.PUBLISHED.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This order for {dish} was cancelled or not collected in time."),
                         dish=meal.dish)
    if now < meal.pickup_start - EARLY_PICKUP:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{dish} can be collected from {time}."), dish=meal.dish,
                         time=_hhmm(meal.pickup_start))
    if now > meal.pickup_end:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "The pick-up time for {dish} ended at {time}."), dish=meal.dish,
                         time=_hhmm(meal.pickup_end))


def _meal_product(session: Session, meal: Meal, strip_value: int, now: datetime) -> Product:
    """The meal's own till product (retired), made at its first paid pick-up."""
    strips = strips_for(meal.contribution_cents, strip_value)
    product = session.get(Product, meal.product_id) if meal.product_id is not None else None
    if product is None:
        product = Product(name=meal.dish[:60], pictogram="meals", category=MEAL_CATEGORY,
                          price_cents=meal.contribution_cents, vat_rate_percent=9, strips=strips, retired_at=now)
        session.add(product)
        session.flush()
        meal.product_id = product.id
        session.add(meal)
    elif product.strips != strips:  # the strip value may have been changed since
        product.strips = strips
        session.add(product)
    session.flush()
    return product


def _sell_contributions(session: Session, *, meals: list[tuple[Meal, int]], member_id: uuid.UUID,
                        done_by_id: uuid.UUID, payment: Payment, cash_received_cents: int | None,
                        till_session_id: uuid.UUID | None, now: datetime) -> SaleResult:
    if payment == Payment.FREE:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "The contribution goes to the cook: pay in cash, by card or with a coffee card."))
    strip_value = get_int(session, "meal_strip_value_cents")
    if payment == Payment.STRIPS and strip_value == 0:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Meals are not paid with coffee-card strips here."))
    products = [(_meal_product(session, meal, strip_value, now).id, portions) for meal, portions in meals]
    return sell_off_grid(session, items=products, payment=payment, cash_received_cents=cash_received_cents,
                         member_id=member_id, done_by_id=done_by_id, till_session_id=till_session_id, now=now)


def collect_orders(session: Session, *, member_id: uuid.UUID, order_ids: Sequence[uuid.UUID], done_by_id: uuid.UUID,
                   payment: Payment | str | None = None, cash_received_cents: int | None = None,
                   till_session_id: uuid.UUID | None = None, now: datetime | None = None) -> PickupResult:
    """Hand out a member's orders of today and take the contribution: one till sale
    (in ``till_session_id``, else the open coffee-corner session) paid by ``payment``.
    Nothing is sold when nothing is due (contribution 0). From half an hour before
    the pick-up time until its end."""
    now = now or utcnow()
    get_member(session, member_id)
    get_member(session, done_by_id)
    if not order_ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose the orders to hand out."))
    orders: list[tuple[MealOrder, Meal]] = []
    for order_id in dict.fromkeys(order_ids):
        order = session.get(MealOrder, order_id)
        if order is None or order.member_id != member_id:
            raise NotFound(QT_TRANSLATE_NOOP("errors", "This neighbour has no such order."))
        meal = session.get(Meal, order.meal_id)
        assert meal is not None
        _ready_to_collect(order, meal, now)
        orders.append((order, meal))
    due = sum(meal.contribution_cents * order.portions for order, meal in orders)
    sale = None
    method = None
    if due:
        if payment is None:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "Choose how the contribution is paid: cash, card or coffee card."))
        method = Payment(payment)
        paid = [(meal, order.portions) for order, meal in orders if meal.contribution_cents]
        sale = _sell_contributions(session, meals=paid, member_id=member_id, done_by_id=done_by_id, payment=method,
                                   cash_received_cents=cash_received_cents, till_session_id=till_session_id, now=now)
    for order, meal in orders:
        order.status, order.changed_at = OrderStatus.COLLECTED.value, now
        order.collected_at, order.collected_by_id = now, done_by_id
        order.paid_cents = meal.contribution_cents * order.portions
        order.payment = method.value if method is not None and meal.contribution_cents else None
        order.sale_id = sale.sale_id if sale is not None and meal.contribution_cents else None
        session.add(order)
    session.flush()
    return PickupResult(tuple(order.id for order, _ in orders), due, sale)


@dataclass(frozen=True)
class MealsClosed:
    not_collected: int  # orders whose pick-up time ended without them
    lapsed: int  # waiting-list places still waiting when ordering closed


@within_calendar("now")
def record_not_collected(session: Session, *, now: datetime | None = None) -> MealsClosed:
    """Record every order not collected by the end of its pick-up time, and close the
    waiting lists of meals whose ordering has closed. Safe to run at any time, as often
    as liked (the daily housekeeping does; a pick-up screen may too)."""
    now = now or utcnow()
    over = select(Meal.id).where(Meal.pickup_end <= now)
    closed = select(Meal.id).where(Meal.order_until <= now)
    missed = session.exec(update(MealOrder).where(  # type: ignore[call-overload]
        col(MealOrder.status) == OrderStatus.ORDERED.value, col(MealOrder.meal_id).in_(over))
        .values(status=OrderStatus.NOT_COLLECTED.value, changed_at=now).execution_options(synchronize_session=False))
    lapsed = session.exec(update(MealOrder).where(  # type: ignore[call-overload]
        col(MealOrder.status) == OrderStatus.WAITING.value, col(MealOrder.meal_id).in_(closed))
        .values(status=OrderStatus.LAPSED.value, changed_at=now).execution_options(synchronize_session=False))
    session.expire_all()
    return MealsClosed(int(missed.rowcount), int(lapsed.rowcount))


@dataclass(frozen=True)
class CookPayout:
    cook_id: uuid.UUID
    cook_name: str
    meals: int  # meals held in the month (not called off)
    portions: int  # portions collected
    amount_cents: int  # the contributions collected: what the cook is paid


@within_calendar("year")
def cook_payouts(session: Session, *, year: int, month: int) -> list[CookPayout]:
    """Per cook, the contributions collected for meals picked up in a month (in
    Nijmegen), however they were paid. For the office; cooks by first name."""
    if not 1 <= month <= 12:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A month is from 1 to 12."))
    first = date(year, month, 1)
    begin, end = day_bounds(first)[0], day_bounds(date(year + month // 12, month % 12 + 1, 1))[0]
    in_month = (Meal.pickup_start >= begin, Meal.pickup_start < end, Meal.status == MealStatus.PUBLISHED.value)
    held = dict(session.exec(select(Meal.cook_id, func.count()).where(*in_month)  # type: ignore[call-overload]
                             .group_by(Meal.cook_id)).all())
    totals = select(Meal.cook_id, func.sum(MealOrder.portions), func.sum(MealOrder.paid_cents))
    collected = {cook: (portions, cents) for cook, portions, cents in session.exec(  # type: ignore[call-overload]
        totals.join(MealOrder, col(MealOrder.meal_id) == Meal.id)
        .where(*in_month, MealOrder.status == OrderStatus.COLLECTED.value).group_by(Meal.cook_id)).all()}
    names = dict(session.exec(select(Member.id, Member.first_name).where(col(Member.id).in_(list(held)))).all())
    payouts = [CookPayout(cook, names.get(cook, ""), count, int(collected.get(cook, (0, 0))[0] or 0),
                          int(collected.get(cook, (0, 0))[1] or 0)) for cook, count in held.items()]
    return sorted(payouts, key=lambda p: (p.cook_name.lower(), str(p.cook_id)))

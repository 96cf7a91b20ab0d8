"""Reserving a shop item at the kiosk: a visitor who scanned their card holds one unit
for ``shop_hold_days`` days (the setting; 2 by default); then it returns to the shelf
by itself.

Holding takes the unit off the shelf with a conditional UPDATE, so two visitors
never hold the last one. ``release_expired`` puts expired holds back: the kiosk runs
it when the shop opens, every reservation and hand-out runs it first, and so does the
daily housekeeping. Only the member sees their reservations.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select, update

from trefpuntje.core.checks import check_moment, within_calendar
from trefpuntje.core.errors import NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models.shop import ItemKind, ReservationStatus, ShopItem, ShopReservation
from trefpuntje.core.settings import get_int
from trefpuntje.core.shop import get_item
from trefpuntje.core.shop_fair_share import fair_share
from trefpuntje.db.types import utcnow


@dataclass(frozen=True)
class ReservationView:
    id: uuid.UUID
    item_id: uuid.UUID
    item_code: str
    title: str
    category: str
    price_cents: int
    held_until: datetime


def take_from_shelf(session: Session, item_id: uuid.UUID, units: int) -> bool:
    """Take ``units`` off the shelf if they are there; False (nothing changed) if not."""
    result = session.exec(update(ShopItem).where(col(ShopItem.id) == item_id, col(ShopItem.on_shelf) >= units)
                          .values(on_shelf=ShopItem.on_shelf - units))  # type: ignore[call-overload]
    return result.rowcount == 1


def release_expired(session: Session, *, now: datetime | None = None) -> int:
    """Put the units of holds that ran out back on the shelf; how many."""
    now = check_moment(now) if now is not None else utcnow()
    expired = session.exec(select(ShopReservation).where(ShopReservation.status == ReservationStatus.HELD.value,
                                                         ShopReservation.held_until <= now)).all()
    for reservation in expired:
        _end(session, reservation, ReservationStatus.EXPIRED, now)
    return len(expired)


def _end(session: Session, reservation: ShopReservation, status: ReservationStatus, now: datetime) -> None:
    reservation.status, reservation.ended_at = status.value, now
    session.add(reservation)
    if status in (ReservationStatus.EXPIRED, ReservationStatus.CANCELLED):
        item = session.get(ShopItem, reservation.item_id)
        assert item is not None
        if item.cleared_at is None:  # a cleared item's held unit goes with it
            session.exec(update(ShopItem).where(col(ShopItem.id) == item.id)  # type: ignore[call-overload]
                         .values(on_shelf=ShopItem.on_shelf + 1))
    session.flush()


def _view(reservation: ShopReservation, item: ShopItem) -> ReservationView:
    return ReservationView(reservation.id, item.id, item.code, item.title, item.category, item.price_cents,
                           reservation.held_until)


def reserve(session: Session, *, item_id: uuid.UUID | str, member_id: uuid.UUID,
            now: datetime | None = None) -> ReservationView:
    """Hold one unit of an item for a member who scanned their card."""
    now = check_moment(now) if now is not None else utcnow()
    get_member(session, member_id)
    release_expired(session, now=now)
    item = get_item(session, item_id)
    if item.kind == ItemKind.HANDMADE.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Things neighbours made are bought at the counter, "
                                                     "not reserved."))
    mine = session.exec(select(ShopReservation).where(ShopReservation.member_id == member_id,
                                                      ShopReservation.status == ReservationStatus.HELD.value)).all()
    if any(r.item_id == item.id for r in mine):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You have already reserved {title}."), title=item.title)
    if len(mine) >= get_int(session, "shop_max_reservations"):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You have {count} things reserved, the most at a time. Collect "
                                                     "them at the counter first."), count=len(mine))
    share = fair_share(session, member_id=member_id, category=item.category, now=now)
    if not share.allows(1):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You have had your share of this this week ({limit} a week). "
                                                     "Come back next week."), limit=share.limit)
    if not take_from_shelf(session, item.id, 1):
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Someone was just ahead of you: {title} is gone."),
                         title=item.title)
    days = get_int(session, "shop_hold_days")
    reservation = ShopReservation(item_id=item.id, member_id=member_id, created_at=now,
                                  held_until=now + timedelta(days=days))
    session.add(reservation)
    session.flush()
    return _view(reservation, item)


def cancel_reservation(session: Session, *, reservation_id: uuid.UUID, member_id: uuid.UUID,
                       now: datetime | None = None) -> None:
    """The member no longer wants it: back on the shelf."""
    now = check_moment(now) if now is not None else utcnow()
    reservation = session.get(ShopReservation, reservation_id)
    if reservation is None or reservation.member_id != member_id or reservation.status != ReservationStatus.HELD.value:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This reservation is not held (any more)."))
    _end(session, reservation, ReservationStatus.CANCELLED, now)


@within_calendar("now")
def reservations_of(session: Session, *, member_id: uuid.UUID, now: datetime | None = None) -> list[ReservationView]:
    """What a member has reserved and may still collect, soonest ending first."""
    now = now or utcnow()
    rows = session.exec(select(ShopReservation, ShopItem).join(ShopItem, col(ShopItem.id) == ShopReservation.item_id)
                        .where(ShopReservation.member_id == member_id,
                               ShopReservation.status == ReservationStatus.HELD.value,
                               ShopReservation.held_until > now)
                        .order_by(col(ShopReservation.held_until))).all()
    return [_view(r, i) for r, i in rows]


@within_calendar("now")
def held_for(session: Session, *, item_id: uuid.UUID, member_id: uuid.UUID, now: datetime) -> ShopReservation | None:
    """The member's live hold on the item, if any."""
    return session.exec(select(ShopReservation).where(ShopReservation.item_id == item_id,
                                                      ShopReservation.member_id == member_id,
                                                      ShopReservation.status == ReservationStatus.HELD.value,
                                                      ShopReservation.held_until > now)).first()


def collect(session: Session, reservation: ShopReservation, now: datetime) -> None:
    _end(session, reservation, ReservationStatus.COLLECTED, now)

"""The shop counter: handing items out (and selling the priced ones through the till),
and clearing what stayed on the shelf too long.

The volunteer scans or picks the item, then scans the member's card. The fair-share
rule shows first (``counter_check``); past it, only a staff member may hand out, with
a reason, which the hand-out and the audit log keep. A priced item is an ordinary
sale line in the open till (``core/till_counter.py``), paid in cash or by card; a
neighbour-made item may be bought by anyone, member or not.

Stock never goes below zero: every hand-out takes its units with one conditional
UPDATE (or collects the member's own reservation), and a CHECK holds the line.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlmodel import Session, col, select, update

from trefpuntje.core.audit import record_staff
from trefpuntje.core.checks import check_moment, one_line, whole, within_calendar
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Payment
from trefpuntje.core.models.shop import ClearedTo, ItemKind, ShopHandout, ShopItem
from trefpuntje.core.permissions import require
from trefpuntje.core.settings import get_int
from trefpuntje.core.shop import MAX_QUANTITY, ItemView, _views, get_item, item_product, item_view
from trefpuntje.core.shop_fair_share import FairShare, fair_share
from trefpuntje.core.shop_reservations import collect, held_for, release_expired, take_from_shelf
from trefpuntje.core.till import SaleResult
from trefpuntje.core.till_counter import sell_off_grid
from trefpuntje.db.types import utcnow

REASON_MAX = 200


@dataclass(frozen=True)
class CounterCheck:
    """What the volunteer sees before handing ``item`` to a member."""

    item: ItemView
    share: FairShare | None  # None: a neighbour-made item, or no member
    reserved_by_them: bool
    quantity: int
    units_free: int  # on the shelf, or their own held unit
    due_cents: int

    @property
    def needs_override(self) -> bool:
        return self.share is not None and not self.share.allows(self.quantity)


@dataclass(frozen=True)
class HandoutResult:
    handout_id: uuid.UUID
    item: ItemView
    quantity: int
    amount_cents: int
    sale: SaleResult | None
    overridden: bool


@within_calendar("now")
def counter_check(session: Session, *, item_id: uuid.UUID | str, member_id: uuid.UUID | None,
                  quantity: int = 1, now: datetime | None = None) -> CounterCheck:
    now = now or utcnow()
    item = get_item(session, item_id)
    reservation = held_for(session, item_id=item.id, member_id=member_id, now=now) if member_id else None
    share = None
    if member_id is not None and item.kind == ItemKind.DONATED.value:
        share = fair_share(session, member_id=member_id, category=item.category, now=now,
                           not_counting=reservation.id if reservation else None)
    return CounterCheck(item_view(session, item.id), share, reservation is not None, quantity,
                        item.on_shelf + (1 if reservation else 0), item.price_cents * quantity)



def hand_out(session: Session, *, item_id: uuid.UUID | str, member_id: uuid.UUID | None, done_by_id: uuid.UUID,
             quantity: int = 1, override_reason: str | None = None, payment: Payment | str | None = None,
             cash_received_cents: int | None = None, till_session_id: uuid.UUID | None = None,
             now: datetime | None = None) -> HandoutResult:
    """Hand ``quantity`` units of an item to ``member_id`` (a member's own reservation
    first); a donated item needs the member, a neighbour-made one may go to anyone.
    Past the fair-share limit it needs ``override_reason`` from a staff member. A
    priced item is sold through the open till, paid by ``payment``."""
    now = check_moment(now) if now is not None else utcnow()
    require(session, done_by_id, "shop.handout")
    if not whole(quantity) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The number of items is a whole number from 1 to {limit}."),
                           limit=MAX_QUANTITY)
    release_expired(session, now=now)
    item = get_item(session, item_id)
    if member_id is not None:
        get_member(session, member_id)
    elif item.kind == ItemKind.DONATED.value:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Scan the card of the neighbour who takes it."))
    if item.cleared_at is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{title} was cleared from the shop."), title=item.title)
    reservation = held_for(session, item_id=item.id, member_id=member_id, now=now) if member_id else None
    from_shelf = quantity - (1 if reservation is not None else 0)
    reason = one_line(override_reason) if override_reason else None
    overridden = False
    if member_id is not None and item.kind == ItemKind.DONATED.value:
        share = fair_share(session, member_id=member_id, category=item.category, now=now,
                           not_counting=reservation.id if reservation else None)
        if not share.allows(quantity):
            if not reason:
                raise NotAllowed(QT_TRANSLATE_NOOP(
                    "errors", "This is more than the fair share ({limit} a week; {taken} taken this week). A staff "
                              "member may hand it out with a reason."), limit=share.limit, taken=share.taken)
            require(session, done_by_id, "shop.override")
            if len(reason) > REASON_MAX:
                raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A reason is at most {limit} characters."),
                                   limit=REASON_MAX)
            overridden = True
    if from_shelf and not take_from_shelf(session, item.id, from_shelf):
        session.refresh(item)
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Only {left} of {title} left on the shelf."), left=item.on_shelf,
                         title=item.title)
    if reservation is not None:
        collect(session, reservation, now)
    amount = item.price_cents * quantity
    sale = None
    if amount:
        if payment is None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose how it is paid: cash or card."))
        if str(payment) not in (Payment.CASH.value, Payment.CARD.value):
            raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Shop items are paid in cash or by card."))
        product = item_product(session, item, now)
        sale = sell_off_grid(session, items=[(product.id, quantity)], payment=Payment(payment),
                             cash_received_cents=cash_received_cents, member_id=member_id, done_by_id=done_by_id,
                             till_session_id=till_session_id, now=now)
    handout = ShopHandout(item_id=item.id, member_id=member_id, quantity=quantity, amount_cents=amount,
                          sale_id=sale.sale_id if sale else None,
                          reservation_id=reservation.id if reservation else None,
                          override_reason=reason if overridden else None, handed_at=now, done_by_id=done_by_id)
    session.add(handout)
    session.flush()
    record_staff(session, actor_id=done_by_id, action="shop.override" if overridden else "shop.handout",
                 subject=item.id, details={"quantity": quantity, "amount_cents": amount})
    session.expire(item)
    return HandoutResult(handout.id, item_view(session, item.id), quantity, amount, sale, overridden)


@within_calendar("now")
def items_to_clear(session: Session, *, now: datetime | None = None) -> list[ItemView]:
    """Donated items still on the shelf after ``shop_clear_after_weeks``, oldest first."""
    now = now or utcnow()
    before = now - timedelta(weeks=get_int(session, "shop_clear_after_weeks"))
    rows = session.exec(select(ShopItem).where(ShopItem.kind == ItemKind.DONATED.value, ShopItem.on_shelf > 0,
                                               ShopItem.taken_in_at < before)
                        .order_by(col(ShopItem.taken_in_at), col(ShopItem.code))).all()
    return _views(session, list(rows))


def clear_items(session: Session, *, item_ids: list[uuid.UUID], to: ClearedTo | str, done_by_id: uuid.UUID | None,
                now: datetime | None = None) -> int:
    """Record that the units still on the shelf of ``item_ids`` went to the kringloop or
    recycling. Nothing is deleted; reservations still held stay collectable."""
    now = check_moment(now) if now is not None else utcnow()
    if done_by_id is not None:
        require(session, done_by_id, "shop.clear")
    try:
        destination = ClearedTo(to)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Cleared items go to: {known}."),
                           known=", ".join(c.value for c in ClearedTo)) from None
    if not item_ids:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Choose the items to clear."))
    cleared = 0
    for item_id in dict.fromkeys(item_ids):
        item = get_item(session, item_id)
        if item.cleared_at is not None or item.on_shelf == 0:
            continue
        session.exec(update(ShopItem).where(col(ShopItem.id) == item.id)  # type: ignore[call-overload]
                     .values(cleared_quantity=ShopItem.on_shelf, on_shelf=0, cleared_at=now,
                             cleared_to=destination.value, cleared_by_id=done_by_id))
        cleared += 1
        record_staff(session, actor_id=done_by_id, action="shop.clear", subject=item.id,
                     details={"to": destination.value})
    session.flush()
    return cleared

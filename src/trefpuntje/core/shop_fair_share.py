"""The shop's fair-share rule: a category may limit the items one member takes a
week (Monday to Sunday in Nijmegen), e.g. at most 3 items of clothing. What they
took this week and what they have reserved both count. The counter shows it before
a hand-out; a staff member may go past it with a reason (``core/shop_counter.py``).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from sqlmodel import Session, col, func, select

from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.models.shop import ReservationStatus, ShopCategory, ShopHandout, ShopItem, ShopReservation


@dataclass(frozen=True)
class FairShare:
    category: str
    limit: int | None  # None: no rule for this category
    taken: int  # handed out to this member this week
    held: int  # reserved by this member now

    def left(self) -> int | None:
        return None if self.limit is None else max(0, self.limit - self.taken - self.held)

    def allows(self, more: int) -> bool:
        return self.limit is None or self.taken + self.held + more <= self.limit


def week_start(now: datetime) -> datetime:
    day = now.astimezone(LOCAL).date()
    return local_moment(day - timedelta(days=day.weekday()), time(0))


def fair_share(session: Session, *, member_id: uuid.UUID, category: str, now: datetime,
               not_counting: uuid.UUID | None = None) -> FairShare:
    """Where ``member_id`` stands this week in ``category``; ``not_counting``: a
    reservation of theirs about to be collected (it counts as taken, not twice)."""
    row = session.get(ShopCategory, category)
    limit = row.weekly_limit if row is not None else None
    taken = session.exec(select(func.coalesce(func.sum(ShopHandout.quantity), 0))
                         .join(ShopItem, col(ShopItem.id) == ShopHandout.item_id)
                         .where(ShopHandout.member_id == member_id, ShopItem.category == category,
                                ShopHandout.handed_at >= week_start(now))).one()
    held_query = (select(func.count()).select_from(ShopReservation)
                  .join(ShopItem, col(ShopItem.id) == ShopReservation.item_id)
                  .where(ShopReservation.member_id == member_id, ShopItem.category == category,
                         ShopReservation.status == ReservationStatus.HELD.value))
    if not_counting is not None:
        held_query = held_query.where(ShopReservation.id != not_counting)
    held = session.exec(held_query).one()  # type: ignore[call-overload]
    return FairShare(category, limit, int(taken), int(held))

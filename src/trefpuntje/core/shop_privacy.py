"""The giveaway shop in a member's privacy requests (core/privacy.py): what is held
about them, and what erasing them changes.

Exported: their reservations, their wanted list, what was handed to them, the items
they gave and the things they made to sell, and what they did as a volunteer (items
taken in; hand-outs only as a number, since each names someone else).

Erasing keeps the shop's records, as the till keeps its ledger: hand-outs stay (the
fair-share counts and the till's sales agree with them), and a maker's items stay
linked to the anonymised member row, so past payouts still add up. What goes: the
reservations they still hold (the units return to the shelf), their wanted list
(ended, and its words cleared), their name as a donor, and the reason a staff member
wrote for handing them more than the fair share (free text about a person).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.members import ERASED_NAME
from trefpuntje.core.models.shop import ReservationStatus, ShopHandout, ShopItem, ShopReservation, ShopWish
from trefpuntje.core.shop_reservations import cancel_reservation


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(LOCAL).isoformat() if moment is not None else None


def _item(item: ShopItem) -> dict[str, Any]:
    return {"code": item.code, "title": item.title, "category": item.category}


def shop_export(session: Session, *, member_id: uuid.UUID) -> dict[str, Any]:
    """Everything the shop holds about one member, readable and JSON-able."""
    reservations = session.exec(select(ShopReservation, ShopItem)
                                .join(ShopItem, col(ShopItem.id) == ShopReservation.item_id)
                                .where(ShopReservation.member_id == member_id)
                                .order_by(col(ShopReservation.created_at))).all()
    wishes = session.exec(select(ShopWish).where(ShopWish.member_id == member_id)
                          .order_by(col(ShopWish.created_at))).all()
    handouts = session.exec(select(ShopHandout, ShopItem).join(ShopItem, col(ShopItem.id) == ShopHandout.item_id)
                            .where(ShopHandout.member_id == member_id).order_by(col(ShopHandout.handed_at))).all()
    given = session.exec(select(ShopItem).where(ShopItem.donor_id == member_id)
                         .order_by(col(ShopItem.taken_in_at))).all()
    made = session.exec(select(ShopItem).where(ShopItem.maker_id == member_id)
                        .order_by(col(ShopItem.taken_in_at))).all()
    taken_in = session.exec(select(ShopItem).where(ShopItem.taken_in_by_id == member_id)
                            .order_by(col(ShopItem.taken_in_at))).all()
    handed_by_you = session.exec(select(func.count()).select_from(ShopHandout)  # type: ignore[call-overload]
                                 .where(ShopHandout.done_by_id == member_id)).one()
    return {
        "reservations": [{**_item(i), "reserved_at": _iso(r.created_at), "held_until": _iso(r.held_until),
                          "status": r.status, "ended_at": _iso(r.ended_at)} for r, i in reservations],
        "wanted_list": [{"category": w.category, "words": w.words, "added_at": _iso(w.created_at),
                         "removed_at": _iso(w.ended_at)} for w in wishes],
        "handed_to_you": [{**_item(i), "quantity": h.quantity, "paid_cents": h.amount_cents,
                           "handed_at": _iso(h.handed_at), "past_fair_share_because": h.override_reason}
                          for h, i in handouts],
        "items_you_gave": [{**_item(i), "quantity": i.quantity, "taken_in_at": _iso(i.taken_in_at)} for i in given],
        "items_you_made": [{**_item(i), "quantity": i.quantity, "on_shelf": i.on_shelf, "price_cents": i.price_cents,
                            "commission_percent": i.commission_percent, "taken_in_at": _iso(i.taken_in_at)}
                           for i in made],
        "items_taken_in_by_you": [{**_item(i), "taken_in_at": _iso(i.taken_in_at)} for i in taken_in],
        "hand_outs_done_by_you": int(handed_by_you),
    }


def forget_shopper(session: Session, *, member_id: uuid.UUID, now: datetime) -> None:
    """Within ``erase_member``'s transaction: end what is live, drop what names them."""
    held = session.exec(select(ShopReservation.id).where(ShopReservation.member_id == member_id,
                                                         ShopReservation.status == ReservationStatus.HELD.value)).all()
    for reservation_id in held:
        cancel_reservation(session, reservation_id=reservation_id, member_id=member_id, now=now)
    for wish in session.exec(select(ShopWish).where(ShopWish.member_id == member_id)).all():
        wish.ended_at = wish.ended_at or now
        wish.words = ""
        wish.matched_item_id = None
        session.add(wish)
    for item in session.exec(select(ShopItem).where(ShopItem.donor_id == member_id)).all():
        item.donor_id = None
        session.add(item)
    for handout in session.exec(select(ShopHandout).where(ShopHandout.member_id == member_id,
                                                          col(ShopHandout.override_reason).is_not(None))).all():
        handout.override_reason = ERASED_NAME  # still marked as past the fair share, without the why
        session.add(handout)
    session.flush()

"""The coffee-corner till: the price list, opening and closing a till session, selling
(cash, card, coffee-card strips, free), undo, voids and refunds.

Every function is one step of one write transaction (the caller's ``Database.write()``):
it checks everything first and raises a domain error before anything is added, so
nothing half-done is saved. The database guards the same rules (see models/till.py
and migration 0004): a sale's cash adds up, strips never go negative, the ledger is
append-only, one open session per till, a sale is reversed at most once.

The price list is in ``trefpuntje.core.till_products``; reports (X and Z), receipts
and listings in ``trefpuntje.core.till_reports``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError
from sqlalchemy import bindparam, insert
from sqlmodel import Session, SQLModel, col, func, select

from trefpuntje.core.audit import record
from trefpuntje.core.cash import AmountRefused, Cents, SaleRefused, rounding_difference
from trefpuntje.core.checks import check_moment, one_line
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models.people import Setting
from trefpuntje.core.models.till import (Payment, Product, Sale, SaleKind, SaleLine, StripMovement, StripReason,
                                         TillSession)
from trefpuntje.core.permissions import require
from trefpuntje.core.settings import SPECS
from trefpuntje.core.till_products import get_product
from trefpuntje.core.till_reports import TillReport, build_report, report_to_json
from trefpuntje.db.types import utcnow

DEFAULT_TILL = "coffee_corner"
MAX_CASH_RECEIVED_CENTS = 100_000  # more than EUR 1,000 handed over at a coffee corner is a typing slip
MAX_DRAWER_CENTS = 1_000_000  # a float or a count above EUR 10,000 likewise
MAX_QUANTITY = 99
UNDO_MINUTES = 5

FREE_FOR_VOLUNTEERS = QT_TRANSLATE_NOOP("printing", "Volunteer on shift")


# --- till sessions ------------------------------------------------------------------------------------------------


def _check_drawer(cents: int) -> None:
    if not isinstance(cents, int) or isinstance(cents, bool) or not 0 <= cents <= MAX_DRAWER_CENTS:
        raise AmountRefused(QT_TRANSLATE_NOOP("errors", "{amount} cannot be right for the cash drawer. Count again."),
                            amount=Cents(cents if isinstance(cents, int) else 0))


def open_session(session: Session, *, opened_by_id: uuid.UUID, float_cents: int, till: str = DEFAULT_TILL,
                 now: datetime | None = None) -> TillSession:
    """Open the till with the float counted into the drawer."""
    _check_drawer(float_cents)
    now = check_moment(now) if now is not None else utcnow()
    get_member(session, opened_by_id)
    require(session, opened_by_id, "till.open")
    already = current_session(session, till=till)
    if already is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "The till is already open (session {number})."),
                         number=already.number)
    number = (session.exec(select(func.max(TillSession.number)).where(TillSession.till == till)).one() or 0) + 1
    opened = TillSession(till=till, number=number, opened_by_id=opened_by_id, float_cents=float_cents,
                         opened_at=now)
    session.add(opened)
    session.flush()
    record(session, actor_id=opened_by_id, action="till.open", subject=opened.id,
           details={"till": till, "number": number, "float_cents": float_cents})
    return opened


def current_session(session: Session, *, till: str = DEFAULT_TILL) -> TillSession | None:
    return session.exec(select(TillSession).where(TillSession.till == till,
                                                  col(TillSession.closed_at).is_(None))).first()


def get_session(session: Session, till_session_id: uuid.UUID) -> TillSession:
    found = session.get(TillSession, till_session_id)
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No till session with id {id}."), id=till_session_id)
    return found


def _open_session(session: Session, till_session_id: uuid.UUID) -> TillSession:
    found = get_session(session, till_session_id)
    if found.closed_at is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This till session is already closed (Z report {z_number})."),
                         z_number=found.z_number)
    return found


def close_session(session: Session, *, till_session_id: uuid.UUID, counted_cash_cents: int, closed_by_id: uuid.UUID,
                  now: datetime | None = None) -> TillReport:
    """Close with the cash counted in the drawer: the Z report is made, numbered and
    stored with the session; from then on the database refuses any change to it."""
    _check_drawer(counted_cash_cents)
    now = check_moment(now) if now is not None else utcnow()
    get_member(session, closed_by_id)
    require(session, closed_by_id, "till.close")
    till_session = _open_session(session, till_session_id)
    z_number = (session.exec(select(func.max(TillSession.z_number)).where(TillSession.till == till_session.till)).one()
                or 0) + 1
    report = build_report(session, till_session, made_at=now, counted_cash_cents=counted_cash_cents, z_number=z_number,
                          closed_by_id=closed_by_id)
    till_session.closed_at, till_session.closed_by_id = now, closed_by_id
    till_session.counted_cash_cents, till_session.z_number = counted_cash_cents, z_number
    till_session.report_json = report_to_json(report)
    session.add(till_session)
    _flush(session)
    record(session, actor_id=closed_by_id, action="till.close", subject=till_session.id,
           details={"z_number": z_number, "counted_cash_cents": counted_cash_cents})
    return report


# --- selling ------------------------------------------------------------------------------------------------------


def _strip_balance(session: Session, member_id: uuid.UUID) -> tuple[int, int]:
    """(last seq, balance) of a member's strip ledger."""
    last = session.exec(select(StripMovement).where(StripMovement.member_id == member_id)
                        .order_by(col(StripMovement.seq).desc()).limit(1)).first()
    return (last.seq, last.balance_after) if last is not None else (0, 0)


def strip_balance(session: Session, *, member_id: uuid.UUID) -> int:
    """Strips left on a member's coffee card. Show it to that member only."""
    return _strip_balance(session, member_id)[1]


def _move_strips(session: Session, *, member_id: uuid.UUID, strips: int, reason: StripReason, sale_id: uuid.UUID,
                 now: datetime) -> int:
    seq, balance = _strip_balance(session, member_id)
    session.add(StripMovement(member_id=member_id, seq=seq + 1, strips=strips, balance_after=balance + strips,
                              reason=reason.value, sale_id=sale_id, created_at=now))
    return balance + strips


def _next_sale_number(session: Session, till_session_id: uuid.UUID) -> int:
    return (session.exec(select(func.max(Sale.number)).where(Sale.session_id == till_session_id)).one() or 0) + 1


# Built once: a sale runs these on every tap of "paid", and building a statement costs
# more than SQLite takes to run it.
_SELLING_STATE = select(
    TillSession.closed_at, TillSession.z_number,
    select(func.max(Sale.number)).where(Sale.session_id == bindparam("session_id")).scalar_subquery(),
    select(Setting.value).where(Setting.key == "cash_rounding").scalar_subquery(),
).where(TillSession.id == bindparam("session_id"))
_PRODUCTS = select(Product).where(col(Product.id).in_(bindparam("ids", expanding=True)))
_INSERTS = {model: (insert(model.__table__), [column.name for column in model.__table__.columns])  # type: ignore[attr-defined]
            for model in (Sale, SaleLine)}


def _selling_state(session: Session, till_session_id: uuid.UUID) -> tuple[int, bool]:
    """One query for what a sale needs to know first: the session is open, the next
    sale number, and whether cash is rounded."""
    row = session.connection().execute(_SELLING_STATE, {"session_id": till_session_id}).first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No till session with id {id}."), id=till_session_id)
    closed_at, z_number, last, rounding_value = row
    if closed_at is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This till session is already closed (Z report {z_number})."),
                         z_number=z_number)
    return (last or 0) + 1, (rounding_value or SPECS["cash_rounding"].default) == "on"


def _insert(session: Session, model: type[SQLModel], rows: list[dict[str, Any]]) -> None:
    """INSERT ``rows`` of ``model``; every column not given is NULL."""
    statement, columns = _INSERTS[model]
    try:
        session.connection().execute(statement, [{name: row.get(name) for name in columns} for row in rows])
    except IntegrityError:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Another till recorded something at the same moment. Nothing was saved; please try again.")) from None


def _flush(session: Session) -> None:
    """Flush; a constraint that another terminal's write made fail becomes a message."""
    try:
        session.flush()
    except IntegrityError:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Another till recorded something at the same moment. Nothing was saved; please try again.")) from None


@dataclass(frozen=True)
class SaleResult:
    sale_id: uuid.UUID
    number: int
    total_cents: int  # charged in money
    due_cents: int  # after cash rounding
    rounding_cents: int
    change_cents: int | None
    strips_used: int
    strips_left: int | None  # the coffee-card balance after this sale, for that member only


def sell(session: Session, *, till_session_id: uuid.UUID, items: Sequence[tuple[uuid.UUID, int]], payment: Payment | str,
         cash_received_cents: int | None = None, member_id: uuid.UUID | None = None, free_reason: str | None = None,
         done_by_id: uuid.UUID | None = None, now: datetime | None = None) -> SaleResult:
    """Record a sale of ``items`` (product id, quantity), paid by ``payment``.

    Cash needs ``cash_received_cents``; strips and a coffee card need ``member_id``;
    free needs ``free_reason``. With the ``cash_rounding`` setting on, a cash total is
    rounded to 5 cents (the rounding is recorded on the sale, outside the lines).
    """
    now = check_moment(now) if now is not None else utcnow()
    payment = _payment(payment)
    if done_by_id is not None:
        get_member(session, done_by_id)
    number, rounding_on = _selling_state(session, till_session_id)
    merged: dict[uuid.UUID, int] = {}
    for product_id, quantity in items:
        if not isinstance(quantity, int) or not 1 <= quantity <= MAX_QUANTITY:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A quantity is between 1 and {limit}."), limit=MAX_QUANTITY)
        merged[product_id] = merged.get(product_id, 0) + quantity
    if not merged:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Nothing to sell yet: tap a product first."))
    found = {p.id: p for p in session.scalars(_PRODUCTS, {"ids": list(merged)}).all()}
    products = [(found[pid] if pid in found else get_product(session, pid), q) for pid, q in merged.items()]
    for product, quantity in products:
        if product.retired_at is not None:
            raise SaleRefused(QT_TRANSLATE_NOOP("errors", "{name} is no longer sold."), name=product.name)
        if quantity > MAX_QUANTITY:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A quantity is between 1 and {limit}."), limit=MAX_QUANTITY)
    member = get_member(session, member_id) if member_id is not None else None
    granted = sum((p.grants_strips or 0) * q for p, q in products)
    if granted:
        if member is None:
            raise SaleRefused(QT_TRANSLATE_NOOP("errors", "A coffee card is for a member: scan their card first."))
        if payment not in (Payment.CASH, Payment.CARD):
            raise SaleRefused(QT_TRANSLATE_NOOP("errors", "A coffee card is paid in cash or by card."))
    strips_needed = 0
    if payment == Payment.STRIPS:
        if member is None:
            raise SaleRefused(QT_TRANSLATE_NOOP("errors", "To pay with strips, scan the coffee card first."))
        for product, _ in products:
            if product.strips is None:
                raise SaleRefused(QT_TRANSLATE_NOOP("errors", "{name} cannot be paid with strips. Pay in cash or by card."),
                                  name=product.name)
        strips_needed = sum((p.strips or 0) * q for p, q in products)
        balance = strip_balance(session, member_id=member.id)
        if balance == 0:
            raise SaleRefused(QT_TRANSLATE_NOOP(
                "errors", "There are no strips left on this coffee card. Pay in cash or by card, or buy a new card."))
        if balance < strips_needed:
            raise SaleRefused(QT_TRANSLATE_NOOP(
                "errors", "Only {balance} strips are left on this coffee card and this costs {needed}. "
                          "Pay in cash or by card, or buy a new card."), balance=balance, needed=strips_needed)
    reason = None
    if payment == Payment.FREE:
        reason = one_line(free_reason or "")[:80]
        if not reason:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say why this is free, for example: volunteer on shift."))
    charged = payment in (Payment.CASH, Payment.CARD)
    total = sum(p.price_cents * q for p, q in products) if charged else 0
    rounding = change = None
    if payment == Payment.CASH:
        rounding = rounding_difference(total) if rounding_on else 0
        change = _check_cash(cash_received_cents, total + rounding)
    sale_id = uuid.uuid4()
    # Plain INSERTs of complete, checked rows: building ORM objects and the unit of
    # work took half of a sale's time. The database still checks every constraint.
    _insert(session, Sale, [dict(
        id=sale_id, session_id=till_session_id, number=number, kind=SaleKind.SALE.value, created_at=now,
        total_cents=total, payment=payment.value, cash_received_cents=cash_received_cents if change is not None else None,
        change_cents=change, rounding_cents=rounding or 0, strips=strips_needed,
        member_id=member.id if member is not None else None, free_reason=reason, done_by_id=done_by_id)])
    _insert(session, SaleLine, [dict(
        id=uuid.uuid4(), sale_id=sale_id, position=position, product_id=product.id, name=product.name, quantity=quantity,
        unit_price_cents=product.price_cents, vat_rate_percent=product.vat_rate_percent,
        amount_cents=product.price_cents * quantity if charged else 0,
        strips=(product.strips or 0) * quantity if payment == Payment.STRIPS else 0)
        for position, (product, quantity) in enumerate(products, start=1)])
    left = None
    if member is not None and (strips_needed or granted):
        if strips_needed:
            left = _move_strips(session, member_id=member.id, strips=-strips_needed, reason=StripReason.USED,
                                sale_id=sale_id, now=now)
        if granted:
            left = _move_strips(session, member_id=member.id, strips=granted, reason=StripReason.BOUGHT,
                                sale_id=sale_id, now=now)
        _flush(session)
    return SaleResult(sale_id, number, total, total + (rounding or 0), rounding or 0, change, strips_needed, left)


def _payment(payment: Payment | str) -> Payment:
    try:
        return Payment(payment)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{payment} is not a way to pay here."), payment=payment) from None


def _check_cash(received: int | None, due: int) -> int:
    if received is None or not isinstance(received, int) or isinstance(received, bool) or received < 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Enter the amount of cash received."))
    if received > MAX_CASH_RECEIVED_CENTS:
        raise AmountRefused(QT_TRANSLATE_NOOP(
            "errors", "{received} in cash is more than the till accepts (at most {limit}). Check the amount."),
            received=Cents(received), limit=Cents(MAX_CASH_RECEIVED_CENTS))
    if received < due:
        raise AmountRefused(QT_TRANSLATE_NOOP("errors", "{missing} is missing: {due} to pay, {received} received."),
                            missing=Cents(due - received), due=Cents(due), received=Cents(received))
    return received - due


# --- undo, voids and refunds --------------------------------------------------------------------------------------


def get_sale(session: Session, sale_id: uuid.UUID | str) -> Sale:
    try:
        key = sale_id if isinstance(sale_id, uuid.UUID) else uuid.UUID(str(sale_id).strip())
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{id} is not a sale id."), id=sale_id) from None
    sale = session.get(Sale, key)
    if sale is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No sale with id {id}."), id=sale_id)
    return sale


def _reverse(session: Session, original: Sale, *, kind: SaleKind, till_session_id: uuid.UUID, reason: str | None,
             done_by_id: uuid.UUID | None, now: datetime) -> SaleResult:
    if original.kind != SaleKind.SALE.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This is itself a reversal; it cannot be reversed."))
    if session.exec(select(Sale.id).where(Sale.reverses_sale_id == original.id)).first() is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "This sale has already been taken back."))
    lines = session.exec(select(SaleLine).where(SaleLine.sale_id == original.id).order_by(col(SaleLine.position))).all()
    movements = session.exec(select(StripMovement).where(StripMovement.sale_id == original.id)).all()
    for movement in movements:
        if movement.strips > 0 and strip_balance(session, member_id=movement.member_id) < movement.strips:
            raise NotAllowed(QT_TRANSLATE_NOOP(
                "errors", "The strips of this coffee card have already been used; it cannot be taken back."))
    cash = original.payment == Payment.CASH.value
    paid_out = original.total_cents + original.rounding_cents
    reversal = Sale(session_id=till_session_id, number=_next_sale_number(session, till_session_id), kind=kind.value,
                    created_at=now, total_cents=-original.total_cents, payment=original.payment,
                    cash_received_cents=0 if cash else None, change_cents=paid_out if cash else None,
                    rounding_cents=-original.rounding_cents, strips=-original.strips, member_id=original.member_id,
                    free_reason=original.free_reason, reverses_sale_id=original.id, reason=reason, done_by_id=done_by_id)
    session.add(reversal)
    for line in lines:
        session.add(SaleLine(sale_id=reversal.id, position=line.position, product_id=line.product_id, name=line.name,
                             quantity=-line.quantity, unit_price_cents=line.unit_price_cents,
                             vat_rate_percent=line.vat_rate_percent, amount_cents=-line.amount_cents, strips=-line.strips))
    _flush(session)
    left = None
    for movement in movements:
        left = _move_strips(session, member_id=movement.member_id, strips=-movement.strips, reason=StripReason.RETURNED,
                            sale_id=reversal.id, now=now)
    _flush(session)
    return SaleResult(reversal.id, reversal.number, reversal.total_cents, -paid_out, reversal.rounding_cents,
                      paid_out if cash else None, reversal.strips, left)


def undo_last_sale(session: Session, *, till_session_id: uuid.UUID, done_by_id: uuid.UUID | None = None,
                   now: datetime | None = None) -> SaleResult:
    """Take back the last sale of this session, within UNDO_MINUTES, as a reversal record.
    Cash goes back to the customer: the change field of the reversal says how much."""
    now = check_moment(now) if now is not None else utcnow()
    if done_by_id is not None:
        get_member(session, done_by_id)
    _open_session(session, till_session_id)
    last = last_sale(session, till_session_id)
    if last is None or last.kind != SaleKind.SALE.value:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "There is no sale to undo."))
    if now - last.created_at > timedelta(minutes=UNDO_MINUTES):
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "The last sale was more than {minutes} minutes ago. A void in staff mode is needed now."),
            minutes=UNDO_MINUTES)
    return _reverse(session, last, kind=SaleKind.UNDO, till_session_id=till_session_id, reason=None,
                    done_by_id=done_by_id, now=now)


def reverse_sale(session: Session, *, sale_id: uuid.UUID | str, kind: SaleKind | str, reason: str,
                 done_by_id: uuid.UUID, till_session_id: uuid.UUID, now: datetime | None = None) -> SaleResult:
    """A void (recorded by mistake) or a refund (given back later), in staff mode, with
    a reason and who did it. It is recorded in the open session ``till_session_id``:
    cash paid back leaves today's drawer, whatever day the sale was."""
    if kind not in (SaleKind.VOID, SaleKind.REFUND):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A sale is taken back as a void or a refund."))
    kind = SaleKind(kind)
    now = check_moment(now) if now is not None else utcnow()
    reason = one_line(reason or "")[:200]
    if not reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say why the sale is taken back."))
    get_member(session, done_by_id)
    require(session, done_by_id, "till.void")
    _open_session(session, till_session_id)
    original = get_sale(session, sale_id)
    result = _reverse(session, original, kind=kind, till_session_id=till_session_id, reason=reason,
                      done_by_id=done_by_id, now=now or utcnow())
    record(session, actor_id=done_by_id, action=f"till.{kind.value}", subject=original.id,
           details={"reversal": result.sale_id, "total_cents": result.total_cents})
    return result


def last_sale(session: Session, till_session_id: uuid.UUID) -> Sale | None:
    """The latest record of a session (a sale or a reversal), if any."""
    return session.exec(select(Sale).where(Sale.session_id == till_session_id)
                        .order_by(col(Sale.number).desc()).limit(1)).first()


def sales_of_session(session: Session, till_session_id: uuid.UUID) -> list[Sale]:
    return list(session.exec(select(Sale).where(Sale.session_id == till_session_id).order_by(col(Sale.number))).all())


def lines_of(session: Session, sale_ids: Iterable[uuid.UUID]) -> list[SaleLine]:
    ids = list(sale_ids)
    return list(session.exec(select(SaleLine).where(col(SaleLine.sale_id).in_(ids))
                             .order_by(col(SaleLine.sale_id), col(SaleLine.position))).all()) if ids else []

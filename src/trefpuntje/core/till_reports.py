"""What the till tells afterwards: X and Z reports, receipts, the sales of a day.

VAT: prices include VAT. Per rate, the VAT in a gross amount is
``gross * rate / (100 + rate)``, rounded half away from zero to whole cents once per
rate total (not per line: per-line rounding drifts over a day of 1-euro coffees).
The same rule gives a receipt's VAT. Only money is taxed here: a coffee card carries
its VAT when it is sold (a single-purpose voucher), so strips sales charge nothing
and carry no VAT; free sales charge nothing either. Cash rounding (5 cents) is booked
apart from the lines and does not change the VAT.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session, col, select

from trefpuntje.core.checks import check_day
from trefpuntje.core.errors import NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Member
from trefpuntje.core.models.till import Payment, Sale, SaleKind, SaleLine, StripMovement, TillSession

LOCAL = ZoneInfo("Europe/Amsterdam")


def vat_in(gross_cents: int, rate_percent: int) -> int:
    """The VAT included in ``gross_cents`` at ``rate_percent``, rounded half away from zero."""
    sign = -1 if gross_cents < 0 else 1
    numerator, denominator = abs(gross_cents) * rate_percent, 100 + rate_percent
    return sign * ((2 * numerator + denominator) // (2 * denominator))


@dataclass(frozen=True)
class VatTotal:
    rate_percent: int
    gross_cents: int
    vat_cents: int
    net_cents: int


def vat_totals(amounts: list[tuple[int, int]]) -> list[VatTotal]:
    """(rate, gross) pairs summed per rate, with the VAT of each rate total."""
    per_rate: dict[int, int] = {}
    for rate, gross in amounts:
        per_rate[rate] = per_rate.get(rate, 0) + gross
    return [VatTotal(rate, gross, vat_in(gross, rate), gross - vat_in(gross, rate))
            for rate, gross in sorted(per_rate.items())]


@dataclass(frozen=True)
class ProductTotal:
    name: str
    quantity: int
    amount_cents: int
    strips: int


@dataclass(frozen=True)
class PaymentTotal:
    payment: str
    sales: int
    amount_cents: int  # net of reversals, before cash rounding
    strips: int


@dataclass(frozen=True)
class ReversalLine:
    number: int
    kind: str
    reverses: str  # the receipt number of the sale taken back: session-sale, like "3-12"
    at: datetime
    amount_cents: int
    payment: str
    reason: str
    done_by: str


@dataclass(frozen=True)
class TillReport:
    """An X report (``z_number`` None, a snapshot of an open session) or a Z report."""

    till: str
    session_number: int
    z_number: int | None
    opened_at: datetime
    opened_by: str
    made_at: datetime
    closed_by: str | None
    float_cents: int
    cash_in_cents: int  # received minus change given, over sales
    cash_out_cents: int  # paid back for reversed cash sales
    expected_cash_cents: int
    counted_cash_cents: int | None
    difference_cents: int | None  # counted minus expected: positive over, negative short
    sales_count: int
    reversals_count: int
    total_cents: int  # money charged, net of reversals, before cash rounding
    rounding_cents: int
    strips_used: int
    strips_sold: int
    products: list[ProductTotal] = field(default_factory=list)
    payments: list[PaymentTotal] = field(default_factory=list)
    vat: list[VatTotal] = field(default_factory=list)
    reversals: list[ReversalLine] = field(default_factory=list)


def receipt_number(session: Session, sale_id: uuid.UUID) -> str:
    """A sale's number as on its receipt: till session number, dash, sale number."""
    sale = session.get(Sale, sale_id)
    till_session = session.get(TillSession, sale.session_id) if sale is not None else None
    return f"{till_session.number}-{sale.number}" if sale is not None and till_session is not None else "?"


def _first_name(session: Session, member_id: uuid.UUID | None) -> str:
    member = session.get(Member, member_id) if member_id is not None else None
    return member.first_name if member is not None else ""


def build_report(session: Session, till_session: TillSession, *, made_at: datetime, counted_cash_cents: int | None = None,
                 z_number: int | None = None, closed_by_id: uuid.UUID | None = None) -> TillReport:
    sales = session.exec(select(Sale).where(Sale.session_id == till_session.id).order_by(col(Sale.number))).all()
    ids = [s.id for s in sales]
    lines = session.exec(select(SaleLine).where(col(SaleLine.sale_id).in_(ids)).order_by(col(SaleLine.position))).all() if ids else []
    cash_in = sum(s.cash_received_cents - s.change_cents for s in sales  # type: ignore[operator]
                  if s.payment == Payment.CASH.value and s.kind == SaleKind.SALE.value)
    cash_out = sum(s.change_cents - s.cash_received_cents for s in sales  # type: ignore[operator]
                   if s.payment == Payment.CASH.value and s.kind != SaleKind.SALE.value)
    expected = till_session.float_cents + cash_in - cash_out
    products: dict[str, list[int]] = {}
    for line in lines:
        totals = products.setdefault(line.name, [0, 0, 0])
        totals[0] += line.quantity
        totals[1] += line.amount_cents
        totals[2] += line.strips
    payments: dict[str, list[int]] = {p.value: [0, 0, 0] for p in Payment}
    for sale in sales:
        totals = payments[sale.payment]
        totals[0] += 1 if sale.kind == SaleKind.SALE.value else 0
        totals[1] += sale.total_cents
        totals[2] += sale.strips
    reversed_numbers = {s.id: receipt_number(session, s.reverses_sale_id) for s in sales if s.reverses_sale_id}
    movements = session.exec(select(StripMovement).where(col(StripMovement.sale_id).in_(ids))).all() if ids else []
    return TillReport(
        till=till_session.till, session_number=till_session.number, z_number=z_number, opened_at=till_session.opened_at,
        opened_by=_first_name(session, till_session.opened_by_id), made_at=made_at,
        closed_by=_first_name(session, closed_by_id) if closed_by_id is not None else None,
        float_cents=till_session.float_cents, cash_in_cents=cash_in, cash_out_cents=cash_out, expected_cash_cents=expected,
        counted_cash_cents=counted_cash_cents,
        difference_cents=None if counted_cash_cents is None else counted_cash_cents - expected,
        sales_count=sum(1 for s in sales if s.kind == SaleKind.SALE.value),
        reversals_count=sum(1 for s in sales if s.kind != SaleKind.SALE.value),
        total_cents=sum(s.total_cents for s in sales), rounding_cents=sum(s.rounding_cents for s in sales),
        strips_used=sum(s.strips for s in sales),
        strips_sold=sum(m.strips for m in movements if m.reason == "bought"),
        products=[ProductTotal(name, *totals) for name, totals in sorted(products.items()) if any(totals)],
        payments=[PaymentTotal(p, *totals) for p, totals in payments.items() if any(totals)],
        vat=[v for v in vat_totals([(line.vat_rate_percent, line.amount_cents) for line in lines]) if v.gross_cents],
        reversals=[ReversalLine(s.number, s.kind, reversed_numbers[s.id], s.created_at, s.total_cents, s.payment,
                                s.reason or "", _first_name(session, s.done_by_id))
                   for s in sales if s.kind != SaleKind.SALE.value],
    )


def report_to_json(report: TillReport) -> str:
    return json.dumps(asdict(report), default=lambda v: v.isoformat(), ensure_ascii=False, sort_keys=True)


def report_from_json(text: str) -> TillReport:
    data = json.loads(text)
    for key in ("opened_at", "made_at"):
        data[key] = datetime.fromisoformat(data[key])
    data["products"] = [ProductTotal(**p) for p in data["products"]]
    data["payments"] = [PaymentTotal(**p) for p in data["payments"]]
    data["vat"] = [VatTotal(**v) for v in data["vat"]]
    data["reversals"] = [ReversalLine(**{**r, "at": datetime.fromisoformat(r["at"])}) for r in data["reversals"]]
    return TillReport(**data)


def _get_session(session: Session, till_session_id: uuid.UUID | str) -> TillSession:
    try:
        key = till_session_id if isinstance(till_session_id, uuid.UUID) else uuid.UUID(str(till_session_id).strip())
    except ValueError:
        key = None
    found = session.get(TillSession, key) if key is not None else None
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No till session with id {id}."), id=till_session_id)
    return found


def x_report(session: Session, *, till_session_id: uuid.UUID | str, now: datetime) -> TillReport:
    """A snapshot of a session so far (for a closed session: its Z report)."""
    till_session = _get_session(session, till_session_id)
    if till_session.report_json is not None:
        return report_from_json(till_session.report_json)
    return build_report(session, till_session, made_at=now)


def z_report(session: Session, *, till_session_id: uuid.UUID | str) -> TillReport:
    """The Z report of a closed session, exactly as it was made at closing."""
    till_session = _get_session(session, till_session_id)
    if till_session.report_json is None:
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "Till session {number} is still open; its Z report is made when it is closed."),
            number=till_session.number)
    return report_from_json(till_session.report_json)


def last_closed_session_id(session: Session, *, till: str = "coffee_corner") -> uuid.UUID:
    found = session.exec(select(TillSession.id).where(TillSession.till == till, col(TillSession.z_number).is_not(None))
                         .order_by(col(TillSession.z_number).desc()).limit(1)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No till session has been closed yet."))
    return found


# --- receipts and listings ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReceiptLine:
    name: str
    quantity: int
    unit_price_cents: int
    amount_cents: int
    strips: int


@dataclass(frozen=True)
class Receipt:
    sale_id: uuid.UUID
    session_number: int
    number: int
    kind: str
    reverses: str | None  # the receipt number of the sale taken back, like "3-12"
    created_at: datetime
    payment: str
    lines: list[ReceiptLine]
    total_cents: int
    rounding_cents: int
    cash_received_cents: int | None
    change_cents: int | None
    strips: int
    free_reason: str | None
    reason: str | None
    vat: list[VatTotal]

    @property
    def due_cents(self) -> int:
        return self.total_cents + self.rounding_cents


def receipt(session: Session, *, sale_id: uuid.UUID | str) -> Receipt:
    from trefpuntje.core.till import get_sale  # till imports this module for closing

    sale = get_sale(session, sale_id)
    till_session = session.get(TillSession, sale.session_id)
    assert till_session is not None
    lines = session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(col(SaleLine.position))).all()
    return Receipt(
        sale.id, till_session.number, sale.number, sale.kind,
        receipt_number(session, sale.reverses_sale_id) if sale.reverses_sale_id else None, sale.created_at,
        sale.payment, [ReceiptLine(li.name, li.quantity, li.unit_price_cents, li.amount_cents, li.strips) for li in lines],
        sale.total_cents, sale.rounding_cents, sale.cash_received_cents, sale.change_cents, sale.strips,
        sale.free_reason, sale.reason,
        [v for v in vat_totals([(li.vat_rate_percent, li.amount_cents) for li in lines]) if v.gross_cents])


@dataclass(frozen=True)
class SaleSummary:
    id: uuid.UUID
    session_number: int
    number: int
    kind: str
    created_at: datetime
    total_cents: int
    payment: str


def sales_on_day(session: Session, *, day: date) -> list[SaleSummary]:
    """Every sale and reversal recorded on ``day`` (a day in Amsterdam), in order."""
    check_day(day)
    begin = datetime.combine(day, time(0), tzinfo=LOCAL)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=LOCAL)
    rows = session.exec(select(Sale, TillSession.number).join(TillSession, col(TillSession.id) == Sale.session_id)
                        .where(col(Sale.created_at) >= begin, col(Sale.created_at) < end)
                        .order_by(col(Sale.created_at), col(Sale.number))).all()
    return [SaleSummary(s.id, number, s.number, s.kind, s.created_at, s.total_cents, s.payment) for s, number in rows]


def reversible_sales(session: Session, *, limit: int = 40) -> list[SaleSummary]:
    """The most recent sales that have not been taken back, newest first: what staff
    may void or refund."""
    reversed_ids = select(Sale.reverses_sale_id).where(col(Sale.reverses_sale_id).is_not(None))
    rows = session.exec(select(Sale, TillSession.number).join(TillSession, col(TillSession.id) == Sale.session_id)
                        .where(Sale.kind == SaleKind.SALE.value, col(Sale.id).not_in(reversed_ids))
                        .order_by(col(Sale.created_at).desc(), col(Sale.number).desc()).limit(limit)).all()
    return [SaleSummary(s.id, number, s.number, s.kind, s.created_at, s.total_cents, s.payment) for s, number in rows]

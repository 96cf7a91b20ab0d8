"""What the centre owes the neighbours whose work it sells.

A neighbour-made item is sold through the till under its own product
(``core/shop.py``), so the payout is read from the till's own ledger: every sale line
of the maker's items in the month, reversals (voids and refunds) included with their
minus sign. So the payout always matches the till. The centre keeps each item's
commission (rounded to the cent, half up), and the rest is the maker's.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlmodel import Session, col, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals import day_bounds
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Sale, SaleLine
from trefpuntje.core.models.shop import ItemKind, ShopItem


@dataclass(frozen=True)
class PayoutLine:
    item_id: uuid.UUID
    code: str
    title: str
    sold: int  # units, less any taken back
    gross_cents: int
    commission_percent: int
    commission_cents: int

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.commission_cents


@dataclass(frozen=True)
class MakerPayout:
    maker_id: uuid.UUID
    maker_name: str
    year: int
    month: int
    lines: list[PayoutLine]

    @property
    def gross_cents(self) -> int:
        return sum(line.gross_cents for line in self.lines)

    @property
    def commission_cents(self) -> int:
        return sum(line.commission_cents for line in self.lines)

    @property
    def net_cents(self) -> int:
        return self.gross_cents - self.commission_cents


def commission(gross_cents: int, percent: int) -> int:
    """``percent`` of ``gross_cents``, rounded half up (away from zero for a refund)."""
    sign = -1 if gross_cents < 0 else 1
    return sign * ((abs(gross_cents) * percent + 50) // 100)


def parse_month(text: str) -> tuple[int, int]:
    """'2026-11' as (2026, 11)."""
    try:
        year, month = (int(part) for part in str(text).strip().split("-"))
        date(year, month, 1)
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Give a month as year-month, for example 2026-11."),
                           value=text) from None
    return year, month


@within_calendar("year")
def maker_payout(session: Session, *, maker_id: uuid.UUID, year: int, month: int) -> MakerPayout:
    """The maker's sales through the till in a month (in Nijmegen), item by item."""
    maker = get_member(session, maker_id)
    if not 1 <= month <= 12:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A month is from 1 to 12."))
    begin = day_bounds(date(year, month, 1))[0]
    end = day_bounds(date(year + month // 12, month % 12 + 1, 1))[0]
    rows = session.exec(select(ShopItem, SaleLine.quantity, SaleLine.amount_cents)
                        .join(SaleLine, col(SaleLine.product_id) == ShopItem.product_id)
                        .join(Sale, col(Sale.id) == SaleLine.sale_id)
                        .where(ShopItem.maker_id == maker.id, ShopItem.kind == ItemKind.HANDMADE.value,
                               Sale.created_at >= begin, Sale.created_at < end)).all()
    totals: dict[uuid.UUID, tuple[ShopItem, int, int]] = {}
    for item, quantity, amount in rows:
        _, sold, gross = totals.get(item.id, (item, 0, 0))
        totals[item.id] = (item, sold + quantity, gross + amount)
    lines = []
    for item, sold, gross in sorted(totals.values(), key=lambda t: (t[0].title.casefold(), t[0].code)):
        percent = item.commission_percent or 0
        lines.append(PayoutLine(item.id, item.code, item.title, sold, gross, percent, commission(gross, percent)))
    return MakerPayout(maker.id, maker.first_name, year, month, lines)

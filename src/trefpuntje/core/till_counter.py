"""Sales of things that are not on the till's grid, through the open till: a neighbour
meal's contribution (``core/meals_pickup.py``) and a giveaway-shop or handmade item
(``core/shop_counter.py``).

Each such thing has a till product of its own, kept retired so it is never on the
grid and is only ever sold through its own screen. For the length of the caller's
transaction it is put back, sold and retired again: no other terminal sees it in
between. So the sale is an ordinary till sale, in the ledger, on the receipt, in the
cash-up and in the Z report like any other, and its lines name the thing sold.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Payment
from trefpuntje.core.till import SaleResult, current_session, sell
from trefpuntje.core.till_products import reinstate_product, retire_product


def open_till_session(session: Session, till_session_id: uuid.UUID | None) -> uuid.UUID:
    """``till_session_id``, or the open coffee-corner session; refused when the till is closed."""
    if till_session_id is not None:
        return till_session_id
    open_till = current_session(session)
    if open_till is None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "Open the till first: the money goes into it."))
    return open_till.id


def sell_off_grid(session: Session, *, items: Sequence[tuple[uuid.UUID, int]], payment: Payment,
                  cash_received_cents: int | None, member_id: uuid.UUID | None, done_by_id: uuid.UUID,
                  till_session_id: uuid.UUID | None, now: datetime) -> SaleResult:
    """Sell retired products ``items`` (product id, quantity) in one till sale."""
    till_session_id = open_till_session(session, till_session_id)
    for product_id, _ in items:
        reinstate_product(session, product_id=product_id)
    sale = sell(session, till_session_id=till_session_id, items=list(items), payment=payment,
                cash_received_cents=cash_received_cents, member_id=member_id, done_by_id=done_by_id, now=now)
    for product_id, _ in items:
        retire_product(session, product_id=product_id, now=now)
    return sale

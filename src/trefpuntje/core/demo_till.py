"""Demo data for the coffee-corner till: a price list and the last few opening days,
each a closed till session with its Z report. A step for ``core.demo.DEMO_STEPS``."""

from __future__ import annotations

import random
from datetime import date, time, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import text
from sqlmodel import Session, select

from trefpuntje.core.activities import local_moment
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Member
from trefpuntje.core.models.till import Payment, SaleKind
from trefpuntje.core.till import (
    close_session,
    open_session,
    reverse_sale,
    sales_of_session,
    sell,
    strip_balance,
    undo_last_sale,
)
from trefpuntje.core.till_products import add_product
from trefpuntje.core.till_reports import x_report

if TYPE_CHECKING:
    from trefpuntje.core.demo import DemoResult  # demo.py imports this module for DEMO_STEPS

# name, pictogram, category, price in cents, VAT rate, strips it costs, strips it grants
PRICE_LIST: list[tuple[str, str, str, int, int, int | None, int | None]] = [
    ("Koffie", "coffee", "Drinken", 100, 9, 1, None),
    ("Thee", "tea", "Drinken", 100, 9, 1, None),
    ("Cappuccino", "coffee", "Drinken", 150, 9, 1, None),
    ("Warme chocolademelk", "hot_chocolate", "Drinken", 150, 9, 1, None),
    ("Frisdrank", "soft_drink", "Drinken", 150, 9, None, None),
    ("Appeltaart", "cake", "Eten", 200, 9, None, None),
    ("Koek", "cookie", "Eten", 60, 9, None, None),
    ("Soep van de dag", "soup", "Eten", 250, 9, None, None),
    ("Tosti", "sandwich", "Eten", 275, 9, None, None),
    ("Ansichtkaart", "postcard", "Winkeltje", 125, 21, None, None),
    ("Handgemaakte zeep", "soap", "Winkeltje", 395, 21, None, None),
    ("Koffiekaart 10 strippen", "card", "Koffiekaart", 900, 9, None, 10),
]
OPENING_DAYS = 4  # the last weekdays before today
SELLERS = ("Henk", "Suus", "Ahmed", "Wim", "Sanne")
STAFF = "Ruud"
CARD_HOLDERS = ("Nel", "Riet", "Gerrit", "Truus", "Bep")
NOTES = (500, 1000, 2000, 5000)


def _opening_days(week_start: date, today_offset: int) -> list[date]:
    today = week_start + timedelta(days=today_offset)
    days: list[date] = []
    day = today - timedelta(days=1)
    while len(days) < OPENING_DAYS:
        if day.weekday() < 5:
            days.append(day)
        day -= timedelta(days=1)
    return sorted(days)


def _received(due: int, rng: random.Random) -> int:
    if rng.random() < 0.35:
        return due
    return next(n for n in NOTES if n >= due) if due <= NOTES[-1] else due


def till_demo(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    """The price list, and for each of the last opening days a session of 20 to 35
    sales (cash, card, coffee-card strips, volunteers free), an undo, now and then a
    void by staff, closed in the afternoon with the cash counted (once 50 cents short)."""
    people = {m.first_name: m.id for m in session.exec(select(Member)).all()}
    products = [add_product(session, name=name, pictogram=pictogram, category=category, price_cents=price,
                            vat_rate_percent=vat, strips=strips, grants_strips=grants, sort_order=n)
                for n, (name, pictogram, category, price, vat, strips, grants) in enumerate(PRICE_LIST)]
    card = products[-1]
    everyday = [p for p in products if p.grants_strips is None]
    drinks = [p for p in everyday if p.strips is not None]
    sales = 0
    for day_no, day in enumerate(_opening_days(week_start, result.today_offset)):
        seller = people[SELLERS[day_no % len(SELLERS)]]
        opened = open_session(session, opened_by_id=seller, float_cents=5000, now=local_moment(day, time(9, 30)))
        moment = local_moment(day, time(9, 45))
        for n in range(rng.randint(20, 35)):
            moment += timedelta(minutes=rng.randint(3, 14))
            holder = people[CARD_HOLDERS[n % len(CARD_HOLDERS)]]
            roll = rng.random()
            if n == 1 or (roll < 0.1 and strip_balance(session, member_id=holder) == 0):
                sell(session, till_session_id=opened.id, items=[(card.id, 1)], payment=Payment.CASH,
                     cash_received_cents=1000, member_id=holder, now=moment)
            elif roll < 0.2 and strip_balance(session, member_id=holder) >= 2:
                sell(session, till_session_id=opened.id, items=[(rng.choice(drinks).id, rng.randint(1, 2))],
                     payment=Payment.STRIPS, member_id=holder, now=moment)
            elif roll < 0.3:
                sell(session, till_session_id=opened.id, items=[(drinks[0].id, 1)], payment=Payment.FREE,
                     free_reason="Vrijwilliger op dienst", done_by_id=seller, now=moment)
            else:
                items = [(p.id, rng.choice((1, 1, 1, 2))) for p in rng.sample(everyday, rng.choice((1, 1, 2, 3)))]
                if roll < 0.55:
                    sell(session, till_session_id=opened.id, items=items, payment=Payment.CARD, now=moment)
                else:
                    due = sum(next(p.price_cents for p in everyday if p.id == pid) * q for pid, q in items)
                    sell(session, till_session_id=opened.id, items=items, payment=Payment.CASH,
                         cash_received_cents=_received(due, rng), now=moment)
            sales += 1
            if n == 6:  # tapped the wrong thing; taken back at once
                undo_last_sale(session, till_session_id=opened.id, now=moment + timedelta(minutes=1))
        if day_no % 2 == 1:
            first = next(s for s in sales_of_session(session, opened.id)
                         if s.payment == Payment.CARD.value and s.kind == SaleKind.SALE.value)
            reverse_sale(session, sale_id=first.id, kind=SaleKind.VOID, reason="Twee keer aangeslagen",
                         done_by_id=people[STAFF], till_session_id=opened.id, now=local_moment(day, time(15, 30)))
        closing = local_moment(day, time(16, 0))
        expected = x_report(session, till_session_id=opened.id, now=closing).expected_cash_cents
        close_session(session, till_session_id=opened.id, counted_cash_cents=expected - (50 if day_no == 2 else 0),
                      closed_by_id=seller, now=closing)
    result.counts[QT_TRANSLATE_NOOP("cli", "products")] = len(products)
    result.counts[QT_TRANSLATE_NOOP("cli", "sales")] = sales


TILL_TABLES = ("strip_movement", "sale_line", "sale", "till_session")


def erase_till_history(session: Session) -> None:
    """Delete every till record despite the append-only triggers: ONLY for ``demo --force``,
    which starts a database afresh. Call it first in ``core.demo.wipe_all``. The triggers
    are lifted inside the transaction and restored before it ends."""
    bind = session.connection()
    if bind.dialect.name == "postgresql":
        for table in TILL_TABLES:
            session.execute(text(f"ALTER TABLE {table} DISABLE TRIGGER USER"))
        for table in TILL_TABLES:
            session.execute(text(f"DELETE FROM {table}"))
        for table in TILL_TABLES:
            session.execute(text(f"ALTER TABLE {table} ENABLE TRIGGER USER"))
        return
    names = ", ".join(f"'{t}'" for t in TILL_TABLES)
    triggers = session.execute(text(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                    f"AND tbl_name IN ({names})")).all()
    for name, _ in triggers:
        session.execute(text(f'DROP TRIGGER "{name}"'))
    for table in TILL_TABLES:
        session.execute(text(f"DELETE FROM {table}"))
    for _, sql in triggers:
        session.execute(text(sql))

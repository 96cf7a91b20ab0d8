"""Random days at the till keep the books straight: the ledger is sales minus what was
taken back, the drawer is the float plus cash in minus cash out, and no coffee card
ever goes below zero strips."""

from __future__ import annotations

import tempfile
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule
from sqlmodel import func, select

from tests import backends
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import add_member
from trefpuntje.core.models.till import Sale, StripMovement
from trefpuntje.core.till import open_session, reverse_sale, sell, strip_balance, undo_last_sale
from trefpuntje.core.till_products import add_product
from trefpuntje.core.till_reports import x_report
from trefpuntje.db.migrate import open_database

PRICES = (100, 135, 250, 395)
START = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


class TillDay(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = tempfile.TemporaryDirectory()
        self.url = backends.new_database_url(Path(self.folder.name), "till.sqlite3")  # SQLite or PostgreSQL
        self.database = open_database(self.url).database
        with self.database.write() as session:
            self.seller = add_member(session, first_name="Henk", roles=["staff"]).id  # opens the till and voids
            self.members = [add_member(session, first_name=name).id for name in ("Nel", "Riet")]
            self.products = [add_product(session, name=f"P{p}", price_cents=p, strips=1 if p < 200 else None).id
                             for p in PRICES]
            self.card = add_product(session, name="Kaart", price_cents=900, grants_strips=3).id
            self.session_id = open_session(session, opened_by_id=self.seller, float_cents=2500, now=START).id
        self.now = START
        self.sold = 0  # money of every sale
        self.taken_back = 0  # money of every reversal
        self.cash_in = self.cash_out = 0
        self.strips = dict.fromkeys(self.members, 0)
        self.open_sales: list[tuple[uuid.UUID, int, int, str, uuid.UUID | None, int]] = []

    def teardown(self) -> None:
        self.database.dispose()
        backends.drop(self.url)
        self.folder.cleanup()

    def _tick(self, minutes: int) -> datetime:
        self.now += timedelta(minutes=minutes)
        return self.now

    def _record(self, result, payment: str, member: uuid.UUID | None, strips_delta: int) -> None:  # type: ignore[no-untyped-def]
        self.sold += result.total_cents
        if payment == "cash":
            self.cash_in += result.due_cents
        self.open_sales.append((result.sale_id, result.total_cents, result.due_cents, payment, member, strips_delta))

    @rule(picks=st.lists(st.tuples(st.integers(0, len(PRICES) - 1), st.integers(1, 3)), min_size=1, max_size=3),
          payment=st.sampled_from(["cash", "card", "free"]), extra=st.integers(0, 2000), minutes=st.integers(0, 4))
    def sale(self, picks, payment, extra, minutes):  # type: ignore[no-untyped-def]
        items = [(self.products[i], q) for i, q in picks]
        total = sum(PRICES[i] * q for i, q in picks)
        with self.database.write() as session:
            result = sell(session, till_session_id=self.session_id, items=items, payment=payment,
                          cash_received_cents=total + extra if payment == "cash" else None,
                          free_reason="vrijwilliger" if payment == "free" else None, now=self._tick(minutes))
        assert result.total_cents == (0 if payment == "free" else total)
        self._record(result, payment, None, 0)

    @rule(member=st.integers(0, 1), payment=st.sampled_from(["cash", "card"]))
    def buy_coffee_card(self, member, payment):  # type: ignore[no-untyped-def]
        who = self.members[member]
        with self.database.write() as session:
            result = sell(session, till_session_id=self.session_id, items=[(self.card, 1)], payment=payment,
                          cash_received_cents=1000 if payment == "cash" else None, member_id=who, now=self._tick(2))
        self.strips[who] += 3
        self._record(result, payment, who, 3)

    @rule(member=st.integers(0, 1), quantity=st.integers(1, 4))
    def pay_with_strips(self, member, quantity):  # type: ignore[no-untyped-def]
        who = self.members[member]
        try:
            with self.database.write() as session:
                result = sell(session, till_session_id=self.session_id, items=[(self.products[0], quantity)],
                              payment="strips", member_id=who, now=self._tick(1))
        except DomainError:
            assert self.strips[who] < quantity
            return
        assert self.strips[who] >= quantity
        self.strips[who] -= quantity
        self._record(result, "strips", who, -quantity)

    def _taken_back(self, result, entry) -> None:  # type: ignore[no-untyped-def]
        _, total, due, payment, member, strips_delta = entry
        assert result.total_cents == -total
        self.taken_back += total
        if payment == "cash":
            self.cash_out += due
        if member is not None:
            self.strips[member] -= strips_delta
        self.open_sales.remove(entry)

    @precondition(lambda self: self.open_sales)
    @rule(minutes=st.integers(0, 7))
    def undo(self, minutes):  # type: ignore[no-untyped-def]
        try:
            with self.database.write() as session:
                result = undo_last_sale(session, till_session_id=self.session_id, now=self._tick(minutes))
        except DomainError:
            return
        self._taken_back(result, self.open_sales[-1])

    @precondition(lambda self: self.open_sales)
    @rule(pick=st.integers(0, 100), kind=st.sampled_from(["void", "refund"]))
    def refund(self, pick, kind):  # type: ignore[no-untyped-def]
        entry = self.open_sales[pick % len(self.open_sales)]
        try:
            with self.database.write() as session:
                result = reverse_sale(session, sale_id=entry[0], kind=kind, reason="klant", done_by_id=self.seller,
                                      till_session_id=self.session_id, now=self._tick(1))
        except DomainError:
            assert entry[5] > 0 and self.strips[entry[4]] < entry[5]  # a coffee card whose strips were used
            return
        self._taken_back(result, entry)

    @invariant()
    def ledger_is_sales_minus_what_was_taken_back(self) -> None:
        with self.database.read() as session:
            ledger = session.exec(select(func.coalesce(func.sum(Sale.total_cents), 0))).one()
            report = x_report(session, till_session_id=self.session_id, now=self.now)
        assert isinstance(ledger, int) and ledger == self.sold - self.taken_back == report.total_cents

    @invariant()
    def drawer_is_float_plus_cash_in_minus_cash_out(self) -> None:
        with self.database.read() as session:
            report = x_report(session, till_session_id=self.session_id, now=self.now)
        assert report.expected_cash_cents == 2500 + self.cash_in - self.cash_out
        assert (report.cash_in_cents, report.cash_out_cents) == (self.cash_in, self.cash_out)

    @invariant()
    def strips_never_go_negative(self) -> None:
        with self.database.read() as session:
            for member, expected in self.strips.items():
                assert strip_balance(session, member_id=member) == expected >= 0
            lowest = session.exec(select(func.min(StripMovement.balance_after))).one()
        assert lowest is None or lowest >= 0


TillDay.TestCase.settings = settings(max_examples=30, stateful_step_count=25, deadline=None,
                                     suppress_health_check=[HealthCheck.too_slow])
test_a_day_at_the_till_keeps_the_books_straight = TillDay.TestCase

"""Fuzzing the coffee-corner till: any product, any price, any quantity, any amount of
cash, any moment gives a correct result or a clear domain error, and the books add up."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.helpers import (
    call,
    days,
    example,
    fits_columns,
    fuzz_settings,
    moments,
    numbers,
    rolled_back,
    texts,
)
from trefpuntje.core import cash, till, till_products, till_reports
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import add_member
from trefpuntje.core.models.till import Payment, SaleKind

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)


def _seed(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        henk = add_member(session, first_name="Henk", roles=("volunteer",)).id
        nel = add_member(session, first_name="Nel").id
        coffee = till_products.add_product(session, name="Koffie", price_cents=100, strips=1).id
        cake = till_products.add_product(session, name="Appeltaart", price_cents=235, vat_rate_percent=9).id
        card = till_products.add_product(session, name="Koffiekaart", price_cents=900, grants_strips=10).id
        opened = till.open_session(session, opened_by_id=henk, float_cents=5000, now=NOW).id
        sale = till.sell(session, till_session_id=opened, items=[(coffee, 2)], payment="cash", cash_received_cents=500,
                         now=NOW).sale_id
        till.sell(session, till_session_id=opened, items=[(card, 1)], payment="card", member_id=nel, now=NOW)
    return [henk, nel], [coffee, cake, card], opened, sale


def _ids(known: list[uuid.UUID]) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(known), st.uuids())


def test_the_price_list_takes_anything_typed_or_refuses_it(database):
    _people, products, _opened, _sale = _seed(database)
    fields = {"name": texts(), "price_cents": numbers(), "vat_rate_percent": st.one_of(st.sampled_from([9, 21]), numbers()),
              "pictogram": st.one_of(st.just("cake"), texts(50)), "category": texts(50),
              "strips": st.one_of(st.none(), numbers()), "grants_strips": st.one_of(st.none(), numbers()),
              "sort_order": numbers()}

    @fuzz_settings(300)
    @given(new=st.fixed_dictionaries({"name": fields["name"], "price_cents": fields["price_cents"]},
                                     optional={k: v for k, v in fields.items() if k not in ("name", "price_cents")}),
           changes=st.fixed_dictionaries({}, optional=fields), product_id=_ids(products), now=moments())
    def run(new, changes, product_id, now):  # type: ignore[no-untyped-def]
        example("price list")
        with rolled_back(database) as session:
            added = call(till_products.add_product, session, **new)
            if not isinstance(added, DomainError):
                assert fits_columns(added) and 0 <= added.price_cents <= till_products.MAX_PRICE_CENTS
            changed = call(till_products.change_product, session, product_id=product_id, **changes)
            if not isinstance(changed, DomainError):
                assert fits_columns(changed)
            call(till_products.retire_product, session, product_id=product_id, now=now)
            call(till_products.reinstate_product, session, product_id=product_id)
            call(till_products.get_product, session, product_id)
            session.flush()
            call(till_products.price_list, session, include_retired=True)

    run()


def test_selling_anything_in_any_way_keeps_the_books_or_refuses(database):
    people, products, opened, _sale = _seed(database)
    payments = st.one_of(st.sampled_from(list(Payment)), st.sampled_from([p.value for p in Payment]), texts(10))

    @fuzz_settings(400)
    @given(items=st.lists(st.tuples(_ids(products), numbers()), max_size=4), payment=payments,
           received=st.one_of(st.none(), numbers()), member=st.one_of(st.none(), _ids(people)),
           free_reason=st.one_of(st.none(), texts()), done_by=st.one_of(st.none(), _ids(people)), now=moments(),
           session_id=_ids([opened]))
    def run(items, payment, received, member, free_reason, done_by, now, session_id):  # type: ignore[no-untyped-def]
        example("sell")
        with rolled_back(database) as session:
            before = till_reports.x_report(session, till_session_id=opened, now=NOW)
            sold = call(till.sell, session, till_session_id=session_id, items=items, payment=payment,
                        cash_received_cents=received, member_id=member, free_reason=free_reason, done_by_id=done_by,
                        now=now)
            after = call(till_reports.x_report, session, till_session_id=opened, now=now)
            if isinstance(sold, DomainError):
                return
            assert after.total_cents == before.total_cents + sold.total_cents
            assert after.expected_cash_cents == before.expected_cash_cents + (
                sold.due_cents if Payment(payment) == Payment.CASH else 0)
            assert call(till_reports.receipt, session, sale_id=sold.sale_id).total_cents == sold.total_cents

    run()


def test_taking_back_any_sale_with_any_reason(database):
    people, _products, opened, sale = _seed(database)

    @fuzz_settings(200)
    @given(sale_id=st.one_of(st.just(sale), st.uuids(), texts(40), st.just(str(sale))),
           kind=st.one_of(st.sampled_from(list(SaleKind)), texts(10)), reason=texts(), done_by=_ids(people),
           undo_by=st.one_of(st.none(), _ids(people)), session_id=_ids([opened]), now=moments())
    def run(sale_id, kind, reason, done_by, undo_by, session_id, now):  # type: ignore[no-untyped-def]
        example("take back")
        with rolled_back(database) as session:
            call(till.get_sale, session, sale_id)
            call(till_reports.receipt, session, sale_id=sale_id)
            call(till.reverse_sale, session, sale_id=sale_id, kind=kind, reason=reason, done_by_id=done_by,
                 till_session_id=session_id, now=now)
            call(till.undo_last_sale, session, till_session_id=session_id, done_by_id=undo_by, now=now)
            session.flush()
            call(till_reports.reversible_sales, session)
            call(till.sales_of_session, session, opened)
            call(till.lines_of, session, [sale])

    run()


def test_opening_and_closing_the_till_with_any_count(database):
    people, _products, opened, _sale = _seed(database)

    @fuzz_settings(200)
    @given(counted=numbers(), float_cents=numbers(), by=_ids(people), session_id=st.one_of(_ids([opened]), texts(40)),
           now=moments(), day=days())
    def run(counted, float_cents, by, session_id, now, day):  # type: ignore[no-untyped-def]
        example("open and close")
        with rolled_back(database) as session:
            call(till.current_session, session)
            call(till_reports.x_report, session, till_session_id=session_id, now=now)
            report = call(till.close_session, session, till_session_id=opened, counted_cash_cents=counted,
                          closed_by_id=by, now=now)
            if not isinstance(report, DomainError):
                assert report.difference_cents == counted - report.expected_cash_cents
                assert call(till_reports.z_report, session, till_session_id=opened) == report
                assert call(till_reports.last_closed_session_id, session) == opened
            call(till.open_session, session, opened_by_id=by, float_cents=float_cents, now=now)
            call(till.get_session, session, opened)
            session.flush()
            call(till_reports.sales_on_day, session, day=day)
            call(till.strip_balance, session, member_id=by)

    run()


def test_money_arithmetic_on_any_amount():
    @fuzz_settings(500)
    @given(cents=numbers(), language=st.sampled_from(["nl", "en", "ar"]), typed=texts(20),
           rate=st.one_of(st.sampled_from([9, 21]), st.integers(0, 100)))  # rates come from the database: 9 or 21
    def run(cents, language, typed, rate):  # type: ignore[no-untyped-def]
        example("money")
        rounded = call(cash.round_to_five_cents, cents)
        assert rounded % 5 == 0 and abs(rounded - cents) <= 2
        assert call(cash.rounding_difference, cents) == rounded - cents
        if cents >= 0:
            change = call(cash.change_breakdown, cents)
            assert sum(p.cents * p.count for p in change.pieces) + change.unpayable_cents == cents
            # What the till shows reads back as the same amount.
            assert cash.parse_euros(call(cash.euros, cents, language)) == cents
        try:
            parsed = cash.parse_euros(typed)  # documented: a ValueError the caller turns into a message
        except ValueError:
            pass
        else:
            assert isinstance(parsed, int) and parsed >= 0
        vat = call(till_reports.vat_in, cents, rate)
        assert isinstance(vat, (int, DomainError))
        call(till_reports.vat_totals, [(rate, cents), (9, 100)])

    run()

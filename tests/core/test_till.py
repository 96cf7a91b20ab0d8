"""The coffee-corner till: selling, paying, undo and voids, sessions and reports, and
the database refusing to rewrite history."""

from __future__ import annotations

import dataclasses
import typing
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlmodel import col, select

from trefpuntje.core.errors import DomainError, InvalidInput, NotAllowed
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.models import till as till_models
from trefpuntje.core.models.till import Sale, SaleLine, StripMovement, TillSession
from trefpuntje.core.settings import SPECS, set_setting
from trefpuntje.core.till import (
    close_session,
    current_session,
    open_session,
    reverse_sale,
    sell,
    strip_balance,
    undo_last_sale,
)
from trefpuntje.core.till_products import add_product, change_product, price_list, retire_product
from trefpuntje.core.till_reports import (
    TillReport,
    receipt,
    report_from_json,
    report_to_json,
    sales_on_day,
    vat_in,
    vat_totals,
    x_report,
    z_report,
)

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)


@dataclasses.dataclass
class Till:
    database: typing.Any
    seller: uuid.UUID
    staff: uuid.UUID
    nel: uuid.UUID
    coffee: uuid.UUID
    tea: uuid.UUID
    cake: uuid.UUID
    soap: uuid.UUID
    card: uuid.UUID
    session_id: uuid.UUID

    def write(self):  # type: ignore[no-untyped-def]
        return self.database.write()

    def sell(self, items, payment="cash", at=NOW, **kwargs):  # type: ignore[no-untyped-def]
        with self.database.write() as session:
            return sell(session, till_session_id=self.session_id, items=items, payment=payment, now=at, **kwargs)

    def count(self, model) -> int:  # type: ignore[no-untyped-def]
        from sqlmodel import func, select

        with self.database.read() as session:
            return session.exec(select(func.count()).select_from(model)).one()


@pytest.fixture
def till(database) -> Till:  # type: ignore[no-untyped-def]
    with database.write() as session:
        seller = add_member(session, first_name="Henk", roles=[Role.VOLUNTEER]).id
        staff = add_member(session, first_name="Ruud", roles=[Role.STAFF]).id
        nel = add_member(session, first_name="Nel").id
        coffee = add_product(session, name="Koffie", price_cents=120, strips=1).id
        tea = add_product(session, name="Thee", price_cents=100, strips=1).id
        cake = add_product(session, name="Appeltaart", price_cents=265, pictogram="cake", category="Eten").id
        soap = add_product(session, name="Zeep", price_cents=395, vat_rate_percent=21).id
        card = add_product(session, name="Koffiekaart", price_cents=900, grants_strips=3).id
        opened = open_session(session, opened_by_id=seller, float_cents=5000, now=NOW - timedelta(hours=1)).id
    return Till(database, seller, staff, nel, coffee, tea, cake, soap, card, opened)


def test_a_cash_sale_with_quantities_records_lines_change_and_a_receipt(till):
    result = till.sell([(till.coffee, 2), (till.cake, 1), (till.coffee, 1)], cash_received_cents=1000)
    assert (result.total_cents, result.due_cents, result.change_cents) == (625, 625, 375)
    with till.database.read() as session:
        shown = receipt(session, sale_id=result.sale_id)
    assert [(line.name, line.quantity, line.amount_cents) for line in shown.lines] == [("Koffie", 3, 360),
                                                                                       ("Appeltaart", 1, 265)]
    assert sum(line.amount_cents for line in shown.lines) == shown.total_cents == 625
    assert (shown.cash_received_cents, shown.change_cents, shown.number, shown.session_number) == (1000, 375, 1, 1)


def test_too_little_cash_is_refused_saying_how_much_is_missing_and_nothing_is_saved(till):
    with pytest.raises(InvalidInput) as refused:
        till.sell([(till.cake, 2)], cash_received_cents=500)
    assert refused.value.translated("en") == "€0.30 is missing: €5.30 to pay, €5.00 received."
    assert "€ 0,30" in refused.value.translated("nl")
    assert till.count(Sale) == 0 and till.count(SaleLine) == 0


def test_an_absurd_amount_of_cash_is_refused(till):
    with pytest.raises(InvalidInput, match="more than the till accepts"):
        till.sell([(till.coffee, 1)], cash_received_cents=100_001)
    assert till.sell([(till.coffee, 1)], cash_received_cents=100_000).change_cents == 99_880
    with pytest.raises(InvalidInput, match="amount of cash"):
        till.sell([(till.coffee, 1)])


def test_card_payment_is_recorded_without_cash(till):
    result = till.sell([(till.soap, 2)], payment="card")
    assert result.total_cents == 790 and result.change_cents is None
    with till.database.read() as session:
        report = x_report(session, till_session_id=till.session_id, now=NOW)
    assert report.expected_cash_cents == 5000
    assert [(p.payment, p.sales, p.amount_cents) for p in report.payments] == [("card", 1, 790)]


def test_a_coffee_card_puts_strips_on_the_members_balance_and_pays_for_coffee(till):
    bought = till.sell([(till.card, 1)], cash_received_cents=1000, member_id=till.nel)
    assert bought.strips_left == 3 and bought.change_cents == 100
    paid = till.sell([(till.coffee, 1), (till.tea, 1)], payment="strips", member_id=till.nel)
    assert (paid.total_cents, paid.strips_used, paid.strips_left) == (0, 2, 1)
    with till.database.read() as session:
        assert strip_balance(session, member_id=till.nel) == 1
        report = x_report(session, till_session_id=till.session_id, now=NOW)
    assert (report.strips_sold, report.strips_used, report.total_cents) == (3, 2, 900)


def test_a_coffee_card_with_no_strips_left_says_so_and_offers_cash(till):
    with pytest.raises(NotAllowed) as refused:
        till.sell([(till.coffee, 1)], payment="strips", member_id=till.nel)
    message = refused.value.translated("en")
    assert "no strips left" in message and "cash" in message
    till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    with pytest.raises(NotAllowed, match="Only 3 strips are left"):
        till.sell([(till.coffee, 4)], payment="strips", member_id=till.nel)
    with pytest.raises(NotAllowed, match="cannot be paid with strips"):
        till.sell([(till.cake, 1)], payment="strips", member_id=till.nel)
    with pytest.raises(NotAllowed, match="for a member"):
        till.sell([(till.card, 1)], payment="card")
    with pytest.raises(NotAllowed, match="cash or by card"):
        till.sell([(till.card, 1)], payment="strips", member_id=till.nel)
    assert till.count(Sale) == 1


def test_free_needs_a_reason_and_charges_nothing(till):
    with pytest.raises(InvalidInput, match="why this is free"):
        till.sell([(till.coffee, 1)], payment="free")
    result = till.sell([(till.coffee, 1)], payment="free", free_reason="Vrijwilliger op dienst", done_by_id=till.seller)
    assert result.total_cents == 0
    with till.database.read() as session:
        assert receipt(session, sale_id=result.sale_id).free_reason == "Vrijwilliger op dienst"


def test_cash_rounding_follows_the_setting(till, monkeypatch):
    assert till.sell([(till.cake, 1)], cash_received_cents=265).rounding_cents == 0  # off by default
    with till.write() as session:
        set_setting(session, key="cash_rounding", value="on")
    rounded = till.sell([(till.cake, 1)], cash_received_cents=300)  # 2.65 stays
    assert rounded.due_cents == 265
    rounded = till.sell([(till.coffee, 1), (till.cake, 1)], cash_received_cents=500)  # 3.85 stays
    assert rounded.due_cents == 385
    rounded = till.sell([(till.coffee, 1), (till.tea, 1), (till.soap, 1)], cash_received_cents=615)  # 6.15
    rounded = till.sell([(till.coffee, 2), (till.soap, 1)], cash_received_cents=635)  # 6.35
    rounded = till.sell([(till.coffee, 1), (till.soap, 1)], cash_received_cents=515)  # 5.15
    assert rounded.rounding_cents == 0
    odd = till.sell([(till.coffee, 3), (till.soap, 1), (till.tea, 1)], cash_received_cents=900)  # 8.55
    assert odd.rounding_cents == 0
    with till.write() as session:
        rounding = add_product(session, name="Koek", price_cents=62).id
    down = till.sell([(rounding, 1)], cash_received_cents=60)  # 0.62 -> 0.60
    assert (down.rounding_cents, down.due_cents, down.change_cents) == (-2, 60, 0)
    up = till.sell([(rounding, 4)], cash_received_cents=250)  # 2.48 -> 2.50
    assert (up.rounding_cents, up.due_cents) == (2, 250)
    card = till.sell([(rounding, 1)], payment="card")
    assert card.rounding_cents == 0 and card.due_cents == 62
    with till.database.read() as session:
        report = x_report(session, till_session_id=till.session_id, now=NOW)
    assert report.rounding_cents == 0 and report.expected_cash_cents == 5000 + report.cash_in_cents


def test_undo_takes_back_the_last_sale_within_five_minutes_as_a_reversal(till):
    till.sell([(till.coffee, 1)], cash_received_cents=200)
    last = till.sell([(till.cake, 2)], cash_received_cents=1000, at=NOW + timedelta(minutes=1))
    with till.write() as session:
        undone = undo_last_sale(session, till_session_id=till.session_id, now=NOW + timedelta(minutes=6))
    assert (undone.total_cents, undone.change_cents) == (-530, 530)  # 5.30 back to the customer
    with till.database.read() as session:
        report = x_report(session, till_session_id=till.session_id, now=NOW)
        reversal = session.get(Sale, undone.sale_id)
        assert reversal.kind == "undo" and reversal.reverses_sale_id == last.sale_id
    assert till.count(Sale) == 3  # nothing deleted
    assert (report.total_cents, report.expected_cash_cents, report.cash_out_cents) == (120, 5120, 530)
    assert [(r.kind, r.reverses) for r in report.reversals] == [("undo", "1-2")]
    with pytest.raises(NotAllowed, match="no sale to undo"), till.write() as session:
        undo_last_sale(session, till_session_id=till.session_id, now=NOW + timedelta(minutes=6))


def test_undo_after_five_minutes_points_to_a_void_in_staff_mode(till):
    till.sell([(till.coffee, 1)], payment="card")
    with pytest.raises(NotAllowed, match="void in staff mode"), till.write() as session:
        undo_last_sale(session, till_session_id=till.session_id, now=NOW + timedelta(minutes=5, seconds=1))


def test_a_void_needs_a_reason_and_who_and_a_sale_is_taken_back_once(till):
    sale = till.sell([(till.coffee, 2)], payment="card")
    with pytest.raises(InvalidInput, match="Say why"), till.write() as session:
        reverse_sale(session, sale_id=sale.sale_id, kind="void", reason="  ", done_by_id=till.staff,
                     till_session_id=till.session_id)
    with till.write() as session:
        voided = reverse_sale(session, sale_id=sale.sale_id, kind="void", reason="Dubbel aangeslagen",
                              done_by_id=till.staff, till_session_id=till.session_id, now=NOW)
    assert voided.total_cents == -240
    with pytest.raises(NotAllowed, match="already been taken back"), till.write() as session:
        reverse_sale(session, sale_id=sale.sale_id, kind="refund", reason="nog eens", done_by_id=till.staff,
                     till_session_id=till.session_id)
    with pytest.raises(NotAllowed, match="itself a reversal"), till.write() as session:
        reverse_sale(session, sale_id=voided.sale_id, kind="void", reason="terug", done_by_id=till.staff,
                     till_session_id=till.session_id)


def test_a_later_refund_pays_cash_out_of_todays_drawer_and_returns_strips(till):
    cash = till.sell([(till.cake, 1)], cash_received_cents=300)
    till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    strips = till.sell([(till.coffee, 2)], payment="strips", member_id=till.nel)
    with till.write() as session:
        close_session(session, till_session_id=till.session_id, counted_cash_cents=5265, closed_by_id=till.seller,
                      now=NOW + timedelta(hours=6))
        tomorrow = open_session(session, opened_by_id=till.seller, float_cents=5000, now=NOW + timedelta(days=1)).id
        refund = reverse_sale(session, sale_id=cash.sale_id, kind="refund", reason="Taart was oud",
                              done_by_id=till.staff, till_session_id=tomorrow, now=NOW + timedelta(days=1))
        reverse_sale(session, sale_id=strips.sale_id, kind="refund", reason="Koffie koud", done_by_id=till.staff,
                     till_session_id=tomorrow, now=NOW + timedelta(days=1))
        assert strip_balance(session, member_id=till.nel) == 3
        report = x_report(session, till_session_id=tomorrow, now=NOW + timedelta(days=1))
    assert refund.change_cents == 265
    assert (report.expected_cash_cents, report.cash_out_cents, report.total_cents) == (4735, 265, -265)
    assert [(r.kind, r.reverses, r.reason, r.done_by) for r in report.reversals] == [
        ("refund", "1-1", "Taart was oud", "Ruud"), ("refund", "1-3", "Koffie koud", "Ruud")]


def test_a_coffee_card_whose_strips_are_used_cannot_be_taken_back(till):
    card = till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    till.sell([(till.coffee, 2)], payment="strips", member_id=till.nel)
    with pytest.raises(NotAllowed, match="already been used"), till.write() as session:
        reverse_sale(session, sale_id=card.sale_id, kind="refund", reason="wil geld terug", done_by_id=till.staff,
                     till_session_id=till.session_id)


def test_sessions_open_once_close_once_and_the_z_report_never_changes(till):
    with pytest.raises(NotAllowed, match="already open"), till.write() as session:
        open_session(session, opened_by_id=till.seller, float_cents=0)
    till.sell([(till.cake, 1)], cash_received_cents=500)
    till.sell([(till.soap, 1)], payment="card")
    with till.write() as session:
        report = close_session(session, till_session_id=till.session_id, counted_cash_cents=5200,
                               closed_by_id=till.seller, now=NOW + timedelta(hours=7))
    assert (report.z_number, report.expected_cash_cents, report.counted_cash_cents, report.difference_cents) == (
        1, 5265, 5200, -65)
    assert [(v.rate_percent, v.gross_cents, v.vat_cents) for v in report.vat] == [(9, 265, 22), (21, 395, 69)]
    with pytest.raises(NotAllowed, match="already closed"), till.write() as session:
        close_session(session, till_session_id=till.session_id, counted_cash_cents=5265, closed_by_id=till.seller)
    with pytest.raises(NotAllowed, match="already closed"):
        till.sell([(till.coffee, 1)], payment="card")
    with till.database.read() as session:
        assert current_session(session) is None
        assert z_report(session, till_session_id=till.session_id) == report
        assert x_report(session, till_session_id=till.session_id, now=NOW) == report
    with till.write() as session:
        second = open_session(session, opened_by_id=till.seller, float_cents=5265)
        assert second.number == 2
        with pytest.raises(NotAllowed, match="still open"):
            z_report(session, till_session_id=second.id)


def test_a_retired_product_is_refused_and_its_history_kept(till):
    sold = till.sell([(till.cake, 1)], payment="card")
    with till.write() as session:
        change_product(session, product_id=till.cake, price_cents=300)
        retire_product(session, product_id=till.cake)
        assert "Appeltaart" not in {p.name for p in price_list(session)}
        assert "Appeltaart" in {p.name for p in price_list(session, include_retired=True)}
    with pytest.raises(NotAllowed, match="Appeltaart is no longer sold"):
        till.sell([(till.cake, 1)], payment="card")
    with till.database.read() as session:
        line = receipt(session, sale_id=sold.sale_id).lines[0]
    assert (line.name, line.unit_price_cents) == ("Appeltaart", 265)


def test_bad_products_and_quantities_are_refused(till):
    with till.write() as session:
        for bad in ({"name": " ", "price_cents": 100}, {"name": "X", "price_cents": -1},
                    {"name": "X", "price_cents": 100, "vat_rate_percent": 6}, {"name": "X", "price_cents": 1.5}):
            with pytest.raises(DomainError):
                add_product(session, **bad)
    for items in ([], [(till.coffee, 0)], [(till.coffee, 100)], [(till.coffee, 60), (till.coffee, 60)]):
        with pytest.raises(InvalidInput):
            till.sell(items, payment="card")


RAW = [
    "UPDATE {table} SET {column} = {column}",
    "DELETE FROM {table}",
]


def by_hand(till, statement: str) -> None:
    """``statement`` as someone with a database tool would type it, outside the services."""
    with till.database.engine.connect() as plain, plain.begin(), pytest.raises(DBAPIError, match="append-only"):
        plain.exec_driver_sql(statement)


@pytest.mark.parametrize("statement", RAW)
@pytest.mark.parametrize(("table", "column"), [("sale", "total_cents"), ("sale_line", "amount_cents"),
                                               ("strip_movement", "strips")])
def test_the_database_refuses_to_change_or_delete_recorded_sales_and_strips(till, table, column, statement):
    till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    till.sell([(till.coffee, 1)], payment="strips", member_id=till.nel)
    by_hand(till, statement.format(table=table, column=column))


def test_a_closed_session_cannot_be_changed_even_by_hand(till):
    with till.write() as session:
        close_session(session, till_session_id=till.session_id, counted_cash_cents=5000, closed_by_id=till.seller)
    for statement in ("UPDATE till_session SET counted_cash_cents = 1", "UPDATE till_session SET report_json = '{}'",
                      "DELETE FROM till_session"):
        by_hand(till, statement)


def test_the_opening_of_a_session_cannot_be_rewritten(till):
    by_hand(till, "UPDATE till_session SET float_cents = 1")


def test_the_strip_ledger_cannot_go_negative_or_skip_a_step(till):
    sale = till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    for seq, strips, after in ((2, -4, -1), (2, 1, 5), (3, 1, 4)):
        with pytest.raises(IntegrityError), till.write() as session:
            session.add(StripMovement(member_id=till.nel, seq=seq, strips=strips, balance_after=after,
                                      reason="used", sale_id=sale.sale_id))
            session.flush()
    with till.write() as session:
        session.add(StripMovement(member_id=till.nel, seq=2, strips=-3, balance_after=0, reason="used",
                                  sale_id=sale.sale_id))
    with till.database.read() as session:
        assert strip_balance(session, member_id=till.nel) == 0


def test_the_database_refuses_a_sale_whose_cash_does_not_add_up(till):
    with pytest.raises(IntegrityError), till.write() as session:
        session.add(Sale(session_id=till.session_id, number=1, total_cents=100, payment="cash", cash_received_cents=50,
                         change_cents=0))
        session.flush()


def test_triggers_exist_at_the_newest_schema(database):
    with database.engine.connect() as connection:
        till_tables = "('till_session', 'sale', 'sale_line', 'strip_movement')"  # other areas guard their own
        if database.is_sqlite:
            names = {row[0] for row in connection.exec_driver_sql(
                f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN {till_tables}")}
        else:
            names = {row[0] for row in connection.exec_driver_sql(
                "SELECT tgname FROM pg_trigger JOIN pg_class ON pg_class.oid = tgrelid "
                f"WHERE NOT tgisinternal AND relname IN {till_tables}")}
    if database.is_sqlite:
        assert names >= {"sale_no_update", "sale_no_delete", "sale_line_no_update", "sale_line_no_delete",
                         "strip_movement_no_update", "strip_movement_no_delete", "till_session_closed_stays_closed",
                         "till_session_no_delete", "strip_movement_follows_balance"}
    else:
        assert names == {"sale_append_only", "sale_line_append_only", "strip_movement_append_only",
                         "sale_no_truncate", "sale_line_no_truncate", "strip_movement_no_truncate",
                         "till_session_no_truncate", "till_session_closed_stays_closed", "strip_movement_follows_balance"}


def test_vat_is_computed_per_rate_total_from_prices_that_include_it():
    assert vat_in(109, 9) == 9 and vat_in(121, 21) == 21 and vat_in(-121, 21) == -21
    assert vat_in(100, 9) == 8  # 8.26
    assert vat_in(1000, 21) == 174  # 173.55
    # ten coffees of 1.00: 0.83 per line would make 0.80; the rate total gives 0.83
    assert vat_totals([(9, 100)] * 10) == [vat_totals([(9, 1000)])[0]]
    assert vat_totals([(9, 1000)])[0].vat_cents == 83


def test_sales_of_a_day_follow_amsterdam_time(till):
    late = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 00:30 on the 28th in Amsterdam
    till.sell([(till.coffee, 1)], payment="card")
    till.sell([(till.tea, 1)], payment="card", at=late)
    with till.database.read() as session:
        friday = sales_on_day(session, day=late.date())
        saturday = sales_on_day(session, day=late.date() + timedelta(days=1))
    assert [(s.total_cents, s.payment) for s in friday] == [(120, "card")]
    assert [s.total_cents for s in saturday] == [100]


def _int_fields(cls: type) -> dict[str, typing.Any]:
    return typing.get_type_hints(cls)


def test_money_is_never_a_float():
    for model in (till_models.Product, TillSession, Sale, SaleLine, StripMovement):
        for name, hint in _int_fields(model).items():
            if name.endswith("_cents") or name in ("strips", "balance_after", "quantity"):
                assert hint in (int, int | None), (model.__name__, name, hint)
    from trefpuntje.core import till_reports

    for cls in (TillReport, till_reports.ProductTotal, till_reports.PaymentTotal, till_reports.VatTotal,
                till_reports.ReversalLine, till_reports.Receipt, till_reports.ReceiptLine, till_reports.SaleSummary):
        for name, hint in _int_fields(cls).items():
            if name.endswith("_cents"):
                assert hint in (int, int | None), (cls.__name__, name, hint)


def test_every_amount_in_a_report_is_an_int(till):
    till.sell([(till.coffee, 3), (till.soap, 1)], cash_received_cents=1000)
    till.sell([(till.card, 1)], payment="card", member_id=till.nel)
    with till.write() as session:
        undo_last_sale(session, till_session_id=till.session_id, now=NOW)
        report = close_session(session, till_session_id=till.session_id, counted_cash_cents=5755,
                               closed_by_id=till.seller, now=NOW)

    def walk(value: typing.Any) -> None:
        assert not isinstance(value, float)
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                walk(getattr(value, f.name))
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(report)
    assert report_from_json(report_to_json(report)) == report
    assert report.total_cents == 755 and report.expected_cash_cents == 5755


def test_the_demo_step_makes_a_price_list_and_closed_days_and_demo_force_can_start_afresh(database, monkeypatch):
    from trefpuntje.core import demo
    from trefpuntje.core.demo_till import erase_till_history, till_demo
    from trefpuntje.core.till_reports import last_closed_session_id

    if till_demo not in demo.DEMO_STEPS:
        monkeypatch.setattr(demo, "DEMO_STEPS", [*demo.DEMO_STEPS, till_demo])
    with database.write() as session:
        result = demo.fill_demo(session, today=datetime(2026, 11, 30).date())
    assert result.counts["products"] == 12 and result.counts["sales"] > 60
    with database.read() as session:
        assert current_session(session) is None
        products = price_list(session)
        closed = session.exec(select(TillSession.id).where(col(TillSession.z_number).is_not(None))).all()
        reports = [z_report(session, till_session_id=till_session_id) for till_session_id in closed]
        last = z_report(session, till_session_id=last_closed_session_id(session))
    assert {9, 21} == {p.vat_rate_percent for p in products} and any(p.grants_strips for p in products)
    # A coffee-corner day (the neighbour meals' pick-ups of the weeks before come first, and
    # the neighbour-made goods' little sale of the last day after it).
    report = max(reports, key=lambda r: r.sales_count)
    assert report.sales_count >= 20 and last.z_number == len(closed)
    assert report.counted_cash_cents == report.expected_cash_cents
    assert {p.payment for p in report.payments} == {"cash", "card", "strips", "free"}
    with database.write() as session:
        erase_till_history(session)  # what wipe_all must call first, for demo --force
        demo.wipe_all(session)
    with database.read() as session:
        assert not demo.has_data(session)
    test_triggers_exist_at_the_newest_schema(database)  # and the ledger is guarded again


def test_a_product_name_or_category_too_long_for_its_column_is_refused(database):
    from trefpuntje.core.till_products import add_product

    with pytest.raises(InvalidInput, match="at most 60"), database.write() as session:
        add_product(session, name="K" * 61, price_cents=100)
    with pytest.raises(InvalidInput, match="at most 40"), database.write() as session:
        add_product(session, name="Koffie", price_cents=100, category="D" * 41)
    with database.write() as session:
        assert add_product(session, name="K" * 60, price_cents=100, category=" Drinken  warm ").category == "Drinken warm"

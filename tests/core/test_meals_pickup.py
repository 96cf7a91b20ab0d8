"""Neighbour meals after the cut-off: the pick-up with the contribution in the till, the
orders nobody came for, the cooks' payout, the cook's sheet, and the purge."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from trefpuntje.core.cash import SaleRefused
from trefpuntje.core.demo_meals import PROFILES
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.housekeeping import run_housekeeping
from trefpuntje.core.meals import meals_between, offer_meal
from trefpuntje.core.meals_orders import set_meal_profile
from trefpuntje.core.meals_pickup import collect_orders, cook_payouts, orders_for_pickup, record_not_collected
from trefpuntje.core.meals_sheet import cook_sheet, purge_meal_diet_data
from trefpuntje.core.models import Meal, MealOrder, MealProfile, Product
from trefpuntje.core.privacy import erase_member, export_member
from trefpuntje.core.retention import run_retention
from trefpuntje.core.settings import set_setting
from trefpuntje.core.till import open_session, sell, strip_balance
from trefpuntje.core.till_products import add_product, price_list
from trefpuntje.core.till_reports import receipt, x_report
from trefpuntje.db.engine import Database

from tests.core.meals_fixtures import AFTER_PICKUP, MORNING, OFFERED, PICKUP, kitchen, offer_args, order  # noqa: F401


@pytest.fixture
def ordered(kitchen):
    """Nel (allergic to milk and peanuts) ordered 2 portions, Suus 1; the till is open."""
    database, people, meal = kitchen
    with database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"], allergens=["milk", "peanuts"],
                         now=OFFERED)
    order(database, meal.id, people["Nel"], 2, confirmed_allergens=True)
    order(database, meal.id, people["Suus"], 1)
    with database.write() as session:
        till = open_session(session, opened_by_id=people["Henk"], float_cents=2000, now=PICKUP - timedelta(hours=1))
    return database, people, meal, till.id


def _pickup(database: Database, member_id, now=PICKUP):
    with database.read() as session:
        return orders_for_pickup(session, member_id=member_id, now=now)


def test_the_volunteer_sees_todays_orders_and_the_contribution_goes_into_the_till(ordered):
    database, people, meal, till_id = ordered
    nel = _pickup(database, people["Nel"])
    assert [(o.dish, o.portions, o.due_cents, o.status, o.strips_due) for o in nel] == [
        ("Stamppot boerenkool", 2, 700, "ordered", None)]
    with database.write() as session:
        done = collect_orders(session, member_id=people["Nel"], order_ids=[nel[0].order_id], done_by_id=people["Henk"],
                              payment="cash", cash_received_cents=1000, now=PICKUP)
    assert (done.due_cents, done.sale.total_cents, done.sale.change_cents) == (700, 700, 300)
    with database.read() as session:
        shown = receipt(session, sale_id=done.sale.sale_id)
        report = x_report(session, till_session_id=till_id, now=PICKUP)
        assert [(line.name, line.quantity, line.amount_cents) for line in shown.lines] == [
            ("Stamppot boerenkool", 2, 700)]
        assert report.cash_in_cents == 700
        assert "Stamppot boerenkool" not in [p.name for p in price_list(session)]  # never on the till's grid
        product = session.get(Product, session.get(Meal, meal.id).product_id)
        assert (product.category, product.price_cents, product.retired_at is not None) == ("meals", 350, True)
    assert _pickup(database, people["Nel"])[0].status == "collected"
    with pytest.raises(NotAllowed, match="already been collected"), database.write() as session:
        collect_orders(session, member_id=people["Nel"], order_ids=[nel[0].order_id], done_by_id=people["Henk"],
                       payment="card", now=PICKUP)


def test_the_pick_up_is_refused_in_words_outside_its_time_without_payment_or_with_the_till_closed(ordered):
    database, people, meal, till_id = ordered
    order_id = _pickup(database, people["Suus"])[0].order_id
    attempts = [
        (dict(now=AFTER_PICKUP, payment="card"), NotAllowed, "ended at 18:30"),
        (dict(now=MORNING, payment="card"), NotAllowed, "can be collected from 17:00"),
        (dict(now=PICKUP), InvalidInput, "Choose how the contribution is paid"),
        (dict(now=PICKUP, payment="free"), NotAllowed, "goes to the cook"),
        (dict(now=PICKUP, payment="strips"), NotAllowed, "not paid with coffee-card strips"),
        (dict(now=PICKUP, payment="cash", cash_received_cents=100), Exception, "is missing"),
    ]
    for options, error, words in attempts:
        with pytest.raises(error, match=words), database.write() as session:
            collect_orders(session, member_id=people["Suus"], order_ids=[order_id], done_by_id=people["Henk"],
                           **options)
    with pytest.raises(Exception, match="no such order"), database.write() as session:
        collect_orders(session, member_id=people["Nel"], order_ids=[order_id], done_by_id=people["Henk"],
                       payment="card", now=PICKUP)
    assert _pickup(database, people["Suus"])[0].status == "ordered"  # nothing half-saved


def test_with_a_strip_value_set_the_contribution_is_paid_with_coffee_card_strips(ordered):
    database, people, meal, till_id = ordered
    with database.write() as session:
        set_setting(session, key="meal_strip_value_cents", value="90")
        card = add_product(session, name="Koffiekaart", price_cents=900, grants_strips=10)
        sell(session, till_session_id=till_id, items=[(card.id, 1)], payment="card", member_id=people["Suus"],
             now=PICKUP)
    suus = _pickup(database, people["Suus"])
    assert suus[0].strips_due == 4  # EUR 3.50 at 90 cents a strip, rounded up
    with database.write() as session:
        done = collect_orders(session, member_id=people["Suus"], order_ids=[suus[0].order_id],
                              done_by_id=people["Henk"], payment="strips", now=PICKUP)
        assert (done.sale.strips_used, strip_balance(session, member_id=people["Suus"])) == (4, 6)
        assert session.get(MealOrder, suus[0].order_id).paid_cents == 350  # the cook is owed the contribution
    with pytest.raises(SaleRefused, match="strips"), database.write() as session:
        nel = _pickup(database, people["Nel"])[0].order_id
        collect_orders(session, member_id=people["Nel"], order_ids=[nel], done_by_id=people["Henk"],
                       payment="strips", now=PICKUP)


def test_a_free_meal_is_collected_without_a_sale_and_without_an_open_till(kitchen):
    database, people, _ = kitchen
    with database.write() as session:
        soup = offer_meal(session, **offer_args(people["Fatima"], dish="Erwtensoep", contribution_cents=0))
    order(database, soup.id, people["Riet"], 2)
    with database.write() as session:
        riet = orders_for_pickup(session, member_id=people["Riet"], now=PICKUP)
        done = collect_orders(session, member_id=people["Riet"], order_ids=[riet[0].order_id],
                              done_by_id=people["Henk"], now=PICKUP)
    assert (done.due_cents, done.sale) == (0, None)
    _, _, stamppot = kitchen
    order(database, stamppot.id, people["Riet"])
    with pytest.raises(NotAllowed, match="Open the till first"), database.write() as session:
        riet = orders_for_pickup(session, member_id=people["Riet"], now=PICKUP)
        collect_orders(session, member_id=people["Riet"], order_ids=[o.order_id for o in riet if o.due_cents],
                       done_by_id=people["Henk"], payment="card", now=PICKUP)


def test_orders_not_collected_by_the_end_of_the_window_are_recorded_and_the_waiting_list_lapses(ordered):
    database, people, meal, _ = ordered
    order(database, meal.id, people["Riet"], 1)
    order(database, meal.id, people["Ahmed"], 2, waiting_list_ok=True)
    with database.write() as session:
        closed = record_not_collected(session, now=PICKUP)
    assert (closed.not_collected, closed.lapsed) == (0, 1)  # ordering closed at noon; the pick-up is still on
    with database.write() as session:
        closed = record_not_collected(session, now=AFTER_PICKUP)
    assert (closed.not_collected, closed.lapsed) == (3, 0)
    assert [o.status for o in _pickup(database, people["Nel"], AFTER_PICKUP)] == ["not_collected"]


def test_each_cook_is_paid_the_contributions_collected_in_the_month(ordered):
    database, people, meal, _ = ordered
    for name in ("Nel", "Suus"):
        ids = [o.order_id for o in _pickup(database, people[name])]
        with database.write() as session:
            collect_orders(session, member_id=people[name], order_ids=ids, done_by_id=people["Henk"], payment="card",
                           now=PICKUP)
    with database.read() as session:
        december = cook_payouts(session, year=2026, month=12)
        assert cook_payouts(session, year=2026, month=11) == []
    assert [(p.cook_name, p.meals, p.portions, p.amount_cents) for p in december] == [("Bep", 1, 3, 1050)]


def test_the_cooks_sheet_shows_the_allergies_that_matter_to_the_cook_only(ordered):
    database, people, meal, _ = ordered
    with database.read() as session:
        sheet = cook_sheet(session, meal_id=meal.id, asking_id=people["Bep"], now=MORNING)
        for someone in ("Nel", "Ruud", "Fatima"):
            with pytest.raises(NotAllowed, match="Only the cook of this meal"):
                cook_sheet(session, meal_id=meal.id, asking_id=people[someone], now=MORNING)
    assert (sheet.ordered, sheet.left, sheet.expected_cents) == (3, 1, 1050)
    assert [(d.first_name, d.portions, d.allergies_in_dish, d.other_allergies, d.confirmed) for d in sheet.diners] == [
        ("Nel", 2, ("milk",), ("peanuts",), True), ("Suus", 1, (), (), False)]
    with database.write() as session:  # Suus learns she is allergic to mustard after ordering
        set_meal_profile(session, member_id=people["Suus"], asking_id=people["Suus"], allergens=["mustard"],
                         now=MORNING)
        suus = cook_sheet(session, meal_id=meal.id, asking_id=people["Bep"], now=MORNING).diners[1]
    assert (suus.allergies_in_dish, suus.confirmed) == (("mustard",), False)  # the sheet says: ask her


def test_diet_data_are_purged_the_set_number_of_days_after_the_meal(ordered):
    database, people, meal, _ = ordered
    day_after = AFTER_PICKUP + timedelta(days=1)
    with database.write() as session:
        assert purge_meal_diet_data(session, now=AFTER_PICKUP + timedelta(days=29)) == 0
        set_setting(session, key="meal_diet_retention_days", value="1")
        assert run_retention(session, now=day_after + timedelta(minutes=1)).meal_diet_purged == 1
        assert run_retention(session, now=day_after + timedelta(minutes=2)).meal_diet_purged == 0
    with database.read() as session:
        sheet = cook_sheet(session, meal_id=meal.id, asking_id=people["Bep"], now=day_after + timedelta(minutes=2))
        orders = session.exec(MealOrder.__table__.select()).all()
    assert sheet.allergies_purged and all(not d.allergies_in_dish and not d.other_allergies for d in sheet.diners)
    assert all(o.allergies is None and o.allergens_confirmed is None for o in orders)
    assert len(orders) == 2  # the orders stay, for the cook's payout


def test_a_member_export_holds_their_meal_data_and_erasure_removes_it(ordered):
    database, people, meal, _ = ordered
    with database.read() as session:
        exported = export_member(session, member_id=people["Nel"])["meals"]
    assert exported["profile"]["allergens"] == ["peanuts", "milk"]
    assert [(o["dish"], o["portions"], o["allergies_kept_for_the_cook"]) for o in exported["orders"]] == [
        ("Stamppot boerenkool", 2, ["peanuts", "milk"])]
    with database.write() as session:
        erase_member(session, member_id=people["Nel"], now=MORNING)
    with database.read() as session:
        assert session.get(MealProfile, people["Nel"]) is None
        sheet = cook_sheet(session, meal_id=meal.id, asking_id=people["Bep"], now=MORNING)
    assert [d.first_name for d in sheet.diners] == ["Suus"] and sheet.left == 3  # cancelled before the cut-off


def test_the_demo_has_meals_of_every_kind(demo_database):
    with demo_database.read() as session:
        meals = meals_between(session, first_day=date(2026, 10, 1), last_day=date(2026, 12, 31))
        statuses = {row.status for row in session.exec(MealOrder.__table__.select()).all()}
        profiles = session.exec(MealProfile.__table__.select()).all()
        payouts = cook_payouts(session, year=2026, month=11)
    assert {"ordered", "waiting", "collected", "not_collected", "lapsed", "cancelled"} <= statuses
    assert any(m.sold_out and m.waiting for m in meals) and any(m.cancelled for m in meals)
    assert any(m.contribution_cents == 0 for m in meals) and any(m.day == date(2026, 11, 30) for m in meals)
    assert len(profiles) == len(PROFILES) and sum(p.amount_cents for p in payouts) > 0


def test_the_daily_housekeeping_records_missed_pick_ups_and_purges_old_allergy_data(ordered, tmp_path):
    database, people, meal, _ = ordered
    report = run_housekeeping(database, now=AFTER_PICKUP + timedelta(days=31), folder=tmp_path)
    assert (report.meals_closed.not_collected, report.retention.meal_diet_purged) == (2, 1)

"""The coffee-corner till as a volunteer uses it: tap products, pay in cash with change,
pay with a coffee card, refused amounts, undo, and a closed till."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from trefpuntje.core.members import list_members
from trefpuntje.core.models.till import Payment, Sale, SaleLine
from trefpuntje.core.till import current_session, open_session, sell, strip_balance
from trefpuntje.core.till_products import price_list
from trefpuntje.ui.screens.till import TillScreen
from tests.ui.test_activities_flow import card_for

NOW = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # Monday 10:30 in Nijmegen, the demo week


def member_named(database, first_name):
    with database.read() as session:
        return next(m for m in list_members(session) if m.first_name == first_name)


def open_till(database, float_cents=5000):
    with database.write() as session:
        return open_session(session, opened_by_id=member_named(database, "Ruud").id, float_cents=float_cents,
                            now=NOW - timedelta(hours=1)).id


def product(database, name):
    with database.read() as session:
        return next(p for p in price_list(session) if p.name == name)


@pytest.fixture
def till_window(make_window, demo_database):
    open_till(demo_database)
    window = make_window(demo_database, station="till")
    window.now = NOW
    window.clock = lambda: window.now
    window.go_start()
    return window


def screen_of(window) -> TillScreen:
    screen = window.current_screen()
    assert isinstance(screen, TillScreen)
    return screen


def click(qtbot, widget):
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def tap_product(qtbot, till, database, name):
    tile = till.grid.tiles[product(database, name).id]
    if not tile.isVisible():
        click(qtbot, till.grid.tabs[tile.product.category])
    click(qtbot, tile)


def sales(database):
    with database.read() as session:
        till_session = current_session(session)
        return list(session.exec(select(Sale).where(Sale.session_id == till_session.id)).all())


def test_a_whole_cash_sale_with_change_in_notes_and_coins(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    tap_product(qtbot, till, demo_database, "Koffie")  # again: one more
    tap_product(qtbot, till, demo_database, "Appeltaart")
    assert till.total.text() == "€ 4,00"
    click(qtbot, till.pay_buttons[Payment.CASH])
    cash = till.cash_page
    assert till.pages.currentWidget() is cash and "€ 4,00" in cash.due_label.text()
    click(qtbot, cash.note_buttons[1000])  # a ten euro note handed over
    assert cash.result.text() == "Wisselgeld: € 6,00"
    assert [(p.cents, p.count) for p in cash.change_view.pieces] == [(500, 1), (100, 1)]
    click(qtbot, cash.confirm)

    done = till.done_page
    assert till.pages.currentWidget() is done
    assert done.amount.text() == "€ 6,00"
    assert [(p.cents, p.count) for p in done.change_view.pieces] == [(500, 1), (100, 1)]
    [sale] = sales(demo_database)
    assert (sale.payment, sale.total_cents, sale.cash_received_cents, sale.change_cents) == ("cash", 400, 1000, 600)
    with demo_database.read() as session:
        lines = session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id)).all()
    assert sorted((line.name, line.quantity, line.amount_cents) for line in lines) == [
        ("Appeltaart", 1, 200), ("Koffie", 2, 200)]
    click(qtbot, done.next_button)
    assert till.pages.currentWidget() is till.sell_page and till.total.text() == "€ 0,00"
    assert till.undo_button.isVisible()  # the sale just made can be taken back


def test_typed_cash_and_one_less(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Thee")
    tap_product(qtbot, till, demo_database, "Thee")
    row = till.lines_column.itemAt(0).widget()
    qtbot.waitUntil(row.minus.isVisible)
    click(qtbot, row.minus)
    assert till.total.text() == "€ 1,00"
    click(qtbot, till.pay_buttons[Payment.CASH])
    for key in "2,5":
        click(qtbot, till.cash_page.pad.keys[key])
    assert till.cash_page.received_label.text() == "€ 2,50"
    click(qtbot, till.cash_page.confirm)
    [sale] = sales(demo_database)
    assert (sale.total_cents, sale.change_cents) == (100, 150)


def test_too_little_cash_is_refused_and_says_what_is_missing(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Tosti")
    click(qtbot, till.pay_buttons[Payment.CASH])
    click(qtbot, till.cash_page.pad.keys["2"])
    assert till.cash_page.result.text() == "€ 0,75 ontbreekt"
    click(qtbot, till.cash_page.confirm)
    assert till.pages.currentWidget() is till.cash_page
    assert "€ 0,75" in till_window.banner_text.text()
    assert sales(demo_database) == []


def test_an_absurd_amount_of_cash_is_refused(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    click(qtbot, till.pay_buttons[Payment.CASH])
    for key in "2000":
        click(qtbot, till.cash_page.pad.keys[key])
    click(qtbot, till.cash_page.confirm)
    assert "€ 1.000,00" in till_window.banner_text.text()
    assert sales(demo_database) == []


def test_cash_rounding_to_five_cents(till_window, demo_database, qtbot):
    from trefpuntje.core.settings import set_setting
    from trefpuntje.core.till_products import change_product

    with demo_database.write() as session:
        set_setting(session, key="cash_rounding", value="on")
        change_product(session, product_id=product(demo_database, "Koffie").id, price_cents=102)
    till = screen_of(till_window)
    till.refresh()
    tap_product(qtbot, till, demo_database, "Koffie")
    click(qtbot, till.pay_buttons[Payment.CASH])
    assert till.cash_page.due == 100  # 1,02 rounds down
    click(qtbot, till.cash_page.exact)
    click(qtbot, till.cash_page.confirm)
    [sale] = sales(demo_database)
    assert (sale.total_cents, sale.rounding_cents, sale.change_cents) == (102, -2, 0)


def test_a_coffee_card_sale_after_a_scan_shows_that_member_the_strips_left(till_window, demo_database, qtbot):
    nel, token = card_for(demo_database, "Nel")
    with demo_database.read() as session:
        before = strip_balance(session, member_id=nel.id)
    assert before >= 2, "the demo gives Nel a coffee card"
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    tap_product(qtbot, till, demo_database, "Thee")
    click(qtbot, till.pay_buttons[Payment.STRIPS])
    assert till.pages.currentWidget() is till.scan_page
    qtbot.keyClicks(till_window, token)  # the keyboard-wedge scanner types the card's code ...
    qtbot.keyClick(till_window, Qt.Key.Key_Return)  # ... and Enter
    qtbot.waitUntil(lambda: till.pages.currentWidget() is till.done_page)
    assert till.done_page.detail.text() == f"Nel: nog {before - 2} strippen."
    [sale] = sales(demo_database)
    assert (sale.payment, sale.strips, sale.total_cents, sale.member_id) == ("strips", 2, 0, nel.id)
    with demo_database.read() as session:
        assert strip_balance(session, member_id=nel.id) == before - 2


def test_a_coffee_card_without_strips_says_so_and_offers_cash(till_window, demo_database, qtbot):
    wim, token = card_for(demo_database, "Wim")
    with demo_database.read() as session:
        assert strip_balance(session, member_id=wim.id) == 0
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    till_window.visit.handle_scan(token)  # scanned first: the customer is known
    assert "Wim" in till.customer_label.text()
    click(qtbot, till.pay_buttons[Payment.STRIPS])
    assert till.pages.currentWidget() is till.scan_page
    assert "geen strippen meer" in till.scan_text.text()
    assert sales(demo_database) == []
    click(qtbot, till.scan_cash)  # pay in cash instead
    assert till.pages.currentWidget() is till.cash_page
    click(qtbot, till.cash_page.exact)
    click(qtbot, till.cash_page.confirm)
    assert [s.payment for s in sales(demo_database)] == ["cash"]


def test_buying_a_coffee_card_asks_whose_card_it_is(till_window, demo_database, qtbot):
    wim, token = card_for(demo_database, "Wim")
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffiekaart 10 strippen")
    click(qtbot, till.pay_buttons[Payment.CARD])
    assert till.pages.currentWidget() is till.scan_page  # whose card?
    till_window.visit.handle_scan(token)
    assert till.pages.currentWidget() is till.card_page
    click(qtbot, till.card_paid)
    assert till.done_page.detail.text() == "Wim: 10 strippen op de koffiekaart."
    with demo_database.read() as session:
        assert strip_balance(session, member_id=wim.id) == 10


def test_free_for_a_volunteer_on_shift(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    click(qtbot, till.pay_buttons[Payment.FREE])
    click(qtbot, till.free_buttons[0])
    [sale] = sales(demo_database)
    assert (sale.payment, sale.total_cents, sale.free_reason) == ("free", 0, "Volunteer on shift")


def test_the_last_sale_is_undone_as_a_reversal_within_five_minutes(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    click(qtbot, till.pay_buttons[Payment.CARD])
    click(qtbot, till.card_paid)
    click(qtbot, till.done_page.next_button)
    till_window.now = NOW + timedelta(minutes=4)
    click(qtbot, till.undo_button)
    assert "verkoop 1" in till.undo_text.text().lower()
    click(qtbot, till.undo_yes)
    kinds = sorted((s.kind, s.total_cents) for s in sales(demo_database))
    assert kinds == [("sale", 100), ("undo", -100)]  # recorded as a reversal, never deleted
    assert not till.undo_button.isVisible()  # a reversal is not undone again


def test_undo_is_gone_after_five_minutes(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    click(qtbot, till.pay_buttons[Payment.CARD])
    click(qtbot, till.card_paid)
    click(qtbot, till.done_page.next_button)
    assert till.undo_button.isVisible()
    till_window.now = NOW + timedelta(minutes=6)
    till.refresh()
    assert not till.undo_button.isVisible()


def test_a_retired_product_leaves_the_grid_and_cannot_be_sold(till_window, demo_database, qtbot):
    from trefpuntje.core.till_products import retire_product

    till = screen_of(till_window)
    soup = product(demo_database, "Soep van de dag")
    tap_product(qtbot, till, demo_database, "Soep van de dag")
    with demo_database.write() as session:  # meanwhile, in staff mode elsewhere
        retire_product(session, product_id=soup.id)
    click(qtbot, till.pay_buttons[Payment.CARD])
    click(qtbot, till.card_paid)
    assert "Soep van de dag" in till_window.banner_text.text()
    assert sales(demo_database) == []
    till.refresh()
    assert soup.id not in till.grid.tiles and till.order == {}


def test_a_closed_till_says_so_and_sells_nothing(make_window, demo_database, qtbot):
    window = make_window(demo_database, station="till")
    window.go_start()
    till = screen_of(window)
    assert till.pages.currentWidget() is till.closed_page
    click(qtbot, till.open_button)
    assert window.current_screen() is window.pin_screen


def test_tap_to_total_never_touches_the_database(till_window, demo_database, qtbot, monkeypatch):
    till = screen_of(till_window)
    tile = till.grid.tiles[product(demo_database, "Koffie").id]

    def no_database(*args, **kwargs):
        raise AssertionError("a tap went to the database")

    monkeypatch.setattr(till.database, "read", no_database)
    monkeypatch.setattr(till.database, "write", no_database)
    click(qtbot, tile)
    assert till.total.text() == "€ 1,00"


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_till_page_fits_the_kiosk_screen(make_window, demo_database, language, qtbot):
    open_till(demo_database)
    window = make_window(demo_database, station="till", language=language)
    window.go_start()
    till = screen_of(window)
    for page in range(till.pages.count()):  # the stack is as large as its largest page
        till.pages.setCurrentIndex(page)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (till.pages.widget(page), hint)


def test_sales_elsewhere_do_not_disturb_the_order_on_screen(till_window, demo_database, qtbot):
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    with demo_database.write() as session:  # another till, or the command line
        sell(session, till_session_id=till.session_id, items=[(product(demo_database, "Thee").id, 1)],
             payment="card", now=NOW)
    till.refresh()
    assert till.total.text() == "€ 1,00"

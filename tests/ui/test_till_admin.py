"""Staff at the till: open with a counted float, X report, void and refund with a reason
and a name, close with the counted cash and get the numbered Z report."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from trefpuntje.core.models.till import Sale, TillSession
from trefpuntje.core.till import current_session, sell
from trefpuntje.core.till_reports import z_report
from tests.ui.staff_steps import open_staff
from tests.ui.test_till import NOW, click, product, screen_of


@pytest.fixture
def staff_till(make_window, demo_database, qtbot):
    window = make_window(demo_database, station="till")
    window.now = NOW
    window.clock = lambda: window.now
    window.go_start()
    open_staff(qtbot, window)
    click(qtbot, window.staff_home.tiles["till"])
    return window, window.staff_screens["till"]


def type_amount(qtbot, pad, text):
    for key in text:
        click(qtbot, pad.keys[key])


def test_open_the_till_with_a_counted_float_then_sell(staff_till, demo_database, qtbot):
    window, admin = staff_till
    assert admin.open_button.isVisible() and not admin.close_button.isVisible()
    click(qtbot, admin.open_button)
    type_amount(qtbot, admin.pad, "75")
    click(qtbot, admin.count_ok)
    with demo_database.read() as session:
        opened = current_session(session)
        assert opened is not None and opened.float_cents == 7500
    assert admin.close_button.isVisible() and "€ 75,00" in admin.status.text()
    click(qtbot, admin.till_button)
    assert screen_of(window).pages.currentWidget() is screen_of(window).sell_page


def test_close_with_the_counted_cash_makes_the_z_report(staff_till, demo_database, qtbot):
    window, admin = staff_till
    click(qtbot, admin.open_button)
    type_amount(qtbot, admin.pad, "50")
    click(qtbot, admin.count_ok)
    with demo_database.write() as session:
        till_session = current_session(session)
        sell(session, till_session_id=till_session.id, items=[(product(demo_database, "Koffie").id, 3)], payment="cash",
             cash_received_cents=500, now=NOW)
    click(qtbot, admin.x_button)
    assert "X" in admin.report_heading.text() and "€ 53,00" in admin.report_text.text()
    click(qtbot, admin.close_button)
    type_amount(qtbot, admin.pad, "52,50")  # 50 cents short
    click(qtbot, admin.count_ok)
    assert "Te weinig: € 0,50" in admin.report_text.text()
    with demo_database.read() as session:
        closed = session.exec(select(TillSession).order_by(TillSession.number.desc())).first()
        report = z_report(session, till_session_id=closed.id)
    assert (report.expected_cash_cents, report.counted_cash_cents, report.difference_cents) == (5300, 5250, -50)
    assert report.closed_by == window.staff.first_name and f"Z-rapport {report.z_number}" in admin.report_heading.text()
    assert admin.open_button.isVisible()  # closed now: the next session can open


def test_a_float_that_cannot_be_right_is_refused(staff_till, demo_database, qtbot):
    _, admin = staff_till
    click(qtbot, admin.open_button)
    type_amount(qtbot, admin.pad, "100000")  # EUR 100,000
    click(qtbot, admin.count_ok)
    assert "la" in admin.count_heading.text() and "100.000" in admin.count_heading.text()
    with demo_database.read() as session:
        assert current_session(session) is None


def test_void_a_sale_with_a_reason_and_the_staff_name(staff_till, demo_database, qtbot):
    window, admin = staff_till
    click(qtbot, admin.open_button)
    type_amount(qtbot, admin.pad, "50")
    click(qtbot, admin.count_ok)
    with demo_database.write() as session:
        till_session = current_session(session)
        sale = sell(session, till_session_id=till_session.id, items=[(product(demo_database, "Appeltaart").id, 1)],
                    payment="cash", cash_received_cents=200, now=NOW - timedelta(minutes=30))
    click(qtbot, admin.void_button)
    assert admin.sales.count() >= 1
    admin.sales.setCurrentRow(0)  # the newest first: the apple pie
    assert admin.sales.currentItem().data(Qt.ItemDataRole.UserRole) == str(sale.sale_id)
    click(qtbot, admin.refund_ok)  # no reason yet
    assert "waarom" in admin.void_message.text().lower() or "reden" in admin.void_message.text().lower()
    click(qtbot, admin.reason_buttons[1])  # "customer brought it back"
    click(qtbot, admin.refund_ok)
    assert "€ 2,00" in admin.void_message.text()
    with demo_database.read() as session:
        refund = session.exec(select(Sale).where(Sale.reverses_sale_id == sale.sale_id)).one()
    assert (refund.kind, refund.total_cents, refund.reason) == ("refund", -200, "Teruggebracht")
    assert refund.done_by_id == window.staff.id
    assert all(admin.sales.item(i).data(Qt.ItemDataRole.UserRole) != str(sale.sale_id)
               for i in range(admin.sales.count()))  # taken back once only


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_the_till_staff_screen_fits_the_kiosk_screen(make_window, demo_database, language, qtbot):
    window = make_window(demo_database, station="till", language=language, kiosk=True)
    window.go_start()
    open_staff(qtbot, window)
    assert window.minimumSizeHint().height() <= 800  # the staff home with its tiles, in kiosk mode
    click(qtbot, window.staff_home.tiles["till"])
    admin = window.staff_screens["till"]
    for panel in (admin.count_panel, admin.report_panel, admin.void_panel):
        admin.panels.setCurrentWidget(panel)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (panel, hint)

"""The coffee corner on the public kiosk: prices for all, strips only for the card holder."""

from __future__ import annotations

from PySide6.QtCore import Qt

from trefpuntje.core.till import strip_balance
from trefpuntje.ui.screens.coffee_menu import CoffeeMenu
from tests.ui.test_activities_flow import card_for


def test_the_kiosk_shows_prices_and_only_the_scanned_visitor_sees_their_strips(make_window, demo_database, qtbot):
    window = make_window(demo_database)  # the public kiosk
    qtbot.mouseClick(window.home.tiles["coffee"], Qt.MouseButton.LeftButton)
    menu = window.current_screen()
    assert isinstance(menu, CoffeeMenu)  # a menu board, not a till: nothing can be sold here
    assert menu.prices["Koffie"].text() == "€ 1,00" and menu.prices["Appeltaart"].text() == "€ 2,00"
    assert "Scan je kaart" in menu.strips.text()
    nel, token = card_for(demo_database, "Nel")
    with demo_database.read() as session:
        balance = strip_balance(session, member_id=nel.id)
    window.visit.handle_scan(token)
    assert window.current_screen() is menu  # the scan does not take her away from the menu
    assert menu.strips.text() == f"Nel, je koffiekaart heeft nog {balance} strippen."
    window.end_visit()
    qtbot.mouseClick(window.home.tiles["coffee"], Qt.MouseButton.LeftButton)
    assert "Nel" not in menu.strips.text()  # the next person does not see it

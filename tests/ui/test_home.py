from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import KIOSK_SIZES
from trefpuntje.ui.area_screens import build_area
from trefpuntje.ui.screens.coming_soon import ComingSoonScreen
from trefpuntje.ui.screens.shop import ShopScreen


def test_home_shows_a_tile_with_pictogram_and_word_for_every_area(window):
    assert window.stack.currentWidget() is window.home
    texts = {key: tile.text() for key, tile in window.home.tiles.items()}
    assert texts == {"activities": "Activiteiten", "shop": "Weggeefwinkel", "meals": "Maaltijden",
                     "coffee": "Koffiehoek", "volunteers": "Vrijwilligers"}
    assert all(not tile.icon().isNull() for tile in window.home.tiles.values())


def test_a_tile_opens_its_area_and_start_returns_home(window, qtbot):
    qtbot.mouseClick(window.home.tiles["shop"], Qt.MouseButton.LeftButton)
    assert isinstance(window.stack.currentWidget(), ShopScreen)
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_without_a_database_a_tile_says_coming_soon_and_back_returns_home(window, qtbot):
    window.database = None  # e.g. while the first start is not done: nothing to show yet
    screen = build_area(window, "shop")
    assert isinstance(screen, ComingSoonScreen)
    assert screen.title.text() == "Weggeefwinkel"
    window.stack.addWidget(screen)
    window.stack.setCurrentWidget(screen)
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home


def test_language_buttons_switch_every_word_live_and_arabic_reads_right_to_left(window, qtbot):
    qtbot.mouseClick(window.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.tiles["coffee"].text() == "Coffee corner")
    assert window.staff_button.text() == "Staff"
    assert window.home.tiles["coffee"].accessibleName() == "Coffee corner"
    qtbot.mouseClick(window.language_buttons["ar"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.tiles["coffee"].text() == "ركن القهوة")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.home.tiles["activities"].isRightToLeft()
    # the first tile now stands on the right
    assert window.home.tiles["activities"].mapTo(window, window.home.tiles["activities"].rect().center()).x() > window.width() / 2
    qtbot.mouseClick(window.language_buttons["nl"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.home.tiles["coffee"].text() == "Koffiehoek")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _interactive(interface):
    found = []
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is None or child.state().invisible:
            continue
        if child.role() in (QAccessible.Role.Button, QAccessible.Role.PushButton, QAccessible.Role.CheckBox,
                            QAccessible.Role.RadioButton, QAccessible.Role.ComboBox, QAccessible.Role.EditableText):
            found.append(child)
        found.extend(_interactive(child))
    return found


@pytest.mark.parametrize("size", KIOSK_SIZES)
@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_control_on_home_has_a_name_and_is_at_least_80_px(make_window, demo_database, size, language):
    window = make_window(demo_database, size=size, language=language)
    controls = _interactive(QAccessible.queryAccessibleInterface(window))
    assert len(controls) >= 5 + 3 + 2  # tiles, languages, start and staff
    for control in controls:
        rect = control.rect()
        assert control.text(QAccessible.Text.Name).strip(), control
        assert rect.width() >= 80 and rect.height() >= 80, (control.text(QAccessible.Text.Name), rect)


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_screen_fits_the_smallest_kiosk_screen(make_window, demo_database, database, language):
    window = make_window(demo_database, language=language, kiosk=True)  # kiosk mode adds "Close Trefpuntje"
    for key in window.home.tiles:
        window.open_area(key)  # builds every area screen
    window.open_about()
    setup = make_window(database, language=language)  # the first-start screen
    for built in (window, setup):
        assert built.minimumSizeHint().width() <= KIOSK_SIZES[0][0]
        assert built.minimumSizeHint().height() <= KIOSK_SIZES[0][1]


def test_kiosk_text_is_at_least_20_points(window):
    assert window.home.tiles["shop"].font().pointSize() >= 20
    assert window.staff_button.font().pointSize() >= 20

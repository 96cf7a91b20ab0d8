"""Staff edit the till's price list: prices, new products, off sale and back, bad input."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.till import lines_of, open_session, sell
from trefpuntje.core.till_products import add_product, get_product, price_list
from trefpuntje.ui.app import create_application
from trefpuntje.ui.i18n import Languages
from trefpuntje.ui.staff.price_list import PriceListAdmin
from trefpuntje.ui.widgets.touch import TouchButton

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
SCREEN_SIZES = [(1280, 800 - 70), (1920, 1080 - 70)]  # the window less its top bar
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def english(qapp):
    """The app as it runs (style sheet, fonts), in English: the new strings have no Dutch yet."""
    languages = Languages(create_application())
    languages.switch("en")
    yield
    languages.switch("nl")


@pytest.fixture
def products(database) -> dict[str, uuid.UUID]:
    with database.write() as session:
        return {
            "Koffie": add_product(session, name="Koffie", price_cents=120, category="Drinken", strips=1).id,
            "Thee": add_product(session, name="Thee", price_cents=100, pictogram="tea", category="Drinken").id,
            "Appeltaart": add_product(session, name="Appeltaart", price_cents=265, pictogram="cake", category="Eten").id,
        }


@pytest.fixture
def admin(qtbot, database, products, english) -> PriceListAdmin:
    screen = PriceListAdmin(database)
    qtbot.addWidget(screen)
    screen.resize(*SCREEN_SIZES[0])
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    return screen


def sale_of(database, product_id: uuid.UUID, quantity: int) -> uuid.UUID:
    with database.write() as session:
        seller = add_member(session, first_name="Henk", roles=[Role.VOLUNTEER]).id
        till_session = open_session(session, opened_by_id=seller, float_cents=5000, now=NOW).id
        return sell(session, till_session_id=till_session, items=[(product_id, quantity)], payment="cash",
                    cash_received_cents=1000, now=NOW).sale_id


def pick(qtbot, admin: PriceListAdmin, name: str) -> str:
    """Tap a product in the list; returns the text the list shows for it."""
    for row in range(admin.products.count()):
        item = admin.products.item(row)
        if item.text().split("\n")[0] == name:
            admin.products.scrollToItem(item)
            qtbot.mouseClick(admin.products.viewport(), LEFT, pos=admin.products.visualItemRect(item).center())
            return item.text()
    raise AssertionError(f"{name} is not in the list")


def shown(admin: PriceListAdmin, name: str) -> str:
    return next(admin.products.item(row).text() for row in range(admin.products.count())
                if admin.products.item(row).text().split("\n")[0] == name)


def type_on_screen(qtbot, admin: PriceListAdmin, field, text: str) -> None:
    """Tap the field, erase what is there and type with the on-screen keys, then "Ready"."""
    qtbot.mouseClick(field, LEFT)
    assert admin.pages.currentIndex() == 1
    for _ in admin.typed.text():
        qtbot.mouseClick(admin.keyboard.keys["erase"], LEFT)
    for char in text:
        key = admin.digit_keys.get(char) or admin.keyboard.keys["space" if char == " " else char.upper()]
        qtbot.mouseClick(key, LEFT)
    qtbot.mouseClick(admin.keyboard.keys["ready"], LEFT)
    assert admin.pages.currentIndex() == 0


def test_a_new_price_is_saved_and_a_sale_made_before_keeps_its_old_price(qtbot, database, products, admin):
    sale = sale_of(database, products["Koffie"], 2)
    pick(qtbot, admin, "Koffie")
    assert admin.message.text() == "Change: Koffie" and admin.price.text() == "1.20"
    type_on_screen(qtbot, admin, admin.price, "1,35")
    assert admin.price.text() == "1,35"
    qtbot.mouseClick(admin.save_button, LEFT)
    assert admin.message.text() == "Koffie is saved."
    assert shown(admin, "Koffie").startswith("Koffie\n€1.35 · VAT 9 % · strips: 1")
    with database.read() as session:
        assert get_product(session, products["Koffie"]).price_cents == 135
        assert [(line.name, line.unit_price_cents, line.amount_cents) for line in lines_of(session, [sale])] == [
            ("Koffie", 120, 240)]


def test_a_new_product_is_added_with_its_vat_rate_pictogram_category_and_strips(qtbot, database, admin):
    qtbot.mouseClick(admin.new_button, LEFT)
    assert admin.message.text() == "New product" and admin.name.text() == "" and admin.retire_button.isHidden()
    type_on_screen(qtbot, admin, admin.name, "Tosti kaas")
    type_on_screen(qtbot, admin, admin.price, "2,75")
    qtbot.mouseClick(admin.category, LEFT)  # the categories there are, one tap away
    chips = {chip.text(): chip for chip in admin.chips.widget().findChildren(TouchButton)}
    assert sorted(chips) == ["Drinken", "Eten"]
    qtbot.mouseClick(chips["Eten"], LEFT)
    qtbot.mouseClick(admin.vat_buttons[21], LEFT)
    qtbot.mouseClick(admin.pictogram_buttons["sandwich"], LEFT)
    for _ in range(2):
        qtbot.mouseClick(admin.strips.more, LEFT)
    qtbot.mouseClick(admin.order.more, LEFT)
    assert (admin.name.text(), admin.category.text(), admin.strips.box.text()) == ("Tosti kaas", "Eten", "2")
    qtbot.mouseClick(admin.save_button, LEFT)
    assert admin.message.text() == "Tosti kaas is saved."
    with database.read() as session:
        tosti = next(view for view in price_list(session) if view.name == "Tosti kaas")
        order = get_product(session, tosti.id).sort_order
    assert (tosti.price_cents, tosti.vat_rate_percent, tosti.pictogram, tosti.category, tosti.strips,
            tosti.grants_strips, order) == (275, 21, "sandwich", "Eten", 2, None, 1)
    assert admin.selected == tosti.id and not admin.retire_button.isHidden()
    assert shown(admin, "Tosti kaas") == "Tosti kaas\n€2.75 · VAT 21 % · strips: 2"


def test_a_coffee_card_product_says_how_many_strips_it_gives(qtbot, database, admin):
    qtbot.mouseClick(admin.new_button, LEFT)
    type_on_screen(qtbot, admin, admin.name, "Koffiekaart")
    type_on_screen(qtbot, admin, admin.price, "9")
    admin.grants_strips.box.setValue(10)  # typed on a keyboard; the screen's "+" would take ten taps
    qtbot.mouseClick(admin.save_button, LEFT)
    with database.read() as session:
        card = next(view for view in price_list(session) if view.name == "Koffiekaart")
    assert (card.price_cents, card.grants_strips, card.strips) == (900, 10, None)
    assert shown(admin, "Koffiekaart") == "Koffiekaart\n€9.00 · VAT 9 % · coffee card, strips: 10"


def test_off_sale_leaves_the_grid_keeps_the_history_and_can_be_put_back(qtbot, database, products, admin):
    sale = sale_of(database, products["Thee"], 1)
    pick(qtbot, admin, "Thee")
    assert admin.retire_button.text() == "Take off sale"
    qtbot.mouseClick(admin.retire_button, LEFT)
    assert admin.message.text() == "Thee is off sale. Its sales stay as they were."
    assert shown(admin, "Thee") == "Thee\n\u2716 off sale · €1.00 · VAT 9 %"
    assert admin.retire_button.text() == "Put back on sale"
    with database.read() as session:
        assert "Thee" not in [view.name for view in price_list(session)]
        assert [view.retired for view in price_list(session, include_retired=True) if view.name == "Thee"] == [True]
        assert [line.name for line in lines_of(session, [sale])] == ["Thee"]
    qtbot.mouseClick(admin.retire_button, LEFT)
    assert admin.message.text() == "Thee is on sale again."
    assert shown(admin, "Thee") == "Thee\n€1.00 · VAT 9 %" and admin.retire_button.text() == "Take off sale"
    with database.read() as session:
        assert "Thee" in [view.name for view in price_list(session)]


@pytest.mark.parametrize(("name", "price", "message"), [
    ("Koffie", "abc", "Type the price in euros, for example €1.50. Nothing is saved."),
    ("Koffie", "", "Type the price in euros, for example €1.50. Nothing is saved."),
    ("Koffie", "1000,01", "A price is at least 0 and at most €1,000.00."),
    ("   ", "1,50", "A product needs a name."),
])
def test_bad_input_is_explained_and_nothing_is_saved(qtbot, database, admin, name, price, message):
    with database.read() as session:
        before = price_list(session, include_retired=True)
    pick(qtbot, admin, "Koffie")
    for field, text in ((admin.name, name), (admin.price, price)):  # a keyboard this time
        field.clear()
        qtbot.keyClicks(field, text)
    qtbot.keyClick(admin.price, Qt.Key.Key_Return)
    assert admin.message.text() == message
    assert "color: #8b0000" in admin.message.styleSheet()
    qtbot.mouseClick(admin.new_button, LEFT)
    for field, text in ((admin.name, name), (admin.price, price)):
        field.setText(text)
    qtbot.mouseClick(admin.save_button, LEFT)
    assert admin.message.text() == message
    with database.read() as session:
        assert price_list(session, include_retired=True) == before


def test_leaving_staff_mode_forgets_the_choice_and_what_was_half_typed(qtbot, admin):
    pick(qtbot, admin, "Thee")
    admin.name.setText("Thee met honing")
    qtbot.mouseClick(admin.price, LEFT)  # the on-screen keys are open
    admin.reset()
    assert admin.pages.currentIndex() == 0 and admin.selected is None and admin.name.text() == ""
    admin.refresh()
    assert admin.name.text() == "Koffie"  # the first product, as stored


@pytest.mark.parametrize("size", SCREEN_SIZES)
def test_form_and_on_screen_keys_fit_the_screen_without_scrolling(qtbot, admin, size, tmp_path):
    admin.resize(*size)
    qtbot.waitUntil(lambda: admin.size().toTuple() == size)
    whole = QRect(QPoint(0, 0), admin.size())

    def inside(widget) -> bool:
        return whole.contains(QRect(widget.mapTo(admin, QPoint(0, 0)), widget.size()))

    assert not admin.scroll.verticalScrollBar().isVisible()
    assert all(inside(w) for w in (admin.save_button, admin.retire_button, admin.new_button, admin.grants_strips.more))
    admin.grab().save(str(tmp_path / f"price_list_{size[0]}.png"))
    qtbot.mouseClick(admin.category, LEFT)
    qtbot.waitUntil(lambda: admin.keyboard.isVisible())
    assert all(inside(w) for w in (admin.typed, admin.keyboard.keys["ready"], admin.digit_keys["0"], admin.chips))
    admin.grab().save(str(tmp_path / f"price_list_keys_{size[0]}.png"))

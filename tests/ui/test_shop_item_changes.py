"""Putting a shop item right in staff mode: "Change an item" with the code of the item
just taken in, a label scanned on the shop's screen (also through the real window's
scanner path), more units or fewer (never below those handed out), a wrong or unknown
code, and "Stop changing" that saves nothing."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import select

from tests.ui.staff_steps import open_staff
from tests.ui.test_shop_admin import NOW, admin, click, errors, member  # noqa: F401 - admin is a fixture
from trefpuntje.core.cards import issue_card
from trefpuntje.core.models import AuditEntry, Role
from trefpuntje.core.models.shop import ShopItem
from trefpuntje.core.shop import label_payload, take_in
from trefpuntje.core.shop_counter import clear_items, hand_out
from trefpuntje.ui.staff.shop_admin import ShopAdmin


def stored(database, code: str) -> ShopItem:
    with database.read() as session:
        return session.exec(select(ShopItem).where(ShopItem.code == code)).one()


def take(database, **given) -> str:
    with database.write() as session:
        return take_in(session, **({"category": "kitchen", "title": "Steelpan", "now": NOW} | given)).code


def test_a_typo_found_at_once_is_put_right_with_change_an_item(admin, demo_database, qtbot):  # noqa: F811
    intake = admin.intake
    click(qtbot, intake.category_tiles["kitchen"])
    qtbot.keyClicks(intake.title, "Stelpan")
    click(qtbot, intake.save_button)
    code = intake.last.code
    click(qtbot, intake.find_button)
    assert admin.top.currentWidget() is admin.code_page
    assert admin.code_page.pad.field.text() == code  # the item just taken in, typed already
    click(qtbot, admin.code_page.pad.find)
    assert admin.top.currentWidget() is admin.main and intake.editing is not None
    assert intake.title.text() == "Stelpan" and intake.category() == "kitchen"
    assert intake.save_button.text() == "Wijzigingen opslaan" and not intake.day.isVisible()
    assert code in admin.note.text()
    intake.title.clear()
    qtbot.keyClicks(intake.title, "Steelpan")
    click(qtbot, intake.condition_tiles["fair"])
    click(qtbot, intake.quantity.more)
    click(qtbot, intake.price.more)
    click(qtbot, intake.save_button)

    item = stored(demo_database, code)
    assert (item.title, item.condition, item.quantity, item.on_shelf, item.price_cents) == ("Steelpan", "fair", 2,
                                                                                          2, 50)
    assert "Steelpan" in admin.note.text() and admin.note.property("kind") != "problem"
    assert intake.editing is None and intake.save_button.text() == "Innemen" and intake.find_button.isVisible()
    assert intake.title.text() == "" and intake.label_button.isVisible()  # a new label: the price changed
    with demo_database.read() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "shop.change")).one()
    assert entry.actor_id == admin.staff.id


def test_a_label_scanned_on_the_shop_screen_opens_the_item_and_stop_changing_saves_nothing(admin, demo_database,
                                                                                          qtbot):  # noqa: F811
    nel = member(demo_database, "Nel")
    code = take(demo_database, category="toys", title="Knuffelbeer", quantity=2, donor_id=nel.id)
    assert admin.take_scan(label_payload(code)) is True
    intake = admin.intake
    assert intake.editing.code == code and intake.category() == "toys" and intake.title.text() == "Knuffelbeer"
    assert intake.quantity.value == 2 and intake.donor_button.text() == "Nel"
    qtbot.keyClicks(intake.title, " (groot)")
    click(qtbot, intake.cancel_button)
    assert intake.editing is None and intake.title.text() == "" and intake.save_button.text() == "Innemen"
    assert stored(demo_database, code).title == "Knuffelbeer"


def test_a_card_scanned_on_the_shop_screen_still_goes_to_the_donor(admin, demo_database):  # noqa: F811
    with demo_database.write() as session:
        token = issue_card(session, member_id=member(demo_database, "Riet").id, now=NOW).token
    assert admin.take_scan(token) is False  # not a label: the window looks the card up and calls take_card
    assert admin.intake.editing is None


def test_the_number_never_goes_below_the_units_handed_out(admin, demo_database, qtbot):  # noqa: F811
    code = take(demo_database, title="Theedoeken", quantity=3)
    with demo_database.write() as session:
        hand_out(session, item_id=code, member_id=member(demo_database, "Nel").id,
                 done_by_id=member(demo_database, "Ahmed", Role.VOLUNTEER).id, quantity=2, now=NOW)
    admin.edit_item(code)
    quantity = admin.intake.quantity
    assert quantity.value == 3 and quantity.minimum == 2
    click(qtbot, quantity.less)
    assert quantity.value == 2 and not quantity.less.isEnabled()
    click(qtbot, admin.intake.save_button)
    item = stored(demo_database, code)
    assert (item.quantity, item.on_shelf) == (2, 0)


def test_a_wrong_code_an_unknown_item_and_a_cleared_one_are_said_in_words(admin, demo_database, qtbot):  # noqa: F811
    click(qtbot, admin.intake.find_button)
    admin.code_page.pad.field.setText("AB1")
    click(qtbot, admin.code_page.pad.find)
    assert admin.top.currentWidget() is admin.code_page and "AB1" in admin.code_page.note.text()
    admin.code_page.pad.field.setText("ZZZZZZ")
    click(qtbot, admin.code_page.pad.find)
    assert admin.note.text() == errors("No shop item {code}. Check the code on its label.").format(code="ZZZZZZ")
    assert admin.note.property("kind") == "problem" and admin.intake.editing is None
    code = take(demo_database, title="Oude pan", now=NOW - timedelta(weeks=10))
    with demo_database.write() as session:
        clear_items(session, item_ids=[stored(demo_database, code).id], to="recycling", done_by_id=None, now=NOW)
    admin.edit_item(code)
    assert "Oude pan" in admin.note.text() and admin.note.property("kind") == "problem"
    assert admin.intake.editing is None


def test_a_change_the_core_refuses_keeps_the_form_to_put_right(admin, demo_database, qtbot):  # noqa: F811
    code = take(demo_database, title="Vergiet")
    admin.edit_item(code)
    admin.intake.title.clear()
    click(qtbot, admin.intake.save_button)
    assert errors("Say in a few words what it is (for example: winter coat).") in admin.note.text()
    assert admin.intake.editing is not None and stored(demo_database, code).title == "Vergiet"


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_label_scanned_in_the_real_window_opens_the_item_in_the_shop_screen(make_window, demo_database, qtbot,
                                                                              language):
    code = take(demo_database, title="Broodrooster", category="electronics")
    window = make_window(demo_database, language=language)
    open_staff(qtbot, window)
    click(qtbot, window.staff_home.tiles["shop"])
    shop = window.current_screen()
    assert isinstance(shop, ShopAdmin)
    window.visit.handle_scan(label_payload(code))  # what the scanner's key presses become
    assert shop.intake.editing is not None and shop.intake.title.text() == "Broodrooster"
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint  # the form in its change mode fits the kiosk


def test_a_price_above_the_forms_steps_is_kept_when_something_else_is_put_right(admin, demo_database,
                                                                                qtbot):  # noqa: F811
    code = take(demo_database, category="furniture", title="Eikenhouten kast", price_cents=25_000)  # via the CLI
    admin.edit_item(code)
    assert admin.intake.price.value == 25_000
    click(qtbot, admin.intake.condition_tiles["fair"])
    click(qtbot, admin.intake.save_button)
    item = stored(demo_database, code)
    assert (item.price_cents, item.condition) == (25_000, "fair")
    assert admin.intake.price.maximum == 100_00  # the next intake has the form's own steps again


def handmade(database, title: str = "Gehaakte mand") -> str:
    with database.write() as session:
        from trefpuntje.core.shop import add_handmade

        return add_handmade(session, maker_id=member(database, "Riet").id, title=title, price_cents=1250, quantity=2,
                            commission_percent=15, now=NOW).code


def test_staff_put_a_neighbours_own_work_right_from_the_list_but_not_its_maker(admin, demo_database,
                                                                               qtbot):  # noqa: F811
    from PySide6.QtCore import Qt

    from tests.ui.test_shop_admin import click_item
    from trefpuntje.ui.staff.shop_admin import MAKERS

    code = handmade(demo_database)
    admin.show_part(MAKERS)
    makers = admin.makers
    row = next(makers.list.item(i) for i in range(makers.list.count())
               if makers.list.item(i).data(Qt.ItemDataRole.UserRole) == code)
    click_item(qtbot, makers.list, row)
    assert makers.editing is not None and makers.editing.code == code
    assert makers.title.text() == "Gehaakte mand" and makers.price.text() == "12,50"
    assert not makers.maker_button.isEnabled() and not makers.commission.isEnabled()
    assert makers.add_button.text() == "Opslaan" and makers.stop_button.isVisible()
    admin.take_card(member(demo_database, "Nel"))  # a card scanned now changes no maker
    makers.price.clear()
    qtbot.keyClicks(makers.price, "10,00")
    click(qtbot, makers.quantity.more)
    click(qtbot, makers.add_button)
    item = stored(demo_database, code)
    assert (item.price_cents, item.quantity, item.on_shelf, item.commission_percent) == (1000, 3, 3, 15)
    assert item.maker_id == member(demo_database, "Riet").id
    assert makers.editing is None and makers.add_button.text() == "In de winkel zetten"
    assert makers.maker_button.isEnabled() and not makers.stop_button.isVisible()


def test_a_handmade_label_opens_made_by_neighbours_for_staff_and_a_volunteer_is_told(admin, demo_database,
                                                                                    qtbot):  # noqa: F811
    from trefpuntje.ui.staff.shop_admin import MAKERS

    code = handmade(demo_database, "Kralenketting")
    assert admin.take_scan(label_payload(code)) is True
    assert admin.parts.currentIndex() == MAKERS and admin.makers.editing.code == code
    click(qtbot, admin.makers.stop_button)
    assert admin.makers.editing is None and admin.makers.title.text() == ""

    volunteer = ShopAdmin(demo_database, lambda: NOW)
    qtbot.addWidget(volunteer)
    volunteer.open_for(member(demo_database, "Ahmed", Role.VOLUNTEER))
    assert volunteer.take_scan(label_payload(code)) is True
    assert volunteer.makers.editing is None and volunteer.intake.editing is None
    assert "Kralenketting" in volunteer.note.text() and volunteer.note.property("kind") == "problem"

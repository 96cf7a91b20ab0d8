"""The giveaway shop's back room in staff mode: taking things in (with a photo from a
file and a donor), what a refused photo or description does (a message, nothing
saved), clearing old items, neighbour-made goods and their payout, the fair-share
limits, and the two shop tiles of the staff home; driven through the real widgets on
the demo data."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem
from sqlmodel import select

from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.models import Role
from trefpuntje.core.models.shop import ShopCategory, ShopItem, ShopPhoto
from trefpuntje.core.photos import MAX_FILE_BYTES
from trefpuntje.core.shop import list_items, take_in
from trefpuntje.ui.app import create_application
from trefpuntje.ui.i18n import Languages
from trefpuntje.ui.staff.shop_admin import CLEARING, FAIR_SHARE, INTAKE, MAKERS, ShopAdmin
from trefpuntje.ui.tr import money
from tests.ui.staff_steps import open_staff

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # Monday 13:00 in Nijmegen: the demo's today
FITS = (1280, 690)  # 1280 x 800 less the top bar


def errors(source: str) -> str:
    return QCoreApplication.translate("errors", source)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, listing: QListWidget, item: QListWidgetItem) -> None:
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def item_where(listing: QListWidget, text: str) -> QListWidgetItem:
    return next(listing.item(row) for row in range(listing.count()) if text in listing.item(row).text())


def texts(listing: QListWidget) -> list[str]:
    return [listing.item(row).text() for row in range(listing.count())]


def member(database, first_name: str, role: Role | None = None) -> MemberSummary:
    with database.read() as session:
        return next(m for m in list_members(session, role=role) if m.first_name == first_name)


def item_count(database) -> int:
    with database.read() as session:
        return len(list_items(session))


def jpeg(width: int = 2400, height: int = 1600) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (160, 60, 40)).save(out, "JPEG")
    return out.getvalue()


@pytest.fixture
def admin(qtbot, demo_database):
    Languages(create_application()).switch("nl")
    screen = ShopAdmin(demo_database, lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(*FITS)
    screen.open_for(member(demo_database, "Ingrid", Role.COORDINATOR))
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def choose_file(monkeypatch, path) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))


# -- taking in ------------------------------------------------------------------------


def test_an_item_with_a_photo_from_a_file_is_taken_in_with_its_thumbnail_and_donor(admin, demo_database, qtbot,
                                                                                     tmp_path, monkeypatch):
    intake = admin.intake
    photo = tmp_path / "jas.jpg"
    photo.write_bytes(jpeg())
    choose_file(monkeypatch, photo)
    click(qtbot, intake.category_tiles["clothing"])
    qtbot.keyClicks(intake.title, "Winterjas, maat 40")  # a physical keyboard types straight in
    click(qtbot, intake.condition_tiles["new"])
    click(qtbot, intake.quantity.more)
    click(qtbot, intake.price.more)
    click(qtbot, intake.price.more)
    click(qtbot, intake.photo_button)
    assert intake.photo is not None and not intake.photo_button.icon().isNull()
    click(qtbot, intake.donor_button)
    assert admin.top.currentWidget() is admin.picker
    click_item(qtbot, admin.picker.list, item_where(admin.picker.list, "Nel"))
    assert admin.top.currentWidget() is admin.main and intake.donor_button.text() == "Nel"
    click(qtbot, intake.save_button)

    with demo_database.read() as session:
        item = session.exec(select(ShopItem).where(ShopItem.title == "Winterjas, maat 40")).one()
        stored = session.exec(select(ShopPhoto).where(ShopPhoto.item_id == item.id)).one()
    assert (item.category, item.condition, item.quantity, item.price_cents) == ("clothing", "new", 2, 100)
    assert item.donor_id == member(demo_database, "Nel").id
    assert item.taken_in_by_id == admin.staff.id
    shown, thumb = Image.open(io.BytesIO(stored.data)), Image.open(io.BytesIO(stored.thumbnail))
    assert max(shown.size) <= 800 and max(thumb.size) <= 240 and thumb.format == "JPEG"
    assert item.code in admin.note.text() and intake.label_button.isVisible()
    # Ready for the next coat: the category stays, the rest is empty again.
    assert intake.category() == "clothing" and intake.title.text() == "" and intake.donor is None
    assert intake.photo is None and intake.quantity.value == 1 and intake.price.value == 0


def test_a_donor_card_scanned_on_the_intake_names_the_donor(admin, demo_database):
    admin.take_card(member(demo_database, "Riet"))
    assert admin.intake.donor.first_name == "Riet" and admin.intake.donor_button.text() == "Riet"


def _not_a_picture(tmp_path):
    path = tmp_path / "brief.jpg"
    path.write_text("Beste buren, hierbij een jas.", encoding="utf-8")
    return path, "This file is not a picture. Choose a photo (JPEG or PNG)."


def _corrupt(tmp_path):
    path = tmp_path / "kapot.jpg"
    whole = jpeg(800, 600)
    path.write_bytes(whole[: len(whole) // 2])  # the camera's card was pulled out halfway
    return path, "This photo is damaged and cannot be read. Choose another."


def _huge(tmp_path):
    path = tmp_path / "enorm.jpg"
    with path.open("wb") as file:
        file.write(jpeg(200, 200))
        file.truncate(MAX_FILE_BYTES + 1024)
    return path, "The photo file is too large ({size} MB; at most {limit} MB). Take a smaller picture."


@pytest.mark.parametrize("make", [_not_a_picture, _corrupt, _huge], ids=["not-an-image", "corrupt", "huge"])
def test_a_bad_photo_file_is_refused_in_words_and_nothing_is_saved(admin, demo_database, qtbot, tmp_path,
                                                                  monkeypatch, make):
    path, source = make(tmp_path)
    choose_file(monkeypatch, path)
    before = item_count(demo_database)
    intake = admin.intake
    click(qtbot, intake.category_tiles["kitchen"])
    qtbot.keyClicks(intake.title, "Steelpan")
    click(qtbot, intake.photo_button)
    click(qtbot, intake.save_button)
    assert item_count(demo_database) == before
    assert errors(source).split("{")[0].strip() in admin.note.text()
    assert admin.note.property("kind") == "problem"
    assert intake.title.text() == "Steelpan" and intake.photo is not None  # the form stays, to put right


def test_an_empty_description_is_refused_and_nothing_is_saved(admin, demo_database, qtbot):
    before = item_count(demo_database)
    click(qtbot, admin.intake.category_tiles["toys"])
    qtbot.keyClicks(admin.intake.title, "   ")
    click(qtbot, admin.intake.save_button)
    assert item_count(demo_database) == before
    assert errors("Say in a few words what it is (for example: winter coat).") in admin.note.text()


def test_taking_in_without_a_category_asks_for_one(admin, demo_database, qtbot):
    before = item_count(demo_database)
    qtbot.keyClicks(admin.intake.title, "Lamp")
    click(qtbot, admin.intake.save_button)
    assert item_count(demo_database) == before and admin.note.property("kind") == "problem"


def test_the_title_typed_with_the_on_screen_keys(admin, qtbot):
    intake = admin.intake
    click(qtbot, intake.title)
    assert admin.top.currentWidget() is admin.typing
    for letter in "JAS":
        click(qtbot, admin.typing.keyboard.keys[letter])
    click(qtbot, admin.typing.keyboard.keys["ready"])
    assert admin.top.currentWidget() is admin.main and intake.title.text() == "Jas"


# -- clearing -------------------------------------------------------------------------


def test_the_clearing_list_shows_only_old_items_and_clearing_records_where_they_went(admin, demo_database, qtbot):
    with demo_database.write() as session:
        old = take_in(session, category="books", title="Oude atlas", now=NOW - timedelta(weeks=10))
        new = take_in(session, category="books", title="Nieuwe roman", now=NOW - timedelta(weeks=1))
    admin.show_part(CLEARING)
    clearing = admin.clearing
    rows = texts(clearing.list)
    assert any(old.code in row and "10" in row for row in rows)
    assert not any(new.code in row for row in rows)
    click_item(qtbot, clearing.list, item_where(clearing.list, old.code))
    assert clearing.ticked() == [old.id]
    click(qtbot, clearing.destinations["kringloop"])
    with demo_database.read() as session:
        stored = session.get(ShopItem, old.id)
        untouched = session.get(ShopItem, new.id)
    assert stored is not None and stored.cleared_to == "kringloop" and stored.on_shelf == 0
    assert stored.cleared_by_id == admin.staff.id and untouched.cleared_at is None
    assert "1" in admin.note.text() and admin.note.property("kind") != "problem"
    assert not any(old.code in row for row in texts(clearing.list))


def test_clearing_with_nothing_ticked_says_so(admin, demo_database, qtbot):
    admin.show_part(CLEARING)
    click(qtbot, admin.clearing.destinations["recycling"])
    assert admin.note.property("kind") == "problem"


# -- neighbour-made goods ---------------------------------------------------------------


def test_a_handmade_item_is_added_and_its_sale_shows_in_the_makers_payout(admin, demo_database, qtbot):
    from trefpuntje.core.shop_counter import hand_out
    from trefpuntje.core.till import open_session

    admin.show_part(MAKERS)
    makers = admin.makers
    click(qtbot, makers.maker_button)
    click_item(qtbot, admin.picker.list, item_where(admin.picker.list, "Oksana"))
    assert makers.maker_button.text().endswith("Oksana")
    qtbot.keyClicks(makers.title, "Geborduurd kussen")
    qtbot.keyClicks(makers.price, "12,50")
    click(qtbot, makers.add_button)
    with demo_database.read() as session:
        item = session.exec(select(ShopItem).where(ShopItem.title == "Geborduurd kussen")).one()
    oksana = member(demo_database, "Oksana")
    assert (item.kind, item.maker_id, item.price_cents, item.commission_percent) == ("handmade", oksana.id, 1250, 10)
    assert any(item.code in row and "Oksana" in row for row in texts(makers.list))

    with demo_database.write() as session:
        till = open_session(session, opened_by_id=admin.staff.id, float_cents=5000, now=NOW - timedelta(hours=1))
        hand_out(session, item_id=item.id, member_id=None, done_by_id=admin.staff.id, payment="cash",
                 cash_received_cents=1500, till_session_id=till.id, now=NOW)
    admin.show_part(INTAKE)
    admin.show_part(MAKERS)  # read afresh
    row = item_where(makers.payout_list, "Oksana").text()
    assert money(1250) in row and money(125) in row and money(1125) in row
    assert any(item.code in r and "0" in r for r in texts(makers.list))


def test_a_handmade_item_with_a_negative_price_is_refused(admin, demo_database, qtbot):
    admin.show_part(MAKERS)
    admin.take_card(member(demo_database, "Oksana"))
    qtbot.keyClicks(admin.makers.title, "Sjaal")
    qtbot.keyClicks(admin.makers.price, "-5")
    before = item_count(demo_database)
    click(qtbot, admin.makers.add_button)
    assert item_count(demo_database) == before and admin.note.property("kind") == "problem"


def test_a_volunteer_sees_the_handmade_goods_but_adds_none_and_sees_no_payouts(admin, demo_database):
    admin.open_for(member(demo_database, "Ahmed", Role.VOLUNTEER))
    admin.show_part(MAKERS)
    assert admin.makers.list.count() > 0
    assert not admin.makers.add_button.isEnabled() and not admin.makers.payout_box.isVisible()


# -- fair share -----------------------------------------------------------------------


def test_a_staff_member_sets_the_weekly_limit_of_a_category(admin, demo_database, qtbot):
    admin.show_part(FAIR_SHARE)
    toys = admin.fair_share.steppers["toys"]
    assert toys.shown.text() == admin.fair_share.steppers["books"].shown.text()  # "no limit" for both
    for _ in range(2):
        click(qtbot, toys.more)
    click(qtbot, admin.fair_share.save_button)
    with demo_database.read() as session:
        assert session.get(ShopCategory, "toys").weekly_limit == 2
    click(qtbot, toys.less)
    click(qtbot, toys.less)
    click(qtbot, admin.fair_share.save_button)
    with demo_database.read() as session:
        assert session.get(ShopCategory, "toys").weekly_limit is None


def test_a_volunteer_sees_the_fair_share_limits_read_only(admin, demo_database):
    admin.open_for(member(demo_database, "Ahmed", Role.VOLUNTEER))
    admin.show_part(FAIR_SHARE)
    assert admin.fair_share.steppers["clothing"].value == 3  # the demo's rule
    assert not admin.fair_share.steppers["clothing"].isEnabled()
    assert not admin.fair_share.save_button.isVisible()


# -- the staff home and sizes -------------------------------------------------------------


def test_a_volunteer_finds_the_shop_and_the_counter_on_the_staff_home(window, demo_database, qtbot):
    open_staff(qtbot, window)
    window.staff = volunteer = member(demo_database, "Ahmed", Role.VOLUNTEER)
    window.staff_home.open_for(volunteer)
    tiles = window.staff_home.tiles
    assert tiles["shop"].isEnabled() and tiles["shop_counter"].isEnabled()
    assert tiles["shop"].accessibleName() and tiles["shop_counter"].accessibleName()
    assert not tiles["price_list"].isEnabled()  # a volunteer's tiles only
    nel = member(demo_database, "Nel")
    window.staff_home.open_for(nel)  # a visitor only: no shop
    assert not tiles["shop"].isEnabled() and not tiles["shop_counter"].isEnabled()
    window.staff_home.open_for(volunteer)
    click(qtbot, tiles["shop"])
    assert isinstance(window.current_screen(), ShopAdmin)
    window.open_staff_mode()
    click(qtbot, tiles["shop_counter"])
    from trefpuntje.ui.staff.shop_counter import ShopCounterScreen

    assert isinstance(window.current_screen(), ShopCounterScreen)


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_part_of_the_shop_fits_the_kiosk_screen_under_the_top_bar(admin, language):
    with admin.database.read() as session:
        donated = next(i for i in list_items(session, status="available") if i.kind == "donated")
    Languages(create_application()).switch(language)
    try:
        for show in (lambda: admin.show_part(INTAKE), lambda: admin.show_part(CLEARING),
                     lambda: admin.show_part(MAKERS), lambda: admin.show_part(FAIR_SHARE),
                     admin.intake.pick_donor, lambda: admin.typing.open_for(admin.intake.title),
                     admin.find_item, lambda: admin.edit_item(donated.code)):
            show()
            hint = admin.minimumSizeHint()
            assert hint.width() <= FITS[0] and hint.height() <= FITS[1], (language, hint)
    finally:
        Languages(create_application()).switch("nl")


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_the_shop_in_a_kiosk_window_fits_1280_by_800(make_window, demo_database, qtbot, language):
    window = make_window(demo_database, kiosk=True, language=language)
    open_staff(qtbot, window)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint  # the staff home with eleven tiles
    click(qtbot, window.staff_home.tiles["shop"])
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint


# -- printing -------------------------------------------------------------------------


def test_the_label_of_an_item_just_taken_in_goes_to_the_printer(admin, qtbot, monkeypatch):
    printed: list[bytes] = []
    monkeypatch.setattr("trefpuntje.printing.print_queue.print_pdf",
                        lambda pdf, printer=None, title="", copies=1: printed.append(pdf) or "job-3")
    click(qtbot, admin.intake.category_tiles["books"])
    qtbot.keyClicks(admin.intake.title, "Kookboek")
    click(qtbot, admin.intake.save_button)
    click(qtbot, admin.intake.label_button)
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    assert printed[0].startswith(b"%PDF")
    qtbot.waitUntil(lambda: "job-3" in admin.note.text())


def test_a_makers_payout_goes_to_the_printer(admin, qtbot, monkeypatch):
    printed: list[bytes] = []
    monkeypatch.setattr("trefpuntje.printing.print_queue.print_pdf",
                        lambda pdf, printer=None, title="", copies=1: printed.append(pdf) or "job-4")
    admin.show_part(MAKERS)
    assert admin.makers.payout_list.count() > 0  # the demo's makers
    click(qtbot, admin.makers.print_button)
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    assert printed[0].startswith(b"%PDF")
    qtbot.waitUntil(lambda: "job-4" in admin.note.text())

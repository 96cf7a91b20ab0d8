"""The giveaway shop at the kiosk: shelves as pictogram tiles with their counts, things
as photo cards newest first a page at a time, reserving after a card scan (and not
without one), holds that ran out back on the shelf when the shop opens, the wanted
list and its news told once, neighbour-made things bought at the counter, and never a
donor's or maker's name on screen. Sizes: 1280 x 800 in Dutch, English and Arabic."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from PIL import Image
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit
from sqlmodel import select

from trefpuntje.core.cards import issue_card
from trefpuntje.core.members import add_member, list_members
from trefpuntje.core.models.shop import ShopReservation, ShopWish
from trefpuntje.core.shop import add_handmade, categories, take_in
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.core.shop_wishes import WishNews, add_wish
from trefpuntje.ui.screens.shop import BUY_AT_COUNTER, PAGE_OF, PAGE_SIZE, RESERVED_UNTIL, SCAN_TO_RESERVE, ShopScreen
from trefpuntje.ui.widgets.item_card import FREE, LEFT, MADE_BY_NEIGHBOUR, PICTURE, condition_text
from trefpuntje.ui.widgets.shop_tiles import EMPTY_SHELF, ON_SHELF, category_text
from tests.ui.test_home import _interactive

NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)  # Saturday 11:00 in Nijmegen
FITS = (1280, 690)  # 1280 x 800 less the top bar
SHELVES = ["clothing", "kitchen", "toys", "books", "furniture", "electronics", "household", "other", "handmade"]


def photo(colour: str = "#c06030") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (1200, 900), colour).save(out, "PNG")
    return out.getvalue()


def member(database, first_name: str):
    with database.read() as session:
        found = [m for m in list_members(session) if m.first_name == first_name]
    if found:
        return found[0]
    with database.write() as session:
        add_member(session, first_name=first_name)
    return member(database, first_name)


def taken_in(database, title: str, *, category: str = "toys", hours_ago: float = 1, **details):
    with database.write() as session:
        return take_in(session, category=category, title=title, now=NOW - timedelta(hours=hours_ago), **details)


def on_shelf(database, code: str) -> int:
    with database.read() as session:
        return next(c.on_shelf for c in categories(session) if c.code == code)


def held(database, item_id):
    with database.read() as session:
        return list(session.exec(select(ShopReservation).where(ShopReservation.item_id == item_id)).all())


def tap(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def texts(widget) -> list[str]:
    """Every word the screen holds for a person or a screen reader."""
    found = [widget.accessibleName()]
    for child in widget.findChildren(QLabel):
        found += [child.text(), child.accessibleName()]
    for child in widget.findChildren(QAbstractButton):
        found += [child.text(), child.accessibleName()]
    for child in widget.findChildren(QLineEdit):
        found += [child.text(), child.placeholderText(), child.accessibleName()]
    return found


@pytest.fixture
def shop(qtbot, database):
    """The shop screen on a database with a few things: a toy with a photo (newest), an
    older toy without, and a coat."""
    database.coat = taken_in(database, "Winterjas", category="clothing", hours_ago=5, condition="fair")
    database.old_toy = taken_in(database, "Houten treintje", hours_ago=3, quantity=2)
    database.new_toy = taken_in(database, "Knuffelbeer", hours_ago=1, photo=photo(), description="Zacht en schoon")
    before = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))  # days as the kiosk's default language writes them
    screen = ShopScreen(database, lambda: screen.now)
    screen.now = NOW
    screen.said = []
    screen.message.connect(lambda text, problem: screen.said.append((text, problem)))
    qtbot.addWidget(screen)
    screen.resize(*FITS)
    screen.show()
    qtbot.waitExposed(screen)
    screen.refresh()
    yield screen
    QLocale.setDefault(before)


def test_shelves_show_as_pictogram_tiles_with_how_many_things_are_on_each(shop):
    assert list(shop.tiles.tiles) == SHELVES
    toys = shop.tiles.tiles["toys"]
    assert toys.name.text() == category_text("toys")() and toys.counted.text() == ON_SHELF(count=2)
    assert not toys.picture.pixmap().isNull()
    assert toys.accessibleName() == f"{category_text('toys')()}: {ON_SHELF(count=2)}"
    assert shop.tiles.tiles["clothing"].counted.text() == ON_SHELF(count=1)
    assert shop.tiles.tiles["books"].counted.text() == EMPTY_SHELF()
    assert shop.tiles.tiles["handmade"].isVisible()  # neighbours' work is on show too
    assert shop.hint.text() == SCAN_TO_RESERVE() and not shop.mine_button.isVisible()


def test_a_shelf_shows_its_things_newest_first_as_photo_cards(shop, qtbot, database):
    tap(qtbot, shop.tiles.tiles["toys"])
    assert shop.pages.currentWidget() is shop.shelf_page and shop.shelf_heading.text() == category_text("toys")()
    cards = list(shop.cards.values())
    assert [c.card.title for c in cards] == ["Knuffelbeer", "Houten treintje"]
    bear, train = cards
    picture = bear.picture.pixmap().toImage()
    assert picture.width() >= PICTURE  # the photo, scaled to the card
    assert picture.pixelColor(picture.width() // 2, picture.height() // 2).name() == "#c06030"
    assert bear.facts.text() == f"{condition_text('good')()} \u00b7 {FREE()}" and not bear.left.isVisible()
    assert train.left.isVisible() and train.left.text() == LEFT(count=2)
    tap(qtbot, bear)
    assert shop.pages.currentWidget() is shop.item_page and shop.item_heading.text() == "Knuffelbeer"
    assert shop.photo is not None and shop.photo.width() > bear.picture.width()  # bigger than on the card
    assert shop.item_description.text() == "Zacht en schoon"


def test_a_long_shelf_pages_with_previous_and_next(shop, qtbot, database):
    for number in range(1, 8):
        taken_in(database, f"Boek {number}", category="books", hours_ago=10 - number)
    shop.refresh()
    tap(qtbot, shop.tiles.tiles["books"])
    assert [c.card.title for c in shop.cards.values()] == [f"Boek {n}" for n in range(7, 1, -1)]
    assert len(shop.cards) == PAGE_SIZE and shop.page_label.text() == PAGE_OF(page=1, pages=2)
    assert not shop.previous.isEnabled()
    tap(qtbot, shop.next)
    assert [c.card.title for c in shop.cards.values()] == ["Boek 1"]
    assert shop.page_label.text() == PAGE_OF(page=2, pages=2) and not shop.next.isEnabled()
    tap(qtbot, shop.previous)
    assert len(shop.cards) == PAGE_SIZE and shop.offset == 0


def test_a_wide_kiosk_shows_four_things_a_row_and_a_narrow_one_three(shop, qtbot, database):
    """At 1920 x 1080 a shelf page holds two rows of four; made narrow again, three a row
    from the same first thing on."""
    for number in range(1, 11):
        taken_in(database, f"Boek {number}", category="books", hours_ago=20 - number)
    shop.resize(1920, 970)  # 1080 less the top bar
    shop.refresh()
    tap(qtbot, shop.tiles.tiles["books"])
    wide = list(shop.cards.values())
    assert len(wide) == 8 and shop.page_label.text() == PAGE_OF(page=1, pages=2)
    qtbot.waitUntil(lambda: len({tile.geometry().top() for tile in wide}) == 2
                    and len({tile.geometry().left() for tile in wide}) == 4)
    tap(qtbot, shop.next)
    assert [c.card.title for c in shop.cards.values()] == ["Boek 2", "Boek 1"]
    shop.resize(1280, 690)
    assert shop.offset == 6 and shop.page_label.text() == PAGE_OF(page=2, pages=2)  # Boek 2 is still shown
    assert [c.card.title for c in shop.cards.values()] == ["Boek 4", "Boek 3", "Boek 2", "Boek 1"]
    qtbot.waitUntil(lambda: len({tile.geometry().left() for tile in shop.cards.values()}) == 3)


def test_without_a_scan_nobody_can_reserve(shop, qtbot, database):
    tap(qtbot, shop.tiles.tiles["toys"])
    tap(qtbot, shop.cards[database.new_toy.id])
    assert not shop.reserve_button.isVisible()
    assert shop.item_note.text() == SCAN_TO_RESERVE()
    assert held(database, database.new_toy.id) == []


def test_a_scanned_visitor_reserves_a_thing_and_the_shelf_has_one_fewer(shop, qtbot, database):
    nel = member(database, "Nel")
    tap(qtbot, shop.tiles.tiles["toys"])
    tap(qtbot, shop.cards[database.new_toy.id])
    shop.set_visitor(nel)  # she scans her card while looking at it: it stays on screen, now with Reserve
    assert shop.pages.currentWidget() is shop.item_page
    tap(qtbot, shop.reserve_button)
    [reservation] = held(database, database.new_toy.id)
    assert (reservation.member_id, reservation.status) == (nel.id, "held")
    assert reservation.held_until == NOW + timedelta(days=2)
    assert shop.pages.currentWidget() is shop.done_page
    # Monday 30 November, 11:00 in Nijmegen, the day in Dutch.
    assert shop.done_text.text() == RESERVED_UNTIL(title="Knuffelbeer", when="maandag 30 november 11:00")
    assert shop.tiles.tiles["toys"].counted.text() == ON_SHELF(count=1)
    tap(qtbot, shop.again)  # back to the shop
    assert [c.card.title for c in shop.cards.values()] == ["Houten treintje"]


def test_a_reservation_past_its_hold_time_is_back_on_the_shelf_when_the_shop_opens(shop, database):
    truus = member(database, "Truus")
    with database.write() as session:
        reserve(session, item_id=database.coat.id, member_id=truus.id, now=NOW - timedelta(days=3))
    assert on_shelf(database, "clothing") == 0
    shop.hide()
    shop.refresh()  # the shop opens
    assert shop.tiles.tiles["clothing"].counted.text() == ON_SHELF(count=1)
    assert [r.status for r in held(database, database.coat.id)] == ["expired"]


def test_a_visitor_cancels_a_reservation_under_my_things(shop, qtbot, database):
    nel = member(database, "Nel")
    with database.write() as session:
        reservation = reserve(session, item_id=database.coat.id, member_id=nel.id, now=NOW)
    shop.set_visitor(nel)
    tap(qtbot, shop.mine_button)
    assert "Winterjas" in texts(shop.mine)
    tap(qtbot, shop.mine.cancel_buttons[reservation.id])
    assert [r.status for r in held(database, database.coat.id)] == ["cancelled"]
    assert shop.mine.cancel_buttons == {} and shop.said[-1][1] is False
    assert on_shelf(database, "clothing") == 1


def test_the_wanted_list_tells_the_visitor_once_when_a_matching_thing_comes_in(shop, qtbot, database):
    ahmed = member(database, "Ahmed")
    shop.set_visitor(ahmed)
    tap(qtbot, shop.mine_button)
    tap(qtbot, shop.mine.add_button)
    assert not shop.wish.save_button.isEnabled()  # a shelf first
    tap(qtbot, shop.wish.tiles.tiles["toys"])
    tap(qtbot, shop.wish.words)  # opens the on-screen keys
    assert shop.pages.currentWidget() is shop.typing
    for key in "LEGO":
        tap(qtbot, shop.typing.keyboard.keys[key])
    tap(qtbot, shop.typing.keyboard.keys["ready"])
    assert shop.pages.currentWidget() is shop.wish and shop.wish.words.text() == "Lego"
    tap(qtbot, shop.wish.save_button)
    with database.read() as session:
        [wish] = session.exec(select(ShopWish).where(ShopWish.member_id == ahmed.id)).all()
    assert (wish.category, wish.words) == ("toys", "Lego")
    assert shop.pages.currentWidget() is shop.mine and "Lego" in texts(shop.mine)
    shop.reset()  # he leaves (or the kiosk went idle): nothing of his stays on screen
    assert not [text for text in texts(shop) if "Lego" in text] and shop.pristine
    # A box of Lego comes in.
    lego = taken_in(database, "Doos Lego", hours_ago=0)
    shop.set_visitor(ahmed)  # his next scan
    assert shop.pages.currentWidget() is shop.news
    assert any("Doos Lego" in text for text in texts(shop.news))
    tap(qtbot, shop.news.look_buttons[lego.id])
    assert shop.pages.currentWidget() is shop.item_page and shop.item_heading.text() == "Doos Lego"
    shop.reset()
    shop.set_visitor(ahmed)  # told once: the scan after that opens the shop as usual
    assert shop.pages.currentWidget() is shop.main


def test_neighbour_made_things_are_bought_at_the_counter_not_reserved(shop, qtbot, database):
    maker = member(database, "Quirijntje")
    with database.write() as session:
        add_handmade(session, maker_id=maker.id, title="Gehaakte sjaal", price_cents=1250, now=NOW)
    shop.set_visitor(member(database, "Nel"))
    tap(qtbot, shop.tiles.tiles["handmade"])
    [scarf] = shop.cards.values()
    assert scarf.facts.text() == f"{MADE_BY_NEIGHBOUR()} \u00b7 \u20ac\u00a012,50"
    tap(qtbot, scarf)
    assert not shop.reserve_button.isVisible()
    assert shop.item_note.text() == BUY_AT_COUNTER(price="\u20ac\u00a012,50")


def test_the_shop_never_shows_a_donors_or_makers_name(shop, qtbot, database):
    donor = member(database, "Zebulonius")
    maker = member(database, "Quirijntje")
    gift = taken_in(database, "Fietsbel", category="other", donor_id=donor.id, description="Doet het nog")
    with database.write() as session:
        add_handmade(session, maker_id=maker.id, title="Gehaakte sjaal", price_cents=1250, now=NOW)
    shop.set_visitor(member(database, "Nel"))  # the visitor's own name may show; nobody else's
    seen: list[str] = texts(shop)
    tap(qtbot, shop.tiles.tiles["other"])
    seen += texts(shop)
    tap(qtbot, shop.cards[gift.id])
    seen += texts(shop)
    tap(qtbot, shop.reserve_button)
    seen += texts(shop)
    shop.show_main()
    tap(qtbot, shop.tiles.tiles["handmade"])
    seen += texts(shop)
    tap(qtbot, next(iter(shop.cards.values())))
    seen += texts(shop)
    shop.open_mine()
    seen += texts(shop)
    assert "Fietsbel" in seen and "Gehaakte sjaal" in seen
    assert not [text for text in seen if "Zebulonius" in text or "Quirijntje" in text]


def test_a_refusal_is_said_in_words(shop, qtbot, database):
    nel = member(database, "Nel")
    truus = member(database, "Truus")
    shop.set_visitor(nel)
    tap(qtbot, shop.tiles.tiles["clothing"])
    tap(qtbot, shop.cards[database.coat.id])
    with database.write() as session:  # Truus, at the same moment, on another terminal
        reserve(session, item_id=database.coat.id, member_id=truus.id, now=NOW)
    tap(qtbot, shop.reserve_button)
    text, problem = shop.said[-1]
    assert problem and "Winterjas" in text  # "Someone was just ahead of you: Winterjas is gone."
    assert shop.item_note.text() == shop.said[-1][0] and not shop.reserve_button.isVisible()


# -- the whole kiosk ----------------------------------------------------------------------


def test_a_scan_in_the_shop_keeps_the_visitor_in_the_shop(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    tap(qtbot, window.home.tiles["shop"])
    shop = window.current_screen()
    assert isinstance(shop, ShopScreen) and shop.pages.currentWidget() is shop.main
    nel = member(demo_database, "Nel")
    with demo_database.write() as session:
        token = issue_card(session, member_id=nel.id).token
    window.visit.handle_scan(token)
    assert window.current_screen() is shop and shop.visitor is not None and shop.visitor.id == nel.id
    assert "Nel" in shop.hint.text() and shop.mine_button.isVisible()
    window.end_visit()
    assert shop.visitor is None and shop.pristine


def test_a_card_scanned_at_the_home_screen_opens_the_shop_when_a_wanted_thing_came_in(make_window, demo_database,
                                                                                          qtbot):
    window = make_window(demo_database)
    truus = member(demo_database, "Truus")
    with demo_database.write() as session:
        token = issue_card(session, member_id=truus.id).token
        add_wish(session, member_id=truus.id, category="books", words="kookboek")
    taken_in(demo_database, "Kookboek voor studenten", category="books", hours_ago=0)
    window.visit.handle_scan(token)
    qtbot.waitUntil(lambda: isinstance(window.current_screen(), ShopScreen))
    shop = window.current_screen()
    assert shop.pages.currentWidget() is shop.news and any("Kookboek" in t for t in texts(shop.news))
    window.end_visit()
    window.go_start()
    window.visit.handle_scan(token)  # told once: the next scan is an ordinary visit
    qtbot.waitUntil(lambda: window.current_screen() is window.area_screens.get("activities"))


def _pages(shop, database):
    """Every page of the shop, each shown in turn, filled as a visitor sees it."""
    nel = member(database, "Nel")
    coat = taken_in(database, "Warme winterjas met capuchon, maat 42, donkerblauw, als nieuw"[:60],
                    category="clothing", photo=photo(), description="Nauwelijks gedragen. " * 10)
    for number in range(PAGE_SIZE + 1):
        taken_in(database, f"Trui {number}", category="clothing", hours_ago=2 + number)
    with database.write() as session:
        reserve(session, item_id=coat.id, member_id=nel.id, now=NOW)
    shop.clock = lambda: NOW
    shop.set_visitor(nel)
    shop.refresh()
    yield shop.main
    shop.open_shelf("clothing")
    yield shop.shelf_page
    shop.open_item(coat.id)
    yield shop.item_page
    shop.done_text.set_text("Winterjas is reserved for you until Monday 30 November 11:00. Collect it at the counter.")
    shop.pages.setCurrentWidget(shop.done_page)
    yield shop.done_page
    shop.open_mine()
    yield shop.mine
    shop.open_wish()
    yield shop.wish
    shop.typing.open_for(shop.wish.words)
    yield shop.typing
    shop.news.show_news([WishNews(coat.id, "clothing", "jas", coat.id, coat.code, coat.title)])
    shop.pages.setCurrentWidget(shop.news)
    yield shop.news


@pytest.mark.parametrize("language", ["nl", "en", "ar"])
def test_every_shop_page_fits_the_kiosk_and_every_control_is_named_and_big(make_window, demo_database, language,
                                                                          qtbot):
    window = make_window(demo_database, language=language, kiosk=True)
    window.open_area("shop")
    shop = window.current_screen()
    assert isinstance(shop, ShopScreen)
    for shown in _pages(shop, demo_database):
        assert shop.pages.currentWidget() is shown
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (shown, hint)
        qtbot.wait(1)
        for control in _interactive(QAccessible.queryAccessibleInterface(shown)):
            rect = control.rect()
            assert control.text(QAccessible.Text.Name).strip(), (shown, control.role())
            if control.role() != QAccessible.Role.EditableText or shown is not shop.typing:
                assert rect.width() >= 80 and rect.height() >= 80, (control.text(QAccessible.Text.Name), rect)


def test_a_title_that_needs_two_lines_is_shown_whole_and_a_longer_one_is_cut_in_two(qapp):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFont, QFontMetrics

    from trefpuntje.ui.widgets.item_card import fit_lines

    font = QFont("Noto Sans")
    font.setPointSize(22)
    font.setBold(True)
    metrics = QFontMetrics(font)
    title = "Kinderlaarsjes maat 28"
    width = metrics.horizontalAdvance("Kinderlaarsjes") + 20  # two lines: "Kinderlaarsjes" / "maat 28"
    assert fit_lines(title, metrics, width, 2) == title
    long = "Kinderlaarsjes maat 28, rood met witte stippen"
    cut = fit_lines(long, metrics, width, 2)
    assert cut.endswith("\u2026") and long.startswith(cut[:-1].rstrip())
    two = metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, title).height()
    assert metrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, cut).height() <= two

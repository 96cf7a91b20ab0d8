"""The giveaway shop's counter: a scanned label and a scanned card hand the item out;
a member's reservation is collected; the fair-share limit shows and stops a volunteer,
a staff member goes past it with a reason (kept on the hand-out and in the audit log);
a priced item is sold through the open till (cash with change, or card), a handmade
one also without a card; a closed till and an unknown code are said in words."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from trefpuntje.core.cards import identify, issue_card, new_token
from trefpuntje.core.members import add_member
from trefpuntje.core.models import AuditEntry, Role
from trefpuntje.core.models.shop import ReservationStatus, ShopHandout, ShopItem, ShopReservation
from trefpuntje.core.models.till import Sale, SaleLine
from trefpuntje.core.shop import add_handmade, label_payload, take_in
from trefpuntje.core.shop_counter import hand_out
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.core.till import current_session, open_session
from trefpuntje.ui.i18n import Languages
from trefpuntje.ui.staff.shop_counter import ShopCounterScreen

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # a Monday morning
FITS = (1280, 690)  # 1280 x 800 less the top bar


class Shop:
    """The people (with their card tokens) and the items on the shelves."""

    def __init__(self, database) -> None:
        self.database = database
        self.tokens: dict[str, str] = {}
        self.ids: dict[str, uuid.UUID] = {}
        with database.write() as session:
            for name, roles in (("Nel", (Role.VISITOR,)), ("Wim", (Role.VOLUNTEER,)), ("Karin", (Role.STAFF,)),
                                ("Suus", (Role.VISITOR,))):
                member = add_member(session, first_name=name, roles=roles)
                self.ids[name] = member.id
                self.tokens[name] = issue_card(session, member_id=member.id, now=NOW).token
            self.coat = take_in(session, category="clothing", title="Winterjas", now=NOW - timedelta(days=3)).code
            self.socks = take_in(session, category="clothing", title="Wollen sokken", quantity=5,
                                 now=NOW - timedelta(days=2)).code
            self.scarf = take_in(session, category="clothing", title="Sjaal", now=NOW - timedelta(days=2)).code
            self.pan = take_in(session, category="kitchen", title="Koekenpan", now=NOW - timedelta(days=1)).code
            self.vase = add_handmade(session, maker_id=self.ids["Suus"], title="Gehaakte vaas", price_cents=750,
                                     now=NOW - timedelta(days=1)).code

    def member(self, name: str):
        with self.database.read() as session:
            return identify(session, scanned=self.tokens[name]).member

    def item(self, code: str) -> ShopItem:
        with self.database.read() as session:
            return session.exec(select(ShopItem).where(ShopItem.code == code)).one()

    def handouts(self) -> list[ShopHandout]:
        with self.database.read() as session:
            return list(session.exec(select(ShopHandout)).all())

    def open_till(self) -> None:
        with self.database.write() as session:
            open_session(session, opened_by_id=self.ids["Karin"], float_cents=5000, now=NOW - timedelta(hours=1))


class Taps:
    def __init__(self, qtbot) -> None:
        self.qtbot = qtbot

    def __call__(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


@pytest.fixture(autouse=True)
def dutch(qapp):
    """The screen in Dutch, the kiosk's first language, whatever an earlier test left."""
    Languages(qapp).switch("nl")


@pytest.fixture
def taps(qtbot):
    return Taps(qtbot)


@pytest.fixture
def shop(database):
    return Shop(database)


def counter_for(qtbot, shop: Shop, staff: str) -> ShopCounterScreen:
    screen = ShopCounterScreen(shop.database, lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(*FITS)
    screen.show()
    qtbot.waitExposed(screen)
    screen.said = []
    screen.message.connect(lambda text, problem: screen.said.append((text, problem)))
    screen.open_for(shop.member(staff))
    return screen


@pytest.fixture
def counter(qtbot, shop):
    return counter_for(qtbot, shop, "Wim")  # a volunteer


def test_a_scanned_label_and_a_scanned_card_hand_the_item_out(counter, shop, taps):
    assert counter.item_prompt.isVisible() and counter.member_prompt.isVisible() and counter.pristine
    counter.take_card(label_payload(shop.coat))  # the wedge scanner's text, as the main window passes it
    assert counter.item_box.isVisible() and "Winterjas" in counter.item_box.title.text()
    assert counter.item_box.price.text() == "Gratis" and counter.item_box.units.text() == "nog 1"
    assert not counter.pay_buttons[None].isVisible()  # no one to hand it to yet
    counter.take_scan(shop.tokens["Nel"])
    assert counter.who.text() == "Nel"
    assert counter.share_line.text.text() == "Kleding: 0 van 3 deze week."
    taps(counter.pay_buttons[None])
    assert counter.pages.currentWidget() is counter.done_page
    assert counter.done_page.heading.text() == "Meegegeven aan Nel"
    assert counter.said[-1] == ("Meegegeven aan Nel", False)
    [handout] = shop.handouts()
    assert (handout.member_id, handout.quantity, handout.done_by_id, handout.override_reason) == (
        shop.ids["Nel"], 1, shop.ids["Wim"], None)
    assert shop.item(shop.coat).on_shelf == 0

    assert not counter.done_page.receipt_button.isVisible()  # a gift: nothing paid, no receipt
    taps(counter.done_page.next_button)  # the next item
    assert counter.pristine and counter.item_prompt.isVisible()


def test_a_reserved_item_is_picked_from_the_list_and_the_reservation_collected(qtbot, shop, taps):
    with shop.database.write() as session:
        reservation = reserve(session, item_id=shop.item(shop.coat).id, member_id=shop.ids["Nel"],
                              now=NOW - timedelta(hours=5))
    counter = counter_for(qtbot, shop, "Wim")
    assert list(counter.pick_buttons) == [shop.coat]
    taps(counter.pick_buttons[shop.coat])
    assert "Winterjas" in counter.item_box.title.text()
    counter.take_card(shop.member("Nel"))
    assert counter.reserved_line.isVisible() and counter.reserved_line.text.text() == "Nel heeft dit gereserveerd."
    assert counter.share_line.text.text() == "Kleding: 0 van 3 deze week."  # this one, once collected, is the 1st
    taps(counter.pay_buttons[None])
    with shop.database.read() as session:
        collected = session.get(ShopReservation, reservation.id)
    assert collected.status == ReservationStatus.COLLECTED.value
    [handout] = shop.handouts()
    assert handout.reservation_id == reservation.id and shop.item(shop.coat).on_shelf == 0


def had_her_share(shop: Shop) -> None:
    """Nel took three pieces of clothing this week: the rule's limit."""
    with shop.database.write() as session:
        hand_out(session, item_id=shop.item(shop.socks).id, member_id=shop.ids["Nel"], done_by_id=shop.ids["Wim"],
                 quantity=2, now=NOW - timedelta(hours=2))
        hand_out(session, item_id=shop.item(shop.scarf).id, member_id=shop.ids["Nel"], done_by_id=shop.ids["Wim"],
                 now=NOW - timedelta(hours=1))


def test_past_the_fair_share_the_rule_shows_and_a_volunteer_is_stopped(counter, shop, taps):
    had_her_share(shop)
    counter.take_scan(label_payload(shop.coat))
    counter.take_scan(shop.tokens["Nel"])
    assert counter.share_line.text.text() == "Kleding: 3 van 3 deze week."
    assert counter.override_line.isVisible()
    assert counter.override_line.text.text() == "Dit is meer dan het eerlijke deel: hoogstens 3 per week."
    assert not counter.pay_buttons[None].isVisible()
    assert counter.anyway_button.isVisible() and not counter.anyway_button.isEnabled()
    assert counter.ask_staff.isVisible()
    counter.hand_out(None)  # even past the screen, the rule holds in core
    assert counter.said[-1][1] is True and "eerlijke deel" in counter.said[-1][0]
    assert len(shop.handouts()) == 2 and shop.item(shop.coat).on_shelf == 1

    taps(counter.other_item)  # another shelf has no rule
    counter.take_scan(label_payload(shop.pan))
    assert counter.share_line.text.text() == "Keuken: geen weeklimiet."
    assert counter.pay_buttons[None].isVisible() and not counter.anyway_button.isVisible()


def test_a_staff_member_hands_out_past_the_fair_share_with_a_reason(qtbot, shop, taps):
    had_her_share(shop)
    counter = counter_for(qtbot, shop, "Karin")
    counter.take_scan(label_payload(shop.coat))
    counter.take_scan(shop.tokens["Nel"])
    assert not counter.ask_staff.isVisible()
    taps(counter.anyway_button)
    assert counter.pages.currentWidget() is counter.reason_page
    assert counter.reason_rule.text() == "Kleding: hoogstens 3 per week; 3 deze week, nu nog 1 erbij."
    assert not counter.reason_confirm.isEnabled()  # not without a reason
    taps(counter.reason_presets[0])
    assert counter.reason_field.text() == "Groot gezin"
    taps(counter.reason_confirm)
    assert counter.done_page.heading.text() == "Meegegeven aan Nel"
    overridden = [h for h in shop.handouts() if h.override_reason]
    assert [(h.override_reason, h.done_by_id) for h in overridden] == [("Groot gezin", shop.ids["Karin"])]
    with shop.database.read() as session:
        audit = list(session.exec(select(AuditEntry).where(AuditEntry.action == "shop.override")).all())
    assert [(a.actor_id, a.subject) for a in audit] == [(shop.ids["Karin"], str(shop.item(shop.coat).id))]


def test_more_units_than_the_share_leaves_need_the_override(counter, shop, taps):
    counter.take_scan(label_payload(shop.socks))
    counter.take_scan(shop.tokens["Nel"])
    assert counter.quantity_stepper.isVisible()
    for _ in range(2):
        taps(counter.quantity_stepper.more)
    assert counter.quantity == 3 and counter.pay_buttons[None].isVisible()
    taps(counter.quantity_stepper.more)  # 4 of a limit of 3
    assert counter.override_line.isVisible() and not counter.pay_buttons[None].isVisible()
    taps(counter.quantity_stepper.less)
    taps(counter.pay_buttons[None])
    assert [h.quantity for h in shop.handouts()] == [3] and shop.item(shop.socks).on_shelf == 2


def test_a_priced_item_paid_in_cash_goes_into_the_open_till_and_the_change_shows(counter, shop, taps):
    shop.open_till()
    counter.refresh()
    assert not counter.till_button.isVisible()
    counter.take_scan(label_payload(shop.vase))
    assert counter.item_box.price.text() == "Prijs: € 7,50"
    assert counter.share_line.isHidden()  # made by a neighbour: no fair-share rule
    counter.take_scan(shop.tokens["Nel"])
    assert counter.due_label.text() == "Te betalen: € 7,50" and not counter.pay_buttons[None].isVisible()
    taps(counter.pay_buttons[counter_payment("cash")])
    cash = counter.cash_page
    assert counter.pages.currentWidget() is cash and "7,50" in cash.due_label.text()
    taps(cash.note_buttons[1000])
    taps(cash.confirm)
    done = counter.done_page
    assert counter.pages.currentWidget() is done and done.heading.text() == "Meegegeven aan Nel"
    assert done.amount.text() == "€ 2,50" and "Terug: € 2,50" in done.detail.text()
    assert [(p.cents, p.count) for p in done.change_view.pieces] == [(200, 1), (50, 1)]
    with shop.database.read() as session:
        till = current_session(session)
        [sale] = session.exec(select(Sale).where(Sale.session_id == till.id)).all()
        lines = list(session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id)).all())
    assert (sale.payment, sale.total_cents, sale.cash_received_cents, sale.change_cents) == ("cash", 750, 1000, 250)
    assert [(line.name, line.quantity, line.amount_cents) for line in lines] == [("Gehaakte vaas", 1, 750)]
    [handout] = shop.handouts()
    assert (handout.sale_id, handout.amount_cents, handout.member_id) == (sale.id, 750, shop.ids["Nel"])


def test_a_paid_hand_out_prints_its_receipt_on_request(counter, shop, taps, qtbot, monkeypatch):
    from tests.printing.conftest import pdf_text

    printed: list[tuple[bytes, str | None]] = []
    monkeypatch.setattr("trefpuntje.printing.print_queue.print_pdf",
                        lambda pdf, printer=None, title="", copies=1: printed.append((pdf, printer)) or "job-7")
    with shop.database.write() as session:
        from trefpuntje.core.settings import set_setting

        set_setting(session, key="receipt_printer", value="bon")
    shop.open_till()
    counter.take_scan(label_payload(shop.vase))
    taps(counter.no_card_button)
    taps(counter.pay_buttons[counter_payment("card")])
    taps(counter.card_paid)
    receipt = counter.done_page.receipt_button
    assert receipt.isVisible() and receipt.isEnabled()
    taps(receipt)
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    text = " ".join(pdf_text(printed[0][0]).split())
    assert printed[0][1] == "bon" and "Gehaakte vaas" in text and "7,50" in text
    qtbot.waitUntil(lambda: any("job-7" in said for said, _ in counter.said))
    assert "Suus" not in text  # the maker is never on a receipt


def counter_payment(name):
    from trefpuntje.core.models.till import Payment

    return Payment(name)


def test_a_handmade_item_is_sold_without_a_card_and_a_donated_one_is_not(counter, shop, taps):
    shop.open_till()
    counter.take_scan(label_payload(shop.pan))
    assert not counter.no_card_button.isVisible()  # a gift needs the neighbour's card
    taps(counter.other_item)
    counter.take_scan(label_payload(shop.vase))
    taps(counter.no_card_button)
    assert counter.who.text() == "Verkocht zonder pas"
    taps(counter.pay_buttons[counter_payment("card")])
    assert "€ 7,50" in counter.card_text.text()
    taps(counter.card_paid)
    assert counter.done_page.heading.text() == "Verkocht zonder pas"
    [handout] = shop.handouts()
    with shop.database.read() as session:
        sale = session.get(Sale, handout.sale_id)
    assert (handout.member_id, sale.payment, sale.total_cents) == (None, "card", 750)


def test_with_the_till_closed_a_priced_item_is_refused_with_a_message(counter, shop, taps, qtbot):
    counter.take_scan(label_payload(shop.vase))
    counter.take_scan(shop.tokens["Nel"])
    assert counter.till_status.isVisible() and counter.till_button.isVisible()
    taps(counter.pay_buttons[counter_payment("cash")])
    assert counter.pages.currentWidget() is counter.counter_page
    assert counter.said[-1] == ("De kassa is dicht. Open eerst de kassa, verkoop dan.", True)
    counter.hand_out(counter_payment("card"))  # past the screen, core refuses too
    assert counter.said[-1][1] is True
    assert shop.handouts() == [] and shop.item(shop.vase).on_shelf == 1
    with qtbot.waitSignal(counter.till_requested, timeout=1000):
        taps(counter.till_button)


def test_an_unknown_code_or_card_is_said_in_words(counter, shop, taps):
    counter.take_scan("TPITEM-ZZZZZZ")
    assert counter.said[-1] == ("Geen winkelspul ZZZZZZ. Kijk de code op het etiket na.", True)
    assert not counter.item_box.isVisible()
    counter.take_scan("hello there")
    assert counter.said[-1] == ("\u201chello there\u201d is geen code van een spul. Een code heeft 6 letters en "
                                "cijfers, zoals op het etiket.", True)
    counter.take_scan(new_token())  # a card code no card has
    assert counter.said[-1] == ("Deze pas kennen we hier niet.", True)
    assert counter.who.isHidden() and counter.pristine


def test_the_code_is_typed_on_the_keypad(counter, shop, taps):
    taps(counter.type_button)
    assert counter.pages.currentWidget() is counter.code_page
    for key in "ZZZZZZ":
        taps(counter.code_pad.keys[key])
    taps(counter.code_pad.find)
    assert counter.code_note.text() == "Geen winkelspul ZZZZZZ. Kijk de code op het etiket na."
    taps(counter.code_pad.erase)
    counter.code_pad.field.clear()
    for key in shop.pan:
        taps(counter.code_pad.keys[key])
    taps(counter.code_pad.find)
    assert counter.pages.currentWidget() is counter.counter_page and "Koekenpan" in counter.item_box.title.text()


def test_the_counter_names_no_donor_or_maker(counter, shop):
    counter.take_scan(label_payload(shop.vase))
    counter.take_scan(shop.tokens["Nel"])
    shown = " ".join(label.text() for label in counter.findChildren(type(counter.who)) if label.isVisible())
    assert "Suus" not in shown and "Nel" in shown


@pytest.mark.parametrize("code", ["nl", "en", "ar"])
def test_every_counter_page_fits_the_kiosk_window(make_window, shop, code, qtbot):
    shop.open_till()
    had_her_share(shop)
    window = make_window(shop.database, language=code)  # styled, with its top bar, 1280 x 800
    counter = ShopCounterScreen(shop.database, lambda: NOW)
    window._add(counter)  # as staff mode adds it on first use
    window.stack.setCurrentWidget(counter)
    counter.open_for(shop.member("Wim"))
    for step in (lambda: counter.take_scan(label_payload(shop.socks)), lambda: counter.take_scan(shop.tokens["Nel"]),
                 counter.forget_item, lambda: counter.take_scan(label_payload(shop.vase)), counter.forget_member,
                 lambda: counter.take_scan(label_payload(shop.socks)), lambda: counter.take_scan(shop.tokens["Nel"])):
        step()  # parts come and go: the window must not grow on the way
        QApplication.processEvents()
        assert window.size().toTuple() == (1280, 800)
    assert counter.ask_staff.isVisible() and counter.quantity_stepper.isVisible()  # the longest: "ask staff"
    for page in range(counter.pages.count()):  # the stack is as large as its largest page
        counter.pages.setCurrentIndex(page)
        QApplication.processEvents()
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 800, (counter.pages.widget(page), hint)
        assert window.size().toTuple() == (1280, 800), counter.pages.widget(page)  # it never grew
    names = [b.accessibleName() for b in counter.findChildren(type(counter.till_button))]
    assert all(names), "every button has an accessible name"

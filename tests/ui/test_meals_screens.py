"""Neighbour meals on screen: ordering at the kiosk after a card scan (in at most four
taps), the allergen warning and its confirmation, the waiting list, cancelling, the
visitor's own profile; the pick-up table handing out and selling through the till;
staff publishing an offer, refused without an allergen declaration, and the cook's
sheet for the cook's own card only. The demo week: Monday 30 November 2026."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.meals import upcoming_meals
from trefpuntje.core.meals_orders import meal_profile
from trefpuntje.core.members import list_members
from trefpuntje.core.models.meals import Meal, MealOrder, OrderStatus
from trefpuntje.core.models.till import Sale, SaleLine
from trefpuntje.core.till import current_session, open_session
from trefpuntje.core.till_reports import x_report
from trefpuntje.ui.screens.meal_pickup import MealPickupScreen
from trefpuntje.ui.screens.meals import MealsScreen
from trefpuntje.ui.staff.meal_offer import MealOfferForm
from trefpuntje.ui.meal_words import allergen_text
from trefpuntje.ui.tr import error_text, money

MORNING = datetime(2026, 11, 30, 9, 30, tzinfo=UTC)  # Monday 10:30 in Nijmegen: today's lasagne orders until 12:00
PICKUP = datetime(2026, 11, 30, 16, 10, tzinfo=UTC)  # 17:10, in the lasagne's pick-up time
FITS = (1280, 690)  # 1280 x 800 less the top bar


def member_named(database, first_name):
    with database.read() as session:
        return next(m for m in list_members(session) if m.first_name == first_name)


def meal_named(database, dish_start):
    with database.read() as session:
        return next(m for m in upcoming_meals(session, now=MORNING, include_cancelled=True)
                    if m.dish.startswith(dish_start))


def orders_of(database, member, meal):
    with database.read() as session:
        return list(session.exec(select(MealOrder).where(MealOrder.member_id == member.id,
                                                         MealOrder.meal_id == meal.id)).all())


class Taps:
    """Clicks like a finger, and counts them."""

    def __init__(self, qtbot) -> None:
        self.qtbot, self.count = qtbot, 0

    def __call__(self, widget) -> None:
        assert widget.isVisible() and widget.isEnabled(), widget.accessibleName()
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.count += 1


@pytest.fixture
def taps(qtbot):
    return Taps(qtbot)


def show(qtbot, screen):
    qtbot.addWidget(screen)
    screen.resize(*FITS)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


@pytest.fixture
def kiosk(qtbot, demo_database):
    """The meals screen at the kiosk; ``said`` collects its banner messages."""
    screen = show(qtbot, MealsScreen(demo_database, lambda: screen.now))
    screen.now = MORNING
    screen.said = []
    screen.message.connect(lambda text, problem: screen.said.append((text, problem)))
    screen.refresh()
    return screen


def scanned(screen, database, first_name):
    screen.set_visitor(member_named(database, first_name))  # what the main window does after a card scan
    return screen.visitor


# -- the kiosk ----------------------------------------------------------------------------


def test_without_a_scan_the_meals_show_and_nobody_can_order(kiosk, demo_database):
    lasagne = meal_named(demo_database, "Groentelasagne")
    card = kiosk.cards[lasagne.id]
    assert card.title.text() == "Groentelasagne" and "Femke" not in card.when.text()  # the kiosk names nobody
    assert "17:00\u201318:30" in card.when.text()
    assert card.button is None and not kiosk.profile_button.isVisible()
    assert card.allergens.picture.isVisible()
    assert all(allergen_text(code)() in card.allergens.text.text() for code in ("gluten", "milk", "celery"))
    assert kiosk.pristine


def test_a_neighbour_orders_a_meal_in_at_most_four_taps_after_the_scan(kiosk, demo_database, taps):
    truus = scanned(kiosk, demo_database, "Truus")
    varenyky = meal_named(demo_database, "Varenyky")
    assert orders_of(demo_database, truus, varenyky) == []
    taps(kiosk.cards[varenyky.id].button)  # the meal's Order
    assert kiosk.pages.currentWidget() is kiosk.order_page and kiosk.portions_label.text() == "1"
    assert not kiosk.order_warning.isVisible()  # Truus keeps no allergies
    taps(kiosk.more)  # 2 portions
    taps(kiosk.order_button)
    assert taps.count <= 4
    [order] = orders_of(demo_database, truus, varenyky)
    assert (order.status, order.portions) == (OrderStatus.ORDERED.value, 2)
    assert kiosk.pages.currentWidget() is kiosk.main and kiosk.said[-1][1] is False
    assert "Varenyky" in kiosk.said[-1][0]
    assert kiosk.cards[varenyky.id].state.isVisible() and "2" in kiosk.cards[varenyky.id].state.text()


def test_an_allergen_of_theirs_is_warned_and_ordering_needs_a_confirmation(kiosk, demo_database, taps):
    annie = scanned(kiosk, demo_database, "Annie")  # allergic to milk
    varenyky = meal_named(demo_database, "Varenyky")  # with milk
    card = kiosk.cards[varenyky.id]
    assert card.warning is not None and card.warning.picture.isVisible()
    taps(card.button)
    assert kiosk.order_warning.isVisible() and kiosk.order_warning_text.text()
    taps(kiosk.order_button)
    assert kiosk.pages.currentWidget() is kiosk.question_page  # asked, not ordered
    assert orders_of(demo_database, annie, varenyky) == []
    assert varenyky.dish in kiosk.question_heading.text()
    taps(kiosk.question_yes)  # "yes, order anyway"
    assert taps.count <= 4
    [order] = orders_of(demo_database, annie, varenyky)
    assert order.status == OrderStatus.ORDERED.value and order.allergens_confirmed is True


def test_going_back_from_the_allergen_warning_orders_nothing(kiosk, demo_database, taps):
    annie = scanned(kiosk, demo_database, "Annie")
    varenyky = meal_named(demo_database, "Varenyky")
    taps(kiosk.cards[varenyky.id].button)
    taps(kiosk.order_button)
    taps(kiosk.question_no)
    assert kiosk.pages.currentWidget() is kiosk.order_page
    assert orders_of(demo_database, annie, varenyky) == []


def test_a_sold_out_meal_offers_the_waiting_list(kiosk, demo_database, taps):
    truus = scanned(kiosk, demo_database, "Truus")
    soup = meal_named(demo_database, "Linzensoep")
    assert soup.sold_out
    button = kiosk.cards[soup.id].button
    taps(button)
    assert kiosk.order_button.text() == button.text()  # "join the waiting list" on both
    taps(kiosk.order_button)
    [order] = orders_of(demo_database, truus, soup)
    assert order.status == OrderStatus.WAITING.value
    assert "2" in kiosk.said[-1][0]  # number 2: Wim waits already
    assert "2" in kiosk.cards[soup.id].state.text()


def test_asking_more_portions_than_are_left_offers_the_waiting_list(kiosk, demo_database, taps):
    with demo_database.write() as session:  # one lasagne portion left
        session.get(Meal, meal_named(demo_database, "Groentelasagne").id).portions_left = 1
    truus = scanned(kiosk, demo_database, "Truus")
    lasagne = meal_named(demo_database, "Groentelasagne")
    assert kiosk.mine[lasagne.id].order is None
    taps(kiosk.cards[lasagne.id].button)
    taps(kiosk.more)
    taps(kiosk.order_button)
    assert kiosk.pages.currentWidget() is kiosk.question_page
    taps(kiosk.question_yes)  # join the waiting list
    assert taps.count <= 4
    [order] = orders_of(demo_database, truus, lasagne)
    assert (order.status, order.portions) == (OrderStatus.WAITING.value, 2)


def test_a_neighbour_cancels_before_the_cut_off_and_not_after(kiosk, demo_database, taps):
    truus = scanned(kiosk, demo_database, "Truus")
    pea_soup = meal_named(demo_database, "Erwtensoep")
    assert orders_of(demo_database, truus, pea_soup)[0].status == OrderStatus.ORDERED.value
    taps(kiosk.cards[pea_soup.id].button)  # cancel my order
    [order] = orders_of(demo_database, truus, pea_soup)
    assert order.status == OrderStatus.CANCELLED.value
    assert meal_named(demo_database, "Erwtensoep").portions_left == pea_soup.portions_left + order.portions
    assert kiosk.mine[pea_soup.id].order is None and kiosk.cards[pea_soup.id].button is not None  # may order again

    annie = scanned(kiosk, demo_database, "Annie")  # her lasagne, ordering closed at 12:00
    kiosk.now = MORNING + timedelta(hours=3)
    kiosk.refresh()
    lasagne = meal_named(demo_database, "Groentelasagne")
    assert kiosk.cards[lasagne.id].button is None
    assert orders_of(demo_database, annie, lasagne)[0].status == OrderStatus.ORDERED.value


def test_the_visitor_sets_their_own_profile_and_the_next_visitor_never_sees_it(kiosk, demo_database, taps):
    truus = scanned(kiosk, demo_database, "Truus")
    taps(kiosk.profile_button)
    assert kiosk.allergen_tiles.chosen() == () and kiosk.diet_tiles.chosen() == ()
    taps(kiosk.allergen_tiles.tiles["celery"])
    taps(kiosk.diet_tiles.tiles["vegetarian"])
    taps(kiosk.profile_save)
    with demo_database.read() as session:
        profile = meal_profile(session, member_id=truus.id, asking_id=truus.id)
    assert (profile.allergens, profile.diets) == (("celery",), ("vegetarian",))
    pea_soup = meal_named(demo_database, "Erwtensoep")  # with celery: now a warning for her
    assert kiosk.cards[pea_soup.id].warning is not None

    taps(kiosk.profile_button)
    assert kiosk.allergen_tiles.chosen() == ("celery",)
    scanned(kiosk, demo_database, "Kees")  # the next neighbour scans while it is open
    assert kiosk.pages.currentWidget() is kiosk.main
    assert kiosk.allergen_tiles.chosen() == () and kiosk.diet_tiles.chosen() == ()
    assert kiosk.cards[pea_soup.id].warning is None
    kiosk.reset()
    assert kiosk.visitor is None and kiosk.allergen_tiles.chosen() == ()


# -- the pick-up table ------------------------------------------------------------------------


@pytest.fixture
def pickup(qtbot, demo_database):
    with demo_database.write() as session:
        open_session(session, opened_by_id=member_named(demo_database, "Ruud").id, float_cents=5000,
                     now=PICKUP - timedelta(hours=1))
    screen = show(qtbot, MealPickupScreen(demo_database, lambda: screen.now))
    screen.now = PICKUP
    screen.said = []
    screen.message.connect(lambda text, problem: screen.said.append((text, problem)))
    screen.open_for(member_named(demo_database, "Henk"))
    return screen


def test_pick_up_takes_the_card_hands_out_and_sells_in_cash_through_the_till(pickup, demo_database, taps, qtbot,
                                                                             monkeypatch):
    annie = member_named(demo_database, "Annie")
    lasagne = meal_named(demo_database, "Groentelasagne")
    [order] = orders_of(demo_database, annie, lasagne)
    assert pickup.take_card is not None and pickup.scan_prompt.isVisible()
    pickup.take_card(annie)
    assert "Annie" in pickup.who.text() and list(pickup.tiles) == [order.id]
    assert pickup.tiles[order.id].isChecked()
    taps(pickup.pay_buttons[pickup_payment("cash")])
    cash = pickup.cash_page
    assert pickup.pages.currentWidget() is cash and "3,00" in cash.due_label.text()
    taps(cash.note_buttons[500])
    taps(cash.confirm)
    assert pickup.pages.currentWidget() is pickup.done_page
    assert [(p.cents, p.count) for p in pickup.done_page.change_view.pieces] == [(200, 1)]

    with demo_database.read() as session:
        collected = session.get(MealOrder, order.id)
        till = current_session(session)
        sales = list(session.exec(select(Sale).where(Sale.session_id == till.id)).all())
        lines = list(session.exec(select(SaleLine).where(SaleLine.sale_id == sales[0].id)).all())
        report = x_report(session, till_session_id=till.id, now=PICKUP)
    assert collected.status == OrderStatus.COLLECTED.value and collected.sale_id == sales[0].id
    assert [(s.payment, s.total_cents, s.cash_received_cents, s.change_cents) for s in sales] == [
        ("cash", 300, 500, 200)]
    assert [(line.name, line.quantity, line.amount_cents) for line in lines] == [("Groentelasagne", 1, 300)]
    assert (report.sales_count, report.expected_cash_cents) == (1, 5000 + 300)

    printed: list[bytes] = []  # a receipt for what was paid, on request
    monkeypatch.setattr("trefpuntje.printing.print_queue.print_pdf",
                        lambda pdf, printer=None, title="", copies=1: printed.append(pdf) or "job-8")
    taps(pickup.done_page.receipt_button)
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    from tests.printing.conftest import pdf_text

    assert "Groentelasagne" in pdf_text(printed[0])

    taps(pickup.done_page.next_button)
    assert pickup.member is None and pickup.scan_prompt.isVisible()
    pickup.take_card(annie)  # again: handed out, nothing left to pay
    assert pickup.tiles == {} and not pickup.pay_buttons[pickup_payment("cash")].isVisible()


def pickup_payment(name):
    from trefpuntje.core.models.till import Payment

    return Payment(name)


def test_pick_up_with_the_till_closed_says_so_and_hands_out_nothing(qtbot, demo_database, taps):
    screen = show(qtbot, MealPickupScreen(demo_database, lambda: PICKUP))
    said = []
    screen.message.connect(lambda text, problem: said.append((text, problem)))
    screen.open_for(member_named(demo_database, "Henk"))
    assert screen.till_button.isVisible()
    annie = member_named(demo_database, "Annie")
    screen.take_card(annie)
    taps(screen.pay_buttons[pickup_payment("card")])
    taps(screen.card_paid)
    assert said and said[-1][1] is True
    [order] = orders_of(demo_database, annie, meal_named(demo_database, "Groentelasagne"))
    assert order.status == OrderStatus.ORDERED.value


def test_opening_the_pick_up_records_the_orders_not_collected(qtbot, demo_database):
    screen = show(qtbot, MealPickupScreen(demo_database, lambda: PICKUP + timedelta(hours=2)))  # 19:10
    screen.open_for(member_named(demo_database, "Henk"))
    lasagne = meal_named(demo_database, "Groentelasagne")
    with demo_database.read() as session:
        statuses = set(session.exec(select(MealOrder.status).where(MealOrder.meal_id == lasagne.id)).all())
    assert OrderStatus.NOT_COLLECTED.value in statuses and OrderStatus.ORDERED.value not in statuses


# -- staff: offering a meal ------------------------------------------------------------------


@pytest.fixture
def offer(qtbot, demo_database):
    screen = show(qtbot, MealOfferForm(demo_database, lambda: MORNING))
    screen.open_for(member_named(demo_database, "Ingrid"))
    return screen


def type_dish(taps, form, letters):
    taps(form.fields.dish)  # opens the on-screen keys
    assert form.pages.currentWidget() is form.keys_page
    for letter in letters:
        taps(form.keyboard.keys[letter])
    taps(form.keyboard.keys["ready"])


def meals_in(database):
    with database.read() as session:
        return list(session.exec(select(Meal)).all())


def test_staff_publish_a_cooks_offer_through_the_form(offer, demo_database, taps):
    before = len(meals_in(demo_database))
    taps(offer.new_button)
    type_dish(taps, offer, "SOEP")
    assert offer.fields.dish.text() == "Soep"
    offer.take_card(member_named(demo_database, "Oksana"))  # the cook scans her card: she is chosen
    assert offer.fields.cook.currentText() == "Oksana"
    for _ in range(6):
        taps(offer.fields.contribution.more)  # 6 x 50 cents
    taps(offer.step_buttons[1])
    taps(offer.fields.allergens.tiles["celery"])
    taps(offer.fields.diets.tiles["vegan"])
    taps(offer.step_buttons[2])
    taps(offer.fields.safety)
    taps(offer.publish_button)
    meals = meals_in(demo_database)
    assert len(meals) == before + 1
    [soup] = [m for m in meals if m.dish == "Soep"]
    assert (soup.cook_id, soup.allergens, soup.diet_labels, soup.contribution_cents, soup.portions) == (
        member_named(demo_database, "Oksana").id, "celery", "vegan", 300, 8)
    assert soup.max_per_member == 2 and soup.safety_confirmed_at is not None
    assert offer.pages.currentWidget() is offer.list_page and soup.id in offer.rows


def test_an_offer_without_an_allergen_declaration_is_refused_with_the_message_and_nothing_saved(
        offer, demo_database, taps):
    before = len(meals_in(demo_database))
    taps(offer.new_button)
    type_dish(taps, offer, "SOEP")
    taps(offer.step_buttons[2])
    taps(offer.fields.safety)
    taps(offer.publish_button)
    expected = error_text(InvalidInput(
        "Tick the allergens in the dish, or tick \"none\". A meal cannot be offered without."))
    assert offer.form_note.text() == expected
    assert len(meals_in(demo_database)) == before
    assert offer.pages.currentWidget() is offer.form_page and offer.fields.dish.text() == "Soep"  # kept to fix

    taps(offer.step_buttons[1])
    taps(offer.fields.none_tile)  # "no allergens": now it goes
    taps(offer.publish_button)
    assert len(meals_in(demo_database)) == before + 1


def test_no_allergens_and_an_allergen_exclude_each_other(offer, taps):
    taps(offer.new_button)
    taps(offer.step_buttons[1])
    taps(offer.fields.allergens.tiles["milk"])
    taps(offer.fields.none_tile)
    assert offer.fields.ticked_allergens() == () and offer.fields.no_allergens()
    taps(offer.fields.allergens.tiles["eggs"])
    assert offer.fields.ticked_allergens() == ("eggs",) and not offer.fields.no_allergens()


def test_staff_call_off_an_offer_with_a_second_tap(offer, demo_database, taps):
    varenyky = meal_named(demo_database, "Varenyky")
    off = [b for b in offer.rows[varenyky.id].findChildren(type(offer.new_button)) if b.objectName() == "danger"][0]
    taps(off)
    assert offer.pages.currentWidget() is offer.ask_page
    assert meal_named(demo_database, "Varenyky").status == "published"
    taps(offer.call_off_yes)
    assert meal_named(demo_database, "Varenyky").status == "cancelled"
    assert varenyky.id not in offer.rows


def test_the_cooks_sheet_prints_for_the_cooks_own_card_only(offer, demo_database, qtbot, taps, monkeypatch):
    printed = []
    monkeypatch.setattr("trefpuntje.printing.print_queue.print_pdf",
                        lambda pdf, printer=None, title="", copies=1: printed.append(pdf) or "job-7")
    lasagne = meal_named(demo_database, "Groentelasagne")
    offer.ask_for_sheet(lasagne)
    offer.take_card(member_named(demo_database, "Ingrid"))  # staff: not the cook
    assert printed == [] and "Femke" in offer.ask_text.text()
    offer.take_card(member_named(demo_database, "Femke"))
    qtbot.waitUntil(lambda: bool(printed), timeout=10000)
    assert printed[0].startswith(b"%PDF")
    qtbot.waitUntil(lambda: offer.pages.currentWidget() is offer.list_page)
    assert "job-7" in offer.list_note.text()


# -- sizes ----------------------------------------------------------------------------------


def test_staff_see_what_the_cooks_are_owed_month_by_month(offer, demo_database, taps):
    from trefpuntje.core.meals_pickup import cook_payouts
    from trefpuntje.ui.staff.meal_payouts import COOK_ROW, NONE, TOTAL

    with demo_database.read() as session:
        november = cook_payouts(session, year=2026, month=11)
        october = cook_payouts(session, year=2026, month=10)
    assert november and sum(p.amount_cents for p in november) > 0  # the demo's meals were picked up and paid
    taps(offer.payouts_button)
    page = offer.payouts_page
    from datetime import date

    from PySide6.QtCore import QLocale

    assert offer.pages.currentWidget() is page
    assert page.month.shown.text() == QLocale().toString(date(2026, 11, 1), "MMMM yyyy")
    rows = [page.list.item(i).text() for i in range(page.list.count())]
    assert rows == [COOK_ROW(cook=p.cook_name, meals=p.meals, portions=p.portions, amount=money(p.amount_cents))
                    for p in november]
    assert all("\u20ac" in row for row in rows) and page.total.text() == TOTAL(
        amount=money(sum(p.amount_cents for p in november)))
    taps(page.month.less)
    assert page.month.shown.text() == QLocale().toString(date(2026, 10, 1), "MMMM yyyy")
    rows = [page.list.item(i).text() for i in range(page.list.count())]
    assert rows == ([COOK_ROW(cook=p.cook_name, meals=p.meals, portions=p.portions, amount=money(p.amount_cents))
                     for p in october] or [NONE()])
    taps(page.back_button)
    assert offer.pages.currentWidget() is offer.list_page


@pytest.mark.parametrize("build", [
    lambda db: MealsScreen(db, lambda: MORNING),
    lambda db: MealPickupScreen(db, lambda: PICKUP),
    lambda db: MealOfferForm(db, lambda: MORNING),
])
def test_each_meal_screen_fits_the_kiosk_below_the_top_bar(qtbot, demo_database, build):
    screen = show(qtbot, build(demo_database))
    hint = screen.minimumSizeHint()
    assert hint.width() <= FITS[0] and hint.height() <= FITS[1], hint


def test_a_photo_of_the_dish_is_scaled_down_stored_and_shown_at_the_kiosk(qtbot, demo_database, tmp_path,
                                                                         monkeypatch):
    from PySide6.QtGui import QColor, QImage

    from trefpuntje.core.meals import meal_photo, upcoming_meals
    from trefpuntje.ui.photos import MAX_SIDE
    from trefpuntje.ui.screens.meals import MealsScreen
    from trefpuntje.ui.staff.meal_offer import MealOfferForm

    big = QImage(3000, 2000, QImage.Format.Format_RGB32)  # a phone's picture
    big.fill(QColor("#c06030"))
    path = tmp_path / "lasagne.png"
    assert big.save(str(path))
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(path), ""))
    form = MealOfferForm(demo_database, lambda: MORNING)
    qtbot.addWidget(form)
    form.fields.choose_photo()
    photo = form.fields.photo
    assert photo is not None and photo[:2] == b"\xff\xd8"  # a JPEG
    shrunk = QImage.fromData(photo)
    assert max(shrunk.width(), shrunk.height()) == MAX_SIDE and len(photo) < 200_000
    with demo_database.write() as session:  # what the form's Publish hands over, with the photo
        from trefpuntje.core.meals import offer_meal

        bep = next(m for m in list_members(session) if m.first_name == "Bep")
        view = offer_meal(session, cook_id=bep.id, dish="Lasagne met foto", day=MORNING.date() + timedelta(days=2),
                          pickup_from=time(17), pickup_until=time(18, 30),
                          order_until=datetime.combine(MORNING.date() + timedelta(days=2), time(12)),
                          portions=6, contribution_cents=300, allergens=("milk",), safety_confirmed=True,
                          photo=photo, now=MORNING)
        assert meal_photo(session, meal_id=view.id)[1] == photo
        assert view.id in {v.id for v in upcoming_meals(session, now=MORNING)}
    kiosk = MealsScreen(demo_database, lambda: MORNING)
    qtbot.addWidget(kiosk)
    kiosk.refresh()
    assert kiosk.cards[view.id].picture.width() == 120  # the photo, not the pictogram

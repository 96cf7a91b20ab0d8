"""A neighbour at the kiosk: scan, greeting, check-in, sign up, full, waiting list."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from trefpuntje.core.activities import week
from trefpuntje.core.cards import issue_card
from trefpuntje.core.checkins import attendance
from trefpuntje.core.members import list_members
from trefpuntje.core.models import CheckIn
from trefpuntje.ui.screens.activities import ActivitiesScreen

MONDAY_MORNING = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # 09:00 in Nijmegen, demo week
BEFORE_EXERCISE = datetime(2026, 12, 1, 8, 50, tzinfo=UTC)  # Tuesday 09:50, the exercise class is at 10:00


def card_for(database, first_name):
    with database.write() as session:
        member = next(m for m in list_members(session) if m.first_name == first_name)
        return member, issue_card(session, member_id=member.id).token


@pytest.fixture
def kiosk(make_window, demo_database):
    window = make_window(demo_database)
    window.now = MONDAY_MORNING
    window.clock = lambda: window.now
    return window


def tap(qtbot, screen, button):
    """Scroll the button into view, as a person would, and tap it."""
    screen.scroll.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def exercise_class(database):
    with database.write() as session:
        return next(v for v in week(session, monday=MONDAY_MORNING.date()) if v.title == "Beweegles in de beweegtuin")


def test_a_scanned_card_is_greeted_by_first_name_and_checked_in(kiosk, demo_database, qtbot):
    kiosk.now = BEFORE_EXERCISE
    occurrence = exercise_class(demo_database)
    with demo_database.read() as session:
        signed_up = [r.first_name for r in attendance(session, occurrence_id=occurrence.id) if r.status == "confirmed"]
    member, token = card_for(demo_database, signed_up[0])
    sounds = []
    kiosk.visit.sounds.played.connect(sounds.append)
    qtbot.keyClicks(kiosk, token)  # a keyboard-wedge scanner types the code ...
    qtbot.keyClick(kiosk, Qt.Key.Key_Return)  # ... and presses Enter
    greeting = kiosk.visit.greeting
    assert greeting.isVisible()
    assert greeting.title.text() == f"Welkom, {member.first_name}!"
    assert "Beweegles in de beweegtuin" in greeting.detail.text()
    assert sounds == ["welcome"]
    assert kiosk.visitor_button.isVisible() and member.first_name in kiosk.visitor_button.text()
    with demo_database.read() as session:
        assert session.exec(select(CheckIn).where(CheckIn.member_id == member.id,
                                                  CheckIn.occurrence_id == occurrence.id)).first() is not None
    kiosk.visit.handle_scan(token)  # the same card again: counted once
    assert "al ingecheckt" in greeting.detail.text()
    with demo_database.read() as session:
        assert len(session.exec(select(CheckIn).where(CheckIn.member_id == member.id)).all()) == 1


@pytest.mark.parametrize(("scanned", "words"), [("TPBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB", "niet herkend"),
                                                ("hallo", "niet herkend")])
def test_unknown_or_garbled_scans_say_so_and_change_nothing(kiosk, demo_database, scanned, words):
    with demo_database.read() as session:
        before = len(session.exec(select(CheckIn)).all())
    kiosk.visit.handle_scan(scanned)
    assert words in kiosk.visit.greeting.title.text()
    assert kiosk.visit.member is None and not kiosk.visitor_button.isVisible()
    with demo_database.read() as session:
        assert len(session.exec(select(CheckIn)).all()) == before


def test_a_replaced_card_says_so(kiosk, demo_database):
    member, old = card_for(demo_database, "Nel")
    card_for(demo_database, "Nel")
    kiosk.visit.handle_scan(old)
    assert "vervangen" in kiosk.visit.greeting.title.text()
    assert kiosk.visit.member is None


def test_a_scan_while_a_question_is_open_is_refused(kiosk, demo_database):
    member, token = card_for(demo_database, "Nel")
    kiosk.open_area("meals")
    kiosk.idle_overlay.start()
    kiosk.visit.handle_scan(token)
    assert kiosk.visit.member is None
    assert kiosk.banner.isVisible() and "vraag" in kiosk.banner_text.text()


def test_sign_up_then_full_then_waiting_list(kiosk, demo_database, qtbot):
    member, token = card_for(demo_database, "Nel")
    kiosk.visit.handle_scan(token)
    qtbot.mouseClick(kiosk.visit.greeting.ok, Qt.MouseButton.LeftButton)  # one thing at a time: the greeting first
    assert not kiosk.visit.greeting.isVisible()
    qtbot.waitUntil(lambda: isinstance(kiosk.stack.currentWidget(), ActivitiesScreen))  # right after the greeting
    screen = kiosk.stack.currentWidget()
    exercise = exercise_class(demo_database)
    card = screen.cards[exercise.id]
    assert card.places.text().startswith("Nog")
    tap(qtbot, screen, card.button)
    assert "aangemeld voor Beweegles" in kiosk.banner_text.text()
    card = screen.cards[exercise.id]
    assert card.state.text() == "U bent aangemeld"
    sewing = next(c for c in screen.cards.values() if c.view.title == "Naaiatelier")
    assert sewing.places.text() == "Vol: wachtlijst"
    tap(qtbot, screen, sewing.button)
    assert "wachtlijst, nummer 3" in kiosk.banner_text.text()
    sewing = screen.cards[sewing.view.id]
    assert sewing.state.text() == "Wachtlijst: nummer 3"
    tap(qtbot, screen, sewing.button)  # cancel
    assert screen.cards[sewing.view.id].state.isHidden()


def test_done_forgets_the_visitor(kiosk, demo_database, qtbot):
    member, token = card_for(demo_database, "Nel")
    kiosk.visit.handle_scan(token)
    kiosk.visit.greeting.hide()
    qtbot.mouseClick(kiosk.visitor_button, Qt.MouseButton.LeftButton)
    assert kiosk.visit.member is None and kiosk.stack.currentWidget() is kiosk.home
    kiosk.open_area("activities")
    assert all(card.button is None for card in kiosk.stack.currentWidget().cards.values())


def test_the_public_activity_list_shows_no_one_elses_name(kiosk, demo_database):
    kiosk.open_area("activities")
    screen = kiosk.stack.currentWidget()
    text = " ".join(label.text() for label in screen.findChildren(type(kiosk.banner_text)))
    with demo_database.read() as session:
        leaders = {"Ahmed", "Henk", "Ruud", "Karin", "Amira"}
        others = {m.first_name for m in list_members(session)} - leaders
    assert not [name for name in others if f" {name} " in f" {text} "]


def test_staff_mode_opens_with_a_staff_card_and_that_members_pin(kiosk, demo_database, qtbot):
    from trefpuntje.core.staff_pins import set_pin

    member, token = card_for(demo_database, "Ruud")
    with demo_database.write() as session:
        set_pin(session, member_id=member.id, pin="97531")
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    kiosk.visit.handle_scan(token)
    assert kiosk.pin_screen.prompt.text() == "Tik uw pincode in, Ruud."
    for key in "97531":
        qtbot.mouseClick(kiosk.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.pin_screen.numpad.keys["ok"], Qt.MouseButton.LeftButton)
    assert kiosk.staff.first_name == "Ruud"
    visitor, visitor_token = card_for(demo_database, "Nel")
    kiosk.leave_staff_mode()
    qtbot.mouseClick(kiosk.staff_button, Qt.MouseButton.LeftButton)
    kiosk.visit.handle_scan(visitor_token)
    assert kiosk.pin_screen.message.text() == "Deze pas opent de medewerkersstand niet."


def test_a_newcomer_joins_with_only_a_first_name_and_can_sign_up_at_once(kiosk, demo_database, qtbot):
    from trefpuntje.ui.screens.register import RegisterScreen

    kiosk.open_area("activities")
    qtbot.mouseClick(kiosk.stack.currentWidget().register_button, Qt.MouseButton.LeftButton)
    register = kiosk.stack.currentWidget()
    assert isinstance(register, RegisterScreen)
    qtbot.mouseClick(register.keyboard.keys["ready"], Qt.MouseButton.LeftButton)
    assert register.message.text() == "Een voornaam is nodig."  # nothing saved
    for key in ("A", "N", "N", "E", "-", "M", "A", "R", "I", "E"):
        qtbot.mouseClick(register.keyboard.keys[key], Qt.MouseButton.LeftButton)
    assert register.display.text() == "Anne-Marie"
    qtbot.mouseClick(register.keyboard.keys["ready"], Qt.MouseButton.LeftButton)
    assert kiosk.visit.member.first_name == "Anne-Marie"
    assert kiosk.visit.greeting.title.text() == "Welkom, Anne-Marie!"
    qtbot.waitUntil(lambda: isinstance(kiosk.stack.currentWidget(), ActivitiesScreen))
    screen = kiosk.stack.currentWidget()
    assert isinstance(screen, ActivitiesScreen) and any(card.button for card in screen.cards.values())
    with demo_database.read() as session:
        assert [m.roles for m in list_members(session) if m.first_name == "Anne-Marie"] == [("visitor",)]

"""A volunteer at the kiosk: scan, start a task, scan again and stop; sign up for an
open shift; give hours afterwards for approval."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlmodel import select

from trefpuntje.core.hours_roster import add_task, plan_shift
from trefpuntje.core.models.hours import HourEntry
from trefpuntje.ui.screens.volunteers import VolunteersScreen
from tests.ui.test_activities_flow import card_for

NOW = datetime(2026, 12, 1, 13, 0, tzinfo=UTC)  # Tuesday 14:00 in Nijmegen, the demo week


@pytest.fixture
def kiosk(make_window, demo_database):
    window = make_window(demo_database)
    window.now = NOW
    window.clock = lambda: window.now
    with demo_database.write() as session:
        window.task = add_task(session, name="Tuinieren", pictogram="exercise")
    return window


def entries(database, member_id):
    with database.read() as session:
        return list(session.exec(select(HourEntry).where(HourEntry.member_id == member_id)
                                 .where(HourEntry.started_at >= NOW - timedelta(days=8))).all())


def button_named(buttons, text):
    return next(b for b in buttons if b.text() == text)


def test_scan_start_a_task_scan_again_and_stop(kiosk, demo_database, qtbot):
    priya, token = card_for(demo_database, "Priya")
    before = len(entries(demo_database, priya.id))
    kiosk.visit.handle_scan(token)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen(), VolunteersScreen))
    screen = kiosk.current_screen()
    assert "Priya" in screen.question.text() and "taak" in screen.question.text()
    qtbot.mouseClick(button_named(screen.clock_buttons, "Tuinieren"), Qt.MouseButton.LeftButton)
    [started] = [e for e in entries(demo_database, priya.id) if e.ended_at is None]
    assert started.task_id == kiosk.task.id
    kiosk.end_visit()

    kiosk.now = NOW + timedelta(hours=2, minutes=15)
    kiosk.visit.handle_scan(token)  # the same card again: stop?
    qtbot.waitUntil(lambda: kiosk.current_screen() is screen and bool(screen.clock_buttons))
    assert "Tuinieren" in screen.question.text() and "14:00" in screen.question.text()  # started at 14:00
    qtbot.mouseClick(screen.clock_buttons[0], Qt.MouseButton.LeftButton)
    done = [e for e in entries(demo_database, priya.id) if e.task_id == kiosk.task.id]
    assert len(done) == 1 and done[0].ended_at is not None
    assert len(entries(demo_database, priya.id)) == before + 1
    assert "2:15" in kiosk.banner_text.text()


def test_a_volunteer_signs_up_for_an_open_shift(kiosk, demo_database, qtbot):
    priya, token = card_for(demo_database, "Priya")
    with demo_database.write() as session:
        shift = plan_shift(session, task_id=kiosk.task.id, starts_at=NOW + timedelta(days=2),
                           ends_at=NOW + timedelta(days=2, hours=2), places=2, now=NOW)
    kiosk.visit.handle_scan(token)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen(), VolunteersScreen))
    screen = kiosk.current_screen()
    assert shift.id in screen.shift_buttons
    qtbot.mouseClick(screen.shift_buttons[shift.id], Qt.MouseButton.LeftButton)
    assert shift.id not in screen.shift_buttons  # now one of hers, under "your next shifts"
    assert "rooster" in kiosk.banner_text.text()


def test_hours_given_afterwards_wait_for_approval(kiosk, demo_database, qtbot):
    priya, token = card_for(demo_database, "Priya")
    kiosk.visit.handle_scan(token)
    qtbot.waitUntil(lambda: isinstance(kiosk.current_screen(), VolunteersScreen))
    screen = kiosk.current_screen()
    qtbot.mouseClick(screen.afterwards_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.task_buttons[kiosk.task.id], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(screen.day_buttons[1], Qt.MouseButton.LeftButton)  # yesterday
    qtbot.mouseClick(screen.length_minutes_buttons[1], Qt.MouseButton.LeftButton)  # 2:30
    assert "2:30" in screen.length_label.text()
    qtbot.mouseClick(screen.save_afterwards, Qt.MouseButton.LeftButton)
    [given] = [e for e in entries(demo_database, priya.id) if e.task_id == kiosk.task.id]
    assert given.source == "manual" and given.status == "pending"
    assert (given.ended_at - given.started_at) == timedelta(hours=2, minutes=30)


def test_a_visitor_who_does_not_volunteer_is_invited_not_clocked(kiosk, demo_database, qtbot):
    nel, token = card_for(demo_database, "Nel")
    kiosk.visit.handle_scan(token)
    kiosk.visit.greeting.hide()
    kiosk.open_area("volunteers")
    screen = kiosk.current_screen()
    assert not screen.clock_buttons and not screen.afterwards_button.isVisible()
    assert "Nel" in screen.question.text()

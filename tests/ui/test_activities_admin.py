"""Day-activity staff: present now, attendance, no-shows, places, cancelling, new activities."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from tests.ui.test_activities_flow import card_for
from trefpuntje.core.activities import list_activities, view_of

DURING_EXERCISE = datetime(2026, 12, 1, 9, 10, tzinfo=UTC)  # Tuesday 10:10, the exercise class runs


def open_admin(qtbot, window):
    qtbot.mouseClick(window.staff_button, Qt.MouseButton.LeftButton)
    for key in "1234":
        qtbot.mouseClick(window.pin_screen.numpad.keys[key], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.pin_screen.numpad.keys["ok"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.staff_home.activities_button, Qt.MouseButton.LeftButton)
    return window.staff_screens["activities"]


def select(admin, title):
    for row in range(admin.sessions.count()):
        if title in admin.sessions.item(row).text():
            admin.sessions.setCurrentRow(row)
            return admin.selected
    raise AssertionError(title)


def test_staff_see_present_now_and_mark_no_shows(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    window.clock = lambda: DURING_EXERCISE
    member, token = card_for(demo_database, "Gerrit")
    window.visit.handle_scan(token)  # a walk-in at the exercise class
    window.end_visit()
    admin = open_admin(qtbot, window)
    select(admin, "Beweegles in de beweegtuin")
    assert admin.present.text() == "Nu aanwezig: 1"
    names = [admin.people.item(i).text() for i in range(admin.people.count())]
    assert any(n.startswith("Gerrit") and "binnengelopen" in n and "\u2714" in n for n in names)
    qtbot.mouseClick(admin.no_shows, Qt.MouseButton.LeftButton)
    names = [admin.people.item(i).text() for i in range(admin.people.count())]
    assert sum("niet gekomen" in n for n in names) == sum("aangemeld" in n for n in names) > 0


def test_places_change_and_a_cancelled_session_shows_at_the_kiosk(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    window.clock = lambda: datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    admin = open_admin(qtbot, window)
    occurrence_id = select(admin, "Naaiatelier")  # full, two on the waiting list
    qtbot.mouseClick(admin.more, Qt.MouseButton.LeftButton)
    with demo_database.read() as session:
        view = view_of(session, occurrence_id)
    assert (view.capacity, view.confirmed, view.waiting) == (7, 7, 1)  # the first on the list moved up
    qtbot.mouseClick(admin.fewer, Qt.MouseButton.LeftButton)
    assert "minder plaatsen dan dat kan niet" in admin.message.text()
    qtbot.mouseClick(admin.cancel_button, Qt.MouseButton.LeftButton)
    window.leave_staff_mode()
    window.open_area("activities")
    card = next(c for c in window.stack.currentWidget().cards.values() if c.view.id == occurrence_id)
    assert card.places.text() == "Gaat niet door"


def test_a_new_activity_needs_a_title_and_is_planned(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    window.clock = lambda: datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    admin = open_admin(qtbot, window)
    qtbot.mouseClick(admin.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(admin.form.save_button, Qt.MouseButton.LeftButton)
    assert admin.form.message.text() == "Een activiteit heeft een titel nodig."
    admin.form.title.setText("Buurtbingo")
    admin.form.capacity.setValue(20)
    qtbot.mouseClick(admin.form.save_button, Qt.MouseButton.LeftButton)
    assert admin.message.text() == "Buurtbingo staat gepland."
    with demo_database.read() as session:
        assert [a.capacity for a in list_activities(session) if a.title == "Buurtbingo"] == [20]


def test_present_now_follows_the_scans_while_the_screen_is_open(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    window.clock = lambda: DURING_EXERCISE
    admin = open_admin(qtbot, window)
    select(admin, "Beweegles in de beweegtuin")
    assert admin.present.text() == "Nu aanwezig: 0"
    admin.live.setInterval(100)
    admin.live.start()
    member, token = card_for(demo_database, "Gerrit")
    with demo_database.write() as session:  # a scan at the kiosk by the door, another terminal
        from trefpuntje.core.cards import identify
        from trefpuntje.core.checkins import check_in

        check_in(session, member_id=identify(session, scanned=token).member.id, now=DURING_EXERCISE)
    qtbot.waitUntil(lambda: admin.present.text() == "Nu aanwezig: 1", timeout=3000)


def test_staff_change_an_activity_and_name_its_leader(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    window.clock = lambda: datetime(2026, 11, 30, 7, 0, tzinfo=UTC)
    admin = open_admin(qtbot, window)
    occurrence_id = select(admin, "Beweegles in de beweegtuin")
    qtbot.mouseClick(admin.edit_button, Qt.MouseButton.LeftButton)
    assert admin.form.title.text() == "Beweegles in de beweegtuin" and not admin.form.date.isEnabled()
    admin.form.title.setText("Buitengym")
    admin.form.leader.setCurrentIndex(admin.form.leader.findText("Suus"))
    qtbot.mouseClick(admin.form.save_button, Qt.MouseButton.LeftButton)
    assert admin.message.text() == "Buitengym staat gepland."
    with demo_database.read() as session:
        view = view_of(session, occurrence_id)
    assert (view.title, view.leader) == ("Buitengym", "Suus")

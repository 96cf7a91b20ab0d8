"""The coordinator's volunteer hours: review (approve, correct with a reason, reject),
the weekly roster (plan, put on, take off, copy, tasks) and the year's overview with
its CSV, driven through the real widgets on the demo data."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from trefpuntje.core.activities import LOCAL, local_moment
from trefpuntje.core.hours import add_manual_entry
from trefpuntje.core.hours_reports import hours_csv, hours_overview, hours_text
from trefpuntje.core.hours_review import entries_to_review, entry_history
from trefpuntje.core.hours_roster import list_tasks, week_roster
from trefpuntje.core.members import MemberSummary, add_member, list_members
from trefpuntje.core.models import EntryStatus, HourEntry, Role
from trefpuntje.ui.app import create_application
from trefpuntje.ui.i18n import Languages
from trefpuntje.ui.staff.hours_admin import OVERVIEW, ROSTER, HoursAdmin

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # Monday 13:00 in Nijmegen: the demo's today
MONDAY = date(2026, 11, 30)
SUNDAY_BEFORE = date(2026, 11, 29)


def errors(source: str) -> str:
    return QCoreApplication.translate("errors", source)


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_item(qtbot, listing: QListWidget, item: QListWidgetItem) -> None:
    listing.scrollToItem(item)
    qtbot.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())


def item_where(listing: QListWidget, text: str) -> QListWidgetItem:
    return next(listing.item(row) for row in range(listing.count()) if text in listing.item(row).text())


def to_review(database, first_name: str):
    with database.read() as session:
        return next(e for e in entries_to_review(session) if e.first_name == first_name)


def member(database, first_name: str, role: Role = Role.VOLUNTEER) -> MemberSummary:
    with database.read() as session:
        return next(m for m in list_members(session, role=role) if m.first_name == first_name)


@pytest.fixture
def admin(qtbot, demo_database):
    Languages(create_application()).switch("nl")
    screen = HoursAdmin(demo_database, lambda: NOW)
    qtbot.addWidget(screen)
    screen.resize(1280, 690)
    screen.open_for(member(demo_database, "Ingrid", Role.COORDINATOR))
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_approving_hours_given_afterwards_counts_them(admin, demo_database, qtbot):
    waiting = to_review(demo_database, "Femke")
    review = admin.review
    assert "(2)" in admin.tabs[0].text()  # Femke's hours and Hamid's forgotten clock-out
    click_item(qtbot, review.list, item_where(review.list, "Femke"))
    assert "Femke" in review.heading.text() and review.approve_button.isEnabled()
    click(qtbot, review.approve_button)
    with demo_database.read() as session:
        assert session.get(HourEntry, waiting.id).status == EntryStatus.DONE.value
        assert entry_history(session, entry_id=waiting.id)[-1].changed_by == "Ingrid"
    assert "Femke" in admin.message.text() and admin.message.property("kind") == ""
    assert all("Femke" not in review.list.item(row).text() for row in range(review.list.count()))
    assert "(1)" in admin.tabs[0].text()
    assert review.history.count() == 2  # added afterwards, approved: still on show after it left the list


def test_correcting_a_forgotten_clock_out_with_a_reason_shows_old_and_new_in_its_history(admin, demo_database, qtbot):
    flagged = to_review(demo_database, "Hamid")
    review = admin.review
    click_item(qtbot, review.list, item_where(review.list, "Hamid"))
    assert not review.approve_button.isEnabled()  # a forgotten clock-out needs its end: correct it
    click(qtbot, review.correct_button)
    assert review.start.shown.text() == "10:00" and review.end.shown.text() == "11:00"
    for _ in range(6):  # 11:00 -> 12:30 in quarters
        click(qtbot, review.end.more)
    click(qtbot, review.correct_reason.buttons[0])  # "Forgot to clock out"
    reason = review.correct_reason.text()
    assert reason
    click(qtbot, review.save_correction)
    with demo_database.read() as session:
        entry = session.get(HourEntry, flagged.id)
        last = entry_history(session, entry_id=flagged.id)[-1]
    assert entry.status == EntryStatus.DONE.value
    assert entry.ended_at == local_moment(SUNDAY_BEFORE, time(12, 30))
    assert (last.action, last.old_ended_at, last.new_ended_at, last.reason) == (
        "corrected", None, entry.ended_at, reason)
    shown = review.history.item(review.history.count() - 1).text()
    assert "10:00\u2013\u2026" in shown and "10:00\u201312:30" in shown and reason in shown
    assert review.pages.currentWidget() is review.detail


def test_a_correction_without_a_reason_is_refused_and_changes_nothing(admin, demo_database, qtbot):
    flagged = to_review(demo_database, "Hamid")
    review = admin.review
    with demo_database.read() as session:
        before = len(entry_history(session, entry_id=flagged.id))
    click_item(qtbot, review.list, item_where(review.list, "Hamid"))
    click(qtbot, review.correct_button)
    click(qtbot, review.end.more)
    click(qtbot, review.save_correction)
    assert admin.message.text() == errors("Say why: a correction needs a reason.")
    assert admin.message.property("kind") == "problem"
    assert review.pages.currentWidget() is review.correct_page  # the times stay to add a reason to
    with demo_database.read() as session:
        entry = session.get(HourEntry, flagged.id)
        assert (entry.status, entry.ended_at) == (EntryStatus.FLAGGED.value, None)
        assert len(entry_history(session, entry_id=flagged.id)) == before


def test_nobody_approves_their_own_hours(qtbot, admin, demo_database):
    with demo_database.write() as session:
        both = add_member(session, first_name="Joke", roles=(Role.COORDINATOR, Role.VOLUNTEER))
        task = list_tasks(session)[0]
        own = add_manual_entry(session, member_id=both.id, task_id=task.id, minutes=60,
                               started_at=local_moment(SUNDAY_BEFORE, time(9)), now=NOW)
    admin.open_for(MemberSummary(both.id, "Joke", ("coordinator", "volunteer")))
    click_item(qtbot, admin.review.list, item_where(admin.review.list, "Joke"))
    click(qtbot, admin.review.approve_button)
    assert admin.message.text() == errors("Someone else approves or corrects your own hours.")
    with demo_database.read() as session:
        assert session.get(HourEntry, own.id).status == EntryStatus.PENDING.value


def test_a_rejection_needs_a_reason_and_then_does_not_count(admin, demo_database, qtbot):
    waiting = to_review(demo_database, "Femke")
    review = admin.review
    click_item(qtbot, review.list, item_where(review.list, "Femke"))
    click(qtbot, review.reject_button)
    click(qtbot, review.confirm_reject)
    assert admin.message.text() == errors("Say why: a correction needs a reason.")
    click(qtbot, review.reject_reason.buttons[0])  # "Entered twice"
    click(qtbot, review.confirm_reject)
    with demo_database.read() as session:
        assert session.get(HourEntry, waiting.id).status == EntryStatus.REJECTED.value


def test_planning_a_shift_puts_it_on_the_roster(admin, demo_database, qtbot):
    click(qtbot, admin.tabs[ROSTER])
    roster = admin.roster
    click(qtbot, roster.plan_button)
    form = roster.form
    click(qtbot, next(b for b in form.task_buttons.values() if b.text() == "Schoonmaken"))
    click(qtbot, form.day_buttons[2])  # Wednesday 2 December
    for _ in range(2):  # 09:30 -> 10:00
        click(qtbot, form.start.more)
    click(qtbot, form.places.more)
    click(qtbot, form.plan_button)
    with demo_database.read() as session:
        [planned] = [s for s in week_roster(session, monday=MONDAY) if s.task_name == "Schoonmaken"
                     and s.starts_at.astimezone(LOCAL).date() == date(2026, 12, 2)]
    assert (planned.starts_at, planned.ends_at, planned.places, planned.taken) == (
        local_moment(date(2026, 12, 2), time(10)), local_moment(date(2026, 12, 2), time(12, 30)), 2, 0)
    assert roster.pages.currentWidget() is roster.week_page
    assert "Schoonmaken" in roster.heading.text() and "10:00\u201312:30" in roster.heading.text()
    assert any("10:00\u201312:30  Schoonmaken  0/2" in roster.list.item(r).text() for r in range(roster.list.count()))


def test_putting_a_volunteer_on_a_shift_and_taking_them_off(admin, demo_database, qtbot):
    click(qtbot, admin.tabs[ROSTER])
    roster = admin.roster
    click_item(qtbot, roster.list, item_where(roster.list, "09:30\u201312:30  Koffiehoek  1/2\nHenk"))
    click(qtbot, roster.assign_button)
    priya = member(demo_database, "Priya")
    assert member(demo_database, "Henk").id not in roster.pick_buttons  # already on it
    click(qtbot, roster.pick_buttons[priya.id])
    with demo_database.read() as session:
        shift = next(s for s in week_roster(session, monday=MONDAY) if s.id == roster.selected)
    assert [v.first_name for v in shift.volunteers] == ["Henk", "Priya"]
    assert [roster.people.item(r).text() for r in range(roster.people.count())] == ["Henk", "Priya"]
    assert not roster.assign_button.isEnabled()  # both places taken

    click_item(qtbot, roster.people, roster.people.item(0))
    click(qtbot, roster.unassign_button)
    with demo_database.read() as session:
        shift = next(s for s in week_roster(session, monday=MONDAY) if s.id == roster.selected)
    assert [v.first_name for v in shift.volunteers] == ["Priya"]


def test_cancelling_a_shift_asks_for_a_second_tap(admin, demo_database, qtbot):
    click(qtbot, admin.tabs[ROSTER])
    roster = admin.roster
    click_item(qtbot, roster.list, item_where(roster.list, "Activiteitenbegeleiding"))
    shift_id = roster.selected
    click(qtbot, roster.cancel_button)
    with demo_database.read() as session:
        assert not next(s for s in week_roster(session, monday=MONDAY) if s.id == shift_id).cancelled
    click(qtbot, roster.cancel_button)
    with demo_database.read() as session:
        assert next(s for s in week_roster(session, monday=MONDAY) if s.id == shift_id).cancelled


def test_copying_last_week_plans_an_empty_week_like_it(admin, demo_database, qtbot):
    click(qtbot, admin.tabs[ROSTER])
    roster = admin.roster
    click(qtbot, roster.next)
    click(qtbot, roster.next)  # the week of 14 December: nothing planned yet
    assert roster.monday == MONDAY + timedelta(days=14) and roster.shifts == []
    click(qtbot, roster.copy_button)
    with demo_database.read() as session:
        before = week_roster(session, monday=MONDAY + timedelta(days=7))
        after = week_roster(session, monday=MONDAY + timedelta(days=14))
    assert len(after) == len(before) > 0 and len(roster.shifts) == len(after)
    assert [(s.task_name, s.starts_at + timedelta(days=7)) for s in before] == \
        [(s.task_name, s.starts_at) for s in after]


def test_a_new_task_typed_with_the_on_screen_keys(admin, demo_database, qtbot):
    click(qtbot, admin.tabs[ROSTER])
    click(qtbot, admin.roster.tasks_button)
    tasks = admin.roster.tasks
    click(qtbot, tasks.name)  # a tap on the field opens the keys
    assert admin.top.currentWidget() is admin.typing
    for letter in "TUIN":
        click(qtbot, admin.typing.keyboard.keys[letter])
    click(qtbot, admin.typing.keyboard.keys["ready"])
    assert admin.top.currentWidget() is admin.main and tasks.name.text() == "Tuin"
    click(qtbot, tasks.pictogram_buttons["exercise"])
    click(qtbot, tasks.add_button)
    with demo_database.read() as session:
        tuin = next(t for t in list_tasks(session) if t.name == "Tuin")
    assert tuin.pictogram == "exercise"
    click(qtbot, tasks.retire_button)  # "no longer in use" asks for a second tap
    click(qtbot, tasks.retire_button)
    with demo_database.read() as session:
        assert all(t.name != "Tuin" for t in list_tasks(session))


def test_the_overview_shows_the_years_hours_and_saves_them_as_csv(admin, demo_database, qtbot, tmp_path, monkeypatch):
    click(qtbot, admin.tabs[OVERVIEW])
    panel = admin.overview
    with demo_database.read() as session:
        expected = hours_overview(session, year=2026)
        csv_text = hours_csv(session, year=2026)
    table = panel.table
    assert table.rowCount() == len(expected.tasks) + 2  # the tasks, the total, the active volunteers
    for row, task in enumerate(expected.tasks):
        assert table.verticalHeaderItem(row).text() == task.name
        shown = [table.item(row, month).text() for month in range(12)]
        assert shown == [hours_text(m) if m else "" for m in task.minutes]
        assert table.item(row, 12).text() == hours_text(task.total)
    total_row = len(expected.tasks)
    assert table.item(total_row, 12).text() == hours_text(expected.total_minutes)
    assert table.item(total_row + 1, 12).text() == str(expected.active_volunteers)
    assert expected.total_minutes > 0 and expected.giving.also_give > 0
    assert str(expected.active_volunteers) in panel.facts.text()
    assert f"{expected.giving.also_give}" in panel.facts.text() and f"{expected.giving.percent} %" in panel.facts.text()
    assert "Ahmed" in panel.warnings.text()  # the demo's allowance near the monthly cap

    target = tmp_path / "uren-2026.csv"
    monkeypatch.setattr("trefpuntje.ui.staff.hours_overview_panel.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "CSV (*.csv)"))
    click(qtbot, panel.csv_button)
    assert target.read_text(encoding="utf-8") == csv_text
    assert str(target) in admin.message.text()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_part_fits_the_kiosk_screen_under_the_top_bar(admin, language):
    Languages(create_application()).switch(language)
    roster, review = admin.roster, admin.review

    def pick_a_shift():
        admin.show_part(ROSTER)
        roster.list.setCurrentItem(item_where(roster.list, "Koffiehoek"))

    parts = [  # each step and the page it shows
        (lambda: admin.show_part(0), review.detail), (review.open_correct, review.correct_page),
        (review.open_reject, review.reject_page), (pick_a_shift, roster.week_page),
        (roster.open_picker, roster.picker), (roster.open_form, roster.form), (roster.open_tasks, roster.tasks),
        (lambda: admin.show_part(OVERVIEW), admin.overview), (lambda: admin.typing.open_for(roster.tasks.name), None),
    ]
    try:
        for show, page in parts:
            show()
            assert page is None or page.isVisible()
            hint = admin.minimumSizeHint()
            assert hint.width() <= 1280 and hint.height() <= 690, (page, hint)
    finally:
        Languages(create_application()).switch("nl")

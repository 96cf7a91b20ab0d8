"""Volunteer hours: a scan, clocking in and out, forgotten clock-outs, hours added
afterwards, approval and corrections with their history, and every bad input refused
with a clear message and nothing changed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from tests.core.hours_fixtures import Centre, at, make_centre
from trefpuntje.core.errors import DomainError, InvalidInput, NotAllowed
from trefpuntje.core.hours import (
    ScanOffer,
    add_manual_entry,
    clock_in,
    clock_out,
    clocked_in_now,
    close_forgotten_clock_outs,
    entries_of,
    hours_scan,
)
from trefpuntje.core.hours_review import (
    approve_entry,
    correct_entry,
    entries_to_review,
    entry_history,
    reject_entry,
)
from trefpuntje.core.hours_roster import plan_shift, retire_task
from trefpuntje.core.models import HourEntry


@pytest.fixture
def centre(database) -> Centre:
    return make_centre(database)


def refused(centre: Centre, error: type[DomainError], words: str, action) -> DomainError:  # type: ignore[no-untyped-def]
    """``action(session)`` is refused with ``words`` in its message and changes nothing."""
    before = centre.rows()
    with pytest.raises(error) as caught, centre.write() as session:
        action(session)
    assert words in str(caught.value)
    assert centre.rows() == before
    return caught.value


# --- a scan and clocking ----------------------------------------------------------------------------------------


def test_a_scan_while_clocked_out_offers_the_tasks_with_the_shift_now_first(centre):
    with centre.write() as session:
        plan_shift(session, task_id=centre.shop, starts_at=at(30, 13), ends_at=at(30, 16), places=2,
                   volunteer_ids=[centre.suus], planned_by_id=centre.coordinator, now=at(27, 9))
    with centre.read() as session:
        scan = hours_scan(session, member_id=centre.suus, now=at(30, 12, 45))
    assert scan.offer == ScanOffer.START and scan.open_entry is None
    assert [c.name for c in scan.tasks] == ["Weggeefwinkel", "Koffiehoek", "Koken"]
    assert scan.tasks[0].shift is not None and scan.tasks[1].shift is None
    assert [s.task_name for s in scan.next_shifts] == ["Weggeefwinkel"] and scan.next_shifts[0].mine
    assert scan.first_name == "Suus"


def test_clock_in_then_a_scan_offers_stop_and_clock_out_counts_the_minutes(centre):
    with centre.write() as session:
        started = clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
    assert started.status == "open" and started.minutes is None
    with centre.read() as session:
        scan = hours_scan(session, member_id=centre.suus, now=at(30, 11))
        assert [e.first_name for e in clocked_in_now(session, now=at(30, 11))] == ["Suus"]
    assert scan.offer == ScanOffer.STOP and scan.open_entry.task_name == "Koffiehoek" and scan.tasks == ()
    with centre.write() as session:
        stopped = clock_out(session, member_id=centre.suus, now=at(30, 12, 45))
    assert not stopped.forgotten
    assert (stopped.entry.status, stopped.entry.minutes, stopped.entry.source) == ("done", 195, "clock")
    with centre.read() as session:
        assert hours_scan(session, member_id=centre.suus, now=at(30, 13)).offer == ScanOffer.START
        assert [c.action for c in entry_history(session, entry_id=started.id)] == ["clocked_in", "clocked_out"]


def test_clocking_in_links_the_volunteers_shift_for_that_task(centre):
    with centre.write() as session:
        shift = plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9, 30), ends_at=at(30, 12, 30),
                           volunteer_ids=[centre.suus], now=at(27, 9))
        entry = clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 20))
    assert entry.shift_id == shift.id


def test_clocking_out_twice_is_refused_and_changes_nothing(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
        clock_out(session, member_id=centre.suus, now=at(30, 12))
    refused(centre, NotAllowed, "not clocked in", lambda s: clock_out(s, member_id=centre.suus, now=at(30, 12, 1)))


def test_clocking_in_twice_is_refused_and_changes_nothing(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
    refused(centre, NotAllowed, "already clocked in since 2026-11-30 09:30",
            lambda s: clock_in(s, member_id=centre.suus, task_id=centre.shop, now=at(30, 10)))


def test_the_database_holds_one_open_entry_per_volunteer(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
    with pytest.raises(IntegrityError), centre.write() as session:
        session.add(HourEntry(member_id=centre.suus, task_id=centre.shop, source="clock", status="open",
                              started_at=at(30, 10)))


def test_only_volunteers_and_cooks_clock_hours(centre):
    refused(centre, NotAllowed, "for volunteers and cooks",
            lambda s: clock_in(s, member_id=centre.nel, task_id=centre.coffee, now=at(30, 10)))
    with centre.read() as session:
        with pytest.raises(NotAllowed):
            hours_scan(session, member_id=centre.nel, now=at(30, 10))
    with centre.write() as session:
        assert clock_in(session, member_id=centre.bep, task_id=centre.cooking, now=at(30, 10)).status == "open"


def test_a_retired_task_takes_no_new_hours(centre):
    with centre.write() as session:
        retire_task(session, task_id=centre.shop, now=at(29, 9))
    refused(centre, NotAllowed, "no longer in use",
            lambda s: clock_in(s, member_id=centre.suus, task_id=centre.shop, now=at(30, 10)))
    with centre.read() as session:
        assert "Weggeefwinkel" not in [c.name for c in hours_scan(session, member_id=centre.suus, now=at(30, 10)).tasks]


def test_a_stop_before_the_start_is_refused(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
    refused(centre, InvalidInput, "before the start", lambda s: clock_out(s, member_id=centre.suus, now=at(30, 9, 0)))


# --- forgotten clock-outs ---------------------------------------------------------------------------------------


def test_a_forgotten_clock_out_is_closed_at_the_planned_end_of_its_shift(centre):
    with centre.write() as session:
        plan_shift(session, task_id=centre.coffee, starts_at=at(30, 9, 30), ends_at=at(30, 12, 30),
                   volunteer_ids=[centre.suus], now=at(27, 9))
        entry = clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 35))
    with centre.write() as session:
        assert close_forgotten_clock_outs(session, now=at(30, 23, 0)).flagged == ()  # still today: left alone
        summary = close_forgotten_clock_outs(session, now=at(1, 3, 15, month=12))
    [closed] = summary.closed_at_shift_end
    assert (closed.id, closed.status, closed.ended_at, closed.minutes) == (entry.id, "done", at(30, 12, 30), 175)
    with centre.read() as session:
        [_, auto] = entry_history(session, entry_id=entry.id)
    assert (auto.action, auto.changed_by, auto.old_ended_at, auto.new_ended_at) == ("auto_closed", None, None,
                                                                                    at(30, 12, 30))


def test_a_forgotten_clock_out_without_a_shift_is_flagged_and_never_counted(centre):
    with centre.write() as session:
        entry = clock_in(session, member_id=centre.ahmed, task_id=centre.shop, now=at(30, 10))
    with centre.write() as session:
        summary = close_forgotten_clock_outs(session, now=at(1, 3, 15, month=12))
        again = close_forgotten_clock_outs(session, now=at(1, 3, 20, month=12))
    assert [e.id for e in summary.flagged] == [entry.id] and summary.closed_at_shift_end == ()
    assert again.flagged == () and again.closed_at_shift_end == ()  # nothing more the second time
    with centre.read() as session:
        [flagged] = entries_to_review(session)
        assert (flagged.status, flagged.ended_at, flagged.minutes) == ("flagged", None, None)
        assert hours_scan(session, member_id=centre.ahmed, now=at(1, 9, month=12)).offer == ScanOffer.START
    with centre.write() as session:  # the coordinator knows he left at four
        fixed = correct_entry(session, entry_id=entry.id, coordinator_id=centre.coordinator, now=at(1, 10, month=12),
                              ended_at=at(30, 16), reason="Ahmed ging om 16:00 weg")
    assert (fixed.status, fixed.minutes) == ("done", 360)


def test_an_entry_open_for_more_than_sixteen_hours_is_forgotten_even_the_same_day(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.ahmed, task_id=centre.shop, now=at(30, 0, 30))
        summary = close_forgotten_clock_outs(session, now=at(30, 17))
    assert len(summary.flagged) == 1


def test_the_next_days_scan_offers_start_and_clocking_in_settles_the_forgotten_entry(centre):
    with centre.write() as session:
        old = clock_in(session, member_id=centre.ahmed, task_id=centre.shop, now=at(30, 10))
    with centre.read() as session:
        scan = hours_scan(session, member_id=centre.ahmed, now=at(1, 9, month=12))
    assert scan.offer == ScanOffer.START and scan.forgotten.id == old.id
    with centre.write() as session:
        new = clock_in(session, member_id=centre.ahmed, task_id=centre.coffee, now=at(1, 9, month=12))
    with centre.read() as session:
        statuses = {e.id: e.status for e in entries_of(session, member_id=centre.ahmed, begin=at(1, 0),
                                                        end=at(2, 0, month=12))}
    assert statuses == {old.id: "flagged", new.id: "open"}


def test_stopping_a_forgotten_entry_does_not_count_the_night(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.ahmed, task_id=centre.shop, now=at(30, 10))
    with centre.write() as session:
        result = clock_out(session, member_id=centre.ahmed, now=at(1, 9, month=12))
    assert result.forgotten and result.entry.status == "flagged" and result.entry.minutes is None


# --- hours added afterwards, approval, corrections --------------------------------------------------------------


def test_hours_added_afterwards_wait_for_approval_then_count(centre):
    with centre.write() as session:
        added = add_manual_entry(session, member_id=centre.bep, task_id=centre.cooking, started_at=at(29, 14),
                                 minutes=180, note="Soep gekookt voor de buurtmaaltijd", now=at(30, 10))
    assert (added.status, added.source, added.minutes) == ("pending", "manual", 180)
    with centre.read() as session:
        assert [e.id for e in entries_to_review(session)] == [added.id]
    with centre.write() as session:
        approved = approve_entry(session, entry_id=added.id, coordinator_id=centre.coordinator, now=at(30, 11))
    assert approved.status == "done"
    with centre.read() as session:
        assert entries_to_review(session) == []
        history = entry_history(session, entry_id=added.id)
    assert [(c.action, c.changed_by, c.old_status, c.new_status) for c in history] == [
        ("added", "Bep", None, "pending"), ("approved", "Ingrid", "pending", "done")]
    refused(centre, NotAllowed, "not waiting for approval",
            lambda s: approve_entry(s, entry_id=added.id, coordinator_id=centre.coordinator, now=at(30, 12)))


def test_a_correction_keeps_the_history_of_old_and_new_with_who_when_and_why(centre):
    with centre.write() as session:
        added = add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9),
                                 ended_at=at(29, 17), now=at(30, 10))
        correct_entry(session, entry_id=added.id, coordinator_id=centre.coordinator, now=at(30, 11),
                      ended_at=at(29, 12), task_id=centre.shop, reason="Middag was de winkel, tot 12 uur")
        correct_entry(session, entry_id=added.id, coordinator_id=centre.staff, now=at(30, 12),
                      started_at=at(29, 9, 30), reason="Begon om half tien")
    with centre.read() as session:
        history = entry_history(session, entry_id=added.id)
    assert [c.action for c in history] == ["added", "corrected", "corrected"]
    first, second = history[1], history[2]
    assert (first.changed_by, first.changed_at, first.reason) == ("Ingrid", at(30, 11), "Middag was de winkel, tot 12 uur")
    assert (first.old_task, first.new_task, first.old_ended_at, first.new_ended_at) == (
        "Koffiehoek", "Weggeefwinkel", at(29, 17), at(29, 12))
    assert (first.old_status, first.new_status) == ("pending", "done")
    assert (second.changed_by, second.old_started_at, second.new_started_at) == ("Ruud", at(29, 9), at(29, 9, 30))


def test_the_history_is_append_only_in_the_database(centre):
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9, 30))
    for statement in ("UPDATE hour_change SET reason = 'sneaky'", "DELETE FROM hour_change"):
        with pytest.raises(DBAPIError, match="append-only"), centre.write() as session:
            session.execute(text(statement))


def test_a_rejection_counts_nothing_and_says_why(centre):
    with centre.write() as session:
        added = add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9),
                                 minutes=60, now=at(30, 10))
    refused(centre, InvalidInput, "needs a reason",
            lambda s: reject_entry(s, entry_id=added.id, coordinator_id=centre.coordinator, reason=" ", now=at(30, 11)))
    with centre.write() as session:
        rejected = reject_entry(session, entry_id=added.id, coordinator_id=centre.coordinator,
                                reason="Twee keer ingevoerd", now=at(30, 11))
    assert rejected.status == "rejected"
    with centre.write() as session:  # the same hour may now be entered once more
        add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9), minutes=60,
                         now=at(30, 12))


def test_nobody_approves_their_own_hours_and_volunteers_approve_nothing(centre):
    with centre.write() as session:
        own = add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9), minutes=60,
                               now=at(30, 10))
    refused(centre, NotAllowed, "Only a coordinator",
            lambda s: approve_entry(s, entry_id=own.id, coordinator_id=centre.ahmed, now=at(30, 11)))
    with centre.write() as session:
        from trefpuntje.core.members import parse_role
        from trefpuntje.core.models import MemberRole

        session.add(MemberRole(member_id=centre.coordinator, role=parse_role("volunteer").value))
        mine = add_manual_entry(session, member_id=centre.coordinator, task_id=centre.coffee, started_at=at(29, 9),
                                minutes=60, now=at(30, 10))
    refused(centre, NotAllowed, "Someone else approves",
            lambda s: approve_entry(s, entry_id=mine.id, coordinator_id=centre.coordinator, now=at(30, 11)))


@pytest.mark.parametrize(("start", "kwargs", "words"), [
    (at(29, 9), {"minutes": -30}, "cannot be negative"),
    (at(29, 9), {"minutes": 0}, "at least one minute"),
    (at(28, 9), {"minutes": 16 * 60 + 1}, "at most 16 hours"),
    (at(28, 0), {"ended_at": at(28, 23)}, "at most 16 hours"),
    (at(29, 12), {"ended_at": at(29, 9)}, "end is before the start"),
    (at(30, 9), {"ended_at": at(30, 11)}, "still ahead"),
    (at(29, 9), {"minutes": 10 ** 12}, "at most 16 hours"),
    (at(29, 9), {}, "either the end or the number of minutes"),
])
def test_bad_hours_added_afterwards_are_refused_with_a_clear_message(centre, start, kwargs, words):
    refused(centre, InvalidInput, words, lambda s: add_manual_entry(
        s, member_id=centre.suus, task_id=centre.coffee, started_at=start, now=at(30, 10), **kwargs))


def test_overlapping_entries_are_refused_with_what_they_overlap(centre):
    with centre.write() as session:
        add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9), minutes=180,
                         now=at(30, 8))
        clock_in(session, member_id=centre.suus, task_id=centre.shop, now=at(30, 9))
    refused(centre, NotAllowed, "overlap with Koffiehoek from 2026-11-29 09:00 to 2026-11-29 12:00", lambda s: (
        add_manual_entry(s, member_id=centre.suus, task_id=centre.cooking, started_at=at(29, 11), minutes=120,
                         now=at(30, 10))))
    refused(centre, NotAllowed, "overlap with Weggeefwinkel", lambda s: add_manual_entry(
        s, member_id=centre.suus, task_id=centre.cooking, started_at=at(30, 8, 30), minutes=60, now=at(30, 10)))
    with centre.write() as session:  # right after is fine
        later = add_manual_entry(session, member_id=centre.suus, task_id=centre.cooking, started_at=at(29, 12),
                                 minutes=60, now=at(30, 10))
    refused(centre, NotAllowed, "overlap", lambda s: correct_entry(
        s, entry_id=later.id, coordinator_id=centre.coordinator, now=at(30, 11), started_at=at(29, 11, 30),
        reason="eerder begonnen"))


def test_bad_corrections_are_refused_and_change_nothing(centre):
    with centre.write() as session:
        entry = add_manual_entry(session, member_id=centre.suus, task_id=centre.coffee, started_at=at(29, 9),
                                 minutes=60, now=at(30, 10))
    correct = lambda **kw: (lambda s: correct_entry(s, entry_id=entry.id, coordinator_id=centre.coordinator,  # noqa: E731
                                                     now=at(30, 11), **kw))
    refused(centre, InvalidInput, "needs a reason", correct(ended_at=at(29, 11), reason=""))
    refused(centre, InvalidInput, "end is before the start", correct(ended_at=at(29, 8), reason="typo"))
    refused(centre, InvalidInput, "at most 16 hours", correct(started_at=at(28, 9), reason="lang"))
    with centre.write() as session:
        correct(ended_at=at(29, 11), reason="tot elf uur")(session)
    refused(centre, InvalidInput, "Nothing to correct", correct(ended_at=at(29, 11), reason="nog eens"))


def test_hours_since_a_clock_in_do_not_overlap_a_stretch_added_afterwards(centre):
    with centre.write() as session:
        entry = clock_in(session, member_id=centre.ahmed, task_id=centre.coffee, now=at(30, 9))
    refused(centre, NotAllowed, "overlap", lambda s: add_manual_entry(
        s, member_id=centre.ahmed, task_id=centre.cooking, started_at=at(30, 9, 15), minutes=30, now=at(30, 10)))
    with centre.read() as session:
        assert entries_of(session, member_id=centre.ahmed, begin=at(30, 0), end=at(30, 0) + timedelta(days=1))[0].id \
            == entry.id


def test_the_daily_housekeeping_applies_the_forgotten_clock_out_rule(centre, tmp_path):
    from trefpuntje.core.housekeeping import run_housekeeping

    with centre.write() as session:
        entry = clock_in(session, member_id=centre.ahmed, task_id=centre.shop, now=at(30, 10))
    report = run_housekeeping(centre.database, now=at(1, 3, 15, month=12), folder=tmp_path / "backups")
    assert [e.id for e in report.forgotten_clock_outs.flagged] == [entry.id]
    with centre.read() as session:
        assert [e.status for e in entries_to_review(session)] == ["flagged"]

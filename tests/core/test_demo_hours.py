"""The demo covers volunteer hours: tasks, a roster last week, this week and next, clocked
hours, forgotten clock-outs, hours waiting for approval, corrections, an allowance."""

from __future__ import annotations

from datetime import date

from tests.core.hours_fixtures import at
from trefpuntje.core.hours import clocked_in_now
from trefpuntje.core.hours_allowance import CapLevel, allowance_overview
from trefpuntje.core.hours_reports import certificate_of, hours_overview
from trefpuntje.core.hours_review import entries_to_review, entry_history
from trefpuntje.core.hours_roster import list_tasks, open_shifts, week_roster
from trefpuntje.core.members import list_members

MONDAY = date(2026, 11, 30)  # the conftest's demo day


def test_the_demo_has_tasks_and_a_roster_for_last_week_this_week_and_next(demo_database):
    with demo_database.read() as session:
        tasks = {t.name: t.pictogram for t in list_tasks(session)}
        weeks = [week_roster(session, monday=MONDAY.replace(day=23)), week_roster(session, monday=MONDAY),
                 week_roster(session, monday=MONDAY.replace(month=12, day=7))]
        free = open_shifts(session, now=at(30, 8))
    assert {"Koffiehoek": "coffee", "Weggeefwinkel": "shop", "Koken": "meals"}.items() <= tasks.items()
    assert [len(w) for w in weeks] == [17, 17, 17]
    assert all(s.volunteers for s in weeks[0]) and free  # everyone planned, and places left to sign up for


def test_the_demo_has_forgotten_clock_outs_waiting_hours_and_corrections(demo_database):
    with demo_database.read() as session:
        review = entries_to_review(session)
        histories = {e.status: [c.action for c in entry_history(session, entry_id=e.id)] for e in review}
        overview = hours_overview(session, year=2026)
        assert clocked_in_now(session, now=at(30, 8)) == []  # the daily check ran this morning
    assert sorted(e.status for e in review) == ["flagged", "pending"]
    assert histories == {"flagged": ["clocked_in", "flagged"], "pending": ["added"]}
    assert overview.active_volunteers >= 10 and overview.total_minutes > 500 * 60
    assert overview.giving.also_give > 0 and 0 < overview.giving.percent < 100


def test_the_demo_allowance_warns_before_the_monthly_cap_and_prints_a_certificate(demo_database):
    with demo_database.read() as session:
        allowance = allowance_overview(session, year=2026)
        ahmed = next(m.id for m in list_members(session) if m.first_name == "Ahmed")
        certificate = certificate_of(session, member_id=ahmed, year=2026)
    [line] = [line for line in allowance.lines if line.first_name == "Ahmed"]
    assert [(w.level, w.month) for w in line.warnings] == [(CapLevel.NEAR, 10)]
    assert certificate.total_minutes > 100 * 60 and certificate.tasks[0] == "Trainer beweegtuin"

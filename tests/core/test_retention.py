"""Retention: old check-ins stop naming anyone, long-inactive visitors are listed for a
coordinator (never removed), and the daily housekeeping backs up before it changes anything."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlmodel import Session, func, select

from trefpuntje.core.activities import create_activity, ensure_occurrences, local_moment
from trefpuntje.core.cards import issue_card
from trefpuntje.core.checkins import check_in
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.housekeeping import run_housekeeping
from trefpuntje.core.members import add_member
from trefpuntje.core.models import CheckIn, Member, Occurrence
from trefpuntje.core.privacy import erase_member
from trefpuntje.core.retention import inactive_members, months_before, run_retention
from trefpuntje.core.settings import set_setting
from trefpuntje.core.signups import sign_up
from trefpuntje.core.till import open_session, sell
from trefpuntje.core.till_products import add_product
from trefpuntje.db.engine import Database
from trefpuntje.db.preflight import DatabaseProblem

NOW = local_moment(date(2026, 11, 30), time(9))
LONG_AGO = datetime(2022, 5, 1, tzinfo=UTC)


def test_months_before_counts_calendar_months():
    assert months_before(datetime(2026, 3, 31, 9, tzinfo=UTC), 1) == datetime(2026, 2, 28, 9, tzinfo=UTC)
    assert months_before(datetime(2024, 3, 31, 9, tzinfo=UTC), 1) == datetime(2024, 2, 29, 9, tzinfo=UTC)
    assert months_before(datetime(2026, 1, 31, 9, tzinfo=UTC), 2) == datetime(2025, 11, 30, 9, tzinfo=UTC)
    assert months_before(datetime(2026, 11, 30, 9, tzinfo=UTC), 24) == datetime(2024, 11, 30, 9, tzinfo=UTC)


def _session_on(session: Session, day: date) -> Occurrence:
    return session.exec(select(Occurrence).where(Occurrence.starts_at == local_moment(day, time(10)))).one()


def _come(session: Session, member: Member, day: date) -> None:
    occurrence = _session_on(session, day)
    check_in(session, member_id=member.id, occurrence_id=occurrence.id, now=occurrence.starts_at)


@pytest.fixture
def neighbourhood(database: Database) -> dict[str, uuid.UUID]:
    """Visitors who came long ago, lately, or only signed up, bought or got a card lately."""
    with database.write() as session:
        create_activity(session, title="Koffieochtend", starts_on=date(2023, 1, 2), start_time=time(10),
                        duration_minutes=120)
        ensure_occurrences(session, first=date(2023, 1, 2), last=date(2026, 12, 31))
        people = {name: add_member(session, first_name=name, created_at=LONG_AGO) for name in
                  ("Oud", "Kom", "Inschrijver", "Koper", "Kaart", "Gewist")}
        people["Vrijwilliger"] = add_member(session, first_name="Vrijwilliger", roles=["volunteer"], created_at=LONG_AGO)
        people["Nieuw"] = add_member(session, first_name="Nieuw", created_at=NOW - timedelta(days=40))
        _come(session, people["Oud"], date(2023, 1, 2))
        _come(session, people["Kom"], date(2023, 1, 2))
        _come(session, people["Kom"], date(2026, 5, 4))
        _come(session, people["Kom"], date(2026, 11, 23))
        _come(session, people["Gewist"], date(2026, 11, 23))
        upcoming = _session_on(session, date(2026, 12, 7))
        sign_up(session, member_id=people["Inschrijver"].id, occurrence_id=upcoming.id, now=NOW - timedelta(days=100))
        coordinator = add_member(session, first_name="Coördinator", roles=["coordinator"])
        till = open_session(session, opened_by_id=coordinator.id, float_cents=5000, now=NOW - timedelta(days=60))
        card = add_product(session, name="Koffiekaart", price_cents=1000, grants_strips=10)
        sell(session, till_session_id=till.id, items=[(card.id, 1)], payment="cash", cash_received_cents=1000,
             member_id=people["Koper"].id, now=NOW - timedelta(days=60))
        issue_card(session, member_id=people["Kaart"].id, now=NOW - timedelta(days=200))
        erase_member(session, member_id=people["Gewist"].id, now=NOW)
        return {name: member.id for name, member in people.items()}


def _checkins(database: Database) -> list[tuple[date, uuid.UUID | None]]:
    with database.read() as session:
        rows = session.exec(select(CheckIn)).all()
        return sorted(((c.checked_in_at.date(), c.member_id) for c in rows), key=lambda r: (r[0], r[1] is not None))


def test_check_ins_older_than_the_period_stop_naming_anyone_and_still_count(database, neighbourhood):
    with database.write() as session:
        summary = run_retention(session, now=NOW)
    assert summary.checkins_anonymised == 2  # Oud's and Kom's of January 2023
    assert summary.checkin_cutoff == datetime(2024, 11, 30, 8, tzinfo=UTC)  # the default: 24 months
    assert _checkins(database) == [
        (date(2023, 1, 2), None), (date(2023, 1, 2), None),  # the session still counts two people
        (date(2026, 5, 4), neighbourhood["Kom"]),
        (date(2026, 11, 23), None),  # Gewist's, erased on request
        (date(2026, 11, 23), neighbourhood["Kom"]),
    ]
    with database.write() as session:
        assert run_retention(session, now=NOW).checkins_anonymised == 0  # daily: the second run changes nothing


def test_the_check_in_period_is_a_setting(database, neighbourhood):
    with database.write() as session:
        set_setting(session, key="checkin_retention_months", value="6")
        assert run_retention(session, now=NOW).checkins_anonymised == 3
    assert [member for day, member in _checkins(database) if day == date(2026, 5, 4)] == [None]


def test_visitors_not_seen_for_long_are_listed_for_a_coordinator_and_nobody_is_removed(database, neighbourhood):
    with database.read() as session:
        members_before = session.exec(select(func.count()).select_from(Member)).one()
    with database.write() as session:
        summary = run_retention(session, now=NOW)
    [oud] = summary.inactive
    assert (oud.id, oud.first_name) == (neighbourhood["Oud"], "Oud")
    assert oud.last_seen == LONG_AGO  # her registration: the check-in of 2023 no longer names her
    with database.read() as session:
        assert session.exec(select(func.count()).select_from(Member)).one() == members_before
        assert session.get(Member, neighbourhood["Oud"]).first_name == "Oud"


def test_the_inactive_period_is_a_setting_or_an_argument(database, neighbourhood):
    with database.write() as session:
        set_setting(session, key="inactive_after_months", value="6")
    with database.read() as session:
        # Koper bought 2 months ago, Inschrijver signed up 3, Kom came last week: still here.
        assert [m.first_name for m in inactive_members(session, now=NOW)] == ["Oud", "Kaart"]
        assert [m.first_name for m in inactive_members(session, now=NOW, months=1)] == [
            "Oud", "Kaart", "Inschrijver", "Koper", "Nieuw"]
        assert [m.first_name for m in inactive_members(session, now=NOW + timedelta(days=3 * 365))] == [
            "Oud", "Kaart", "Inschrijver", "Koper", "Nieuw", "Kom"]  # never the volunteer, never the erased


@pytest.mark.sqlite_only("housekeeping's backup copies the SQLite file (PostgreSQL: pg_dump)")
def test_housekeeping_backs_up_first_then_applies_retention(database, db_path, neighbourhood, tmp_path):
    report = run_housekeeping(database, now=NOW, folder=tmp_path / "usb")
    assert report.backup_problem is None and report.backup is not None and report.backup.made
    assert report.retention.checkins_anonymised == 2 and [m.first_name for m in report.retention.inactive] == ["Oud"]
    with sqlite3.connect(report.backup.path) as plain:  # the backup holds the day as it was before
        assert plain.execute("SELECT count(*) FROM checkin WHERE member_id IS NULL").fetchone() == (1,)
    assert [member for _, member in _checkins(database)].count(None) == 3


@pytest.mark.sqlite_only("housekeeping's backup copies the SQLite file (PostgreSQL: pg_dump)")
def test_housekeeping_uses_the_backup_folder_setting(database, db_path, tmp_path):
    with database.write() as session:
        set_setting(session, key="backup_folder", value=str(tmp_path / "stick"))
    report = run_housekeeping(database, now=NOW)
    assert report.backup is not None and report.backup.path.parent == tmp_path / "stick"
    with database.write() as session:
        set_setting(session, key="backup_folder", value="reserve")
    report = run_housekeeping(database, now=NOW)
    assert report.backup is not None and report.backup.path.parent == db_path.parent / "reserve"


@pytest.mark.sqlite_only("housekeeping's backup copies the SQLite file (PostgreSQL: pg_dump)")
def test_a_failed_backup_is_reported_and_retention_still_runs(database, neighbourhood, tmp_path):
    report = run_housekeeping(database, now=NOW, folder=tmp_path / "not-in" / "trefpuntje")
    assert isinstance(report.backup_problem, DatabaseProblem) and report.backup is None
    assert "cannot be reached" in str(report.backup_problem)
    assert report.retention.checkins_anonymised == 2
    assert not Path(tmp_path / "not-in").exists()


@pytest.mark.parametrize(("key", "value"), [("backup_folder", ""), ("backup_folder", "/media/usb\nrm"),
                                            ("checkin_retention_months", "0"), ("checkin_retention_months", "twee"),
                                            ("inactive_after_months", "121")])
def test_retention_and_backup_settings_refuse_nonsense(database, key, value):
    with pytest.raises(InvalidInput), database.write() as session:
        set_setting(session, key=key, value=value)

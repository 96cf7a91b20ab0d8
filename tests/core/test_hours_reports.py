"""What hours add up to: statement totals, the allowance and its tax-free caps, the
coordinator's overview with the share of visitors who also give, and the CSV."""

from __future__ import annotations

import csv
import io
from datetime import time

import pytest

from tests.core.hours_fixtures import MONDAY, Centre, at, make_centre
from tests.core.test_hours import refused
from trefpuntje.core.activities import create_activity, week
from trefpuntje.core.checkins import check_in
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.hours import add_manual_entry, clock_in, clock_out
from trefpuntje.core.hours_allowance import (
    PUBLISHED_CAPS,
    CapKind,
    CapLevel,
    allowance_overview,
    caps_for_year,
    set_caps,
    set_volunteer_allowance,
)
from trefpuntje.core.hours_reports import certificate_of, hours_csv, hours_overview, hours_statement, hours_text
from trefpuntje.core.hours_review import approve_entry
from trefpuntje.core.settings import set_setting


@pytest.fixture
def centre(database) -> Centre:
    return make_centre(database)


def worked(centre: Centre, member, task, start, minutes: int, *, approve: bool = True) -> None:  # type: ignore[no-untyped-def]
    with centre.write() as session:
        entry = add_manual_entry(session, member_id=member, task_id=task, started_at=start, minutes=minutes,
                                 now=at(30, 23))
        if approve:
            approve_entry(session, entry_id=entry.id, coordinator_id=centre.coordinator, now=at(30, 23))


def test_the_statement_adds_up_per_task_and_month_and_leaves_out_what_waits(centre):
    worked(centre, centre.suus, centre.coffee, at(5, 9, month=1), 180)
    worked(centre, centre.suus, centre.coffee, at(12, 9, month=1), 150)
    worked(centre, centre.suus, centre.shop, at(3, 13, month=3), 90)
    worked(centre, centre.suus, centre.coffee, at(31, 23, 30, month=12, year=2025), 60)  # last year
    worked(centre, centre.suus, centre.shop, at(29, 13), 45, approve=False)  # waits
    worked(centre, centre.ahmed, centre.coffee, at(6, 9, month=1), 60)  # someone else
    with centre.write() as session:
        clock_in(session, member_id=centre.suus, task_id=centre.coffee, now=at(30, 9))
        clock_out(session, member_id=centre.suus, now=at(30, 11, 30))
    with centre.read() as session:
        statement = hours_statement(session, member_id=centre.suus, year=2026)
    coffee, shop = statement.tasks
    assert (coffee.name, coffee.minutes[0], coffee.minutes[10], coffee.total) == ("Koffiehoek", 330, 150, 480)
    assert (shop.name, shop.minutes[2], shop.total) == ("Weggeefwinkel", 90, 90)
    assert statement.month_totals[0] == 330 and statement.total_minutes == 570
    assert (statement.waiting_minutes, statement.flagged, statement.full_name) == (45, 0, "Suus Verhoeven")
    assert hours_text(statement.total_minutes) == "9:30"


def test_an_entry_belongs_to_the_month_it_started_in_nijmegen(centre):
    worked(centre, centre.suus, centre.coffee, at(31, 23, month=10), 120)  # 22:00 UTC, local 23:00 on 31 October
    with centre.read() as session:
        [coffee] = hours_statement(session, member_id=centre.suus, year=2026).tasks
    assert coffee.minutes[9] == 120 and coffee.minutes[10] == 0


def test_the_certificate_names_the_tasks_with_the_most_hours_first(centre):
    worked(centre, centre.suus, centre.coffee, at(5, 9, month=1), 60)
    worked(centre, centre.suus, centre.shop, at(6, 9, month=1), 120)
    with centre.read() as session:
        certificate = certificate_of(session, member_id=centre.suus, year=2026)
        with pytest.raises(NotAllowed, match="no counted hours in 2025"):
            certificate_of(session, member_id=centre.suus, year=2025)
    assert (certificate.tasks, certificate.pictogram, certificate.total_minutes) == (
        ("Weggeefwinkel", "Koffiehoek"), "shop", 180)


def test_the_published_caps_are_built_in_and_a_later_year_carries_them_over_with_a_warning(centre):
    with centre.read() as session:
        caps_2025 = caps_for_year(session, year=2025)
        caps_2026 = caps_for_year(session, year=2026)
    assert (caps_2025.hour_cents, caps_2025.hour_cents_under_21, caps_2025.month_cents, caps_2025.year_cents) == (
        560, 330, 21_000, 210_000)
    assert not caps_2025.assumed and caps_2026.assumed and caps_2026.figures_year == max(PUBLISHED_CAPS)
    with centre.write() as session:
        set_caps(session, year=2026, hour_cents=575, hour_cents_under_21=340, month_cents=22_000, year_cents=220_000,
                 source="belastingdienst.nl", set_by_id=centre.coordinator, now=at(30, 9))
        set_caps(session, year=2026, hour_cents=570, hour_cents_under_21=340, month_cents=22_000, year_cents=220_000,
                 source="belastingdienst.nl, gecorrigeerd", now=at(30, 10))
    with centre.read() as session:
        caps = caps_for_year(session, year=2026)
        later = caps_for_year(session, year=2027)
    assert (caps.hour_cents, caps.set_here, caps.assumed, caps.source) == (570, True, False,
                                                                          "belastingdienst.nl, gecorrigeerd")
    assert later.assumed and later.figures_year == 2026 and later.month_cents == 22_000


@pytest.mark.parametrize(("kwargs", "words"), [
    ({"hour_cents": -1}, "between 0 and 10000"),
    ({"month_cents": 300_000}, "between 0 and 100000"),
    ({"month_cents": 30_000, "year_cents": 20_000}, "per month cannot be more"),
    ({"year": 1999}, "not a year"),
])
def test_bad_caps_are_refused(centre, kwargs, words):
    figures = {"year": 2026, "hour_cents": 560, "hour_cents_under_21": 330, "month_cents": 21_000,
               "year_cents": 210_000} | kwargs
    refused(centre, InvalidInput, words, lambda s: set_caps(s, now=at(30, 9), **figures))


def test_the_allowance_overview_warns_before_a_cap_is_reached(centre):
    with centre.write() as session:
        set_setting(session, key="allowance_cents_per_hour", value="500")
        set_volunteer_allowance(session, member_id=centre.ahmed, cents_per_hour=0, now=at(30, 9))  # declines
        set_volunteer_allowance(session, member_id=centre.bep, cents_per_hour=None, under_21=True, now=at(30, 9))
        set_caps(session, year=2026, hour_cents=560, hour_cents_under_21=330, month_cents=21_000, year_cents=210_000,
                 now=at(30, 9))
    worked(centre, centre.suus, centre.coffee, at(2, 9, month=2), 16 * 60)  # February: 16 h, € 80
    worked(centre, centre.suus, centre.coffee, at(3, 9, month=3), 16 * 60)  # March: 39 h, € 195 (93 %)
    worked(centre, centre.suus, centre.coffee, at(4, 9, month=3), 16 * 60)
    worked(centre, centre.suus, centre.coffee, at(5, 9, month=3), 7 * 60)
    worked(centre, centre.suus, centre.coffee, at(6, 9, month=4), 16 * 60)  # April: 43 h, € 215: over
    worked(centre, centre.suus, centre.coffee, at(7, 9, month=4), 16 * 60)
    worked(centre, centre.suus, centre.coffee, at(8, 9, month=4), 11 * 60)
    worked(centre, centre.ahmed, centre.coffee, at(2, 9, month=2), 60)
    worked(centre, centre.bep, centre.cooking, at(2, 9, month=2), 60)
    with centre.read() as session:
        overview = allowance_overview(session, year=2026)
    suus, = [line for line in overview.lines if line.first_name == "Suus"]
    assert [line.first_name for line in overview.lines] == ["Bep", "Suus"]  # Ahmed declined
    assert suus.month_cents[1:4] == (8_000, 19_500, 21_500) and suus.year_cents == 49_000
    assert [(w.kind, w.level, w.month) for w in suus.warnings] == [
        (CapKind.MONTH, CapLevel.NEAR, 3), (CapKind.MONTH, CapLevel.OVER, 4)]
    assert suus.level == CapLevel.OVER and overview.warnings == 2
    bep, = [line for line in overview.lines if line.first_name == "Bep"]
    assert [(w.kind, w.level, w.amount_cents, w.cap_cents) for w in bep.warnings] == [
        (CapKind.HOUR, CapLevel.OVER, 500, 330)]  # under 21: € 5 an hour is above the cap


def test_the_year_cap_warns_at_ninety_percent(centre):
    with centre.write() as session:
        set_volunteer_allowance(session, member_id=centre.suus, cents_per_hour=500, now=at(30, 9))
        set_caps(session, year=2026, hour_cents=560, hour_cents_under_21=330, month_cents=21_000, year_cents=30_000,
                 now=at(30, 9))
    for month in range(1, 3):
        for day in (5, 6, 7):
            worked(centre, centre.suus, centre.coffee, at(day, 9, month=month), 9 * 60)  # € 45 a day, € 135 a month
    with centre.read() as session:
        [line] = allowance_overview(session, year=2026).lines
    assert line.year_cents == 27_000
    assert [(w.kind, w.level) for w in line.warnings] == [(CapKind.YEAR, CapLevel.NEAR)]


def test_the_coordinator_overview_counts_hours_volunteers_and_who_also_gives(centre):
    worked(centre, centre.suus, centre.coffee, at(5, 9, month=1), 180)
    worked(centre, centre.ahmed, centre.coffee, at(6, 9, month=1), 60)
    worked(centre, centre.ahmed, centre.shop, at(3, 13, month=3), 90)
    worked(centre, centre.bep, centre.cooking, at(29, 13), 45, approve=False)
    with centre.write() as session:
        create_activity(session, title="Koffieochtend", starts_on=MONDAY, start_time=time(10), duration_minutes=120,
                        signup_required=False)
        [occurrence] = week(session, monday=MONDAY)
        for member in (centre.nel, centre.suus, centre.bep):
            check_in(session, member_id=member, occurrence_id=occurrence.id, now=occurrence.starts_at)
    with centre.read() as session:
        overview = hours_overview(session, year=2026)
    assert [(t.name, t.total) for t in overview.tasks] == [("Koffiehoek", 240), ("Weggeefwinkel", 90)]
    assert overview.month_totals[0] == 240 and overview.total_minutes == 330
    assert overview.active_per_month[:3] == (2, 0, 1) and overview.active_volunteers == 2
    assert (overview.waiting, overview.flagged) == (1, 0)
    giving = overview.giving
    # Visitors: Suus, Bep, Nel; of them Suus volunteers and Bep cooks. Came this year: Nel, Suus, Bep;
    # Suus gave hours and Bep is a cook.
    assert (giving.visitors, giving.also_give, giving.percent) == (3, 2, 67)
    assert (giving.came, giving.came_and_gave, giving.percent_this_year) == (3, 2, 67)


def test_the_csv_has_a_row_per_task_and_month_and_a_detail_per_entry(centre):
    worked(centre, centre.suus, centre.coffee, at(5, 9, month=1), 180)
    worked(centre, centre.ahmed, centre.coffee, at(6, 9, month=1), 60)
    worked(centre, centre.ahmed, centre.shop, at(3, 13, month=3), 90)
    with centre.read() as session:
        rows = list(csv.DictReader(io.StringIO(hours_csv(session, year=2026))))
        detail = list(csv.DictReader(io.StringIO(hours_csv(session, year=2026, detail=True))))
    assert [(r["month"], r["task"], r["hours"], r["minutes"], r["volunteers"]) for r in rows] == [
        ("2026-01", "Koffiehoek", "4.00", "240", "2"), ("2026-03", "Weggeefwinkel", "1.50", "90", "1")]
    assert [(r["date"], r["first_name"], r["start"], r["minutes"], r["status"]) for r in detail] == [
        ("2026-01-05", "Suus", "09:00", "180", "done"), ("2026-01-06", "Ahmed", "09:00", "60", "done"),
        ("2026-03-03", "Ahmed", "13:00", "90", "done")]


def test_an_export_holds_the_volunteering_and_erasing_keeps_the_hours_without_the_person(centre):
    from trefpuntje.core.hours_roster import next_shifts, plan_shift
    from trefpuntje.core.privacy import erase_member, export_member

    worked(centre, centre.suus, centre.coffee, at(5, 9, month=1), 180)
    with centre.write() as session:
        add_manual_entry(session, member_id=centre.suus, task_id=centre.cooking, started_at=at(29, 14), minutes=60,
                         note="Soep voor Nel", now=at(30, 10))
        plan_shift(session, task_id=centre.shop, starts_at=at(2, 13, month=12), ends_at=at(2, 16, month=12),
                   volunteer_ids=[centre.suus], now=at(27, 9))
        set_volunteer_allowance(session, member_id=centre.suus, cents_per_hour=300, now=at(27, 9))
    with centre.read() as session:
        exported = export_member(session, member_id=centre.suus, language="en")["volunteering"]
    assert [h["minutes"] for h in exported["hours"]] == [180, 60] and exported["hours"][1]["note"] == "Soep voor Nel"
    assert [a["action"] for a in exported["hours"][0]["history"]] == ["added", "approved"]
    assert exported["shifts"][0]["task"] == "Weggeefwinkel" and exported["allowance"]["cents_per_hour"] == 300
    with centre.write() as session:
        erase_member(session, member_id=centre.suus, now=at(30, 12))
    with centre.read() as session:
        after = export_member(session, member_id=centre.suus, language="en")["volunteering"]
        overview = hours_overview(session, year=2026)
        assert next_shifts(session, member_id=centre.suus, now=at(30, 12)) == []
    assert [h["note"] for h in after["hours"]] == ["", ""] and after["allowance"] is None and after["shifts"] == []
    assert overview.total_minutes == 180  # the centre's totals stay right

"""What fuzzing the services found (tests/fuzz), each kept as a plain example: input a
person can give is refused in words, never with a crash, and nothing is half-saved."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time

import pytest
from sqlmodel import select

from trefpuntje.core import activities, cards, checkins, privacy, retention, signups, staff_pins, till, till_products
from trefpuntje.core.checks import one_line
from trefpuntje.core.demo import fill_demo
from trefpuntje.core.errors import InvalidInput, NotFound
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Activity, Member
from trefpuntje.core.settings import get_int, set_setting
from trefpuntje.core.till_reports import sales_on_day

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
YEAR_ONE = datetime(1, 1, 1, tzinfo=UTC)
YEAR_9999 = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)


@pytest.mark.parametrize("value", ["²", "٣٠", "１２", "1" * 5000])
def test_a_number_setting_takes_plain_digits_only(database, value):
    """'²' and '٣' are digits to str.isdigit(), and int() refuses the first (it crashed);
    5,000 digits are more than int() reads."""
    with pytest.raises(InvalidInput, match="not a valid value for idle_seconds"), database.write() as session:
        set_setting(session, key="idle_seconds", value=value)
    with database.read() as session:
        assert get_int(session, "idle_seconds") == 60


def test_a_setting_with_a_nul_character_is_refused(database):
    with pytest.raises(InvalidInput), database.write() as session:
        set_setting(session, key="centre_name", value="Buurthuis\0")


@pytest.mark.parametrize(("field", "limit"), [("last_name", 80), ("phone", 40), ("email", 120), ("postcode", 10)])
def test_personal_details_longer_than_their_column_are_refused_and_nothing_is_saved(database, field, limit):
    """SQLite stored them anyway; PostgreSQL refuses them with a database error."""
    with pytest.raises(InvalidInput, match=f"at most {limit} characters"), database.write() as session:
        add_member(session, first_name="Truus", **{field: "9" * (limit + 1)})
    with database.read() as session:
        assert session.exec(select(Member)).all() == []


def test_names_and_details_are_kept_as_one_clean_line(database):
    with database.write() as session:
        member = add_member(session, first_name=" Anne\x00-\x1bMarie\n", last_name="  ", postcode=" 6511\tAB ")
    assert (member.first_name, member.last_name, member.postcode) == ("Anne-Marie", None, "6511 AB")
    assert one_line("Zoë 👩🏽‍🍳\u200d أحمد") == "Zoë 👩🏽‍🍳\u200d أحمد"  # emoji joiners and Arabic stay as they are


def _activity(**changes: object) -> dict[str, object]:
    return {"title": "Beweegles", "starts_on": date(2026, 12, 1), "start_time": time(10), "duration_minutes": 60,
            **changes}


@pytest.mark.parametrize(("changes", "words"), [
    ({"leader_id": uuid.uuid4()}, "No member"),  # was an IntegrityError from the foreign key
    ({"capacity": 501}, "at most 500"),  # a seat row per place: 10**9 places ate all memory
    ({"duration_minutes": 721}, "at most 720 minutes"),  # 10**10 minutes overflowed timedelta
    ({"location": "x" * 81}, "at most 80 characters"),
    ({"pictogram": "../../etc/passwd"}, "not a pictogram"),
    ({"starts_on": date(1, 1, 1)}, "2000 to 2199"),  # overflowed turning into UTC
    ({"ends_on": date(9999, 12, 31)}, "2000 to 2199"),
])
def test_an_activity_that_cannot_be_is_refused_in_words(database, changes, words):
    with pytest.raises((InvalidInput, NotFound), match=words), database.write() as session:
        activities.create_activity(session, **_activity(**changes))
    with database.read() as session:
        assert session.exec(select(Activity)).all() == []


def test_editing_an_activity_checks_what_planning_checks(database):
    with database.write() as session:
        planned = activities.create_activity(session, **_activity(capacity=10))
    edit = activities.ActivityEdit("Beweegles", "exercise", "Aula", uuid.uuid4(), 10, True)
    with pytest.raises(NotFound), database.write() as session:
        activities.update_activity(session, activity_id=planned.id, now=NOW, changes=edit)
    with pytest.raises(InvalidInput, match="at most 500"), database.write() as session:
        occurrence = activities.week(session, monday=date(2026, 11, 30))[0]
        activities.set_capacity(session, occurrence_id=occurrence.id, capacity=10**9, now=NOW)


@pytest.mark.parametrize("moment", [YEAR_ONE, YEAR_9999, datetime(1, 1, 1, tzinfo=activities.LOCAL)])
def test_a_clock_far_in_the_past_or_future_is_refused_in_words(database, moment):
    """Each of these overflowed (a day on, an hour away from UTC, a lockout later)."""
    with database.write() as session:
        nel = add_member(session, first_name="Nel").id
        activities.create_activity(session, **_activity())
        occurrence = activities.week(session, monday=date(2026, 11, 30))[0].id
    calls = [
        lambda s: checkins.check_in(s, member_id=nel, now=moment),
        lambda s: checkins.happening_now(s, now=moment),
        lambda s: signups.sign_up(s, member_id=nel, occurrence_id=occurrence, now=moment),
        lambda s: cards.issue_card(s, member_id=nel, now=moment),
        lambda s: staff_pins.check_coordinator_pin(s, pin="1234", now=moment),
        lambda s: privacy.erase_member(s, member_id=nel, now=moment),
        lambda s: retention.run_retention(s, now=moment),
        lambda s: activities.occurrences_between(s, begin=moment, end=NOW),
    ]
    for call in calls:
        with pytest.raises(InvalidInput, match="outside the dates Trefpuntje works with"), database.write() as session:
            call(session)


@pytest.mark.parametrize("day", [date(1, 1, 1), date(9999, 12, 31)])
def test_a_day_at_the_end_of_the_calendar_is_refused_in_words(database, day):
    with pytest.raises(InvalidInput, match="2000 to 2199"), database.write() as session:
        activities.week(session, monday=day)
    with pytest.raises(InvalidInput, match="2000 to 2199"), database.read() as session:
        sales_on_day(session, day=day)  # `trefpuntje till sales --day 9999-12-31` crashed
    with pytest.raises(InvalidInput, match="2000 to 2199"), database.write() as session:
        fill_demo(session, today=day)
    with pytest.raises(InvalidInput, match="2000 to 2199"):
        activities.parse_iso_week("9999-W52")


def test_inactive_members_take_1_to_120_months(database):
    with database.read() as session:
        for months in (0, -1, 121, 10**9):
            with pytest.raises(InvalidInput, match="between 1 and 120"):
                retention.inactive_members(session, now=NOW, months=months)
        assert retention.inactive_members(session, now=NOW, months=120) == []


def test_an_unknown_language_reads_the_english_source(database):
    """A language like '../../x' or 300 characters was taken as part of a file name."""
    with database.write() as session:
        nel = add_member(session, first_name="Nel").id
    with database.read() as session:
        for language in ("0" * 300, "../../../etc/x", "nl\0"):
            exported = privacy.export_member(session, member_id=nel, language=language)
            assert exported["about"][0] == "This is everything 't Trefpuntje holds about you."


@pytest.fixture
def till_open(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        henk = add_member(session, first_name="Henk", roles=["volunteer"]).id
        coffee = till_products.add_product(session, name="Koffie", price_cents=100).id
        opened = till.open_session(session, opened_by_id=henk, float_cents=5000, now=NOW).id
        sale = till.sell(session, till_session_id=opened, items=[(coffee, 1)], payment="card", now=NOW).sale_id
    return henk, coffee, opened, sale


def test_an_unknown_way_to_pay_or_to_take_back_is_refused_in_words(database, till_open):
    henk, coffee, opened, sale = till_open
    with pytest.raises(InvalidInput, match="not a way to pay"), database.write() as session:
        till.sell(session, till_session_id=opened, items=[(coffee, 1)], payment="bitcoin", now=NOW)
    for kind in ("sale", "undo", "oops"):
        with pytest.raises(InvalidInput, match="void or a refund"), database.write() as session:
            till.reverse_sale(session, sale_id=sale, kind=kind, reason="mistake", done_by_id=henk,
                              till_session_id=opened, now=NOW)


def test_a_sale_or_undo_by_someone_unknown_is_refused_in_words(database, till_open):
    """It was an IntegrityError, told as 'another till recorded something at the same moment'."""
    henk, coffee, opened, _sale = till_open
    with pytest.raises(NotFound, match="No member"), database.write() as session:
        till.sell(session, till_session_id=opened, items=[(coffee, 1)], payment="card", done_by_id=uuid.uuid4(),
                  now=NOW)
    with pytest.raises(NotFound, match="No member"), database.write() as session:
        till.undo_last_sale(session, till_session_id=opened, done_by_id=uuid.uuid4(), now=NOW)


@pytest.mark.parametrize(("changes", "words"), [
    ({"strips": 1000}, "at most 999"),
    ({"grants_strips": 10**20}, "at most 999"),  # overflowed SQLite's integers
    ({"sort_order": 2**63}, "place on the grid"),
    ({"pictogram": "x" * 41}, "not a pictogram"),
])
def test_a_product_that_cannot_be_is_refused_in_words(database, till_open, changes, words):
    _henk, coffee, _opened, _sale = till_open
    with pytest.raises(InvalidInput, match=words), database.write() as session:
        till_products.add_product(session, name="Thee", price_cents=100, **changes)
    with pytest.raises(InvalidInput, match=words), database.write() as session:
        till_products.change_product(session, product_id=coffee, **changes)


def test_hours_and_meals_refuse_a_moment_or_year_outside_the_calendar_in_words(database):
    from trefpuntje.core.errors import InvalidInput
    from trefpuntje.core.hours_reports import hours_overview
    from trefpuntje.core.hours_tasks import add_task
    from trefpuntje.core.meals import upcoming_meals
    from trefpuntje.core.meals_pickup import cook_payouts

    with database.write() as session:
        for call in (lambda: upcoming_meals(session, now=datetime(9999, 12, 31, 23, tzinfo=UTC)),
                     lambda: hours_overview(session, year=0),
                     lambda: cook_payouts(session, year=10_000, month=1),
                     lambda: add_task(session, name="Koken", pictogram="meals", sort_order=2**63)):
            with pytest.raises(InvalidInput):
                call()
        assert upcoming_meals(session, now=datetime(2026, 12, 1, tzinfo=UTC)) == []
        assert hours_overview(session, year=2026).year == 2026

"""The audit log: every staff action leaves one entry, written in the same transaction
as the change; a refused action leaves none; the database refuses to rewrite the log;
the command line lists it."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy.exc import DBAPIError
from sqlmodel import func, select

from tests.core.hours_fixtures import MONDAY, Centre, at, make_centre
from trefpuntje.cli import main
from trefpuntje.core import activities, cards, hours, hours_review, hours_roster, meals, members, privacy, settings
from trefpuntje.core import shop, shop_changes, shop_counter, staff_pins, till, till_products
from trefpuntje.core.audit import ACTIONS, audit_entries, record
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.models import AuditEntry, Role

NOW = at(30, 9)  # Monday 30 November 2026, 09:00 in Nijmegen


@pytest.fixture
def centre(database) -> Centre:  # type: ignore[no-untyped-def]
    return make_centre(database)


def count(centre: Centre) -> int:
    with centre.read() as session:
        return session.exec(select(func.count()).select_from(AuditEntry)).one()


@dataclass
class Step:
    session: Any
    subject: Any = None


SEEN: set[str] = set()


@contextmanager
def leaves_one(centre: Centre, action: str, actor: Any) -> Iterator[Step]:
    """The block runs in one write transaction and must leave exactly one entry:
    ``action`` by ``actor``, about ``step.subject`` when the block sets it."""
    with centre.read() as session:
        before = {entry.id for entry in audit_entries(session, limit=10_000)}
    with centre.write() as session:
        step = Step(session)
        yield step
    with centre.read() as session:
        new = [entry for entry in audit_entries(session, limit=10_000) if entry.id not in before]
    assert [(entry.action, entry.actor_id) for entry in new] == [(action, actor)]
    if step.subject is not None:
        assert new[0].subject == str(step.subject)
    SEEN.add(action)


def test_every_kind_of_staff_action_leaves_one_entry(centre):
    c = centre
    SEEN.clear()
    # The till: a volunteer opens and closes it, staff void and refund.
    with c.write() as session:
        coffee = till_products.add_product(session, name="Koffie", price_cents=120).id
    with leaves_one(c, "till.open", c.ahmed) as step:
        opened = till.open_session(step.session, opened_by_id=c.ahmed, float_cents=5000, now=NOW)
        step.subject = opened.id
    with c.write() as session:
        sales = [till.sell(session, till_session_id=opened.id, items=[(coffee, 1)], payment="card", now=NOW).sale_id
                 for _ in range(2)]
    for kind, sale in zip(("void", "refund"), sales, strict=True):
        with leaves_one(c, f"till.{kind}", c.staff) as step:
            till.reverse_sale(step.session, sale_id=sale, kind=kind, reason="verkeerd getikt", done_by_id=c.staff,
                              till_session_id=opened.id, now=NOW)
            step.subject = sale
    with leaves_one(c, "till.close", c.ahmed) as step:
        till.close_session(step.session, till_session_id=opened.id, counted_cash_cents=5000, closed_by_id=c.ahmed,
                           now=NOW + timedelta(hours=6))
        step.subject = opened.id

    # The price list.
    with leaves_one(c, "price_list.add", c.staff) as step:
        step.subject = tea = till_products.add_product(step.session, name="Thee", price_cents=100,
                                                       done_by_id=c.staff).id
    with leaves_one(c, "price_list.change", c.staff) as step:
        till_products.change_product(step.session, product_id=tea, price_cents=110, done_by_id=c.staff)
        step.subject = tea
    with leaves_one(c, "price_list.retire", c.staff) as step:
        till_products.retire_product(step.session, product_id=tea, now=NOW, done_by_id=c.staff)
    with leaves_one(c, "price_list.reinstate", c.staff) as step:
        till_products.reinstate_product(step.session, product_id=tea, done_by_id=c.staff)

    # Members and cards.
    with leaves_one(c, "member.register", c.staff) as step:
        step.subject = truus = members.add_member(step.session, first_name="Truus", done_by_id=c.staff).id
    with leaves_one(c, "card.issue", c.staff) as step:
        cards.issue_card(step.session, member_id=truus, now=NOW, done_by_id=c.staff)
        step.subject = truus
    with leaves_one(c, "member.roles", c.coordinator) as step:
        members.set_roles(step.session, member_id=truus, roles=[Role.VISITOR, Role.VOLUNTEER], done_by_id=c.coordinator)
        step.subject = truus
    with leaves_one(c, "staff_pin.set", c.coordinator) as step:
        staff_pins.set_pin(step.session, member_id=truus, pin="97531", done_by_id=c.coordinator)
        step.subject = truus
    with leaves_one(c, "staff_pin.unlock", c.coordinator) as step:
        staff_pins.unlock(step.session, done_by_id=c.coordinator)
    with leaves_one(c, "member.erase", c.coordinator) as step:
        privacy.erase_member(step.session, member_id=truus, now=NOW, done_by_id=c.coordinator)
        step.subject = truus

    # Activities: planning, one session's places, calling one off.
    with leaves_one(c, "activity.create", c.staff) as step:
        step.subject = activity = activities.create_activity(
            step.session, title="Beweegles", starts_on=MONDAY, start_time=time(14), duration_minutes=60,
            capacity=10, done_by_id=c.staff).id
    with c.write() as session:
        first = activities.week(session, monday=MONDAY + timedelta(days=7))[0].id
        second = activities.week(session, monday=MONDAY + timedelta(days=14))[0].id
    with leaves_one(c, "occurrence.places", c.staff) as step:
        activities.set_capacity(step.session, occurrence_id=first, capacity=12, now=NOW, done_by_id=c.staff)
        step.subject = first
    with leaves_one(c, "occurrence.cancel", c.staff) as step:
        activities.cancel_occurrence(step.session, occurrence_id=second, now=NOW, done_by_id=c.staff)
        step.subject = second
    with leaves_one(c, "activity.change", c.staff) as step:  # one entry, though every session ahead changes
        edit = dataclasses.replace(activities.activity_edit(step.session, activity), capacity=14)
        activities.update_activity(step.session, activity_id=activity, now=NOW, done_by_id=c.staff, changes=edit)
        step.subject = activity

    # Settings.
    with leaves_one(c, "setting.change", c.coordinator) as step:
        settings.set_setting(step.session, key="idle_seconds", value="90", done_by_id=c.coordinator)
        step.subject = "idle_seconds"

    # Hours: approve, correct, reject.
    with c.write() as session:
        waiting = [hours.add_manual_entry(session, member_id=c.ahmed, task_id=c.coffee, started_at=at(26 + n, 10),
                                          ended_at=at(26 + n, 12), now=NOW).id for n in range(3)]
    with leaves_one(c, "hours.approve", c.staff) as step:
        hours_review.approve_entry(step.session, entry_id=waiting[0], coordinator_id=c.staff, now=NOW)
        step.subject = waiting[0]
    with leaves_one(c, "hours.correct", c.staff) as step:
        hours_review.correct_entry(step.session, entry_id=waiting[1], coordinator_id=c.staff, reason="tot 11 uur",
                                   ended_at=at(27, 11), now=NOW)
    with leaves_one(c, "hours.reject", c.coordinator) as step:
        hours_review.reject_entry(step.session, entry_id=waiting[2], coordinator_id=c.coordinator,
                                  reason="dubbel", now=NOW)

    # The roster.
    with leaves_one(c, "roster.plan", c.staff) as step:
        shift = hours_roster.plan_shift(step.session, task_id=c.coffee, starts_at=at(30, 10), ends_at=at(30, 12),
                                        places=2, planned_by_id=c.staff, now=NOW).id
        step.subject = shift
    with leaves_one(c, "roster.assign", c.staff) as step:
        hours_roster.assign_volunteer(step.session, shift_id=shift, member_id=c.suus, assigned_by_id=c.staff, now=NOW)
        step.subject = shift
    with leaves_one(c, "roster.copy_week", c.staff) as step:
        assert hours_roster.copy_week(step.session, from_monday=MONDAY, to_monday=MONDAY + timedelta(days=7),
                                      planned_by_id=c.staff, now=NOW) == 1
    with leaves_one(c, "roster.cancel", c.staff) as step:
        hours_roster.cancel_shift(step.session, shift_id=shift, done_by_id=c.staff)
        step.subject = shift

    # Neighbour meals: staff enter a cook's offer and call it off.
    day = MONDAY + timedelta(days=2)
    with leaves_one(c, "meal.offer", c.staff) as step:
        meal = meals.offer_meal(step.session, cook_id=c.bep, dish="Erwtensoep", day=day, pickup_from=time(17),
                                pickup_until=time(18), order_until=activities.local_moment(day, time(12)),
                                portions=6, contribution_cents=300, allergens=(), no_allergens=True,
                                safety_confirmed=True, now=NOW, done_by_id=c.staff).id
        step.subject = meal
    with leaves_one(c, "meal.cancel", c.staff) as step:
        meals.cancel_meal(step.session, meal_id=meal, asking_id=c.staff, now=NOW)
        step.subject = meal

    # The giveaway shop: a volunteer takes in, puts right, hands out and clears; staff set and override the fair share.
    with leaves_one(c, "shop.intake", c.ahmed) as step:
        step.subject = coats = shop.take_in(step.session, category="clothing", title="Jassen", quantity=3,
                                            taken_in_by_id=c.ahmed, now=NOW).id
    with leaves_one(c, "shop.change", c.ahmed) as step:
        shop_changes.change_item(step.session, item=coats, title="Winterjassen", done_by_id=c.ahmed, now=NOW)
        step.subject = coats
    with leaves_one(c, "shop.limit", c.staff) as step:
        shop.set_weekly_limit(step.session, category="clothing", limit=1, done_by_id=c.staff)
        step.subject = "clothing"
    with leaves_one(c, "shop.handout", c.ahmed) as step:
        shop_counter.hand_out(step.session, item_id=coats, member_id=c.suus, done_by_id=c.ahmed, now=NOW)
        step.subject = coats
    with leaves_one(c, "shop.override", c.staff) as step:
        shop_counter.hand_out(step.session, item_id=coats, member_id=c.suus, done_by_id=c.staff,
                              override_reason="twee kinderen", now=NOW)
        step.subject = coats
    with leaves_one(c, "shop.clear", c.ahmed) as step:
        shop_counter.clear_items(step.session, item_ids=[coats], to="kringloop", done_by_id=c.ahmed, now=NOW)
        step.subject = coats

    assert SEEN == set(ACTIONS)


def test_an_entry_is_saved_with_its_change_or_not_at_all(centre):
    class Interrupted(Exception):
        pass

    before = count(centre)  # the first coordinator's PIN, set at the start
    with pytest.raises(Interrupted), centre.write() as session:
        till_products.add_product(session, name="Thee", price_cents=100, done_by_id=centre.staff)
        raise Interrupted  # a later step fails (or the power goes): the whole transaction is rolled back
    assert count(centre) == before
    with centre.read() as session:
        assert till_products.price_list(session) == []


def test_a_refused_action_leaves_no_entry(centre):
    c = centre
    with c.write() as session:
        coffee = till_products.add_product(session, name="Koffie", price_cents=120).id
        opened = till.open_session(session, opened_by_id=c.ahmed, float_cents=5000, now=NOW).id
        sale = till.sell(session, till_session_id=opened, items=[(coffee, 1)], payment="card", now=NOW).sale_id
    with c.write() as session:
        till.reverse_sale(session, sale_id=sale, kind="void", reason="mis", done_by_id=c.staff, till_session_id=opened,
                          now=NOW)
    before = count(c)
    with pytest.raises(NotAllowed, match="already been taken back"), c.write() as session:
        till.reverse_sale(session, sale_id=sale, kind="refund", reason="mis", done_by_id=c.staff,
                          till_session_id=opened, now=NOW)
    with pytest.raises(NotAllowed, match="staff member or a coordinator"), c.write() as session:
        till.reverse_sale(session, sale_id=sale, kind="void", reason="mis", done_by_id=c.ahmed,  # a volunteer
                          till_session_id=opened, now=NOW)
    with pytest.raises(InvalidInput), c.write() as session:
        settings.set_setting(session, key="idle_seconds", value="soon", done_by_id=c.coordinator)
    with pytest.raises(NotAllowed, match="last coordinator"), c.write() as session:
        privacy.erase_member(session, member_id=c.coordinator, now=NOW, done_by_id=c.coordinator)
    with pytest.raises(NotAllowed, match="needs a coordinator"), c.write() as session:
        privacy.erase_member(session, member_id=c.nel, now=NOW, done_by_id=c.staff)
    assert count(c) == before


def test_the_same_services_without_a_person_leave_no_entry(centre):
    """Demo data, a newcomer joining at the kiosk, a step of another service: no staff action."""
    before = count(centre)
    with centre.write() as session:
        nel = members.add_member(session, first_name="Nel").id
        cards.issue_card(session, member_id=nel, now=NOW)
        product = till_products.add_product(session, name="Thee", price_cents=100).id
        till_products.retire_product(session, product_id=product, now=NOW)
        hours_roster.plan_shift(session, task_id=centre.coffee, starts_at=at(30, 10), ends_at=at(30, 12), now=NOW)
    assert count(centre) == before


def test_what_only_a_person_starts_is_logged_from_the_command_line_too(centre, capsys):
    assert main(["--database-url", centre.database.url, "settings", "centre_name", "Het Trefpuntje"]) == 0
    assert main(["--database-url", centre.database.url, "member", "erase", str(centre.nel)]) == 0
    capsys.readouterr()
    with centre.read() as session:
        logged = [(e.action, e.actor_id, e.subject, e.details) for e in audit_entries(session)]
    assert ("member.erase", None, str(centre.nel), {}) in logged
    assert ("setting.change", None, "centre_name", {"before": "'t Trefpuntje", "after": "Het Trefpuntje"}) in logged


def test_the_command_line_lists_the_log_oldest_first(centre, capsys):
    with centre.write() as session:
        settings.set_setting(session, key="idle_seconds", value="90", done_by_id=centre.coordinator)
        till_products.add_product(session, name="Thee", price_cents=100, done_by_id=centre.staff)
    capsys.readouterr()
    assert main(["--database-url", centre.database.url, "--lang", "en", "audit", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(e["action"], e["actor"]) for e in listed][-2:] == [("setting.change", "Ingrid"), ("price_list.add", "Ruud")]
    assert listed[-2]["details"] == {"before": "60", "after": "90"} and listed[-2]["subject"] == "idle_seconds"

    assert main(["--database-url", centre.database.url, "--lang", "en", "audit"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Ingrid" in lines[-2] and "setting.change" in lines[-2] and "idle_seconds" in lines[-2]
    assert "(command line)" in lines[0] and "staff_pin.set" in lines[0]  # the first coordinator, made at setup

    tomorrow = (datetime.now(UTC) + timedelta(days=2)).date().isoformat()
    assert main(["--database-url", centre.database.url, "audit", "--since", tomorrow, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    with pytest.raises(SystemExit):  # argparse says what a day looks like
        main(["--database-url", centre.database.url, "audit", "--since", "yesterday"])
    capsys.readouterr()


def test_entries_can_be_read_by_who_did_them_and_since_when(centre):
    with centre.write() as session:
        record(session, actor_id=centre.staff, action="till.open", subject="a")
        record(session, actor_id=centre.coordinator, action="till.close", subject="b",
               details={"note": "x" * 5000, "ids": [centre.nel]})
    with centre.read() as session:
        by_staff = audit_entries(session, actor_id=centre.staff)
        newest = audit_entries(session, limit=1)
        later = audit_entries(session, since=datetime.now(UTC) + timedelta(minutes=1))
    assert [(e.action, e.actor) for e in by_staff] == [("till.open", "Ruud")]
    assert newest[0].action == "till.close" and len(newest[0].details["note"]) == 200  # cut to fit its column
    assert newest[0].details["ids"] == [str(centre.nel)]
    assert later == []
    with pytest.raises(ValueError, match="unknown audit action"), centre.write() as session:
        record(session, actor_id=None, action="till.typo")


def test_an_export_lists_what_the_member_did_and_what_was_done_to_them_without_naming_others(centre):
    with centre.write() as session:
        members.set_roles(session, member_id=centre.suus, roles=[Role.VOLUNTEER, Role.STAFF],
                          done_by_id=centre.coordinator)
        till_products.add_product(session, name="Thee", price_cents=100, done_by_id=centre.suus)
    with centre.read() as session:
        exported = privacy.export_member(session, member_id=centre.suus)
    assert [(e["action"], e["by_you"]) for e in exported["audit_log"]] == [("member.roles", False),
                                                                          ("price_list.add", True)]
    assert "Ingrid" not in json.dumps(exported["audit_log"])


RAW = ["UPDATE audit_entry SET action = 'till.open'", "DELETE FROM audit_entry"]


@pytest.mark.parametrize("statement", RAW)
def test_the_database_refuses_to_change_or_delete_an_entry(centre, statement):
    with centre.write() as session:
        settings.set_setting(session, key="idle_seconds", value="90", done_by_id=centre.coordinator)
    before = count(centre)
    with centre.database.engine.connect() as plain, plain.begin(), pytest.raises(DBAPIError, match="append-only"):
        plain.exec_driver_sql(statement)
    assert count(centre) == before


@pytest.mark.postgresql_only("SQLite has no TRUNCATE; PostgreSQL's skips row triggers, so a trigger of its own guards it")
def test_postgresql_refuses_to_truncate_the_log(centre):
    with centre.database.engine.connect() as plain, plain.begin(), pytest.raises(DBAPIError, match="append-only"):
        plain.exec_driver_sql("TRUNCATE audit_entry")
    assert count(centre) > 0


def test_demo_force_starts_the_log_afresh(centre):
    from trefpuntje.core.demo import fill_demo

    with centre.write() as session:
        settings.set_setting(session, key="idle_seconds", value="90", done_by_id=centre.coordinator)
    with centre.read() as session:
        before = {e.id for e in audit_entries(session)}
    with centre.write() as session:
        fill_demo(session, today=date(2026, 11, 30), force=True)
    with centre.read() as session:
        after = audit_entries(session, limit=10_000)
    assert before and not before & {e.id for e in after}
    assert {"staff_pin.set", "till.open", "till.close"} <= {e.action for e in after}  # the demo's own week

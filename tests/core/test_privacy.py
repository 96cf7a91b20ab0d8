from __future__ import annotations

import json
import uuid
from datetime import date, time, timedelta

import pytest
from sqlmodel import Session, func, select

from trefpuntje.core.activities import local_moment
from trefpuntje.core.cards import issue_card
from trefpuntje.core.checkins import check_in
from trefpuntje.core.errors import NotAllowed, NotFound
from trefpuntje.core.members import add_member, get_member
from trefpuntje.core.models import (
    Activity,
    Card,
    CheckIn,
    LoginGuard,
    Member,
    MemberRole,
    Occurrence,
    Role,
    Sale,
    SaleLine,
    SignUp,
    SignUpStatus,
    StaffPin,
    StripMovement,
    TillSession,
)
from trefpuntje.core.privacy import ERASED_NAME, erase_member, export_member, is_erased
from trefpuntje.core.staff_pins import check_member_pin, create_coordinator
from trefpuntje.db.engine import Database

TODAY = date(2026, 11, 30)  # the demo_database fixture's today (a Monday)
NOW = local_moment(TODAY, time(8))
DETAILS = {"last_name": "Vermeulen-Privé", "phone": "06-12345678", "email": "truus@example.org",
           "postcode": "6511 AB", "birth_year_band": "1940-1949", "languages": "nl, fries",
           "consent_photos": True, "consent_contact": True}


def _member(session: Session, first_name: str) -> Member:
    return session.exec(select(Member).where(Member.first_name == first_name)).one()


def _ledger(session: Session) -> tuple:
    return (
        session.exec(select(func.count()).select_from(Sale)).one(),
        session.exec(select(func.sum(Sale.total_cents))).one(),
        session.exec(select(func.count()).select_from(SaleLine)).one(),
        session.exec(select(func.sum(SaleLine.amount_cents))).one(),
        session.exec(select(func.count()).select_from(StripMovement)).one(),
        session.exec(select(func.sum(StripMovement.strips))).one(),
        session.exec(select(func.count()).select_from(TillSession)).one(),
    )


@pytest.fixture
def truus(demo_database: Database) -> Member:
    """Truus from the demo (coffee card, sign-ups incl. the full sewing workshop), with
    every personal field filled in, a card, a PIN guard and two past check-ins."""
    with demo_database.write() as session:
        member = _member(session, "Truus")
        for name, value in DETAILS.items():
            setattr(member, name, value)
        session.add(member)
        issue_card(session, member_id=member.id, now=NOW - timedelta(days=30))
        issue_card(session, member_id=member.id, now=NOW - timedelta(days=2))
        check_member_pin(session, member_id=member.id, pin="0000", now=NOW)  # a failed attempt: a guard row
        sewing = session.exec(select(Activity).where(Activity.title == "Naaiatelier")).one()
        sewing.leader_id = member.id
        session.add(sewing)
        past = Occurrence(activity_id=sewing.id, starts_at=NOW - timedelta(days=7), ends_at=NOW - timedelta(days=7, hours=-2))
        session.add(past)
        session.flush()
        check_in(session, member_id=member.id, occurrence_id=past.id, now=past.starts_at)
        other = _member(session, "Nel")
        check_in(session, member_id=other.id, occurrence_id=past.id, now=past.starts_at)
        return member


def test_export_holds_the_members_data_and_nothing_of_anyone_else(demo_database: Database, truus: Member):
    with demo_database.read() as session:
        exported = export_member(session, member_id=str(truus.id), language="en")
        others = session.exec(select(Member).where(Member.id != truus.id)).all()
    text = json.dumps(exported, ensure_ascii=False)  # JSON-able as it is
    assert exported["member"]["first_name"] == "Truus"
    for name in ("last_name", "phone", "email", "postcode", "birth_year_band", "languages"):
        assert exported["member"][name] == DETAILS[name]
    assert exported["consents"] == {"photos": True, "contact": True}
    assert exported["roles"] == ["visitor"]
    assert len(exported["cards"]) == 2 and exported["cards"][0]["revoked_at"] is not None
    assert "hash" not in text
    assert {s["activity"] for s in exported["sign_ups"]} >= {"Naaiatelier"}
    assert all(s["starts_at"].endswith("+01:00") for s in exported["sign_ups"])  # Nijmegen in winter
    assert [c["activity"] for c in exported["check_ins"]] == ["Naaiatelier"]
    assert exported["activities_led"] == [{"activity": "Naaiatelier", "active": True}]
    till = exported["till"]
    assert till["purchases"] and till["coffee_card_strips"]
    assert till["coffee_card_balance"] == till["coffee_card_strips"][-1]["balance_after"]
    assert all(line["product"] for sale in till["purchases"] for line in sale["lines"])
    assert exported["about"]
    for other in others:
        assert str(other.id) not in text
        assert other.last_name is None or other.last_name not in text


def test_erase_leaves_no_personal_field(demo_database: Database, truus: Member):
    with demo_database.write() as session:
        erase_member(session, member_id=truus.id, now=NOW)
    with demo_database.read() as session:
        exported = export_member(session, member_id=truus.id)
        member = get_member(session, truus.id)
        assert is_erased(session, member)
        assert session.exec(select(MemberRole).where(MemberRole.member_id == truus.id)).all() == []
        assert session.get(StaffPin, truus.id) is None
        assert session.get(LoginGuard, f"member:{truus.id}") is None
        assert session.exec(select(Card).where(Card.member_id == truus.id)).all() == []
        assert session.exec(select(Activity).where(Activity.leader_id == truus.id)).all() == []
    text = json.dumps(exported, ensure_ascii=False)
    for value in ("Truus", *(v for v in DETAILS.values() if isinstance(v, str))):
        assert value not in text
    assert exported["member"]["first_name"] == ERASED_NAME
    assert exported["consents"] == {"photos": False, "contact": False}
    assert exported["roles"] == [] and exported["cards"] == [] and exported["check_ins"] == []
    assert exported["activities_led"] == []


def test_erase_keeps_check_ins_for_statistics_without_the_member(demo_database: Database, truus: Member):
    with demo_database.read() as session:
        before = session.exec(select(func.count()).select_from(CheckIn)).one()
    with demo_database.write() as session:
        erase_member(session, member_id=truus.id, now=NOW)
    with demo_database.read() as session:
        assert session.exec(select(func.count()).select_from(CheckIn)).one() == before == 2
        assert session.exec(select(func.count()).select_from(CheckIn).where(CheckIn.member_id.is_(None))).one() == 1
        assert session.exec(select(CheckIn).where(CheckIn.member_id == truus.id)).all() == []


def test_erase_leaves_the_till_ledger_untouched(demo_database: Database, truus: Member):
    with demo_database.read() as session:
        before = _ledger(session)
        strips = session.exec(select(func.count()).select_from(StripMovement)
                              .where(StripMovement.member_id == truus.id)).one()
    assert strips > 0
    with demo_database.write() as session:
        erase_member(session, member_id=truus.id, now=NOW)
    with demo_database.read() as session:
        assert _ledger(session) == before
        # the ledger still points at the member row, which no longer names anyone
        assert session.exec(select(func.count()).select_from(StripMovement)
                            .where(StripMovement.member_id == truus.id)).one() == strips


def test_erase_cancels_future_sign_ups_and_the_waiting_list_moves_up(demo_database: Database, truus: Member):
    with demo_database.read() as session:
        sewing = session.exec(
            select(SignUp).join(Occurrence, Occurrence.id == SignUp.occurrence_id)
            .join(Activity, Activity.id == Occurrence.activity_id)
            .where(Activity.title == "Naaiatelier", SignUp.member_id == truus.id,
                   SignUp.status == SignUpStatus.CONFIRMED.value)).one()
        first_waiting = session.exec(
            select(SignUp).where(SignUp.occurrence_id == sewing.occurrence_id, SignUp.status == SignUpStatus.WAITING.value)
            .order_by(SignUp.created_at, SignUp.id)).first()
        live = session.exec(select(func.count()).select_from(SignUp).where(
            SignUp.member_id == truus.id, SignUp.status != SignUpStatus.CANCELLED.value)).one()
    assert first_waiting is not None and live >= 2
    with demo_database.write() as session:
        erase_member(session, member_id=truus.id, now=NOW)
    with demo_database.read() as session:
        mine = session.exec(select(SignUp).where(SignUp.member_id == truus.id)).all()
        assert {s.status for s in mine} == {SignUpStatus.CANCELLED.value}
        moved_up = session.get(SignUp, first_waiting.id)
        assert moved_up.status == SignUpStatus.CONFIRMED.value and moved_up.seat_no is not None


def test_erase_refuses_the_last_coordinator_and_changes_nothing(demo_database: Database):
    with demo_database.read() as session:
        ingrid = _member(session, "Ingrid")
    with pytest.raises(NotAllowed, match="last coordinator"):
        with demo_database.write() as session:
            erase_member(session, member_id=ingrid.id, now=NOW)
    with demo_database.read() as session:
        assert get_member(session, ingrid.id).first_name == "Ingrid"
        assert Role.COORDINATOR.value in {r.role for r in session.exec(
            select(MemberRole).where(MemberRole.member_id == ingrid.id)).all()}


def test_a_coordinator_can_be_erased_when_another_remains(demo_database: Database):
    with demo_database.write() as session:
        create_coordinator(session, first_name="Marieke", pin="5678")
        ingrid = _member(session, "Ingrid")
        erase_member(session, member_id=ingrid.id, now=NOW)
    with demo_database.read() as session:
        assert is_erased(session, get_member(session, ingrid.id))


def test_erasing_twice_is_harmless(database: Database):
    with database.write() as session:
        member = add_member(session, first_name="Kim", phone="0612")
        erase_member(session, member_id=member.id, now=NOW)
        erase_member(session, member_id=member.id, now=NOW)
        assert is_erased(session, get_member(session, member.id))


def test_a_member_signed_up_elsewhere_keeps_their_place(demo_database: Database, truus: Member):
    """Erasing one member cancels only their sign-ups."""
    with demo_database.write() as session:
        others_before = session.exec(select(func.count()).select_from(SignUp).where(
            SignUp.member_id != truus.id, SignUp.status == SignUpStatus.CANCELLED.value)).one()
        erase_member(session, member_id=truus.id, now=NOW)
        others_after = session.exec(select(func.count()).select_from(SignUp).where(
            SignUp.member_id != truus.id, SignUp.status == SignUpStatus.CANCELLED.value)).one()
    assert others_after == others_before


def test_unknown_member_is_not_found(database: Database):
    with database.write() as session:
        with pytest.raises(NotFound):
            erase_member(session, member_id=uuid.uuid4(), now=NOW)
        with pytest.raises(NotFound):
            export_member(session, member_id=uuid.uuid4())

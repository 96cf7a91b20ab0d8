from __future__ import annotations

import math

import pytest
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from trefpuntje.core.cards import (
    ALPHABET,
    PREFIX,
    ScanOutcome,
    identify,
    issue_card,
    mark_printed,
    members_without_printed_card,
    new_token,
)
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Card

# Keys that move between QWERTY, AZERTY (Belgium, France) and QWERTZ (Germany).
MOVING_KEYS = set("AQWZYM0123456789-")


def test_a_token_has_at_least_128_bits_and_only_layout_safe_letters():
    token = new_token()
    body = token.removeprefix(PREFIX)
    assert len(body) * math.log2(len(ALPHABET)) >= 128
    assert not set(token) & MOVING_KEYS
    assert len({new_token() for _ in range(200)}) == 200


def test_a_card_carries_no_member_id_and_only_its_hash_is_stored(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
        issued = issue_card(session, member_id=nel.id)
    assert str(nel.id) not in issued.token and nel.id.hex.upper() not in issued.token
    with database.read() as session:
        stored = session.exec(select(Card)).one()
    assert issued.token not in stored.token_hash and len(stored.token_hash) == 64


def test_a_scan_greets_the_member_and_forgives_caps_lock_and_spaces(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
        token = issue_card(session, member_id=nel.id).token
    with database.read() as session:
        assert identify(session, scanned=token).member.first_name == "Nel"
        assert identify(session, scanned=f" {token.lower()}\n").outcome == ScanOutcome.MEMBER


def test_reissuing_revokes_the_old_card(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
        old = issue_card(session, member_id=nel.id).token
        new = issue_card(session, member_id=nel.id).token
    with database.read() as session:
        assert identify(session, scanned=old).outcome == ScanOutcome.REPLACED
        assert identify(session, scanned=new).outcome == ScanOutcome.MEMBER


@pytest.mark.parametrize("scanned", ["", "hello", "TP" + "B" * 29, "TP" + "A" * 30, "12345", "TPBCD\x00"])
def test_garbled_scans_are_recognised_as_such(database, scanned):
    with database.read() as session:
        assert identify(session, scanned=scanned).outcome == ScanOutcome.GARBLED


def test_an_unknown_well_formed_code_is_unknown(database):
    with database.read() as session:
        assert identify(session, scanned=new_token()).outcome == ScanOutcome.UNKNOWN


def test_the_database_allows_one_active_card_per_member(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
        issue_card(session, member_id=nel.id)
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(Card(member_id=nel.id, token_hash="f" * 64))


def test_members_without_a_printed_card(database):
    with database.write() as session:
        nel = add_member(session, first_name="Nel")
        add_member(session, first_name="Suus")
        card = issue_card(session, member_id=nel.id)
    with database.read() as session:
        assert [m.first_name for m in members_without_printed_card(session)] == ["Nel", "Suus"]
    with database.write() as session:
        mark_printed(session, card_id=card.card_id)
    with database.read() as session:
        assert [m.first_name for m in members_without_printed_card(session)] == ["Suus"]

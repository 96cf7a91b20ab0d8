"""QR member cards.

A card carries a random token of about 130 bits and never the member id; the database
keeps only its SHA-256 (a fast hash is enough for a random token of that size).
Tokens use only letters that sit on the same key on QWERTY, AZERTY and QWERTZ
keyboards: a keyboard-wedge scanner types the code as key presses in the layout the
computer is set to, and A/Q, Z/W/Y, M and the digits move between those layouts.
"""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from trefpuntje.core.audit import record
from trefpuntje.core.checks import check_moment
from trefpuntje.core.members import ERASED_NAME, MemberSummary, get_member, roles_of
from trefpuntje.core.models import Card, Member
from trefpuntje.core.permissions import require
from trefpuntje.db.types import utcnow

ALPHABET = "BCDEFGHIJKLNOPRSTUVX"
PREFIX = "TP"
TOKEN_LENGTH = 30  # 30 letters of 20: 129.7 bits
_ALLOWED = set(ALPHABET)


class ScanOutcome(StrEnum):
    MEMBER = "member"
    UNKNOWN = "unknown"  # well-formed, but no card has it
    REPLACED = "replaced"  # a card that was revoked or reissued
    GARBLED = "garbled"  # not a Trefpuntje card code at all


@dataclass(frozen=True)
class Scan:
    outcome: ScanOutcome
    member: MemberSummary | None = None


@dataclass(frozen=True)
class IssuedCard:
    card_id: uuid.UUID
    member: MemberSummary
    token: str  # shown once, to print; never stored


def new_token() -> str:
    return PREFIX + "".join(secrets.choice(ALPHABET) for _ in range(TOKEN_LENGTH))


def normalise(scanned: str) -> str | None:
    """The token in a scan, or None when it cannot be one (Caps Lock is forgiven)."""
    text = "".join(scanned.split()).upper()
    body = text.removeprefix(PREFIX)
    if len(text) != len(PREFIX) + TOKEN_LENGTH or body == text or not set(body) <= _ALLOWED:
        return None
    return text


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


def issue_card(session: Session, *, member_id: uuid.UUID, now: datetime | None = None,
               done_by_id: uuid.UUID | None = None) -> IssuedCard:
    """A new card for the member; their previous card stops working. ``done_by_id``: the
    staff member handing it out (None: the command line, or the newcomer joining)."""
    member = get_member(session, member_id)
    if done_by_id is not None:
        require(session, done_by_id, "cards.issue")
    moment = check_moment(now) if now is not None else utcnow()
    for old in session.exec(select(Card).where(Card.member_id == member.id, col(Card.revoked_at).is_(None))).all():
        old.revoked_at = moment
        session.add(old)
    session.flush()
    token = new_token()
    card = Card(member_id=member.id, token_hash=token_hash(token), issued_at=moment)
    session.add(card)
    session.flush()
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action="card.issue", subject=member.id, details={"card": card.id})
    return IssuedCard(card.id, MemberSummary(member.id, member.first_name, roles_of(session, member.id)), token)


def identify(session: Session, *, scanned: str) -> Scan:
    token = normalise(scanned)
    if token is None:
        return Scan(ScanOutcome.GARBLED)
    card = session.exec(select(Card).where(Card.token_hash == token_hash(token))).first()
    if card is None:
        return Scan(ScanOutcome.UNKNOWN)
    if card.revoked_at is not None:
        return Scan(ScanOutcome.REPLACED)
    member = session.get(Member, card.member_id)
    assert member is not None
    return Scan(ScanOutcome.MEMBER, MemberSummary(member.id, member.first_name, roles_of(session, member.id)))


def mark_printed(session: Session, *, card_id: uuid.UUID, now: datetime | None = None) -> None:
    card = session.get(Card, card_id)
    if card is not None:
        card.printed_at = check_moment(now) if now is not None else utcnow()
        session.add(card)


def members_without_printed_card(session: Session) -> list[MemberSummary]:
    """Members whose active card was never printed, or who have no card at all."""
    printed = select(Card.member_id).where(col(Card.revoked_at).is_(None), col(Card.printed_at).is_not(None))
    members = session.exec(select(Member).where(col(Member.id).not_in(printed), Member.first_name != ERASED_NAME)
                           .order_by(Member.first_name)).all()
    return [MemberSummary(m.id, m.first_name, roles_of(session, m.id)) for m in members]

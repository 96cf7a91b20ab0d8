"""Privacy (AVG/GDPR): export everything held about one member, or erase them.

Erasing anonymises rather than deletes. The member row stays, because the till's
append-only ledger (sales, strip movements, till sessions) keeps pointing at it; what
made it a person is removed: every optional field is cleared, the first name becomes
``ERASED_NAME``, roles, PIN, PIN guard and cards are deleted, future sign-ups are
cancelled (the waiting list moves up), check-ins lose their member, activities
lose their leader, volunteer hours lose their notes, future shifts and allowance
(``core/hours_privacy.py``), and the shop's holds and wanted list end and the member
no longer shows as a donor (``core/shop_privacy.py``). So statistics and the ledger
stay, with no person attached.

There is no "erased" column (no migration for it): an erased member is one with the
placeholder first name, no roles and no personal fields; ``is_erased`` says so.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, delete, or_, select

from trefpuntje.config import DEFAULT_LANGUAGE
from trefpuntje.core.activities import LOCAL
from trefpuntje.core.audit import entries_about, record
from trefpuntje.core.checks import check_moment
from trefpuntje.core.errors import NotAllowed
from trefpuntje.core.hours_privacy import forget_volunteer, hours_export
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate
from trefpuntje.core.meals_sheet import erase_meal_data, export_meal_data
from trefpuntje.core.members import ERASED_NAME, get_member, roles_of
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
    StaffPin,
    StripMovement,
    TillSession,
)
from trefpuntje.core.permissions import require
from trefpuntje.core.shop_privacy import forget_shopper, shop_export
from trefpuntje.core.signups import LIVE, cancel_sign_up
from trefpuntje.core.till_reports import receipt_number

PERSONAL_FIELDS = ("last_name", "phone", "email", "postcode", "birth_year_band", "languages")
CONTEXT = "privacy"

_WHAT_WE_KEEP = (
    QT_TRANSLATE_NOOP("privacy", "This is everything 't Trefpuntje holds about you."),
    QT_TRANSLATE_NOOP("privacy", "We keep your first name and what you choose to give, so we can greet you, "
                                 "sign you up for activities and reach you if you asked us to."),
    QT_TRANSLATE_NOOP("privacy", "We keep sign-ups and check-ins to run activities and to count how many people come."),
    QT_TRANSLATE_NOOP("privacy", "The till keeps every sale and coffee-card strip, as the law on bookkeeping requires; "
                                 "if you ask us to erase your data, these stay, with no name attached."),
    QT_TRANSLATE_NOOP("privacy", "Allergies and diet are kept only if you want, seen only by you and by the cook of "
                                 "a meal you order; what a cook saw is removed a month after the meal."),
    QT_TRANSLATE_NOOP("privacy", "As a volunteer, we keep your shifts and the hours you gave, to plan, to thank you "
                                 "and to pay an allowance; if you ask us to erase your data, the hours stay in our "
                                 "totals with no name attached."),
    QT_TRANSLATE_NOOP("privacy", "In the giveaway shop we keep what you reserve, what you are looking for and what "
                                 "you were given, to share fairly, and what you made and sold here, to pay you; if "
                                 "you ask us to erase your data, your reservations and wanted list end and the rest "
                                 "stays in our counts with no name attached."),
)


def _iso(moment: datetime | None) -> str | None:
    """A stored UTC moment as Nijmegen wall-clock time, with its offset."""
    return moment.astimezone(LOCAL).isoformat() if moment is not None else None


def _cancel_future_sign_ups(session: Session, member_id: uuid.UUID, now: datetime) -> None:
    future = session.exec(
        select(SignUp.occurrence_id).join(Occurrence, Occurrence.id == SignUp.occurrence_id)
        .where(SignUp.member_id == member_id, col(SignUp.status).in_(LIVE), Occurrence.starts_at > now)
    ).all()
    for occurrence_id in future:
        cancel_sign_up(session, member_id=member_id, occurrence_id=occurrence_id, now=now)


def is_erased(session: Session, member: Member) -> bool:
    return (member.first_name == ERASED_NAME and not roles_of(session, member.id)
            and all(getattr(member, name) is None for name in PERSONAL_FIELDS))


def _is_last_coordinator(session: Session, member_id: uuid.UUID) -> bool:
    """Staff mode opens with a coordinator's PIN: someone must be left who can."""
    if Role.COORDINATOR.value not in roles_of(session, member_id):
        return False
    others = session.exec(
        select(MemberRole.member_id).join(StaffPin, StaffPin.member_id == MemberRole.member_id)
        .where(MemberRole.role == Role.COORDINATOR.value, MemberRole.member_id != member_id)
    ).first()
    return others is None


def erase_member(session: Session, *, member_id: uuid.UUID | str, now: datetime,
                 done_by_id: uuid.UUID | None = None) -> None:
    """Anonymise a member in the caller's transaction (``Database.write``). ``done_by_id``:
    the coordinator in staff mode (None: the command line); the audit log records it."""
    check_moment(now)
    member = get_member(session, member_id)
    if done_by_id is not None:
        require(session, done_by_id, "members.erase")
    if _is_last_coordinator(session, member.id):
        raise NotAllowed(QT_TRANSLATE_NOOP(
            "errors", "This is the last coordinator. Make someone else coordinator first; nothing was erased."))
    _cancel_future_sign_ups(session, member.id, now)
    erase_meal_data(session, member_id=member.id, now=now)  # allergy profile, open orders, meals still to cook
    forget_volunteer(session, member_id=member.id, now=now)  # hours stay, with no person attached
    forget_shopper(session, member_id=member.id, now=now)  # holds and wishes end; hand-outs and makers' items stay
    for checkin in session.exec(select(CheckIn).where(CheckIn.member_id == member.id)).all():
        checkin.member_id = None
        session.add(checkin)
    for activity in session.exec(select(Activity).where(Activity.leader_id == member.id)).all():
        activity.leader_id = None
        session.add(activity)
    for table in (MemberRole, StaffPin, Card):
        session.exec(delete(table).where(table.member_id == member.id))  # type: ignore[call-overload, attr-defined]
    session.exec(delete(LoginGuard).where(LoginGuard.scope == f"member:{member.id}"))  # type: ignore[call-overload]
    member.first_name = ERASED_NAME
    for name in PERSONAL_FIELDS:
        setattr(member, name, None)
    member.consent_photos = member.consent_contact = False
    session.add(member)
    session.flush()
    record(session, actor_id=done_by_id, action="member.erase", subject=member.id)


def _sale(session: Session, sale: Sale, lines: list[SaleLine]) -> dict[str, Any]:
    return {
        "receipt": receipt_number(session, sale.id),
        "at": _iso(sale.created_at),
        "kind": sale.kind,
        "payment": sale.payment,
        "total_cents": sale.total_cents,
        "strips": sale.strips,
        "lines": [{"product": line.name, "quantity": line.quantity, "amount_cents": line.amount_cents,
                   "strips": line.strips} for line in sorted(lines, key=lambda line: line.position)],
    }


def _till(session: Session, member_id: uuid.UUID) -> dict[str, Any]:
    sales = session.exec(select(Sale).where(Sale.member_id == member_id).order_by(Sale.created_at)).all()
    lines: dict[uuid.UUID, list[SaleLine]] = {}
    if sales:
        for line in session.exec(select(SaleLine).where(col(SaleLine.sale_id).in_([s.id for s in sales]))).all():
            lines.setdefault(line.sale_id, []).append(line)
    movements = session.exec(select(StripMovement).where(StripMovement.member_id == member_id)
                             .order_by(StripMovement.seq)).all()
    sessions = session.exec(select(TillSession).where(or_(TillSession.opened_by_id == member_id,
                                                          TillSession.closed_by_id == member_id))
                            .order_by(TillSession.opened_at)).all()
    reversals = session.exec(select(Sale).where(Sale.done_by_id == member_id).order_by(Sale.created_at)).all()
    return {
        "purchases": [_sale(session, sale, lines.get(sale.id, [])) for sale in sales],
        "coffee_card_strips": [{"at": _iso(m.created_at), "strips": m.strips, "balance_after": m.balance_after,
                                "reason": m.reason} for m in movements],
        "coffee_card_balance": movements[-1].balance_after if movements else 0,
        "till_sessions_opened_or_closed": [
            {"number": t.number, "till": t.till, "opened_at": _iso(t.opened_at), "closed_at": _iso(t.closed_at),
             "opened_by_you": t.opened_by_id == member_id, "closed_by_you": t.closed_by_id == member_id}
            for t in sessions],
        "sales_taken_back_by_you": [{"receipt": receipt_number(session, s.id), "at": _iso(s.created_at),
                                     "kind": s.kind, "reason": s.reason} for s in reversals],
    }


def export_member(session: Session, *, member_id: uuid.UUID | str, language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """Everything held about one member, readable and JSON-able; nothing about anyone else."""
    member = get_member(session, member_id)
    signups = session.exec(
        select(SignUp, Occurrence, Activity).join(Occurrence, Occurrence.id == SignUp.occurrence_id)
        .join(Activity, Activity.id == Occurrence.activity_id)
        .where(SignUp.member_id == member.id).order_by(Occurrence.starts_at)
    ).all()
    checkins = session.exec(
        select(CheckIn, Occurrence, Activity).join(Occurrence, Occurrence.id == CheckIn.occurrence_id)
        .join(Activity, Activity.id == Occurrence.activity_id)
        .where(CheckIn.member_id == member.id).order_by(CheckIn.checked_in_at)
    ).all()
    cards = session.exec(select(Card).where(Card.member_id == member.id).order_by(Card.issued_at)).all()
    led = session.exec(select(Activity).where(Activity.leader_id == member.id).order_by(Activity.title)).all()
    pin = session.get(StaffPin, member.id)
    return {
        "about": [translate(CONTEXT, text, language) for text in _WHAT_WE_KEEP],
        "member": {
            "id": str(member.id),
            "first_name": member.first_name,
            **{name: getattr(member, name) for name in PERSONAL_FIELDS},
            "registered_at": _iso(member.created_at),
        },
        "consents": {"photos": member.consent_photos, "contact": member.consent_contact},
        "roles": list(roles_of(session, member.id)),
        "staff_pin_set_at": _iso(pin.set_at) if pin is not None else None,  # never the PIN or its hash
        "cards": [{"issued_at": _iso(c.issued_at), "printed_at": _iso(c.printed_at), "revoked_at": _iso(c.revoked_at)}
                  for c in cards],  # never the token hash
        "sign_ups": [{"activity": a.title, "starts_at": _iso(o.starts_at), "status": s.status, "no_show": s.no_show,
                      "signed_up_at": _iso(s.created_at), "changed_at": _iso(s.changed_at)} for s, o, a in signups],
        "check_ins": [{"activity": a.title, "starts_at": _iso(o.starts_at), "checked_in_at": _iso(c.checked_in_at),
                       "walk_in": c.walk_in} for c, o, a in checkins],
        "activities_led": [{"activity": a.title, "active": a.active} for a in led],
        "till": _till(session, member.id),
        "meals": export_meal_data(session, member_id=member.id),
        "volunteering": hours_export(session, member_id=member.id),
        "giveaway_shop": shop_export(session, member_id=member.id),
        "audit_log": [{"at": _iso(e.at), "action": e.action, "by_you": e.actor_id == member.id}
                      for e in entries_about(session, member_id=member.id)],  # never who else did it
    }

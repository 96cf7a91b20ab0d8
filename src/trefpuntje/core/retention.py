"""Retention: personal data kept no longer than it serves (AVG/GDPR), checked daily.

``run_retention`` runs once a day (``trefpuntje housekeeping``, or the app's daily
timer through ``core/housekeeping.py``), in one transaction; running it twice changes
nothing more. Two periods are settings, in months:

``checkin_retention_months`` (default 24)
    After this a check-in no longer names who came: its member is cleared, as
    ``erase_member`` does, and the row stays, so the number of people at each session
    (and whether they were walk-ins) still counts for statistics. Why two years: a
    check-in with a name serves the running of activities (attendance, no-shows,
    "Nel has come every week") and the account to funders; a subsidy year ends on
    31 December, its account is due in the spring after and may be questioned until
    the end of that year. A check-in of January is needed until the end of the next
    year, 24 months on; after that, no one needs to know who it was.

``inactive_after_months`` (default 24)
    A visitor with no check-in, sign-up, purchase or new card for this long is
    *listed* for a coordinator (``inactive_members``; ``trefpuntje member inactive``),
    never removed here: a coordinator knows who moved away and who is in hospital and
    will be back, and erases with ``trefpuntje member erase``. Only members whose sole
    role is visitor are listed; volunteers, cooks and staff are kept by their role
    (their hours are not recorded yet). The list is computed, so no column is needed.
    It sees only what is kept: with ``checkin_retention_months`` shorter than this,
    someone who only ever checks in would be listed as soon as their check-ins were
    anonymised. With equal periods (the defaults) that cannot happen.

``meal_diet_retention_days`` (default 30)
    The allergies a meal order keeps for its cook's sheet are purged this many days
    after the meal (``core/meals_sheet.py``); the order stays, for the cook's payout.
"""

from __future__ import annotations

import calendar
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select, update

from trefpuntje.core.meals_sheet import purge_meal_diet_data
from trefpuntje.core.models import Card, CheckIn, MealOrder, Member, MemberRole, Role, Sale, SignUp, StripMovement
from trefpuntje.core.checks import OUT_OF_RANGE, check_moment
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.settings import get_int

CHECKIN_RETENTION = "checkin_retention_months"
INACTIVE_AFTER = "inactive_after_months"
MONTHS_MAX = 120  # as the settings allow


def months_before(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` calendar months earlier (the 31st becomes the
    last day of a shorter month)."""
    index = moment.year * 12 + moment.month - 1 - months
    year, month = index // 12, index % 12 + 1
    if not 1 <= year <= 9999:
        raise InvalidInput(OUT_OF_RANGE, date=f"{year:04d}-{month:02d}", first=1, last=9999)
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class InactiveMember:
    """A visitor listed for a coordinator to decide about: what an office screen may show."""

    id: uuid.UUID
    first_name: str
    last_seen: datetime  # the latest check-in, sign-up, purchase, card or registration


@dataclass(frozen=True)
class RetentionSummary:
    checkin_cutoff: datetime  # check-ins before this no longer name anyone
    checkins_anonymised: int  # by this run
    inactive_cutoff: datetime
    inactive: tuple[InactiveMember, ...]  # listed for a coordinator, oldest last-seen first
    meal_diet_purged: int = 0  # meal orders whose allergy data this run removed


def anonymise_old_checkins(session: Session, *, before: datetime) -> int:
    """Clear the member of every check-in before ``before``; returns how many changed."""
    check_moment(before)
    result = session.exec(  # type: ignore[call-overload]
        update(CheckIn).where(col(CheckIn.checked_in_at) < before, col(CheckIn.member_id).is_not(None))
        .values(member_id=None).execution_options(synchronize_session="fetch"))
    return int(result.rowcount)


def _last_seen(session: Session) -> dict[uuid.UUID, datetime]:
    """Per member, the latest moment anything of theirs was recorded."""
    sources = [
        (Member.id, Member.created_at),
        (CheckIn.member_id, CheckIn.checked_in_at),
        (SignUp.member_id, SignUp.created_at),
        (SignUp.member_id, SignUp.changed_at),
        (Sale.member_id, Sale.created_at),
        (StripMovement.member_id, StripMovement.created_at),
        (Card.member_id, Card.issued_at),
        (Card.member_id, Card.printed_at),
        (MealOrder.member_id, MealOrder.created_at),
    ]
    latest: dict[uuid.UUID, datetime] = {}
    for member_column, moment_column in sources:
        rows = session.exec(select(member_column, func.max(moment_column))  # type: ignore[call-overload]
                            .where(col(member_column).is_not(None)).group_by(member_column)).all()
        for member_id, moment in rows:
            if moment is not None and (member_id not in latest or moment > latest[member_id]):
                latest[member_id] = moment
    return latest


def inactive_members(session: Session, *, now: datetime, months: int | None = None) -> list[InactiveMember]:
    """Visitors (no other role) with nothing recorded for ``months`` (default: the
    ``inactive_after_months`` setting), oldest last-seen first. Erased members have no
    roles, so they are never listed."""
    check_moment(now)
    if months is not None and not 1 <= months <= MONTHS_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A number of months is between 1 and {limit}."), limit=MONTHS_MAX)
    cutoff = months_before(now, get_int(session, INACTIVE_AFTER) if months is None else months)
    roles: dict[uuid.UUID, set[str]] = {}
    for member_id, role in session.exec(select(MemberRole.member_id, MemberRole.role)).all():
        roles.setdefault(member_id, set()).add(role)
    visitors = {member_id for member_id, held in roles.items() if held == {Role.VISITOR.value}}
    last_seen = _last_seen(session)
    names = dict(session.exec(select(Member.id, Member.first_name).where(col(Member.id).in_(visitors))).all())
    listed = [InactiveMember(member_id, names[member_id], last_seen[member_id])
              for member_id in visitors if last_seen[member_id] < cutoff]
    return sorted(listed, key=lambda m: (m.last_seen, m.first_name))


def run_retention(session: Session, *, now: datetime) -> RetentionSummary:
    """Apply the retention rules, in the caller's transaction (``Database.write``)."""
    check_moment(now)
    checkin_cutoff = months_before(now, get_int(session, CHECKIN_RETENTION))
    anonymised = anonymise_old_checkins(session, before=checkin_cutoff)
    purged = purge_meal_diet_data(session, now=now)
    inactive_cutoff = months_before(now, get_int(session, INACTIVE_AFTER))
    inactive = inactive_members(session, now=now)
    return RetentionSummary(checkin_cutoff, anonymised, inactive_cutoff, tuple(inactive), purged)

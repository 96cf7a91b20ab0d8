"""Who may do what in staff mode: every named action with the lowest role that may do it.

Staff mode opens with a card and that member's PIN, or a coordinator's PIN alone
(``core/staff_pins.py``). The roles that open it rank volunteer < staff < coordinator;
a higher role may do all a lower one may, so a coordinator may do everything. Visitors
and cooks do not open staff mode: what they do themselves (join, sign up, order a
meal, buy coffee) happens at the kiosk after a card scan, not here.

The table, and why:

* ``till.open``, ``till.close``: **volunteers**. The coffee corner is run by volunteers,
  with participants of the day activities at the till under their guidance; the
  volunteer on shift counts the float in and the cash out. Closing makes the Z
  report, which names them and any difference; the audit log records both.
* ``meals.pickup``: **volunteers**. Handing out neighbour meals is the coffee corner's
  work too: the contribution is an ordinary sale in the open till.
* ``shop.intake``, ``shop.handout``, ``shop.clear``: **volunteers**. The giveaway shop
  is run by volunteers: they take in donations, hand items out at the counter (a
  priced item is an ordinary sale in the open till) and clear what stayed too long.
* ``till.void`` (voids and refunds): **staff**. Paying money out of the drawer after
  the fact needs someone answerable for the cash. Undoing the last sale within five
  minutes stays at the till for whoever sells.
* ``price_list.edit``, ``activities.plan``, ``schedule.print`` (the staff schedule
  names the participants), ``members.register`` (with contact details; newcomers join
  at the kiosk with a first name only), ``cards.issue``, ``hours.review``,
  ``roster.plan`` (as ``core/hours_roster.py`` already checks: staff and
  coordinators, and nobody approves their own hours), ``meals.offer`` (staff enter a
  cook's offer on their behalf), ``shop.override`` (handing out past a fair-share limit:
  the volunteer at the counter asks someone answerable, who gives the reason),
  ``shop.makers`` (neighbour-made goods, their commission and the fair-share rules):
  **staff**.
* ``members.roles``, ``members.erase``, ``settings.change``, ``staff_pins.set``,
  ``audit.view``, ``app.quit``: **coordinators**. Roles and PINs decide who gets in;
  erasing cannot be undone; settings change every terminal; the log is about the
  staff themselves; closing the kiosk leaves a public machine open.

Services that take a staff actor call ``require`` before they change anything, so the
command line and every screen are held to the same table. A service called with no
actor (the command line, run by whoever owns the machine; demo data; a step of
another service) does not ask.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlmodel import Session, select

from trefpuntje.core.errors import NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Member, MemberRole, Role

# The roles that open staff mode, lowest first; each may do what those before it may.
RANKS: dict[str, int] = {Role.VOLUNTEER.value: 1, Role.STAFF.value: 2, Role.COORDINATOR.value: 3}
STAFF_MODE_ROLES = frozenset(RANKS)

ACTIONS: dict[str, Role] = {
    "till.open": Role.VOLUNTEER,
    "till.close": Role.VOLUNTEER,
    "meals.pickup": Role.VOLUNTEER,
    "shop.intake": Role.VOLUNTEER,
    "shop.handout": Role.VOLUNTEER,
    "shop.clear": Role.VOLUNTEER,
    "till.void": Role.STAFF,
    "price_list.edit": Role.STAFF,
    "members.register": Role.STAFF,
    "cards.issue": Role.STAFF,
    "activities.plan": Role.STAFF,
    "schedule.print": Role.STAFF,
    "hours.review": Role.STAFF,
    "roster.plan": Role.STAFF,
    "meals.offer": Role.STAFF,
    "shop.override": Role.STAFF,
    "shop.makers": Role.STAFF,
    "members.roles": Role.COORDINATOR,
    "members.erase": Role.COORDINATOR,
    "settings.change": Role.COORDINATOR,
    "staff_pins.set": Role.COORDINATOR,
    "audit.view": Role.COORDINATOR,
    "app.quit": Role.COORDINATOR,
}

NEEDS = {
    Role.VOLUNTEER: QT_TRANSLATE_NOOP("errors", "This needs a volunteer, a staff member or a coordinator."),
    Role.STAFF: QT_TRANSLATE_NOOP("errors", "This needs a staff member or a coordinator."),
    Role.COORDINATOR: QT_TRANSLATE_NOOP("errors", "This needs a coordinator."),
}


def needed_role(action: str) -> Role:
    """The lowest role that may do ``action`` (a KeyError names an action not in the table)."""
    return ACTIONS[action]


def rank(roles: Iterable[str]) -> int:
    """How far ``roles`` reach in staff mode: 0 for none of the staff-mode roles."""
    return max((RANKS.get(str(role), 0) for role in roles), default=0)


def opens_staff_mode(roles: Iterable[str]) -> bool:
    """Whether a member with ``roles`` may hold a PIN and open staff mode (volunteer,
    staff or coordinator); what they then see and do follows ``allowed``."""
    return rank(roles) > 0


def allowed(roles: Iterable[str], action: str) -> bool:
    return rank(roles) >= RANKS[needed_role(action).value]


def require(session: Session, member_id: uuid.UUID, action: str) -> None:
    """Refuse, in words, a member whose roles do not allow ``action``."""
    needed = needed_role(action)
    roles = session.exec(select(MemberRole.role).where(MemberRole.member_id == member_id)).all()
    if not roles and session.get(Member, member_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No member with id {id}."), id=member_id)
    if not allowed(roles, action):
        raise NotAllowed(NEEDS[needed])

"""The volunteer allowance (vrijwilligersvergoeding) and its tax-free caps.

A centre may give volunteers an allowance per hour: the setting
``allowance_cents_per_hour`` for everyone (0: none), or a rate of a volunteer's own
(``set_volunteer_allowance``; 0 for a volunteer who declines it, which matters for
someone on benefits). The allowance stays free of tax only while it stays under the
caps per hour (lower under 21), per month and per year. They change yearly, so they
are data: ``allowance_cap`` rows a coordinator sets per year (``set_caps``;
``trefpuntje hours caps``), over the published figures below. A year with neither
uses the latest earlier figures and says so (``Caps.assumed``), so the overview can
ask a coordinator to check them.

The overview counts the allowance on counted hours (approved, stopped, closed) per
month, and warns from ``allowance_warning_percent`` (default 90) of a cap onwards,
before the cap is reached.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.hours import counted_minutes
from trefpuntje.core.hours_roster import check_reviewer, check_volunteer
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import AllowanceCap, Member, VolunteerAllowance
from trefpuntje.core.settings import get_int


@dataclass(frozen=True)
class CapFigures:
    hour_cents: int  # 21 and older
    hour_cents_under_21: int
    month_cents: int
    year_cents: int
    source: str


# Published by the Belastingdienst. Newer years are set by a coordinator (allowance_cap);
# add a year here when the figures are published and checked.
PUBLISHED_CAPS: dict[int, CapFigures] = {
    # https://www.belastingdienst.nl/wps/wcm/connect/bldcontentnl/belastingdienst/prive/werk_en_inkomen/werken/
    # werken-als-vrijwilliger/vrijwilligersvergoedingen: "In 2024 ... maximaal € 5,50 per uur [jonger dan 21:
    # € 3,25], tot een maximum van € 210 ... per maand en ... € 2.100 ... per jaar".
    2024: CapFigures(550, 325, 21_000, 210_000, "Belastingdienst, vrijwilligersvergoedingen 2024"),
    # 2025: € 5,60 per hour (under 21: € 3,30), € 210 a month, € 2.100 a year; as quoted from the Belastingdienst
    # by https://www.vrijwilligersdossier.nl/blog-item-belasting.cfm and
    # https://dewve.nl/vrijwilligers/voor-vrijwilligers/vrijwilligersvergoeding (checked 2026-11-28).
    2025: CapFigures(560, 330, 21_000, 210_000, "Belastingdienst, vrijwilligersvergoedingen 2025"),
    # 2026: not found in a source we could check; the 2025 figures apply with a warning until a
    # coordinator sets them (trefpuntje hours caps 2026 ...).
}
MAX_RATE_CENTS = 10_000


class CapLevel(StrEnum):
    OK = "ok"
    NEAR = "near"  # at or above the warning percentage: warn before the cap is reached
    OVER = "over"  # above the cap: the whole allowance would be taxed


class CapKind(StrEnum):
    HOUR = "hour"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class Caps:
    year: int
    hour_cents: int
    hour_cents_under_21: int
    month_cents: int
    year_cents: int
    source: str
    figures_year: int  # the year these figures are for; another than ``year`` when carried over
    set_here: bool  # set by a coordinator (allowance_cap), not the published figures built in

    @property
    def assumed(self) -> bool:
        """No figures for this year yet: a coordinator should check and set them."""
        return self.figures_year != self.year


def caps_for_year(session: Session, *, year: int) -> Caps:
    row = session.get(AllowanceCap, year)
    if row is not None:
        return Caps(year, row.hour_cents, row.hour_cents_under_21, row.month_cents, row.year_cents, row.source, year,
                    True)
    if year in PUBLISHED_CAPS:
        f = PUBLISHED_CAPS[year]
        return Caps(year, f.hour_cents, f.hour_cents_under_21, f.month_cents, f.year_cents, f.source, year, False)
    earlier = session.exec(select(AllowanceCap).where(AllowanceCap.year < year)
                           .order_by(col(AllowanceCap.year).desc())).first()
    published = max((y for y in PUBLISHED_CAPS if y < year), default=None)
    if earlier is not None and (published is None or earlier.year >= published):
        return Caps(year, earlier.hour_cents, earlier.hour_cents_under_21, earlier.month_cents, earlier.year_cents,
                    earlier.source, earlier.year, True)
    f = PUBLISHED_CAPS[published if published is not None else min(PUBLISHED_CAPS)]
    return Caps(year, f.hour_cents, f.hour_cents_under_21, f.month_cents, f.year_cents, f.source,
                published if published is not None else min(PUBLISHED_CAPS), False)


def _cents(value: int, limit: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= limit:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "An amount in cents is between 0 and {limit}."), limit=limit)
    return value


def set_caps(session: Session, *, year: int, hour_cents: int, hour_cents_under_21: int, month_cents: int,
             year_cents: int, source: str = "", set_by_id: uuid.UUID | None = None, now: datetime) -> Caps:
    """The caps for ``year`` as published (the Belastingdienst's page names them)."""
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "{year} is not a year we can set caps for."), year=year)
    if set_by_id is not None:
        check_reviewer(session, set_by_id)
    source = " ".join(source.split())
    if len(source) > 200:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A source is at most {limit} characters."), limit=200)
    figures = (_cents(hour_cents, 10_000), _cents(hour_cents_under_21, 10_000), _cents(month_cents, 100_000),
               _cents(year_cents, 1_000_000))
    if figures[2] > figures[3]:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The cap per month cannot be more than the cap per year."))
    row = session.get(AllowanceCap, year) or AllowanceCap(year=year, hour_cents=0, hour_cents_under_21=0,
                                                          month_cents=0, year_cents=0)
    row.hour_cents, row.hour_cents_under_21, row.month_cents, row.year_cents = figures
    row.source, row.set_at, row.set_by_id = source, now, set_by_id
    session.add(row)
    session.flush()
    return caps_for_year(session, year=year)


def set_volunteer_allowance(session: Session, *, member_id: uuid.UUID, cents_per_hour: int | None,
                            under_21: bool = False, now: datetime) -> None:
    """A volunteer's own rate (None: the centre's rate; 0: no allowance), and whether
    the hourly cap for those under 21 applies."""
    check_volunteer(session, member_id)
    if cents_per_hour is not None:
        _cents(cents_per_hour, MAX_RATE_CENTS)
    row = session.get(VolunteerAllowance, member_id) or VolunteerAllowance(member_id=member_id)
    row.cents_per_hour, row.under_21, row.set_at = cents_per_hour, under_21, now
    session.add(row)
    session.flush()


def allowance_rate(session: Session, *, member_id: uuid.UUID) -> tuple[int, bool]:
    """(cents per hour, under 21) for a volunteer."""
    row = session.get(VolunteerAllowance, member_id)
    centre = get_int(session, "allowance_cents_per_hour")
    if row is None:
        return centre, False
    return (centre if row.cents_per_hour is None else row.cents_per_hour), row.under_21


def allowance_cents(minutes: int, cents_per_hour: int) -> int:
    """The allowance for ``minutes`` at ``cents_per_hour``, rounded down to a cent."""
    return minutes * cents_per_hour // 60


@dataclass(frozen=True)
class CapWarning:
    kind: CapKind
    level: CapLevel  # NEAR or OVER
    month: int | None  # 1-12 for a month's cap
    amount_cents: int  # the rate per hour for HOUR; the allowance otherwise
    cap_cents: int


@dataclass(frozen=True)
class AllowanceLine:
    member_id: uuid.UUID
    first_name: str
    cents_per_hour: int
    under_21: bool
    month_minutes: tuple[int, ...]  # 12 months
    month_cents: tuple[int, ...]
    warnings: tuple[CapWarning, ...]

    @property
    def year_cents(self) -> int:
        return sum(self.month_cents)

    @property
    def level(self) -> CapLevel:
        levels = {w.level for w in self.warnings}
        return CapLevel.OVER if CapLevel.OVER in levels else CapLevel.NEAR if levels else CapLevel.OK


@dataclass(frozen=True)
class AllowanceOverview:
    year: int
    caps: Caps
    warning_percent: int
    centre_cents_per_hour: int
    lines: tuple[AllowanceLine, ...]  # volunteers with an allowance and counted hours, by first name

    @property
    def warnings(self) -> int:
        return sum(1 for line in self.lines if line.warnings)


def level(amount: int, cap: int, percent: int) -> CapLevel:
    if amount > cap:
        return CapLevel.OVER
    if amount > 0 and amount * 100 >= cap * percent:
        return CapLevel.NEAR
    return CapLevel.OK


def _line(member_id: uuid.UUID, first_name: str, rate: int, under_21: bool, months: list[int], caps: Caps,
          percent: int) -> AllowanceLine:
    cents = [allowance_cents(m, rate) for m in months]
    warnings: list[CapWarning] = []
    hour_cap = caps.hour_cents_under_21 if under_21 else caps.hour_cents
    if rate > hour_cap:
        warnings.append(CapWarning(CapKind.HOUR, CapLevel.OVER, None, rate, hour_cap))
    for month, amount in enumerate(cents, start=1):
        found = level(amount, caps.month_cents, percent)
        if found != CapLevel.OK:
            warnings.append(CapWarning(CapKind.MONTH, found, month, amount, caps.month_cents))
    found = level(sum(cents), caps.year_cents, percent)
    if found != CapLevel.OK:
        warnings.append(CapWarning(CapKind.YEAR, found, None, sum(cents), caps.year_cents))
    return AllowanceLine(member_id, first_name, rate, under_21, tuple(months), tuple(cents), tuple(warnings))


@within_calendar("year")
def allowance_overview(session: Session, *, year: int, member_id: uuid.UUID | None = None) -> AllowanceOverview:
    """Each volunteer's allowance per month of ``year`` and the caps it nears or passes
    (staff screens; it names volunteers). ``member_id``: that volunteer only."""
    caps = caps_for_year(session, year=year)
    percent = get_int(session, "allowance_warning_percent")
    per_member: dict[uuid.UUID, list[int]] = {}
    for (mid, _task, month), minutes in counted_minutes(session, year=year, member_id=member_id).items():
        per_member.setdefault(mid, [0] * 12)[month - 1] += minutes
    names = dict(session.exec(select(Member.id, Member.first_name).where(col(Member.id).in_(per_member))).all())
    lines = []
    for mid, months in per_member.items():
        rate, under_21 = allowance_rate(session, member_id=mid)
        if rate > 0:
            lines.append(_line(mid, names[mid], rate, under_21, months, caps, percent))
    lines.sort(key=lambda line: (line.first_name.lower(), str(line.member_id)))
    return AllowanceOverview(year, caps, percent, get_int(session, "allowance_cents_per_hour"), tuple(lines))

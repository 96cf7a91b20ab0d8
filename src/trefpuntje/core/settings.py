"""Centre-wide settings shared by every terminal, with their defaults and checks."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlmodel import Session, select

from trefpuntje.core.audit import record
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.meals_words import DEFAULT_SAFETY_CHECKLIST
from trefpuntje.core.models import Setting
from trefpuntje.core.permissions import require


@dataclass(frozen=True)
class SettingSpec:
    default: str
    check: Callable[[str], bool]
    help: str


def _seconds(low: int, high: int) -> Callable[[str], bool]:
    # ASCII digits only: "²" and "٣" are digits to str.isdigit() too, and int() refuses the first.
    return lambda value: value.isascii() and value.isdigit() and len(value) <= 9 and low <= int(value) <= high


_months = _seconds  # the same check: a whole number within bounds


def _folder(value: str) -> bool:
    return 0 < len(value) <= 500 and not any(c in value for c in "\0\n\r")


SPECS: dict[str, SettingSpec] = {
    "centre_name": SettingSpec("'t Trefpuntje", lambda v: 0 < len(v.strip()) <= 60, "name shown on screens and paper"),
    "idle_seconds": SettingSpec("60", _seconds(10, 3600), "seconds without a touch before the idle warning"),
    "idle_warning_seconds": SettingSpec("20", _seconds(5, 120), "length of the idle warning countdown"),
    "cash_rounding": SettingSpec("off", lambda v: v in ("on", "off"),
                                 "round cash totals to 5 cents (on or off; Dutch practice)"),
    "free_reasons": SettingSpec("", lambda v: len(v) <= 400,
                                "more reasons a till sale may be free, separated by ';' (besides: volunteer on shift)"),
    "receipt_printer": SettingSpec("", lambda v: len(v) <= 120, "printer for till receipts (empty: the default printer)"),
    "visit_idle_seconds": SettingSpec("30", _seconds(10, 600),
                                      "seconds without a touch before a scanned visitor is asked if they are still there"),
    # Read by core/housekeeping.py, which runs once a day (see core/retention.py for the periods).
    "backup_folder": SettingSpec("backups", _folder,
                                 "folder for the daily backups, e.g. on a USB stick; a relative path is taken from "
                                 "the database's folder"),
    "checkin_retention_months": SettingSpec("24", _months(1, 120),
                                            "months after which a check-in no longer names the person (the count stays)"),
    "inactive_after_months": SettingSpec("24", _months(1, 120),
                                         "months without a visit, sign-up or purchase after which a visitor is listed "
                                         "for a coordinator to consider removing"),
    # Shown on the privacy statement screen (ui/screens/privacy.py).
    "privacy_contact": SettingSpec("", lambda v: len(v) <= 120,
                                   "who to ask to see or remove personal data, as the privacy screen names them, "
                                   "e.g. 'Karin at the office desk' (empty: a coordinator of the centre)"),
    # Read by core/hours_allowance.py (volunteer hours, issue 7).
    "allowance_cents_per_hour": SettingSpec("0", _seconds(0, 10000),
                                            "volunteer allowance per hour in cents for every volunteer, 0 for none "
                                            "(a volunteer may have a rate of their own)"),
    "allowance_warning_percent": SettingSpec("90", _seconds(50, 100),
                                             "warn when a volunteer's allowance reaches this percentage of a "
                                             "tax-free cap"),
    # Read by core/meals*.py (neighbour meals, issue 6).
    "meal_safety_checklist": SettingSpec(DEFAULT_SAFETY_CHECKLIST, lambda v: 0 < len(v.strip()) <= 2000,
                                         "the food-safety checklist a cook confirms with every offer, items "
                                         "separated by ';'"),
    "meal_max_portions_per_member": SettingSpec("2", _seconds(1, 20), "portions one member may order of a meal, "
                                                "unless the cook sets another limit"),
    "meal_strip_value_cents": SettingSpec("0", _seconds(0, 1000), "what one coffee-card strip is worth in cents "
                                          "when paying a meal's contribution; 0: meals are not paid with strips"),
    "meal_diet_retention_days": SettingSpec("30", _seconds(1, 365), "days after a meal that its diners' allergy and "
                                            "diet data are purged"),
    # Read by core/shop*.py (the giveaway shop, issue 5).
    "shop_hold_days": SettingSpec("2", _seconds(1, 14), "days a reserved shop item is held before it returns to the "
                                  "shelf by itself"),
    "shop_max_reservations": SettingSpec("3", _seconds(1, 20), "shop items one member may have reserved at a time"),
    "shop_clear_after_weeks": SettingSpec("8", _seconds(1, 104), "weeks after which a donated item still on the "
                                          "shelf is listed for clearing (to the kringloop or recycling)"),
    "shop_commission_percent": SettingSpec("10", _seconds(0, 100), "percentage of a neighbour-made item's price the "
                                           "centre keeps, unless the item sets its own"),
}


def _spec(key: str) -> SettingSpec:
    try:
        return SPECS[key]
    except KeyError:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "Unknown setting {key}. Known settings: {known}."),
            key=key,
            known=", ".join(sorted(SPECS)),
        ) from None


def get_setting(session: Session, key: str) -> str:
    spec = _spec(key)
    row = session.get(Setting, key)
    return row.value if row is not None else spec.default


def get_int(session: Session, key: str) -> int:
    return int(get_setting(session, key))


def all_settings(session: Session) -> dict[str, str]:
    stored = {row.key: row.value for row in session.exec(select(Setting)).all()}
    return {key: stored.get(key, spec.default) for key, spec in SPECS.items()}


def set_setting(session: Session, *, key: str, value: str, done_by_id: uuid.UUID | None = None) -> None:
    """Change a setting for every terminal. ``done_by_id``: the coordinator in staff mode
    (None: the command line); the audit log records the change either way."""
    spec = _spec(key)
    if done_by_id is not None:
        require(session, done_by_id, "settings.change")
    value = value.strip()
    if "\0" in value or not spec.check(value):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid value for {key} ({help})."),
            value=value,
            key=key,
            help=spec.help,
        )
    row = session.get(Setting, key)
    before = row.value if row is not None else spec.default
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        session.add(row)
    record(session, actor_id=done_by_id, action="setting.change", subject=key,
           details={"before": before, "after": value})

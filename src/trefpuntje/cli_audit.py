"""The audit log on the command line: who did what, and when.

    trefpuntje audit [--since YYYY-MM-DD] [--limit N] [--json]

``register(commands)`` adds ``audit``. The command line is for whoever owns the
machine; in staff mode the log is for coordinators (``audit.view``).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING, Any

from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trefpuntje.cli_housekeeping import CliContext

EXIT_OK = 0
# Who did it when no member did: the command line (the machine's owner) or the system.
NOBODY = QT_TRANSLATE_NOOP("cli", "(command line)")


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day like 2026-11-30: {value}") from None


def _limit(value: str) -> int:
    if not (value.isascii() and value.isdigit() and 0 < int(value) <= 100_000):
        raise argparse.ArgumentTypeError(f"not a number from 1 to 100000: {value}")
    return int(value)


def cmd_audit(ctx: CliContext) -> int:
    from datetime import time

    from trefpuntje.core.activities import LOCAL, local_moment
    from trefpuntje.core.audit import audit_entries

    since = local_moment(ctx.args.since, time(0)) if ctx.args.since is not None else None
    with ctx.open().read() as session:
        entries = audit_entries(session, since=since, limit=ctx.args.limit)
    if ctx.args.json:
        print(json.dumps([entry.as_json() for entry in entries], ensure_ascii=False, indent=2))
        return EXIT_OK
    for entry in entries:
        who = entry.actor if entry.actor_id is not None else ctx.tr(NOBODY)
        details = json.dumps(entry.details, ensure_ascii=False, sort_keys=True) if entry.details else ""
        print(f"{entry.at.astimezone(LOCAL):%Y-%m-%d %H:%M:%S}  {who or '?':<16} {entry.action:<20} "
              f"{entry.subject or '-'}  {details}".rstrip())
    return EXIT_OK


def register(commands: Any) -> None:
    """Add ``audit`` to the subcommands of the ``trefpuntje`` parser."""
    audit = commands.add_parser("audit", help="the audit log of staff actions", description=(
        "The audit log of staff actions, oldest first: when (Amsterdam time), who (a member's first name, or "
        "'(command line)'), what, and to what (an id or a setting), with a few details. The log is append-only: "
        "the database refuses to change or delete it."))
    audit.add_argument("--since", type=_day, metavar="YYYY-MM-DD", help="only from this day on (Amsterdam time)")
    audit.add_argument("--limit", type=_limit, default=500, metavar="N",
                       help="at most the newest N entries (default 500)")
    audit.add_argument("--json", action="store_true",
                       help='as JSON: [{"id", "at", "actor_id", "actor", "action", "subject", "details"}]')
    audit.set_defaults(handler=cmd_audit)

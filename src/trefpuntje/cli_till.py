"""The till on the command line: receipts and Z reports as PDF, and the sales of a day.

    trefpuntje print receipt SALE_ID -o r.pdf
    trefpuntje print z-report SESSION_ID -o z.pdf      (or --last; --paper a4)
    trefpuntje till sales --day YYYY-MM-DD [--json]

``register(commands)`` adds ``till``; ``register_print_commands(what)`` adds the two
print commands to the existing ``print`` group (the subparsers made in cli_print).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import Any

from trefpuntje.cli_print import EXIT_OK, Delivery, PrintContext, delivery_options
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP


def cmd_print_receipt(ctx: PrintContext) -> int:
    from trefpuntje.core.settings import get_setting
    from trefpuntje.core.till_reports import receipt
    from trefpuntje.printing.receipt import render_receipt

    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        shown = receipt(session, sale_id=ctx.args.sale_id)
        pdf = render_receipt(shown, get_setting(session, "centre_name"), ctx.language)
    with delivery:
        delivery.deliver(pdf, f"Trefpuntje receipt {shown.session_number}-{shown.number}")
    delivery.report(ctx)
    return EXIT_OK


def cmd_print_z_report(ctx: PrintContext) -> int:
    from trefpuntje.core.settings import get_setting
    from trefpuntje.core.till_reports import last_closed_session_id, z_report
    from trefpuntje.printing.receipt import render_till_report

    if (ctx.args.session_id is None) == (not ctx.args.last):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Name one till session: its id, or --last for the most recent closed one."))
    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        session_id = last_closed_session_id(session) if ctx.args.last else ctx.args.session_id
        report = z_report(session, till_session_id=session_id)
        pdf = render_till_report(report, get_setting(session, "centre_name"), ctx.language, ctx.args.paper)
    with delivery:
        delivery.deliver(pdf, f"Trefpuntje Z report {report.z_number}", private=True)  # names who opened and closed
    delivery.report(ctx)
    return EXIT_OK


def _day(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a day like 2026-11-30: {value}") from None


def cmd_till_sales(ctx: PrintContext) -> int:
    from trefpuntje.core.cash import euros
    from trefpuntje.core.till_reports import LOCAL, sales_on_day

    with ctx.open().read() as session:
        sales = sales_on_day(session, day=ctx.args.day)
    if ctx.args.json:
        print(json.dumps([{"id": str(s.id), "total_cents": s.total_cents, "payment": s.payment, "kind": s.kind,
                           "number": f"{s.session_number}-{s.number}", "created_at": s.created_at.isoformat()}
                          for s in sales], indent=2))
        return EXIT_OK
    for s in sales:
        print(f"{s.id}  {s.created_at.astimezone(LOCAL):%H:%M}  {s.session_number}-{s.number:<4} {s.kind:<7}"
              f"{s.payment:<7}{euros(s.total_cents, ctx.language):>12}")
    total = sum(s.total_cents for s in sales)
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "{count} records, together {total}.")).format(
        count=len(sales), total=euros(total, ctx.language)))
    return EXIT_OK


def register_print_commands(what: Any) -> None:
    """Add ``receipt`` and ``z-report`` to the subparsers of ``trefpuntje print``."""
    receipt = what.add_parser("receipt", help="the receipt of a sale (80 mm roll)", description=(
        "The receipt of one sale, undo, void or refund, as an 80 mm roll PDF."))
    receipt.add_argument("sale_id", metavar="SALE_ID", help="the sale's id (see: trefpuntje till sales)")
    delivery_options(receipt)
    receipt.set_defaults(handler=cmd_print_receipt)

    z_report = what.add_parser("z-report", help="the Z report of a closed till session", description=(
        "The Z report of a closed till session, exactly as it was made when the session was closed."))
    z_report.add_argument("session_id", nargs="?", metavar="SESSION_ID", help="the till session's id")
    z_report.add_argument("--last", action="store_true", help="the most recently closed session")
    z_report.add_argument("--paper", choices=("80mm", "a4"), default="80mm", help="the roll (default) or A4")
    delivery_options(z_report)
    z_report.set_defaults(handler=cmd_print_z_report)


def register(commands: Any) -> None:
    """Add ``till`` to the subcommands of the ``trefpuntje`` parser."""
    till = commands.add_parser("till", help="the coffee-corner till", description="Look at the coffee-corner till.")
    actions = till.add_subparsers(dest="till_command", metavar="ACTION", required=True)
    sales = actions.add_parser("sales", help="the sales of a day", description=(
        "Every sale and reversal recorded on a day (Amsterdam time), with its id, total and payment."))
    sales.add_argument("--day", type=_day, default=date.today(), metavar="YYYY-MM-DD", help="the day (default: today)")
    sales.add_argument("--json", action="store_true", help='as JSON: [{"id", "total_cents", "payment", ...}]')
    sales.set_defaults(handler=cmd_till_sales)

"""``trefpuntje print ...``: member cards and the weekly schedule, to a PDF file, to a
printer, or both.

    trefpuntje print card MEMBER_ID -o card.pdf
    trefpuntje print cards --new -o sheet.pdf
    trefpuntje print schedule --week 2026-W49 -o schedule.pdf [--staff]
    ... --to-printer          the default printer
    ... --printer NAME        that printer

Printing a card issues a new card (the token exists only until it is printed), so the
card is issued, rendered, delivered and marked printed in one write transaction: the
file is written under a temporary name, moved into place once complete, and the
transaction commits only after that. When anything fails, the old card keeps working
and no file is left behind.
"""

from __future__ import annotations

import argparse
import os
import secrets
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database

EXIT_OK = 0


class PrintContext(Protocol):
    """What the handlers use of ``trefpuntje.cli.Context``."""

    args: argparse.Namespace
    language: str

    def tr(self, text: str) -> str: ...

    def open(self) -> Database: ...


class Delivery:
    """Where a PDF goes: a file (written atomically), a printer, or both. As a context
    manager it takes back a file it placed when the block fails afterwards (for
    example when the transaction around it does not commit)."""

    def __init__(self, output: Path | None, printer: str | None, to_printer: bool) -> None:
        self.output = output.expanduser().resolve() if output is not None else None
        self.to_printer = to_printer or printer is not None
        self.printer = printer
        self.job: str | None = None
        self._staged: Path | None = None
        self._placed = False
        if self.output is None and not self.to_printer:
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "Say where the pages should go: -o FILE, --to-printer or --printer NAME."))
        if self.output is not None and not self.output.parent.is_dir():
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
                               folder=str(self.output.parent))
        if self.to_printer:  # find out now, before anything is issued, whether printing can work
            from trefpuntje.printing.print_queue import NoDefaultPrinter, UnknownPrinter, default_printer, printers

            self.printer = printer or default_printer()
            if self.printer is None:
                raise NoDefaultPrinter(QT_TRANSLATE_NOOP(
                    "errors", "There is no default printer. Name a printer, or make one the default in the printer settings."))
            if self.printer not in printers():
                raise UnknownPrinter(QT_TRANSLATE_NOOP("errors", "There is no printer called {printer}."),
                                     printer=self.printer)

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Delivery:
        return cls(args.output, args.printer, args.to_printer)

    def deliver(self, pdf: bytes, title: str, private: bool = False) -> None:
        """``private``: the file only for its owner (cards carry working card codes; the
        staff copy names people); otherwise the usual permissions."""
        if self.output is not None:
            self._staged = self.output.with_name(f".{self.output.name}.{secrets.token_hex(4)}.part")
            handle = os.open(self._staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600 if private else 0o666)
            with os.fdopen(handle, "wb") as file:
                file.write(pdf)
                file.flush()
                os.fsync(file.fileno())
        if self.to_printer:
            from trefpuntje.printing.print_queue import print_pdf

            self.job = print_pdf(pdf, self.printer, title)
        if self.output is not None and self._staged is not None:
            os.replace(self._staged, self.output)
            self._staged = None
            self._placed = True

    def __enter__(self) -> Delivery:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        if kind is None:
            return
        if self._staged is not None:
            self._staged.unlink(missing_ok=True)
        if self._placed and self.output is not None:
            self.output.unlink(missing_ok=True)

    def report(self, ctx: PrintContext) -> None:
        if self.output is not None:
            print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Saved in {path}.")).format(path=self.output))
        if self.job is not None:
            print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Sent to printer {printer} (job {job}).")).format(
                printer=self.printer, job=self.job))


def cmd_print_card(ctx: PrintContext) -> int:
    from trefpuntje.core.cards import issue_card, mark_printed
    from trefpuntje.core.settings import get_setting
    from trefpuntje.printing.card import render_card

    delivery = Delivery.from_args(ctx.args)
    with delivery, ctx.open().write() as session:
        issued = issue_card(session, member_id=ctx.args.member_id)
        pdf = render_card(issued, get_setting(session, "centre_name"), ctx.language)
        mark_printed(session, card_id=issued.card_id)
        delivery.deliver(pdf, "Trefpuntje card", private=True)  # no name in the title: others see print queues
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "New card for {name}; an earlier card no longer works.")).format(
        name=issued.member.first_name))
    delivery.report(ctx)
    return EXIT_OK


def cmd_print_cards(ctx: PrintContext) -> int:
    from trefpuntje.core.cards import issue_card, mark_printed, members_without_printed_card
    from trefpuntje.core.settings import get_setting
    from trefpuntje.printing.card import render_card_sheet

    delivery = Delivery.from_args(ctx.args)
    with delivery, ctx.open().write() as session:
        members = members_without_printed_card(session)
        if members:
            issued = [issue_card(session, member_id=m.id) for m in members]
            pdf = render_card_sheet(issued, get_setting(session, "centre_name"), ctx.language)
            for card in issued:
                mark_printed(session, card_id=card.card_id)
            delivery.deliver(pdf, "Trefpuntje cards", private=True)
    if not members:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Every member already has a printed card. Nothing was printed.")))
        return EXIT_OK
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "New cards: {count}.")).format(count=len(members)))
    delivery.report(ctx)
    return EXIT_OK


def cmd_print_schedule(ctx: PrintContext) -> int:
    from trefpuntje.core.activities import parse_iso_week, week_start
    from trefpuntje.printing.documents import week_schedule_pdf

    monday = parse_iso_week(ctx.args.week) if ctx.args.week else week_start(date.today())
    delivery = Delivery.from_args(ctx.args)
    with delivery, ctx.open().write() as session:  # a write: the week's occurrences are made when missing
        pdf = week_schedule_pdf(session, monday=monday, staff=ctx.args.staff, language=ctx.language)
        delivery.deliver(pdf, f"Trefpuntje week {monday.isocalendar().week}", private=ctx.args.staff)
    delivery.report(ctx)
    return EXIT_OK


def delivery_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", type=Path, metavar="FILE", help="write the PDF to FILE")
    parser.add_argument("--to-printer", action="store_true", help="send it to the default printer")
    parser.add_argument("--printer", metavar="NAME", help="send it to the printer NAME (see lpstat -e)")


def register(commands: Any) -> None:
    """Add ``print`` to the subcommands of the ``trefpuntje`` parser."""
    printing = commands.add_parser("print", help="print cards, the schedule, receipts, Z reports, hours or shop labels",
                                   description=("Make a PDF of member cards, the weekly schedule, a till receipt, a Z "
                                                "report, a volunteer's hours, a thank-you certificate, shop labels or "
                                                "a maker's payout, and/or send it to a printer."))
    what = printing.add_subparsers(dest="print_command", metavar="WHAT", required=True)

    card = what.add_parser("card", help="a new card for one member", description=(
        "Issue a new card for the member and print it; the member's earlier card stops working."))
    card.add_argument("member_id", metavar="MEMBER_ID", help="the member's id (see: trefpuntje member list)")
    delivery_options(card)
    card.set_defaults(handler=cmd_print_card)

    cards = what.add_parser("cards", help="an A4 sheet of cards", description=(
        "Issue and print a card for every member who has no printed card yet: ten cards to an A4 page."))
    cards.add_argument("--new", action="store_true", required=True,
                       help="every member without a printed card (required)")
    delivery_options(cards)
    cards.set_defaults(handler=cmd_print_cards)

    schedule = what.add_parser("schedule", help="the weekly schedule", description=(
        "The week's activities, A4 landscape in large print."))
    schedule.add_argument("--week", metavar="YYYY-Www", help="the ISO week, like 2026-W49 (default: this week)")
    schedule.add_argument("--staff", action="store_true",
                          help="also list the first names of who signed up and who waits (not for the notice board)")
    delivery_options(schedule)
    schedule.set_defaults(handler=cmd_print_schedule)

    from trefpuntje.cli_till import register_print_commands  # receipt and z-report live with the till

    register_print_commands(what)
    from trefpuntje.cli_meals import register_print_commands as register_meal_print  # the cook's sheet

    register_meal_print(what)
    from trefpuntje.cli_hours import register_print_commands as register_hours_print  # hours and certificate

    register_hours_print(what)
    from trefpuntje.cli_shop import register_print_commands as register_shop_print  # labels and makers' payouts

    register_shop_print(what)

"""Volunteer hours on the command line.

    trefpuntje hours overview [--year 2026] [--json]     hours per task and month, volunteers, who also gives
    trefpuntje hours export --year 2026 -o hours.csv    the overview as CSV (--detail: one row per entry)
    trefpuntje hours caps [YEAR] [--per-hour 5,60 ...]  the tax-free allowance caps of a year, shown or set
    trefpuntje print hours MEMBER_ID --year 2026 -o hours.pdf
    trefpuntje print certificate MEMBER_ID --year 2026 -o cert.pdf

``register(commands)`` adds ``hours``; ``register_print_commands(what)`` adds the two
print commands to the ``print`` group made in cli_print.
"""

from __future__ import annotations

import argparse
import json
import os
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from trefpuntje.cli_print import EXIT_OK, Delivery, PrintContext, delivery_options
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP


def _year(text: str) -> int:
    if not text.isdigit() or not 2000 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"not a year like 2026: {text}")
    return int(text)


def _euros(text: str) -> int:
    from trefpuntje.core.cash import parse_euros

    try:
        return parse_euros(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount like 5,60: {text}") from None


def cmd_print_hours(ctx: PrintContext) -> int:
    from trefpuntje.core.hours_reports import hours_statement
    from trefpuntje.core.settings import get_setting
    from trefpuntje.printing.hours import render_hours_statement

    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        statement = hours_statement(session, member_id=ctx.args.member_id, year=ctx.args.year)
        pdf = render_hours_statement(statement, get_setting(session, "centre_name"), ctx.language)
    with delivery:
        delivery.deliver(pdf, f"Trefpuntje hours {statement.year}", private=True)  # one person's hours
    delivery.report(ctx)
    return EXIT_OK


def cmd_print_certificate(ctx: PrintContext) -> int:
    from trefpuntje.core.hours_reports import certificate_of
    from trefpuntje.core.settings import get_setting
    from trefpuntje.printing.certificate import render_certificate

    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        certificate = certificate_of(session, member_id=ctx.args.member_id, year=ctx.args.year)
        pdf = render_certificate(certificate, get_setting(session, "centre_name"), ctx.language)
    with delivery:
        delivery.deliver(pdf, f"Trefpuntje certificate {certificate.year}", private=True)
    delivery.report(ctx)
    return EXIT_OK


def cmd_hours_export(ctx: PrintContext) -> int:
    from trefpuntje.core.hours_reports import hours_csv

    target = Path(ctx.args.output).expanduser()
    if not target.resolve().parent.is_dir():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
                           folder=str(target.resolve().parent))
    with ctx.open().read() as session:
        text = hours_csv(session, year=ctx.args.year, detail=ctx.args.detail)
    staged = target.with_name(f".{target.name}.part")
    handle = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600 if ctx.args.detail else 0o666)
    with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
        file.write(text)
    os.replace(staged, target)  # a complete file or none: never half a CSV
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Saved in {path}.")).format(path=target))
    return EXIT_OK


def cmd_hours_overview(ctx: PrintContext) -> int:
    from trefpuntje.core.cash import euros
    from trefpuntje.core.hours_allowance import allowance_overview
    from trefpuntje.core.hours_reports import hours_overview, hours_text

    with ctx.open().read() as session:
        overview = hours_overview(session, year=ctx.args.year)
        allowance = allowance_overview(session, year=ctx.args.year)
    if ctx.args.json:
        print(json.dumps({
            "year": overview.year,
            "tasks": [{"task": t.name, "minutes": list(t.minutes), "total_minutes": t.total} for t in overview.tasks],
            "month_minutes": list(overview.month_totals), "total_minutes": overview.total_minutes,
            "active_per_month": list(overview.active_per_month), "active_volunteers": overview.active_volunteers,
            "visitors": overview.giving.visitors, "visitors_who_also_give": overview.giving.also_give,
            "visitors_who_also_give_percent": overview.giving.percent, "waiting_for_approval": overview.waiting,
            "flagged": overview.flagged, "caps_assumed": allowance.caps.assumed,
            "allowance": [{"member_id": str(line.member_id), "first_name": line.first_name,
                           "cents_per_hour": line.cents_per_hour, "year_cents": line.year_cents,
                           "warnings": [{"kind": w.kind.value, "level": w.level.value, "month": w.month,
                                         "amount_cents": w.amount_cents, "cap_cents": w.cap_cents}
                                        for w in line.warnings]} for line in allowance.lines],
        }, ensure_ascii=False, indent=2))
        return EXIT_OK
    for task in overview.tasks:
        print(f"{task.name:<28} {hours_text(task.total):>9}")
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Together: {hours} hours by {count} volunteers.")).format(
        hours=hours_text(overview.total_minutes), count=overview.active_volunteers))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Visitors who also volunteer or cook: {count} of {visitors} ({percent}%).")
                 ).format(count=overview.giving.also_give, visitors=overview.giving.visitors,
                          percent=overview.giving.percent))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Waiting for approval: {waiting}; forgotten clock-outs to correct: {flagged}.")
                 ).format(waiting=overview.waiting, flagged=overview.flagged))
    if allowance.caps.assumed:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "The allowance caps for {year} are not set; those of {figures} are used. "
                                              "Check them and set them: trefpuntje hours caps {year} ...")).format(
            year=allowance.caps.year, figures=allowance.caps.figures_year))
    for line in allowance.lines:
        for warning in line.warnings:
            print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Allowance of {name}: {amount} against the cap of {cap} "
                                                  "({kind}{month}): {level}.")).format(
                name=line.first_name, amount=euros(warning.amount_cents, ctx.language),
                cap=euros(warning.cap_cents, ctx.language), kind=warning.kind.value,
                month=f" {warning.month}" if warning.month else "", level=warning.level.value))
    return EXIT_OK


def cmd_hours_caps(ctx: PrintContext) -> int:
    from trefpuntje.core.cash import euros
    from trefpuntje.core.hours_allowance import caps_for_year, set_caps

    year = ctx.args.year or date.today().year
    figures = (ctx.args.per_hour, ctx.args.per_hour_under_21, ctx.args.per_month, ctx.args.per_year)
    database = ctx.open()
    if any(f is not None for f in figures):
        if any(f is None for f in figures):
            raise InvalidInput(QT_TRANSLATE_NOOP(
                "errors", "Give all four caps: --per-hour, --per-hour-under-21, --per-month and --per-year."))
        with database.write() as session:
            set_caps(session, year=year, hour_cents=figures[0], hour_cents_under_21=figures[1],
                     month_cents=figures[2], year_cents=figures[3], source=ctx.args.source or "",
                     now=datetime.now(UTC))
    with database.read() as session:
        caps = caps_for_year(session, year=year)
    money = lambda cents: euros(cents, ctx.language)  # noqa: E731
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Tax-free allowance caps {year}: {hour} an hour ({young} under 21), "
                                          "{month} a month, {whole} a year.")).format(
        year=year, hour=money(caps.hour_cents), young=money(caps.hour_cents_under_21), month=money(caps.month_cents),
        whole=money(caps.year_cents)))
    if caps.source:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Source: {source}")).format(source=caps.source))
    if caps.assumed:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Not set for {year}: these are the figures of {figures}.")).format(
            year=year, figures=caps.figures_year))
    return EXIT_OK


def register_print_commands(what: Any) -> None:
    """Add ``hours`` and ``certificate`` to the subparsers of ``trefpuntje print``."""
    this_year = date.today().year
    hours = what.add_parser("hours", help="a volunteer's hours of a year", description=(
        "A volunteer's counted hours of a year: monthly totals per task, on A4."))
    hours.add_argument("member_id", metavar="MEMBER_ID", help="the member's id (see: trefpuntje member list)")
    hours.add_argument("--year", type=_year, default=this_year, help="the year (default: this year)")
    delivery_options(hours)
    hours.set_defaults(handler=cmd_print_hours)

    certificate = what.add_parser("certificate", help="a thank-you certificate for a volunteer", description=(
        "A thank-you certificate with the year's hours, A4 landscape, to frame."))
    certificate.add_argument("member_id", metavar="MEMBER_ID", help="the member's id (see: trefpuntje member list)")
    certificate.add_argument("--year", type=_year, default=this_year, help="the year (default: this year)")
    delivery_options(certificate)
    certificate.set_defaults(handler=cmd_print_certificate)


def register(commands: Any) -> None:
    """Add ``hours`` to the subcommands of the ``trefpuntje`` parser."""
    this_year = date.today().year
    hours = commands.add_parser("hours", help="volunteer hours: overview, CSV export, allowance caps", description=(
        "Look at volunteer hours: the overview for coordinators, a CSV export, and the tax-free caps of the "
        "volunteer allowance."))
    actions = hours.add_subparsers(dest="hours_command", metavar="ACTION", required=True)

    overview = actions.add_parser("overview", help="hours per task, volunteers, who also gives", description=(
        "Hours per task, active volunteers, the share of visitors who also volunteer or cook, what waits for "
        "approval, and allowances that near a tax-free cap."))
    overview.add_argument("--year", type=_year, default=this_year, help="the year (default: this year)")
    overview.add_argument("--json", action="store_true", help="as JSON")
    overview.set_defaults(handler=cmd_hours_overview)

    export = actions.add_parser("export", help="the hours per task and month as CSV", description=(
        "Write the year's counted hours per task and month as CSV (comma-separated, UTF-8). With --detail, one "
        "row per entry with the volunteer's first name: keep that file private."))
    export.add_argument("--year", type=_year, default=this_year, help="the year (default: this year)")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="the CSV file to write")
    export.add_argument("--detail", action="store_true", help="one row per entry, naming the volunteer")
    export.set_defaults(handler=cmd_hours_export)

    caps = actions.add_parser("caps", help="show or set the tax-free allowance caps of a year", description=(
        "Show the tax-free caps of the volunteer allowance (vrijwilligersvergoeding) for YEAR, or set them as the "
        "Belastingdienst publishes them; amounts in euros, like 5,60."))
    caps.add_argument("year", nargs="?", type=_year, metavar="YEAR", help="the year (default: this year)")
    caps.add_argument("--per-hour", type=_euros, metavar="EUR", help="per hour, 21 and older")
    caps.add_argument("--per-hour-under-21", type=_euros, metavar="EUR", help="per hour, under 21")
    caps.add_argument("--per-month", type=_euros, metavar="EUR", help="per month")
    caps.add_argument("--per-year", type=_euros, metavar="EUR", help="per year")
    caps.add_argument("--source", metavar="TEXT", help="where the figures come from")
    caps.set_defaults(handler=cmd_hours_caps)

"""Neighbour meals on the command line.

    trefpuntje meals list [--all] [--json]         the offers still to come (all: past and called off too)
    trefpuntje meals payout [--month YYYY-MM] [--json]   the contributions collected, per cook
    trefpuntje print meal MEAL_ID -o cook.pdf      the cook's sheet

The command line is the office's: ``print meal`` makes the sheet for the meal's own
cook, with the diners' allergies, so its file is readable by its owner only and the
print job's title names no dish and nobody.

``register(commands)`` adds ``meals``; ``register_print_commands(what)`` adds ``meal``
to the ``print`` group (the subparsers made in cli_print).
"""

from __future__ import annotations

import argparse
import json
from datetime import UTC, date, datetime
from typing import Any

from trefpuntje.cli_print import EXIT_OK, Delivery, PrintContext, delivery_options
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

EVERYTHING = (date(2000, 1, 1), date(2199, 12, 30))  # the years Trefpuntje works with


def cmd_meals_list(ctx: PrintContext) -> int:
    from trefpuntje.core.activities import LOCAL
    from trefpuntje.core.meals import meals_between, upcoming_meals

    with ctx.open().read() as session:
        if ctx.args.all:
            meals = meals_between(session, first_day=EVERYTHING[0], last_day=EVERYTHING[1])
        else:
            meals = upcoming_meals(session, now=datetime.now(UTC))
    if ctx.args.json:
        print(json.dumps([{"id": str(m.id), "dish": m.dish, "date": m.day.isoformat(), "portions_left": m.portions_left}
                          for m in meals], ensure_ascii=False, indent=2))
        return EXIT_OK
    for m in meals:
        window = f"{m.pickup_start.astimezone(LOCAL):%H:%M}-{m.pickup_end.astimezone(LOCAL):%H:%M}"
        state = ctx.tr(QT_TRANSLATE_NOOP("cli", "called off")) if m.cancelled else ctx.tr(QT_TRANSLATE_NOOP(
            "cli", "{left} of {portions} left")).format(left=m.portions_left, portions=m.portions)
        print(f"{m.id}  {m.day.isoformat()} {window}  {m.dish:<34} {m.cook_name:<12} {state}")
    if not meals:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "No meals on offer.")))
    return EXIT_OK


def _month(value: str) -> tuple[int, int]:
    try:
        year, month = (int(part) for part in value.split("-"))
        date(year, month, 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month like 2026-11: {value}") from None
    return year, month


def cmd_meals_payout(ctx: PrintContext) -> int:
    from trefpuntje.core.cash import euros
    from trefpuntje.core.meals_pickup import cook_payouts

    today = date.today()
    year, month = ctx.args.month or (today.year, today.month)
    with ctx.open().read() as session:
        payouts = cook_payouts(session, year=year, month=month)
    if ctx.args.json:
        print(json.dumps([{"cook_id": str(p.cook_id), "cook": p.cook_name, "meals": p.meals, "portions": p.portions,
                           "amount_cents": p.amount_cents} for p in payouts], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Contributions collected in {month}, to pay to the cooks:")).format(
        month=f"{year}-{month:02d}"))
    for p in payouts:
        meals = ctx.tr(QT_TRANSLATE_NOOP("cli", "{meals} meals, {portions} portions collected")).format(
            meals=p.meals, portions=p.portions)
        print(f"  {p.cook_name:<16} {meals:<40} {euros(p.amount_cents, ctx.language):>12}")
    total = sum(p.amount_cents for p in payouts)
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Together: {total}.")).format(total=euros(total, ctx.language)))
    return EXIT_OK


def cmd_print_meal(ctx: PrintContext) -> int:
    from trefpuntje.core.meals import get_meal
    from trefpuntje.core.meals_sheet import cook_sheet
    from trefpuntje.core.settings import get_setting
    from trefpuntje.printing.meals import render_cook_sheet

    delivery = Delivery.from_args(ctx.args)
    now = datetime.now(UTC)
    with ctx.open().read() as session:
        meal = get_meal(session, ctx.args.meal_id)
        sheet = cook_sheet(session, meal_id=meal.id, asking_id=meal.cook_id, now=now)  # made for the cook
        pdf = render_cook_sheet(sheet, get_setting(session, "centre_name"), ctx.language, printed_at=now)
    with delivery:
        delivery.deliver(pdf, "Trefpuntje cook's sheet", private=True)  # names diners and their allergies
    delivery.report(ctx)
    return EXIT_OK


def register_print_commands(what: Any) -> None:
    """Add ``meal`` to the subparsers of ``trefpuntje print``."""
    meal = what.add_parser("meal", help="the cook's sheet of a neighbour meal", description=(
        "The cook's sheet of one meal: portions ordered and left, the diners' first names and the allergies that "
        "matter for the dish. It names people and their allergies: it is for the cook only."))
    meal.add_argument("meal_id", metavar="MEAL_ID", help="the meal's id (see: trefpuntje meals list)")
    delivery_options(meal)
    meal.set_defaults(handler=cmd_print_meal)


def register(commands: Any) -> None:
    """Add ``meals`` to the subcommands of the ``trefpuntje`` parser."""
    meals = commands.add_parser("meals", help="neighbour meals", description="Look at the neighbour meals.")
    actions = meals.add_subparsers(dest="meals_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the meals on offer", description=(
        "The meals still to come, with their pick-up time and the portions left."))
    listing.add_argument("--all", action="store_true", help="every meal, past and called off ones too")
    listing.add_argument("--json", action="store_true", help='as JSON: [{"id", "dish", "date", "portions_left"}]')
    listing.set_defaults(handler=cmd_meals_list)
    payout = actions.add_parser("payout", help="the contributions collected per cook in a month", description=(
        "Per cook, the meals held and the contributions collected for them in a month (however they were paid)."))
    payout.add_argument("--month", type=_month, metavar="YYYY-MM", help="the month (default: this month)")
    payout.add_argument("--json", action="store_true",
                        help='as JSON: [{"cook_id", "cook", "meals", "portions", "amount_cents"}]')
    payout.set_defaults(handler=cmd_meals_payout)

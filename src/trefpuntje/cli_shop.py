"""The giveaway shop on the command line, for the coordinator at the office PC.

    trefpuntje shop items [--status available] [--category toys] [--json]
    trefpuntje shop add --category clothing --title "Winterjas" [--price 2,50] [--photo jas.jpg] ...
    trefpuntje shop handmade --maker MEMBER_ID --title "Gebreide sjaal" --price 12,50 [--commission 10]
    trefpuntje shop change ITEM [--title ...] [--price 1,50] [--quantity 4] [--photo new.jpg] ...
    trefpuntje shop to-clear [--json]                 donated items on the shelf too long
    trefpuntje shop clear ITEM... --to kringloop      record that they went to the kringloop (or recycling)
    trefpuntje shop limit clothing 3|none             the fair-share rule of a category
    trefpuntje shop categories [--json]
    trefpuntje print label ITEM... -o label.pdf [--sheet]
    trefpuntje print payout MAKER_ID --month 2026-11 -o payout.pdf

An item is named by its id or the short code on its label. Everything is checked by
the shop's services before anything is written, so bad input gets a message and
saves nothing. ``register(commands)`` adds ``shop``; ``register_print_commands(what)``
adds ``label`` and ``payout`` to the ``print`` group made in cli_print.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trefpuntje.cli_print import EXIT_OK, Delivery, PrintContext, delivery_options
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from trefpuntje.core.shop import ItemView

PRICE_PROBLEM = QT_TRANSLATE_NOOP("errors", "A price is from 0 (free) to 1000 euros; it cannot be negative.")


def _price(text: str | None) -> int:
    """Euros as typed ("2,50", "2.50", "0"): cents, or a message in words."""
    from trefpuntje.core.cash import parse_euros

    if text is None:
        return 0
    try:
        return parse_euros(text)
    except ValueError:
        raise InvalidInput(PRICE_PROBLEM, value=text) from None


def _photo(path: str | None) -> bytes | None:
    if path is None:
        return None
    file = Path(path).expanduser()
    if not file.is_file():
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(file))
    return file.read_bytes()  # checked and scaled down by core/photos.py before anything is saved


def _shop_word(text: str, language: str) -> str:
    return translate("shop", text, language)


def _item_json(item: ItemView) -> dict[str, Any]:
    return {"id": str(item.id), "code": item.code, "title": item.title, "category": item.category,
            "status": item.status, "kind": item.kind, "condition": item.condition, "quantity": item.quantity,
            "on_shelf": item.on_shelf, "held": item.held, "price_cents": item.price_cents,
            "taken_in_at": item.taken_in_at.isoformat(), "has_photo": item.has_photo}


def _print_items(ctx: PrintContext, items: list[ItemView]) -> None:
    from trefpuntje.core.activities import LOCAL
    from trefpuntje.core.cash import euros
    from trefpuntje.core.shop_words import STATUS_NAMES, category_name

    for item in items:
        price = euros(item.price_cents, ctx.language) if item.price_cents else ctx.tr(QT_TRANSLATE_NOOP("cli", "free"))
        status = _shop_word(STATUS_NAMES[item.status], ctx.language)
        print(f"{item.code}  {item.taken_in_at.astimezone(LOCAL).date().isoformat()}  {status:<14} "
              f"{category_name(item.category, ctx.language):<18} {item.on_shelf:>3}/{item.quantity:<3} "
              f"{price:>10}  {item.title}")
    if not items:
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "No items.")))


def cmd_shop_items(ctx: PrintContext) -> int:
    from trefpuntje.core.shop import list_items

    with ctx.open().read() as session:
        items = list_items(session, status=ctx.args.status, category=ctx.args.category)
    if ctx.args.json:
        print(json.dumps([_item_json(i) for i in items], ensure_ascii=False, indent=2))
    else:
        _print_items(ctx, items)
    return EXIT_OK


def _report_new(ctx: PrintContext, item: ItemView) -> None:
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Taken in as {code}: {title}. Print its label with: trefpuntje print label "
                                          "{code} -o label.pdf")).format(code=item.code, title=item.title))
    print(item.id)


def cmd_shop_add(ctx: PrintContext) -> int:
    from trefpuntje.core.members import get_member
    from trefpuntje.core.shop import take_in

    price, photo = _price(ctx.args.price), _photo(ctx.args.photo)
    with ctx.open().write() as session:
        donor = get_member(session, ctx.args.donor).id if ctx.args.donor else None
        item = take_in(session, category=ctx.args.category, title=ctx.args.title, description=ctx.args.description,
                       condition=ctx.args.condition, quantity=ctx.args.quantity, price_cents=price, donor_id=donor,
                       photo=photo, now=datetime.now(UTC))
    _report_new(ctx, item)
    return EXIT_OK


def cmd_shop_handmade(ctx: PrintContext) -> int:
    from trefpuntje.core.members import get_member
    from trefpuntje.core.shop import add_handmade

    price, photo = _price(ctx.args.price), _photo(ctx.args.photo)
    with ctx.open().write() as session:
        maker = get_member(session, ctx.args.maker).id
        item = add_handmade(session, maker_id=maker, title=ctx.args.title, price_cents=price,
                            description=ctx.args.description, quantity=ctx.args.quantity,
                            commission_percent=ctx.args.commission, photo=photo, now=datetime.now(UTC))
    _report_new(ctx, item)
    return EXIT_OK


def cmd_shop_change(ctx: PrintContext) -> int:
    from trefpuntje.core.members import get_member
    from trefpuntje.core.shop_changes import KEEP, change_item

    args = ctx.args
    price = _price(args.price) if args.price is not None else None
    photo = _photo(args.photo)
    with ctx.open().write() as session:
        donor: object = KEEP
        if args.no_donor:
            donor = None
        elif args.donor:
            donor = get_member(session, args.donor).id
        item = change_item(session, item=args.item, title=args.title, description=args.description,
                           category=args.category, condition=args.condition, quantity=args.quantity,
                           price_cents=price, donor_id=donor, photo=photo, drop_photo=args.no_photo,
                           now=datetime.now(UTC))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Saved: {code} {title}, {on_shelf} of {quantity} on the shelf.")).format(
        code=item.code, title=item.title, on_shelf=item.on_shelf, quantity=item.quantity))
    return EXIT_OK


def cmd_shop_to_clear(ctx: PrintContext) -> int:
    from trefpuntje.core.settings import get_int
    from trefpuntje.core.shop_counter import items_to_clear

    with ctx.open().read() as session:
        items = items_to_clear(session, now=datetime.now(UTC))
        weeks = get_int(session, "shop_clear_after_weeks")
    if ctx.args.json:
        print(json.dumps([_item_json(i) for i in items], ensure_ascii=False, indent=2))
        return EXIT_OK
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "On the shelf for more than {weeks} weeks: {count}.")).format(
        weeks=weeks, count=len(items)))
    if items:
        _print_items(ctx, items)
        print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Clear them with: trefpuntje shop clear CODE ... --to kringloop")))
    return EXIT_OK


def cmd_shop_clear(ctx: PrintContext) -> int:
    from trefpuntje.core.shop import get_item
    from trefpuntje.core.shop_counter import clear_items

    with ctx.open().write() as session:
        ids = [get_item(session, item).id for item in ctx.args.items]
        cleared = clear_items(session, item_ids=ids, to=ctx.args.to, done_by_id=None, now=datetime.now(UTC))
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Cleared: {count} of {asked} (an item already gone is skipped).")).format(
        count=cleared, asked=len(ids)))
    return EXIT_OK


def cmd_shop_limit(ctx: PrintContext) -> int:
    from trefpuntje.core.shop import set_weekly_limit

    text = ctx.args.limit.strip().lower()
    if text in ("none", "geen", "-"):
        limit = None
    elif text.isdigit():
        limit = int(text)
    else:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A weekly limit is a number from 1 to 99, or none."))
    with ctx.open().write() as session:
        set_weekly_limit(session, category=ctx.args.category, limit=limit)
    return cmd_shop_categories(ctx)


def cmd_shop_categories(ctx: PrintContext) -> int:
    from trefpuntje.core.shop import categories
    from trefpuntje.core.shop_words import category_name

    with ctx.open().read() as session:
        shelves = categories(session)
    if getattr(ctx.args, "json", False):
        print(json.dumps([{"code": c.code, "name": category_name(c.code, ctx.language), "pictogram": c.pictogram,
                           "weekly_limit": c.weekly_limit, "on_shelf": c.on_shelf} for c in shelves],
                         ensure_ascii=False, indent=2))
        return EXIT_OK
    no_limit = ctx.tr(QT_TRANSLATE_NOOP("cli", "no limit"))
    a_week = ctx.tr(QT_TRANSLATE_NOOP("cli", "{limit} a week"))
    on_shelf = ctx.tr(QT_TRANSLATE_NOOP("cli", "{count} on the shelf"))
    for c in shelves:
        limit = a_week.format(limit=c.weekly_limit) if c.weekly_limit else no_limit
        print(f"{c.code:<12} {category_name(c.code, ctx.language):<22} {limit:<14} {on_shelf.format(count=c.on_shelf)}")
    return EXIT_OK


def cmd_print_label(ctx: PrintContext) -> int:
    from trefpuntje.core.shop import categories, item_view
    from trefpuntje.printing.shop import render_labels

    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        items = [item_view(session, item) for item in dict.fromkeys(ctx.args.items)]
        pictograms = {c.code: c.pictogram for c in categories(session)}
    pdf = render_labels(items, pictograms, ctx.language, sheet=ctx.args.sheet)
    with delivery:
        delivery.deliver(pdf, "Trefpuntje shop labels")
    print(ctx.tr(QT_TRANSLATE_NOOP("cli", "Labels: {codes}.")).format(codes=", ".join(i.code for i in items)))
    delivery.report(ctx)
    return EXIT_OK


def cmd_print_payout(ctx: PrintContext) -> int:
    from trefpuntje.core.settings import get_setting
    from trefpuntje.core.shop_makers import maker_payout, parse_month
    from trefpuntje.printing.shop import render_payout

    today = date.today()
    year, month = parse_month(ctx.args.month) if ctx.args.month else (today.year, today.month)
    delivery = Delivery.from_args(ctx.args)
    with ctx.open().read() as session:
        payout = maker_payout(session, maker_id=ctx.args.maker_id, year=year, month=month)
        pdf = render_payout(payout, get_setting(session, "centre_name"), ctx.language)
    with delivery:
        delivery.deliver(pdf, f"Trefpuntje payout {year}-{month:02d}", private=True)  # one person's money
    delivery.report(ctx)
    return EXIT_OK


def register_print_commands(what: Any) -> None:
    """Add ``label`` and ``payout`` to the subparsers of ``trefpuntje print``."""
    label = what.add_parser("label", help="labels for shop items", description=(
        "A small label (62 x 29 mm) for each item: its code in big letters, a QR code to scan at the counter, "
        "the title and the price. One label a page for a label printer, or A4 sheets with --sheet."))
    label.add_argument("items", nargs="+", metavar="ITEM", help="the item's code or id (see: trefpuntje shop items)")
    label.add_argument("--sheet", action="store_true", help="27 labels to an A4 sheet, to cut")
    delivery_options(label)
    label.set_defaults(handler=cmd_print_label)

    payout = what.add_parser("payout", help="a maker's payout statement of a month", description=(
        "What a neighbour's own work brought in through the till in a month, the centre's commission and what "
        "is owed to them, with lines to sign. It is one person's money: the file is readable by its owner only."))
    payout.add_argument("maker_id", metavar="MAKER_ID", help="the maker's member id (see: trefpuntje member list)")
    payout.add_argument("--month", metavar="YYYY-MM", help="the month, like 2026-11 (default: this month)")
    delivery_options(payout)
    payout.set_defaults(handler=cmd_print_payout)


def register(commands: Any) -> None:
    """Add ``shop`` to the subcommands of the ``trefpuntje`` parser."""
    shop = commands.add_parser("shop", help="the giveaway shop: items, intake, clearing, fair-share limits",
                               description="Look after the giveaway shop and the neighbour-made goods.")
    actions = shop.add_subparsers(dest="shop_command", metavar="ACTION", required=True)

    items = actions.add_parser("items", help="list the items", description=(
        "The items, newest first: code, intake date, status, category, units on the shelf, price, title."))
    items.add_argument("--status", choices=("available", "reserved", "gone", "cleared"))
    items.add_argument("--category", metavar="CODE", help="only this category (see: trefpuntje shop categories)")
    items.add_argument("--json", action="store_true",
                       help='as JSON: [{"id", "code", "title", "category", "status", ...}]')
    items.set_defaults(handler=cmd_shop_items)

    add = actions.add_parser("add", help="take in a donated item", description=(
        "Take in a donated item and print its code. Prices in euros, like 2,50; 0 (the default) is free."))
    add.add_argument("--category", required=True, metavar="CODE", help="clothing, kitchen, toys, books, ...")
    add.add_argument("--title", required=True, help="a few words: what it is")
    add.add_argument("--description", default="", help="more about it (size, colour, ...)")
    add.add_argument("--condition", default="good", metavar="new|good|fair", help="default: good")
    add.add_argument("--quantity", type=int, default=1, help="identical units (default 1)")
    add.add_argument("--price", metavar="EUR", help="the price of one unit (default: free)")
    add.add_argument("--donor", metavar="MEMBER_ID", help="the member who gave it, if known")
    add.add_argument("--photo", metavar="FILE", help="a photo (JPEG or PNG); stored scaled down")
    add.set_defaults(handler=cmd_shop_add)

    handmade = actions.add_parser("handmade", help="add a neighbour-made item to sell", description=(
        "Add something a neighbour made, sold for them through the till; the centre keeps a commission "
        "(the setting shop_commission_percent unless --commission is given)."))
    handmade.add_argument("--maker", required=True, metavar="MEMBER_ID", help="the member who made it")
    handmade.add_argument("--title", required=True)
    handmade.add_argument("--price", required=True, metavar="EUR", help="the price of one, like 12,50")
    handmade.add_argument("--description", default="")
    handmade.add_argument("--quantity", type=int, default=1)
    handmade.add_argument("--commission", type=int, metavar="PERCENT", help="0 to 100")
    handmade.add_argument("--photo", metavar="FILE")
    handmade.set_defaults(handler=cmd_shop_handmade)

    change = actions.add_parser("change", help="put an item right: words, category, condition, price, number, photo",
                                description=(
        "Change what is given and keep the rest. --quantity is the new total taken in: more units come in, or "
        "missing ones go, but never below those handed out or held. A neighbour's own work keeps its maker and "
        "commission; a cleared item is not changed."))
    change.add_argument("item", metavar="ITEM", help="the item's code or id")
    change.add_argument("--title")
    change.add_argument("--description")
    change.add_argument("--category", metavar="CODE")
    change.add_argument("--condition", metavar="new|good|fair")
    change.add_argument("--quantity", type=int, help="the new total of identical units")
    change.add_argument("--price", metavar="EUR", help="the price of one unit; 0 is free")
    donor = change.add_mutually_exclusive_group()
    donor.add_argument("--donor", metavar="MEMBER_ID")
    donor.add_argument("--no-donor", action="store_true", help="the donor is not known")
    photo = change.add_mutually_exclusive_group()
    photo.add_argument("--photo", metavar="FILE", help="a new photo (JPEG or PNG)")
    photo.add_argument("--no-photo", action="store_true", help="remove the photo")
    change.set_defaults(handler=cmd_shop_change)

    to_clear = actions.add_parser("to-clear", help="donated items on the shelf too long", description=(
        "Donated items still on the shelf after the setting shop_clear_after_weeks (8 by default), oldest first."))
    to_clear.add_argument("--json", action="store_true", help="as JSON, like shop items")
    to_clear.set_defaults(handler=cmd_shop_to_clear)

    clear = actions.add_parser("clear", help="record that items went to the kringloop or recycling", description=(
        "Record that what is left on the shelf of these items went to the kringloop or to recycling. Nothing is "
        "deleted; a unit someone reserved can still be collected."))
    clear.add_argument("items", nargs="+", metavar="ITEM", help="codes or ids")
    clear.add_argument("--to", required=True, choices=("kringloop", "recycling"))
    clear.set_defaults(handler=cmd_shop_clear)

    limit = actions.add_parser("limit", help="set a category's fair-share limit", description=(
        "The items of a category one member may take a week (reserved ones count too), or none for no limit."))
    limit.add_argument("category", metavar="CATEGORY")
    limit.add_argument("limit", metavar="N|none")
    limit.set_defaults(handler=cmd_shop_limit)

    shelves = actions.add_parser("categories", help="the categories and their limits", description=(
        "The categories in their kiosk order, with their fair-share limit and the items on the shelf."))
    shelves.add_argument("--json", action="store_true")
    shelves.set_defaults(handler=cmd_shop_categories)

"""Demo data for the giveaway shop: about thirty donated things over every category,
taken in over the last four months (so some wait for clearing, two already went to the
kringloop and recycling), a few with a photo, a reservation still held and one that
ran out, a wanted-list wish that an item came in for, hand-outs this week (Nel has had
two of her three pieces of clothing), and Amira's neighbour-made goods, two of which
were sold through the till after the last opening day's coffee corner closed.

A step for ``core.demo.DEMO_STEPS``, run last: it draws from a generator of its own,
so the other areas' demo data stays the same, and its till session comes after theirs.
The photos are drawn here (simple shapes with Pillow), so the demo stays quick.
"""

from __future__ import annotations

import io
import random
import uuid
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PIL import Image, ImageDraw
from sqlmodel import Session, select

from trefpuntje.core.activities import local_moment
from trefpuntje.core.demo_till import _opening_days
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import Member, Payment
from trefpuntje.core.shop import add_handmade, take_in
from trefpuntje.core.shop_counter import clear_items, hand_out
from trefpuntje.core.shop_reservations import release_expired, reserve
from trefpuntje.core.shop_wishes import add_wish
from trefpuntje.core.till import close_session, open_session
from trefpuntje.core.till_reports import x_report

if TYPE_CHECKING:
    from trefpuntje.core.demo import DemoResult  # demo.py imports this module for DEMO_STEPS

# days ago, category, title, description, condition, quantity, price in cents, donor, photo
Donation = tuple[int, str, str, str, str, int, int, str | None, str | None]
DONATIONS: list[Donation] = [
    (110, "other", "Vaas", "Blauw glas, een klein schilfertje.", "fair", 1, 0, None, None),
    (100, "furniture", "Bijzettafeltje", "Eiken, wat krasjes.", "fair", 1, 0, None, None),
    (90, "books", "Thrillers", "Nederlandse pockets.", "fair", 4, 0, "Gerrit", None),
    (80, "toys", "Ganzenbord", "Compleet, doos wat beschadigd.", "fair", 1, 0, None, None),
    (75, "other", "Fotolijstjes", "Voor foto's van 10 x 15 cm.", "good", 3, 0, None, None),
    (70, "clothing", "Zomerjurk met bloemen", "Maat 38.", "good", 1, 0, "Annie", None),
    (65, "kitchen", "Taartvorm", "Springvorm van 26 cm.", "fair", 1, 0, None, None),
    (60, "electronics", "Telefoonoplader", "USB-C, met snoer van 1 meter.", "good", 3, 0, None, None),
    (40, "furniture", "Boekenkastje", "Wit, 80 cm hoog.", "good", 1, 750, None, None),
    (35, "household", "Strijkijzer", "Met stoom.", "good", 1, 200, None, None),
    (30, "kitchen", "Waterkoker", "Werkt prima, net ontkalkt.", "good", 1, 200, "Henk", None),
    (25, "toys", "Duplo, grote doos", "Met bouwplaten.", "good", 1, 300, None, None),
    (20, "clothing", "Spijkerbroek", "Maat 32/32.", "fair", 1, 0, None, None),
    (18, "books", "Woordenboek Nederlands-Arabisch", "", "good", 1, 0, "Samir", "books"),
    (15, "kitchen", "Mokken", "Zes witte mokken.", "good", 6, 0, None, None),
    (14, "electronics", "Radio met cd-speler", "", "fair", 1, 0, None, None),
    (12, "toys", "Knuffelbeer", "Gewassen op 60 graden.", "good", 1, 0, None, None),
    (11, "household", "Handdoeken", "Ruime badmaat, lichtgrijs.", "good", 4, 0, "Truus", None),
    (10, "clothing", "Kinderlaarsjes maat 28", "Rood, nauwelijks gedragen.", "good", 1, 0, None, None),
    (9, "books", "Prentenboeken", "Voor peuters.", "good", 5, 0, None, None),
    (8, "electronics", "Staande lamp", "Met een nieuwe lamp erin.", "good", 1, 300, None, None),
    (7, "furniture", "Keukenstoel", "Grenen, stevig.", "good", 2, 500, None, "chair"),
    (6, "toys", "Houten puzzel", "Boerderijdieren, 24 stukjes.", "good", 1, 0, None, "puzzle"),
    (5, "clothing", "Wollen sjaals", "Drie kleuren.", "good", 3, 0, "Riet", None),
    (5, "other", "Fietsslot", "Met twee sleutels.", "good", 1, 0, None, None),
    (4, "kitchen", "Koekenpan", "28 cm, met antiaanbaklaag.", "good", 1, 0, None, "pan"),
    (3, "clothing", "Winterjas", "Maat 40, donkerblauw, warm gevoerd.", "good", 1, 0, "Riet", "coat"),
    (3, "household", "Dekbed", "Eenpersoons, gewassen.", "good", 1, 0, None, "duvet"),
    (2, "clothing", "Trui", "Maat L, grijze wol.", "good", 1, 0, "Henk", None),
    (2, "books", "Kookboek Marokkaanse keuken", "", "new", 1, 0, "Fatima", None),
    (1, "clothing", "Handschoenen", "Gevoerd, maat M.", "good", 2, 0, None, None),
]
# title, description, price in cents, quantity, photo
HANDMADE: list[tuple[str, str, int, int, str | None]] = [
    ("Gebreide sjaal", "Zachte wol, twee meter lang.", 1250, 3, "scarf"),
    ("Tasje van stoflapjes", "Met rits en voering.", 800, 2, None),
    ("Kerstkaarten, set van vijf", "Zelf gestempeld, met enveloppen.", 600, 5, None),
]
MAKER, VOLUNTEER, STAFF = "Amira", "Suus", "Ruud"
CLEARED = {"Vaas": "recycling", "Bijzettafeltje": "kringloop"}
COLOURS = [(232, 201, 160), (190, 214, 232), (214, 232, 190), (240, 214, 214), (226, 220, 240)]


def _picture(kind: str, rng: random.Random) -> bytes:
    """A simple drawing of the thing, as a phone photo would arrive: a PNG file."""
    image = Image.new("RGB", (480, 360), rng.choice(COLOURS))
    draw = ImageDraw.Draw(image)
    ink, fill = (60, 50, 45), (rng.randint(40, 160), rng.randint(40, 120), rng.randint(60, 180))
    if kind == "coat":
        draw.polygon([(180, 70), (300, 70), (340, 320), (140, 320)], fill=fill, outline=ink, width=4)
        draw.polygon([(180, 70), (110, 250), (145, 260), (190, 140)], fill=fill, outline=ink, width=4)
        draw.polygon([(300, 70), (370, 250), (335, 260), (290, 140)], fill=fill, outline=ink, width=4)
        draw.line([(240, 80), (240, 320)], fill=ink, width=3)
    elif kind == "pan":
        draw.ellipse([90, 90, 290, 290], fill=(70, 70, 75), outline=ink, width=6)
        draw.rectangle([285, 175, 430, 205], fill=(40, 30, 25))
    elif kind == "puzzle":
        for row in range(4):
            for col in range(6):
                colour = (rng.randint(80, 240), rng.randint(80, 240), rng.randint(40, 200))
                draw.rectangle([60 + col * 60, 60 + row * 60, 116 + col * 60, 116 + row * 60], fill=colour)
    elif kind == "books":
        for n in range(5):
            colour = (rng.randint(60, 200), rng.randint(40, 160), rng.randint(40, 160))
            draw.rectangle([110 + n * 10, 280 - n * 45, 370 - n * 8, 320 - n * 45], fill=colour, outline=ink, width=3)
    elif kind == "chair":
        wood = (170, 120, 70)
        draw.rectangle([170, 60, 300, 80], fill=wood)
        draw.rectangle([170, 60, 185, 330], fill=wood)
        draw.rectangle([285, 60, 300, 200], fill=wood)
        draw.rectangle([150, 190, 330, 215], fill=wood)
        draw.rectangle([315, 200, 330, 330], fill=wood)
    elif kind == "duvet":
        draw.rounded_rectangle([70, 70, 410, 300], radius=30, fill=(250, 250, 252), outline=ink, width=4)
        for x in range(110, 400, 40):
            draw.line([(x, 80), (x, 290)], fill=(190, 200, 220), width=3)
    else:  # a scarf
        for n in range(8):
            draw.rectangle([60 + n * 45, 140, 105 + n * 45, 220], fill=fill if n % 2 else (230, 230, 230))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def shop_demo(session: Session, result: DemoResult, week_start: date, rng: random.Random) -> None:
    del rng  # a generator of its own: adding the shop leaves every other area's demo as it was
    draw = random.Random(5)
    people = {m.first_name: m.id for m in session.exec(select(Member)).all()}
    today = week_start + timedelta(days=result.today_offset)

    def at(days_ago: int, hour: int, minute: int = 0) -> datetime:
        return local_moment(today - timedelta(days=days_ago), time(hour, minute))

    # This week's hand-outs: earlier this week, or first thing today on a Monday.
    this_week = at(1, 11) if result.today_offset > 0 else at(0, 0, 30)
    add_wish(session, member_id=people["Mei"], category="toys", words="puzzel", now=at(20, 10))
    add_wish(session, member_id=people["Samir"], category="furniture", words="bureau", now=at(12, 10))
    items: dict[str, uuid.UUID] = {}
    for days_ago, category, title, description, condition, quantity, price, donor, photo in DONATIONS:
        item = take_in(session, category=category, title=title, description=description, condition=condition,
                       quantity=quantity, price_cents=price, donor_id=people[donor] if donor else None,
                       photo=_picture(photo, draw) if photo else None, now=at(days_ago, 10, 15))
        items[title] = item.id
    for title, description, price, quantity, photo in HANDMADE:
        item = add_handmade(session, maker_id=people[MAKER], title=title, description=description, price_cents=price,
                            quantity=quantity, photo=_picture(photo, draw) if photo else None, now=at(21, 14))
        items[title] = item.id

    volunteer = people[VOLUNTEER]
    clear_items(session, item_ids=[items[t] for t in CLEARED if CLEARED[t] == "kringloop"], to="kringloop",
                done_by_id=None, now=at(6, 16))
    clear_items(session, item_ids=[items[t] for t in CLEARED if CLEARED[t] == "recycling"], to="recycling",
                done_by_id=None, now=at(6, 16))
    # Dmytro reserved the radio and did not come: it went back on the shelf.
    reserve(session, item_id=items["Radio met cd-speler"], member_id=people["Dmytro"], now=at(8, 11))
    handouts = 0
    for days_ago, title, member, quantity in ((12, "Knuffelbeer", "Truus", 1), (9, "Prentenboeken", "Yusuf", 2),
                                              (5, "Mokken", "Oksana", 2)):
        hand_out(session, item_id=items[title], member_id=people[member], done_by_id=volunteer, quantity=quantity,
                 now=at(days_ago, 11))
        handouts += 1
    for title in ("Handschoenen", "Wollen sjaals"):  # Nel: two of her three pieces of clothing this week
        hand_out(session, item_id=items[title], member_id=people["Nel"], done_by_id=volunteer, now=this_week)
        handouts += 1
    release_expired(session, now=this_week)
    # Layla reserved the frying pan yesterday; it waits for her at the counter.
    reserve(session, item_id=items["Koekenpan"], member_id=people["Layla"], now=at(1, 14))
    handouts += _handmade_sales(session, result, week_start, people, items)
    result.counts[QT_TRANSLATE_NOOP("cli", "shop items")] = len(items)
    result.counts[QT_TRANSLATE_NOOP("cli", "shop hand-outs")] = handouts


def _handmade_sales(session: Session, result: DemoResult, week_start: date, people: dict[str, uuid.UUID],
                    items: dict[str, uuid.UUID]) -> int:
    """After the last opening day's coffee corner closed, the till opened again for a
    little sale of neighbour-made goods: a scarf for cash, two card sets by card."""
    day = _opening_days(week_start, result.today_offset)[-1]
    seller = people[VOLUNTEER]
    till = open_session(session, opened_by_id=seller, float_cents=5000, now=local_moment(day, time(16, 15)))
    hand_out(session, item_id=items["Gebreide sjaal"], member_id=None, done_by_id=seller, payment=Payment.CASH,
             cash_received_cents=2000, till_session_id=till.id, now=local_moment(day, time(16, 20)))
    hand_out(session, item_id=items["Kerstkaarten, set van vijf"], member_id=people["Riet"], done_by_id=seller,
             quantity=2, payment=Payment.CARD, till_session_id=till.id, now=local_moment(day, time(16, 30)))
    closing = local_moment(day, time(16, 45))
    expected = x_report(session, till_session_id=till.id, now=closing).expected_cash_cents
    close_session(session, till_session_id=till.id, counted_cash_cents=expected, closed_by_id=seller, now=closing)
    return 2


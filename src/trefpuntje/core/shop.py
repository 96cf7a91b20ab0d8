"""The giveaway shop ("2e hands, 2e kans"): taking things in, and what the kiosk shows.

A volunteer takes in a donated item (``take_in``) in under half a minute: a category,
a few words, its condition, maybe a photo, a quantity and a price (0 is free). A
neighbour's own work is taken in with ``add_handmade``: it has a maker, a price and a
commission, and is sold for them through the till. Each item gets a short code for
its label (``trefpuntje print label``), typed or scanned at the counter.

What anyone may see of an item (``ItemCard``) never names its donor or maker.
Reserving is in ``core/shop_reservations.py``, the wanted list in
``core/shop_wishes.py``, handing out and clearing in ``core/shop_counter.py``, makers'
payouts in ``core/shop_makers.py``.

Every function is one step of the caller's transaction and checks everything before
it writes, so nothing half-done is saved.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import exists
from sqlmodel import Session, col, func, select

from trefpuntje.core.audit import record_staff
from trefpuntje.core.checks import check_moment, one_line, whole
from trefpuntje.core.errors import InvalidInput, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Product
from trefpuntje.core.models.shop import (Condition, ItemKind, ReservationStatus, ShopCategory, ShopItem, ShopPhoto,
                                         ShopReservation)
from trefpuntje.core.permissions import require
from trefpuntje.core.photos import PreparedPhoto, prepare_photo
from trefpuntje.core.settings import get_int
from trefpuntje.core.till_products import SHOP_PRODUCTS
from trefpuntje.core.shop_wishes import match_wishes
from trefpuntje.core.shop_words import category_code
from trefpuntje.db.types import utcnow

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"  # no 0/O, 1/I/L or U/V mix-ups when typed from a label
CODE_LENGTH = 6  # 30**6: 729 million codes
LABEL_PREFIX = "TPITEM-"  # on the label's QR code, so a scan is never taken for a member's card
TITLE_MAX = 60
DESCRIPTION_MAX = 300
MAX_QUANTITY = 500
MAX_PRICE_CENTS = 100_000
HANDMADE_CATEGORY = "handmade"
SHOP_PRODUCT_CATEGORY = SHOP_PRODUCTS  # the till category of the items' own (retired) products


@dataclass(frozen=True)
class CategoryView:
    code: str
    pictogram: str
    weekly_limit: int | None
    on_shelf: int  # items (not units) there to be had


@dataclass(frozen=True)
class ItemCard:
    """What anyone may see of an item: never its donor or maker."""

    id: uuid.UUID
    code: str
    kind: str
    category: str
    title: str
    description: str
    condition: str
    price_cents: int
    on_shelf: int
    taken_in_at: datetime
    thumbnail: bytes | None  # JPEG, at most 240 px a side


@dataclass(frozen=True)
class ItemView:
    """An item as staff see it, with its state."""

    id: uuid.UUID
    code: str
    kind: str
    category: str
    title: str
    description: str
    condition: str
    quantity: int
    on_shelf: int
    held: int  # units reserved for someone
    price_cents: int
    donor_id: uuid.UUID | None
    maker_id: uuid.UUID | None
    commission_percent: int | None
    taken_in_at: datetime
    cleared_at: datetime | None
    cleared_to: str | None
    has_photo: bool

    @property
    def status(self) -> str:
        """available, reserved (only held units left), gone (all handed out) or cleared."""
        if self.on_shelf:
            return "available"
        if self.held:
            return "reserved"
        return "cleared" if self.cleared_at is not None else "gone"


@dataclass(frozen=True)
class ShelfPage:
    items: list[ItemCard]
    total: int  # items on this shelf, over all pages


def label_payload(code: str) -> str:
    """What an item's label QR code says."""
    return LABEL_PREFIX + code


def parse_item_code(scanned: str) -> str | None:
    """The item code in a scan of a label or in what someone typed, or None."""
    text = "".join(scanned.split()).upper().removeprefix(LABEL_PREFIX)
    if len(text) != CODE_LENGTH or not set(text) <= set(CODE_ALPHABET):
        return None
    return text


def _new_code(session: Session) -> str:
    while True:
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
        if session.exec(select(ShopItem.id).where(ShopItem.code == code)).first() is None:
            return code


def categories(session: Session) -> list[CategoryView]:
    """The shelves in their kiosk order, with how many items each has to be had."""
    counts = dict(session.exec(select(ShopItem.category, func.count())  # type: ignore[call-overload]
                               .where(ShopItem.on_shelf > 0).group_by(ShopItem.category)).all())
    rows = session.exec(select(ShopCategory).order_by(col(ShopCategory.position), col(ShopCategory.code))).all()
    return [CategoryView(c.code, c.pictogram, c.weekly_limit, counts.get(c.code, 0)) for c in rows]


def get_category(session: Session, code: str) -> ShopCategory:
    key = category_code(code)
    category = session.get(ShopCategory, key) if key is not None else None
    if category is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no shop category {code}. Known: {known}."), code=code,
                       known=", ".join(c.code for c in categories(session)))
    return category


def set_weekly_limit(session: Session, *, category: str, limit: int | None, done_by_id: uuid.UUID | None = None) -> None:
    """The fair-share rule of a category: items one member may take a week (None: no limit)."""
    if done_by_id is not None:
        require(session, done_by_id, "shop.makers")
    row = get_category(session, category)
    if limit is not None and (not whole(limit) or not 1 <= limit <= 99):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A weekly limit is a number from 1 to 99, or none."))
    row.weekly_limit = limit
    session.add(row)
    session.flush()
    record_staff(session, actor_id=done_by_id, action="shop.limit", subject=row.code, details={"limit": limit})



def check_words(title: str, description: str) -> tuple[str, str]:
    title, description = one_line(title), one_line(description)
    if not title:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say in a few words what it is (for example: winter coat)."))
    if len(title) > TITLE_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The short description is at most {limit} characters."),
                           limit=TITLE_MAX)
    if len(description) > DESCRIPTION_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The longer description is at most {limit} characters."),
                           limit=DESCRIPTION_MAX)
    return title, description


def check_numbers(quantity: int, price_cents: int) -> None:
    if not whole(quantity) or not 1 <= quantity <= MAX_QUANTITY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The number of items is a whole number from 1 to {limit}."),
                           limit=MAX_QUANTITY)
    if not whole(price_cents) or not 0 <= price_cents <= MAX_PRICE_CENTS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A price is from 0 (free) to 1000 euros; it cannot be "
                                                       "negative."))


def check_condition(value: str) -> str:
    try:
        return Condition(str(value).strip().lower()).value
    except ValueError:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The condition is one of: {known}."), value=value,
                           known=", ".join(c.value for c in Condition)) from None


def _store(session: Session, item: ShopItem, photo: PreparedPhoto | None, actor: uuid.UUID | None) -> ItemView:
    session.add(item)
    session.flush()
    if photo is not None:
        session.add(ShopPhoto(item_id=item.id, data=photo.data, thumbnail=photo.thumbnail))
        session.flush()
    match_wishes(session, item=item)
    record_staff(session, actor_id=actor, action="shop.intake", subject=item.id,
                 details={"quantity": item.quantity, "price_cents": item.price_cents})
    return item_view(session, item.id)


def take_in(session: Session, *, category: str, title: str, description: str = "", condition: str = "good",
            quantity: int = 1, price_cents: int = 0, donor_id: uuid.UUID | None = None, photo: bytes | None = None,
            taken_in_by_id: uuid.UUID | None = None, now: datetime | None = None) -> ItemView:
    """Record a donated item: ``quantity`` identical units, free or at ``price_cents``
    each. ``photo``: the bytes of a picture file, checked and scaled down here."""
    now = check_moment(now) if now is not None else utcnow()
    if taken_in_by_id is not None:
        require(session, taken_in_by_id, "shop.intake")
    shelf = get_category(session, category)
    if shelf.code == HANDMADE_CATEGORY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Things neighbours made to sell are taken in as "
                                                       "neighbour-made goods, with their maker."))
    title, description = check_words(title, description)
    check_numbers(quantity, price_cents)
    state = check_condition(condition)
    if donor_id is not None:
        get_member(session, donor_id)
    prepared = prepare_photo(photo) if photo is not None else None  # refused before anything is written
    item = ShopItem(code=_new_code(session), kind=ItemKind.DONATED.value, category=shelf.code, title=title,
                    description=description, condition=state, quantity=quantity, on_shelf=quantity,
                    price_cents=price_cents, donor_id=donor_id, taken_in_at=now, taken_in_by_id=taken_in_by_id)
    return _store(session, item, prepared, taken_in_by_id)


def add_handmade(session: Session, *, maker_id: uuid.UUID, title: str, price_cents: int, description: str = "",
                 quantity: int = 1, commission_percent: int | None = None, photo: bytes | None = None,
                 done_by_id: uuid.UUID | None = None, now: datetime | None = None) -> ItemView:
    """A neighbour's own work, exhibited and sold for them through the till. The centre
    keeps ``commission_percent`` of each sale (the setting ``shop_commission_percent``
    when not given)."""
    now = check_moment(now) if now is not None else utcnow()
    if done_by_id is not None:
        require(session, done_by_id, "shop.makers")
    get_member(session, maker_id)
    title, description = check_words(title, description)
    check_numbers(quantity, price_cents)
    if price_cents == 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Neighbour-made goods are sold: give a price."))
    if commission_percent is None:
        commission_percent = get_int(session, "shop_commission_percent")
    if not whole(commission_percent) or not 0 <= commission_percent <= 100:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A commission is a percentage from 0 to 100."))
    prepared = prepare_photo(photo) if photo is not None else None
    item = ShopItem(code=_new_code(session), kind=ItemKind.HANDMADE.value, category=HANDMADE_CATEGORY, title=title,
                    description=description, condition=Condition.NEW.value, quantity=quantity, on_shelf=quantity,
                    price_cents=price_cents, maker_id=maker_id, commission_percent=commission_percent,
                    taken_in_at=now, taken_in_by_id=done_by_id)
    session.add(item)
    session.flush()
    item.product_id = _own_product(session, item, now).id
    return _store(session, item, prepared, done_by_id)


def _own_product(session: Session, item: ShopItem, now: datetime) -> Product:
    """The item's till product (retired: it is sold through the shop counter only)."""
    product = Product(name=item.title, pictogram="shop", category=SHOP_PRODUCT_CATEGORY,
                      price_cents=item.price_cents, vat_rate_percent=21, retired_at=now)
    session.add(product)
    session.flush()
    return product


def item_product(session: Session, item: ShopItem, now: datetime) -> Product:
    """The item's till product, made at its first sale."""
    product = session.get(Product, item.product_id) if item.product_id is not None else None
    if product is None:
        product = _own_product(session, item, now)
        item.product_id = product.id
        session.add(item)
        session.flush()
    return product


def parse_item_id(value: uuid.UUID | str) -> uuid.UUID | None:
    if isinstance(value, uuid.UUID):
        return value
    try:
        return uuid.UUID(str(value).strip())
    except ValueError:
        return None


def get_item(session: Session, item: uuid.UUID | str, *, lock: bool = False) -> ShopItem:
    """An item by its id, its code, or a scan of its label."""
    key = parse_item_id(item)
    found = session.get(ShopItem, key, with_for_update=lock) if key is not None else None
    if found is None and key is None:
        code = parse_item_code(str(item))
        if code is not None:
            found = session.exec(select(ShopItem).where(ShopItem.code == code)).first()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No shop item {code}. Check the code on its label."), code=item)
    return found


def _held_counts(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, int]:
    if not ids:
        return {}
    return dict(session.exec(select(ShopReservation.item_id, func.count())  # type: ignore[call-overload]
                             .where(col(ShopReservation.item_id).in_(ids),
                                    ShopReservation.status == ReservationStatus.HELD.value)
                             .group_by(ShopReservation.item_id)).all())


def _views(session: Session, items: list[ShopItem]) -> list[ItemView]:
    ids = [i.id for i in items]
    held = _held_counts(session, ids)
    photos = set(session.exec(select(ShopPhoto.item_id).where(col(ShopPhoto.item_id).in_(ids))).all()) if ids else set()
    return [ItemView(i.id, i.code, i.kind, i.category, i.title, i.description, i.condition, i.quantity, i.on_shelf,
                     held.get(i.id, 0), i.price_cents, i.donor_id, i.maker_id, i.commission_percent, i.taken_in_at,
                     i.cleared_at, i.cleared_to, i.id in photos) for i in items]


def item_view(session: Session, item: uuid.UUID | str) -> ItemView:
    return _views(session, [get_item(session, item)])[0]


STATUSES = ("available", "reserved", "gone", "cleared")


def list_items(session: Session, *, status: str | None = None, category: str | None = None) -> list[ItemView]:
    """Items as staff see them, newest first; ``status`` one of STATUSES."""
    if status is not None and status not in STATUSES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A status is one of: {known}."), known=", ".join(STATUSES))
    query = select(ShopItem)
    if category is not None:
        query = query.where(ShopItem.category == get_category(session, category).code)
    held = exists().where(ShopReservation.item_id == ShopItem.id, ShopReservation.status == ReservationStatus.HELD.value)
    if status == "available":
        query = query.where(ShopItem.on_shelf > 0)
    elif status == "reserved":
        query = query.where(ShopItem.on_shelf == 0, held)
    elif status == "gone":
        query = query.where(ShopItem.on_shelf == 0, ~held, col(ShopItem.cleared_at).is_(None))
    elif status == "cleared":
        query = query.where(ShopItem.on_shelf == 0, ~held, col(ShopItem.cleared_at).is_not(None))
    items = list(session.exec(query.order_by(col(ShopItem.taken_in_at).desc(), col(ShopItem.code))).all())
    return _views(session, items)


_SHELF_COLUMNS = (ShopItem.id, ShopItem.code, ShopItem.kind, ShopItem.category, ShopItem.title, ShopItem.description,
                  ShopItem.condition, ShopItem.price_cents, ShopItem.on_shelf, ShopItem.taken_in_at)


def shelf(session: Session, *, category: str, limit: int = 12, offset: int = 0) -> ShelfPage:
    """A kiosk page of one category: items there to be had, newest first, with their
    thumbnails (never the full photo) and never a donor's or maker's name."""
    code = get_category(session, category).code
    if not whole(limit) or not 1 <= limit <= 100 or not whole(offset) or not 0 <= offset <= 10_000_000:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A page holds 1 to 100 items."))
    where = (ShopItem.category == code, ShopItem.on_shelf > 0)
    total = session.exec(select(func.count()).select_from(ShopItem).where(*where)).one()  # type: ignore[call-overload]
    rows = session.exec(select(*_SHELF_COLUMNS, ShopPhoto.thumbnail)  # type: ignore[call-overload]
                        .outerjoin(ShopPhoto, col(ShopPhoto.item_id) == ShopItem.id).where(*where)
                        .order_by(col(ShopItem.taken_in_at).desc(), col(ShopItem.code))
                        .limit(limit).offset(offset)).all()
    return ShelfPage([ItemCard(*row) for row in rows], total[0] if isinstance(total, tuple) else total)


def item_card(session: Session, item: uuid.UUID | str) -> ItemCard:
    found = get_item(session, item)
    photo = session.get(ShopPhoto, found.id)
    return ItemCard(found.id, found.code, found.kind, found.category, found.title, found.description,
                    found.condition, found.price_cents, found.on_shelf, found.taken_in_at,
                    photo.thumbnail if photo is not None else None)


def item_photo(session: Session, item: uuid.UUID | str) -> bytes | None:
    """The full photo (JPEG) of an item, or None."""
    photo = session.get(ShopPhoto, get_item(session, item).id)
    return photo.data if photo is not None else None

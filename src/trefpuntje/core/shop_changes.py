"""Putting an item right after it was taken in: a typo in its words, the wrong shelf
or condition, another price, a photo, or more (or fewer) identical units than first
counted. Only what is given changes; everything is checked before anything is written.

The number of units is changed by how many came in or went missing, in one conditional
UPDATE: units already handed out or held for someone stay counted, and a hand-out at
another terminal at the same moment can never drive the shelf below zero. A cleared
item is history and is not changed. Every change is in the audit log (which fields,
never the words themselves: a description may name someone).
"""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, update
from sqlmodel import Session, col

from trefpuntje.core.audit import record_staff
from trefpuntje.core.checks import check_moment
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models import Product
from trefpuntje.core.models.shop import ItemKind, ShopItem, ShopPhoto
from trefpuntje.core.permissions import require
from trefpuntje.core.photos import prepare_photo
from trefpuntje.core.shop import (HANDMADE_CATEGORY, ItemView, check_condition, check_numbers, check_words,
                                  get_category, get_item, item_view)
from trefpuntje.core.shop_wishes import match_wishes
from trefpuntje.db.types import utcnow

KEEP: object = object()  # "leave as it is", for the values where None means something (no donor)


def change_item(session: Session, *, item: uuid.UUID | str, title: str | None = None,
                description: str | None = None, category: str | None = None, condition: str | None = None,
                quantity: int | None = None, price_cents: int | None = None, donor_id: object = KEEP,
                photo: bytes | None = None, drop_photo: bool = False,
                done_by_id: uuid.UUID | None = None, now: datetime | None = None) -> ItemView:
    """Change what is given of ``item`` (its id, code or a scan of its label).

    ``quantity`` is the new total of units ever taken in; ``donor_id`` None says the
    donor is not known; ``photo`` (a picture file's bytes) replaces the photo and
    ``drop_photo`` removes it. Donated items may be changed by volunteers, a
    neighbour's own work by staff; its maker and commission are the agreement its
    sales were made under (a payout reads them) and are not changed here.
    """
    now = check_moment(now) if now is not None else utcnow()
    found = get_item(session, item, lock=True)
    handmade = found.kind == ItemKind.HANDMADE.value
    if done_by_id is not None:
        require(session, done_by_id, "shop.makers" if handmade else "shop.intake")
    if found.cleared_at is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{title} was cleared from the shop and is not changed any more."),
                         title=found.title)
    changed: set[str] = set()
    new_title, new_description = check_words(found.title if title is None else title,
                                             found.description if description is None else description)
    new_quantity = found.quantity if quantity is None else quantity
    new_price = found.price_cents if price_cents is None else price_cents
    check_numbers(new_quantity, new_price)
    new_category = found.category
    if category is not None:
        new_category = get_category(session, category).code
        if (new_category == HANDMADE_CATEGORY) != handmade:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Neighbour-made goods stay on their own shelf, and donated "
                                                           "things stay off it."))
    new_condition = found.condition if condition is None else check_condition(condition)
    if handmade and new_price == 0:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Neighbour-made goods are sold: give a price."))
    new_donor = found.donor_id
    if donor_id is not KEEP:
        if handmade and donor_id is not None:
            raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Neighbour-made goods have a maker, not a donor."))
        if donor_id is not None:
            new_donor = get_member(session, donor_id).id  # type: ignore[arg-type]
        else:
            new_donor = None
    prepared = prepare_photo(photo) if photo is not None else None  # refused before anything is written

    for name, old, new in (("title", found.title, new_title), ("description", found.description, new_description),
                           ("category", found.category, new_category), ("condition", found.condition, new_condition),
                           ("price_cents", found.price_cents, new_price), ("donor", found.donor_id, new_donor)):
        if old != new:
            changed.add(name)
    if new_quantity != found.quantity:
        _change_units(session, found, new_quantity - found.quantity)
        changed.add("quantity")
    found.title, found.description, found.category, found.condition = (new_title, new_description, new_category,
                                                                       new_condition)
    found.price_cents, found.donor_id = new_price, new_donor
    session.add(found)
    session.flush()
    if found.product_id is not None and {"title", "price_cents"} & changed:
        product = session.get(Product, found.product_id)  # the till product it is sold as, from now on
        if product is not None:
            product.name, product.price_cents = new_title, new_price
            session.add(product)
    if prepared is not None:
        session.merge(ShopPhoto(item_id=found.id, data=prepared.data, thumbnail=prepared.thumbnail))
        changed.add("photo")
    elif drop_photo:
        if session.exec(delete(ShopPhoto).where(col(ShopPhoto.item_id) == found.id)).rowcount:  # type: ignore[call-overload]
            changed.add("photo")
    session.flush()
    if changed & {"title", "description", "category"} and found.on_shelf > 0:
        match_wishes(session, item=found)  # a wish the corrected words now answer
    if changed:
        record_staff(session, actor_id=done_by_id, action="shop.change", subject=found.id,
                     details={"fields": sorted(changed), "quantity": new_quantity})
    return item_view(session, found.id)


def _change_units(session: Session, item: ShopItem, more: int) -> None:
    """Put ``more`` units on the shelf (fewer when negative), never below what is there."""
    result = session.exec(update(ShopItem)  # type: ignore[call-overload]
                          .where(col(ShopItem.id) == item.id, col(ShopItem.on_shelf) + more >= 0)
                          .values(on_shelf=ShopItem.on_shelf + more, quantity=ShopItem.quantity + more))
    if result.rowcount != 1:
        session.refresh(item)
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "{gone} of {title} were handed out or are held for someone: the "
                                                     "number can be {least} at the least."),
                         gone=item.quantity - item.on_shelf, title=item.title, least=item.quantity - item.on_shelf)
    session.refresh(item)

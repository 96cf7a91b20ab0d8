"""The till's price list: products on the grid, their prices, VAT rates and strips,
and retiring a product without touching its history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, func, select

from trefpuntje.core.audit import record
from trefpuntje.core.cash import AmountRefused, Cents
from trefpuntje.core.checks import check_moment, check_pictogram, one_line
from trefpuntje.core.errors import InvalidInput, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models.till import VAT_RATES, Product
from trefpuntje.core.permissions import require
from trefpuntje.db.types import utcnow

MAX_PRICE_CENTS = 100_000
MAX_NAME = 60  # the columns' sizes (core/models/till.py)
MAX_CATEGORY = 40
MAX_STRIPS = 999  # as the price list offers
MAX_SORT_ORDER = 1_000_000
# Till categories of products that are never on the grid and not on the price list:
# each neighbour meal and each priced shop item is sold under a retired product of its
# own, only through its own screen (core/till_counter.py).
MEAL_PRODUCTS = "meals"
SHOP_PRODUCTS = "shop"
OFF_GRID_CATEGORIES = (MEAL_PRODUCTS, SHOP_PRODUCTS)

# The pictograms a product can have on the till grid (files in resources/pictograms/).
PRODUCT_PICTOGRAMS: tuple[str, ...] = (
    "coffee", "tea", "hot_chocolate", "soft_drink", "water", "cake", "cookie", "soup", "sandwich", "fruit",
    "postcard", "soap", "gift", "card",
)


def _staff(session: Session, done_by_id: uuid.UUID | None) -> None:
    """``done_by_id``: who changes the price list in staff mode (None: the command line or
    a step of another service, e.g. a meal's product); they need ``price_list.edit``."""
    if done_by_id is not None:
        require(session, done_by_id, "price_list.edit")


def _record(session: Session, done_by_id: uuid.UUID | None, action: str, product: Product, **details: Any) -> None:
    if done_by_id is not None:
        record(session, actor_id=done_by_id, action=action, subject=product.id, details=details or None)


def _check_category(category: str) -> str:
    category = one_line(category)
    if len(category) > MAX_CATEGORY:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A category is at most {limit} characters."), limit=MAX_CATEGORY)
    return category


def _check_product(name: str, price_cents: int, vat_rate_percent: int, strips: int | None,
                   grants_strips: int | None) -> str:
    name = one_line(name)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A product needs a name."))
    if len(name) > MAX_NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A product name is at most {limit} characters."), limit=MAX_NAME)
    if not isinstance(price_cents, int) or isinstance(price_cents, bool) or not 0 <= price_cents <= MAX_PRICE_CENTS:
        raise AmountRefused(QT_TRANSLATE_NOOP("errors", "A price is at least 0 and at most {limit}."),
                            limit=Cents(MAX_PRICE_CENTS))
    if vat_rate_percent not in VAT_RATES:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "The VAT rate is 9 or 21 percent."))
    if (strips is not None and strips < 1) or (grants_strips is not None and grants_strips < 1):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A number of strips is at least 1."))
    if (strips or 0) > MAX_STRIPS or (grants_strips or 0) > MAX_STRIPS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A number of strips is at most {limit}."), limit=MAX_STRIPS)
    return name


def _check_place_on_grid(pictogram: str, sort_order: int) -> None:
    check_pictogram(pictogram)
    if not -MAX_SORT_ORDER <= sort_order <= MAX_SORT_ORDER:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A place on the grid is a number up to {limit}."),
                           limit=MAX_SORT_ORDER)


def add_product(session: Session, *, name: str, price_cents: int, vat_rate_percent: int = 9, pictogram: str = "coffee",
                category: str = "", strips: int | None = None, grants_strips: int | None = None,
                sort_order: int = 0, done_by_id: uuid.UUID | None = None) -> Product:
    """A product on the grid. ``strips``: what it costs on a coffee card (None: not for
    strips). ``grants_strips``: this product is a coffee card with that many strips."""
    _staff(session, done_by_id)
    name = _check_product(name, price_cents, vat_rate_percent, strips, grants_strips)
    _check_place_on_grid(pictogram, sort_order)
    product = Product(name=name, price_cents=price_cents, vat_rate_percent=vat_rate_percent, pictogram=pictogram,
                      category=_check_category(category), strips=strips, grants_strips=grants_strips, sort_order=sort_order)
    session.add(product)
    session.flush()
    _record(session, done_by_id, "price_list.add", product, price_cents=price_cents)
    return product


def get_product(session: Session, product_id: uuid.UUID) -> Product:
    product = session.get(Product, product_id)
    if product is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "No product with id {id}."), id=product_id)
    return product


def change_product(session: Session, *, product_id: uuid.UUID, done_by_id: uuid.UUID | None = None,
                   **changes: Any) -> Product:
    """Change the price, VAT rate, name, pictogram, category, strips or order. Sales
    already made keep what they recorded."""
    allowed = {"name", "price_cents", "vat_rate_percent", "pictogram", "category", "strips", "grants_strips", "sort_order"}
    if set(changes) - allowed:
        raise TypeError(f"unknown product fields: {sorted(set(changes) - allowed)}")
    _staff(session, done_by_id)
    product = get_product(session, product_id)
    merged = {field: changes.get(field, getattr(product, field)) for field in allowed}
    merged["name"] = _check_product(merged["name"], merged["price_cents"], merged["vat_rate_percent"],
                                    merged["strips"], merged["grants_strips"])
    merged["category"] = _check_category(merged["category"])
    _check_place_on_grid(merged["pictogram"], merged["sort_order"])
    changed = sorted(field for field, value in merged.items() if getattr(product, field) != value)
    for field, value in merged.items():
        setattr(product, field, value)
    session.add(product)
    session.flush()
    _record(session, done_by_id, "price_list.change", product, fields=changed, price_cents=product.price_cents)
    return product


def retire_product(session: Session, *, product_id: uuid.UUID, now: datetime | None = None,
                   done_by_id: uuid.UUID | None = None) -> Product:
    """Take a product off the grid; its sales stay as they were."""
    _staff(session, done_by_id)
    product = get_product(session, product_id)
    if product.retired_at is None:
        product.retired_at = check_moment(now) if now is not None else utcnow()
        session.add(product)
        session.flush()
        _record(session, done_by_id, "price_list.retire", product)
    return product


def reinstate_product(session: Session, *, product_id: uuid.UUID, done_by_id: uuid.UUID | None = None) -> Product:
    _staff(session, done_by_id)
    product = get_product(session, product_id)
    was_retired, product.retired_at = product.retired_at is not None, None
    session.add(product)
    session.flush()
    if was_retired:
        _record(session, done_by_id, "price_list.reinstate", product)
    return product


@dataclass(frozen=True)
class ProductView:
    id: uuid.UUID
    name: str
    pictogram: str
    category: str
    price_cents: int
    vat_rate_percent: int
    strips: int | None
    grants_strips: int | None
    retired: bool


def price_list(session: Session, *, include_retired: bool = False) -> list[ProductView]:
    """The grid, in category and display order (never a meal's or a shop item's own product)."""
    query = (select(Product).where(col(Product.category).not_in(OFF_GRID_CATEGORIES))
             .order_by(col(Product.category), col(Product.sort_order), func.lower(Product.name)))
    if not include_retired:
        query = query.where(col(Product.retired_at).is_(None))
    return [ProductView(p.id, p.name, p.pictogram, p.category, p.price_cents, p.vat_rate_percent, p.strips,
                        p.grants_strips, p.retired_at is not None) for p in session.exec(query).all()]

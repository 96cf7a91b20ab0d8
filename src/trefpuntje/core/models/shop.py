"""The giveaway shop ("2e hands, 2e kans") and neighbour-made goods.

An item is one kind of thing taken in: a donated coat, three identical mugs, a knitted
scarf a neighbour made to sell. ``on_shelf`` counts the units still there to be had:
a reservation takes one off the shelf (and an expired one puts it back), a hand-out
takes what it hands out, clearing takes the rest. Every change is one conditional
UPDATE (``... WHERE on_shelf >= n``) and a CHECK keeps it between 0 and ``quantity``,
so two terminals never hand out the last unit twice.

Nothing is deleted: a hand-out, a reservation and a clearing stay as records.
A donor's or maker's name is never shown on a public screen.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow

MAX_PHOTO_BYTES = 512 * 1024  # the stored, scaled-down JPEG
MAX_THUMBNAIL_BYTES = 64 * 1024  # what a kiosk card loads


class ItemKind(StrEnum):
    DONATED = "donated"
    HANDMADE = "handmade"  # made by a neighbour (the maker), sold for them


class Condition(StrEnum):
    NEW = "new"
    GOOD = "good"
    FAIR = "fair"  # used, with signs of it


class ReservationStatus(StrEnum):
    HELD = "held"
    COLLECTED = "collected"
    EXPIRED = "expired"  # not collected in time: back on the shelf
    CANCELLED = "cancelled"


class ClearedTo(StrEnum):
    KRINGLOOP = "kringloop"  # the second-hand shop down the road
    RECYCLING = "recycling"


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{e.value}'" for e in enum)


class ShopCategory(SQLModel, table=True):
    """A shelf of the shop: its pictogram, its place on the kiosk and its fair-share rule."""

    __tablename__ = "shop_category"
    __table_args__ = (
        CheckConstraint("weekly_limit IS NULL OR (weekly_limit > 0 AND weekly_limit <= 99)",
                        name="shop_category_limit_in_range"),
    )

    code: str = Field(primary_key=True, max_length=20)
    pictogram: str = Field(max_length=40)
    position: int = 0
    weekly_limit: int | None = None  # items one member may take a week; None: no limit


class ShopItem(SQLModel, table=True):
    """One kind of thing taken in, in ``quantity`` identical units."""

    __tablename__ = "shop_item"
    __table_args__ = (
        CheckConstraint("length(trim(title)) > 0", name="shop_item_title_not_empty"),
        CheckConstraint(f"kind IN ({_values(ItemKind)})", name="known_shop_item_kind"),
        CheckConstraint(f"condition IN ({_values(Condition)})", name="known_shop_item_condition"),
        CheckConstraint("quantity > 0 AND quantity <= 500", name="shop_item_quantity_in_range"),
        CheckConstraint("on_shelf >= 0 AND on_shelf <= quantity", name="shop_item_stock_in_range"),
        CheckConstraint("price_cents >= 0 AND price_cents <= 100000", name="shop_item_price_sensible"),
        CheckConstraint("(kind = 'handmade') = (maker_id IS NOT NULL AND commission_percent IS NOT NULL)",
                        name="shop_item_handmade_has_maker"),
        CheckConstraint("commission_percent IS NULL OR (commission_percent >= 0 AND commission_percent <= 100)",
                        name="shop_item_commission_in_range"),
        CheckConstraint("kind = 'donated' OR donor_id IS NULL", name="shop_item_donor_only_when_donated"),
        CheckConstraint(f"cleared_to IS NULL OR cleared_to IN ({_values(ClearedTo)})", name="known_cleared_to"),
        CheckConstraint("(cleared_at IS NULL) = (cleared_to IS NULL) AND (cleared_at IS NULL OR on_shelf = 0)",
                        name="shop_item_cleared_when"),
        # The kiosk's shelf: what is still there, newest first, per category.
        Index("shop_item_on_shelf", "category", "taken_in_at",
              sqlite_where=text("on_shelf > 0"), postgresql_where=text("on_shelf > 0")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    code: str = Field(max_length=8, unique=True)  # printed on the label, typed or scanned at the counter
    kind: str = Field(default=ItemKind.DONATED.value, max_length=10)
    category: str = Field(foreign_key="shop_category.code", max_length=20)
    title: str = Field(max_length=60)
    description: str = Field(default="", max_length=300)
    condition: str = Field(default=Condition.GOOD.value, max_length=10)
    quantity: int = 1
    on_shelf: int = 1
    price_cents: int = 0  # per unit; 0 is free
    donor_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    maker_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    commission_percent: int | None = None  # of a handmade sale, kept by the centre
    taken_in_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False, index=True))
    taken_in_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    cleared_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    cleared_to: str | None = Field(default=None, max_length=10)
    cleared_quantity: int | None = None
    cleared_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    # The till product its sales are recorded under (retired: never on the till's grid).
    product_id: uuid.UUID | None = Field(default=None, foreign_key="product.id")


class ShopPhoto(SQLModel, table=True):
    """An item's photo and its thumbnail, kept apart so lists of items never load the photo."""

    __tablename__ = "shop_photo"
    __table_args__ = (
        CheckConstraint(f"length(data) > 0 AND length(data) <= {MAX_PHOTO_BYTES}", name="shop_photo_size"),
        CheckConstraint(f"length(thumbnail) > 0 AND length(thumbnail) <= {MAX_THUMBNAIL_BYTES}",
                        name="shop_thumbnail_size"),
    )

    item_id: uuid.UUID = Field(foreign_key="shop_item.id", primary_key=True, ondelete="CASCADE")
    data: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))  # JPEG, at most 800 px a side
    thumbnail: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))  # JPEG, at most 240 px a side


class ShopReservation(SQLModel, table=True):
    """One unit of an item held for a member at the kiosk, until ``held_until``."""

    __tablename__ = "shop_reservation"
    __table_args__ = (
        CheckConstraint(f"status IN ({_values(ReservationStatus)})", name="known_reservation_status"),
        CheckConstraint("(status = 'held') = (ended_at IS NULL)", name="reservation_ended_when"),
        Index("one_held_reservation_per_member", "item_id", "member_id", unique=True,
              sqlite_where=text("status = 'held'"), postgresql_where=text("status = 'held'")),
        Index("shop_reservation_held_until", "held_until",
              sqlite_where=text("status = 'held'"), postgresql_where=text("status = 'held'")),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    item_id: uuid.UUID = Field(foreign_key="shop_item.id", index=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    held_until: datetime = Field(sa_column=moment(nullable=False))
    status: str = Field(default=ReservationStatus.HELD.value, max_length=10)
    ended_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))


class ShopHandout(SQLModel, table=True):
    """Units of an item handed out (or sold) at the counter."""

    __tablename__ = "shop_handout"
    __table_args__ = (
        CheckConstraint("quantity > 0 AND quantity <= 500", name="shop_handout_quantity_in_range"),
        CheckConstraint("amount_cents >= 0", name="shop_handout_amount_not_negative"),
        # A paid hand-out names its till sale (core/shop_counter.py); only ``demo --force``
        # ever deletes a sale, and then the hand-out simply loses the link, as a meal order does.
        CheckConstraint("amount_cents > 0 OR sale_id IS NULL", name="shop_handout_free_has_no_sale"),
        CheckConstraint("override_reason IS NULL OR length(trim(override_reason)) > 0",
                        name="shop_handout_override_says_why"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    item_id: uuid.UUID = Field(foreign_key="shop_item.id", index=True)
    member_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)  # None: a buyer of
    # handmade goods need not be a member
    quantity: int
    amount_cents: int  # what was paid for these units, through the till
    sale_id: uuid.UUID | None = Field(default=None, foreign_key="sale.id", ondelete="SET NULL")
    reservation_id: uuid.UUID | None = Field(default=None, foreign_key="shop_reservation.id")
    override_reason: str | None = Field(default=None, max_length=200)  # past the fair-share limit, and why
    handed_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False, index=True))
    done_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")


class ShopWish(SQLModel, table=True):
    """What a member is looking for: a category and a few words. When an item that
    matches is taken in, the kiosk tells them at their next scan."""

    __tablename__ = "shop_wish"

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True, ondelete="CASCADE")
    category: str = Field(foreign_key="shop_category.code", max_length=20)
    words: str = Field(default="", max_length=80)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    matched_item_id: uuid.UUID | None = Field(default=None, foreign_key="shop_item.id")  # the newest match not told yet
    ended_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))  # removed by the member

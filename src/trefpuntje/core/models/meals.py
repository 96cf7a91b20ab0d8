"""Neighbour meals: a cook's offer, its photo, the orders (with the waiting list), and a
member's own allergy and diet profile.

The database guards what protects data: a published offer has its allergens declared
(``allergens`` is NULL until the cook ticks them; an empty string is an explicit
"none") and its food-safety checklist confirmed; ``portions_left`` never goes below 0
nor above ``portions`` (an order takes portions with a conditional UPDATE, so two
terminals never hand out the last portion twice); a member has at most one live order
per meal.

Allergy data on an order (``allergies``, ``allergens_confirmed``) is special-category
personal data: only the member and the cook of that meal see it, and it is purged a
set time after the meal (``meal_diet_retention_days``).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Index, LargeBinary, Text, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow

# The 14 allergens EU Regulation 1169/2011 (Annex II) requires to be declared.
ALLERGENS: tuple[str, ...] = (
    "gluten", "crustaceans", "eggs", "fish", "peanuts", "soybeans", "milk", "nuts", "celery", "mustard", "sesame",
    "sulphites", "lupin", "molluscs",
)
DIET_LABELS: tuple[str, ...] = ("vegetarian", "vegan", "halal", "kosher", "pork_free", "gluten_free", "lactose_free")
MAX_PHOTO_BYTES = 512 * 1024  # a screen-sized JPEG; the UI scales a camera picture down first
PHOTO_TYPES = ("image/jpeg", "image/png")


class MealStatus(StrEnum):
    PUBLISHED = "published"
    CANCELLED = "cancelled"


class OrderStatus(StrEnum):
    ORDERED = "ordered"
    WAITING = "waiting"  # sold out: moves up when portions come free before the cut-off
    CANCELLED = "cancelled"
    COLLECTED = "collected"
    NOT_COLLECTED = "not_collected"  # the pick-up window ended without it
    LAPSED = "lapsed"  # still waiting when ordering closed


LIVE_ORDER = (OrderStatus.ORDERED.value, OrderStatus.WAITING.value)
HOLDS_PORTIONS = (OrderStatus.ORDERED.value, OrderStatus.COLLECTED.value, OrderStatus.NOT_COLLECTED.value)


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{e.value}'" for e in enum)


class Meal(SQLModel, table=True):
    """A cook's offer of portions of one dish, picked up at 't Trefpuntje."""

    __table_args__ = (
        CheckConstraint("length(trim(dish)) > 0", name="meal_dish_not_empty"),
        CheckConstraint("portions > 0 AND portions <= 200", name="meal_portions_positive"),
        CheckConstraint("portions_left >= 0 AND portions_left <= portions", name="meal_portions_left_in_range"),
        CheckConstraint("max_per_member > 0 AND max_per_member <= portions", name="meal_member_limit_in_range"),
        CheckConstraint("contribution_cents >= 0 AND contribution_cents <= 5000", name="meal_contribution_sensible"),
        CheckConstraint("pickup_end > pickup_start", name="meal_pickup_ends_after_start"),
        CheckConstraint("order_until <= pickup_start", name="meal_cutoff_before_pickup"),
        CheckConstraint(f"status IN ({_values(MealStatus)})", name="known_meal_status"),
        CheckConstraint("status != 'published' OR (allergens IS NOT NULL AND safety_confirmed_at IS NOT NULL "
                        "AND safety_checklist IS NOT NULL)", name="meal_published_declared"),
        CheckConstraint("(status = 'cancelled') = (cancelled_at IS NOT NULL)", name="meal_cancelled_when"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    cook_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    dish: str = Field(max_length=80)
    description: str = Field(default="", max_length=500)
    pickup_start: datetime = Field(sa_column=moment(nullable=False, index=True))
    pickup_end: datetime = Field(sa_column=moment(nullable=False))
    order_until: datetime = Field(sa_column=moment(nullable=False))
    portions: int
    portions_left: int
    max_per_member: int
    contribution_cents: int  # per portion
    diet_labels: str = Field(default="", max_length=200)  # DIET_LABELS, comma-separated
    allergens: str | None = Field(default=None, max_length=200)  # ALLERGENS present; "" = none; NULL = undeclared
    safety_checklist: str | None = Field(default=None, sa_column=Column(Text(), nullable=True))  # as confirmed
    safety_confirmed_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    status: str = Field(default=MealStatus.PUBLISHED.value, max_length=10)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    cancelled_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    # The till product a contribution is sold as (retired: never on the till's grid).
    product_id: uuid.UUID | None = Field(default=None, foreign_key="product.id")


class MealPhoto(SQLModel, table=True):
    """The photo of an offer, kept apart so lists of meals never load it."""

    __tablename__ = "meal_photo"
    __table_args__ = (
        CheckConstraint(f"content_type IN ({', '.join(repr(t) for t in PHOTO_TYPES)})", name="meal_photo_known_type"),
        CheckConstraint(f"length(data) > 0 AND length(data) <= {MAX_PHOTO_BYTES}", name="meal_photo_size"),
    )

    meal_id: uuid.UUID = Field(foreign_key="meal.id", primary_key=True, ondelete="CASCADE")
    content_type: str = Field(max_length=20)
    data: bytes = Field(sa_column=Column(LargeBinary(), nullable=False))


class MealOrder(SQLModel, table=True):
    """A member's order of portions of a meal, or their place on its waiting list."""

    __tablename__ = "meal_order"
    __table_args__ = (
        Index("one_live_order_per_member", "meal_id", "member_id", unique=True,
              sqlite_where=text("status IN ('ordered', 'waiting')"),
              postgresql_where=text("status IN ('ordered', 'waiting')")),
        CheckConstraint("portions > 0 AND portions <= 200", name="meal_order_portions_positive"),
        CheckConstraint(f"status IN ({_values(OrderStatus)})", name="known_meal_order_status"),
        CheckConstraint("(status = 'collected') = (collected_at IS NOT NULL AND paid_cents IS NOT NULL)",
                        name="meal_order_collected_when"),
        CheckConstraint("paid_cents IS NULL OR paid_cents >= 0", name="meal_order_paid_not_negative"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    meal_id: uuid.UUID = Field(foreign_key="meal.id", index=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    portions: int
    status: str = Field(max_length=15)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    changed_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    # The member's allergens when they ordered, for the cook's sheet; purged after the meal.
    allergies: str | None = Field(default=None, max_length=200)
    allergens_confirmed: bool | None = None  # the dish holds one of them and the member confirmed; purged too
    collected_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    collected_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    paid_cents: int | None = None  # the contribution for these portions, owed to the cook
    payment: str | None = Field(default=None, max_length=10)  # cash, card, strips; None when nothing was due
    # Only ``demo --force`` ever deletes a sale: then the order simply loses the link.
    sale_id: uuid.UUID | None = Field(default=None, foreign_key="sale.id", ondelete="SET NULL")


class MealProfile(SQLModel, table=True):
    """A member's own allergies and diet, kept only if they want: only they see it
    (and the cook of a meal they order, through that order)."""

    __tablename__ = "meal_profile"

    member_id: uuid.UUID = Field(foreign_key="member.id", primary_key=True, ondelete="CASCADE")
    allergens: str = Field(default="", max_length=200)  # ALLERGENS, comma-separated
    diets: str = Field(default="", max_length=200)  # DIET_LABELS, comma-separated
    updated_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))

"""The coffee-corner till: products, till sessions, sales with their lines, and the
strip ledger of prepaid coffee cards.

Sales, sale lines and strip movements are append-only: database triggers (migration
0004) refuse every UPDATE and DELETE. A mistake is put right by a new record that
reverses it (``Sale.reverses_sale_id``). A till session changes once, when it is
closed; after that a trigger refuses any change, so its Z report, stored with it as
written at closing, never changes.

Money is integer cents. A sale's ``total_cents`` is what it charged in money: the sum
of its lines' ``amount_cents``. Lines paid with strips or given free charge nothing
(their ``unit_price_cents`` still records the list price of the moment).
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from trefpuntje.core.models.people import moment
from trefpuntje.db.types import utcnow

VAT_RATES = (9, 21)


class Payment(StrEnum):
    CASH = "cash"
    CARD = "card"
    STRIPS = "strips"
    FREE = "free"


class SaleKind(StrEnum):
    SALE = "sale"
    UNDO = "undo"  # the last sale, taken back within minutes by the seller
    VOID = "void"  # recorded by mistake; staff, with a reason
    REFUND = "refund"  # money (or strips) given back later; staff, with a reason


class StripReason(StrEnum):
    BOUGHT = "bought"
    USED = "used"
    RETURNED = "returned"  # a strips sale reversed, or a card purchase reversed (negative)


def _values(enum: type[StrEnum]) -> str:
    return ", ".join(f"'{e.value}'" for e in enum)


class Product(SQLModel, table=True):
    """A product on the till's grid. Prices may change and products may be retired;
    sale lines keep their own copy of name, price and VAT rate."""

    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="product_name_not_empty"),
        CheckConstraint("price_cents >= 0 AND price_cents <= 100000", name="product_price_sensible"),
        CheckConstraint("vat_rate_percent IN (9, 21)", name="known_vat_rate"),
        CheckConstraint("strips IS NULL OR strips > 0", name="product_strips_positive"),
        CheckConstraint("grants_strips IS NULL OR grants_strips > 0", name="grants_strips_positive"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    name: str = Field(max_length=60)
    pictogram: str = Field(default="coffee", max_length=40)
    category: str = Field(default="", max_length=40)
    sort_order: int = 0
    price_cents: int
    vat_rate_percent: int = 9
    strips: int | None = None  # strips it costs on a coffee card; None: not for strips
    grants_strips: int | None = None  # a coffee card: strips it puts on the buyer's balance
    retired_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))


class TillSession(SQLModel, table=True):
    """From opening with a counted float to closing with the counted cash. At most one
    session per till is open; closing sets the closing fields all at once."""

    __tablename__ = "till_session"
    __table_args__ = (
        UniqueConstraint("till", "number", name="one_session_number_per_till"),
        UniqueConstraint("till", "z_number", name="one_z_number_per_till"),
        Index("one_open_session_per_till", "till", unique=True,
              sqlite_where=text("closed_at IS NULL"), postgresql_where=text("closed_at IS NULL")),
        CheckConstraint("float_cents >= 0", name="float_not_negative"),
        CheckConstraint(
            "(closed_at IS NULL AND counted_cash_cents IS NULL AND z_number IS NULL AND report_json IS NULL) OR "
            "(closed_at IS NOT NULL AND counted_cash_cents >= 0 AND z_number > 0 AND report_json IS NOT NULL)",
            name="closed_all_at_once",
        ),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    till: str = Field(default="coffee_corner", max_length=40)
    number: int
    opened_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    opened_by_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    float_cents: int
    closed_at: datetime | None = Field(default=None, sa_column=moment(nullable=True))
    closed_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")
    counted_cash_cents: int | None = None
    z_number: int | None = None
    report_json: str | None = Field(default=None, sa_column=Column(Text(), nullable=True))  # the Z report as closed


class Sale(SQLModel, table=True):
    """A sale, or the reversal of one (``kind`` undo, void or refund: negative amounts,
    the lines of the sale with negative quantities). Never changed, never deleted."""

    __table_args__ = (
        UniqueConstraint("session_id", "number", name="one_sale_number_per_session"),
        UniqueConstraint("reverses_sale_id", name="reversed_at_most_once"),
        CheckConstraint(f"kind IN ({_values(SaleKind)})", name="known_sale_kind"),
        CheckConstraint(f"payment IN ({_values(Payment)})", name="known_payment"),
        CheckConstraint("(kind = 'sale') = (reverses_sale_id IS NULL)", name="reversals_name_their_sale"),
        CheckConstraint("(kind = 'sale' AND total_cents >= 0 AND strips >= 0) OR "
                        "(kind != 'sale' AND total_cents <= 0 AND strips <= 0)", name="sign_follows_kind"),
        CheckConstraint("kind NOT IN ('void', 'refund') OR (done_by_id IS NOT NULL AND length(trim(reason)) > 0)",
                        name="voids_say_why_and_who"),
        CheckConstraint("rounding_cents BETWEEN -2 AND 2 AND (payment = 'cash' OR rounding_cents = 0)",
                        name="rounding_only_for_cash"),
        CheckConstraint(
            "(payment = 'cash' AND cash_received_cents >= 0 AND change_cents >= 0 "
            "AND cash_received_cents <= 100000 "
            "AND cash_received_cents - change_cents = total_cents + rounding_cents) OR "
            "(payment != 'cash' AND cash_received_cents IS NULL AND change_cents IS NULL)",
            name="cash_adds_up",
        ),
        CheckConstraint("payment NOT IN ('strips', 'free') OR total_cents = 0", name="strips_and_free_charge_nothing"),
        CheckConstraint("payment != 'strips' OR member_id IS NOT NULL", name="strips_name_the_member"),
        CheckConstraint("payment != 'free' OR length(trim(free_reason)) > 0", name="free_says_why"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="till_session.id", index=True)
    number: int  # 1, 2, ... within the session: the receipt number and the order
    kind: str = Field(default=SaleKind.SALE.value, max_length=10)
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False, index=True))
    total_cents: int
    payment: str = Field(max_length=10)
    cash_received_cents: int | None = None
    change_cents: int | None = None  # for a cash reversal: what was paid out
    rounding_cents: int = 0
    strips: int = 0
    member_id: uuid.UUID | None = Field(default=None, foreign_key="member.id", index=True)
    free_reason: str | None = Field(default=None, max_length=80)
    reverses_sale_id: uuid.UUID | None = Field(default=None, foreign_key="sale.id")
    reason: str | None = Field(default=None, max_length=200)
    done_by_id: uuid.UUID | None = Field(default=None, foreign_key="member.id")


class SaleLine(SQLModel, table=True):
    """One product on a sale, with name, price and VAT rate as they were then."""

    __tablename__ = "sale_line"
    __table_args__ = (
        UniqueConstraint("sale_id", "position", name="one_line_per_position"),
        CheckConstraint("quantity != 0", name="quantity_not_zero"),
        CheckConstraint("vat_rate_percent IN (9, 21)", name="line_known_vat_rate"),
        CheckConstraint("amount_cents = quantity * unit_price_cents OR amount_cents = 0", name="line_adds_up"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    sale_id: uuid.UUID = Field(foreign_key="sale.id", index=True)
    position: int
    product_id: uuid.UUID = Field(foreign_key="product.id", index=True)
    name: str = Field(max_length=60)
    quantity: int
    unit_price_cents: int
    vat_rate_percent: int
    amount_cents: int  # what this line charged in money
    strips: int = 0  # strips this line cost


class StripMovement(SQLModel, table=True):
    """The strip ledger: one row per change of a member's coffee-card balance, numbered
    per member. Each row carries the balance after it, which may not be negative, and
    a trigger checks it follows from the row before; two terminals spending the same
    last strip collide on (member_id, seq)."""

    __tablename__ = "strip_movement"
    __table_args__ = (
        UniqueConstraint("member_id", "seq", name="one_movement_per_seq"),
        CheckConstraint("balance_after >= 0", name="strips_never_negative"),
        CheckConstraint("strips != 0", name="movement_not_zero"),
        CheckConstraint("seq > 0", name="seq_positive"),
        CheckConstraint(f"reason IN ({_values(StripReason)})", name="known_strip_reason"),
    )

    id: uuid.UUID = Field(default_factory=uuid.uuid4, primary_key=True)
    member_id: uuid.UUID = Field(foreign_key="member.id", index=True)
    seq: int
    created_at: datetime = Field(default_factory=utcnow, sa_column=moment(nullable=False))
    strips: int
    balance_after: int
    reason: str = Field(max_length=10)
    sale_id: uuid.UUID = Field(foreign_key="sale.id", index=True)

"""The tables, one module per area; importing this package registers them all with
SQLModel's metadata, which Alembic compares against."""

from trefpuntje.core.models.activities import (
    Activity,
    CheckIn,
    Occurrence,
    OccurrenceSeat,
    Recurrence,
    SignUp,
    SignUpStatus,
)
from trefpuntje.core.models.audit import AuditEntry
from trefpuntje.core.models.cards import Card
from trefpuntje.core.models.hours import (
    AllowanceCap,
    ChangeAction,
    EntrySource,
    EntryStatus,
    HourChange,
    HourEntry,
    Shift,
    ShiftAssignment,
    VolunteerAllowance,
    VolunteerTask,
)
from trefpuntje.core.models.meals import Meal, MealOrder, MealPhoto, MealProfile, MealStatus, OrderStatus
from trefpuntje.core.models.shop import (
    ClearedTo,
    Condition,
    ItemKind,
    ReservationStatus,
    ShopCategory,
    ShopHandout,
    ShopItem,
    ShopPhoto,
    ShopReservation,
    ShopWish,
)
from trefpuntje.core.models.till import Payment, Product, Sale, SaleKind, SaleLine, StripMovement, TillSession
from trefpuntje.core.models.people import (
    ROLE_VALUES,
    LoginGuard,
    Member,
    MemberRole,
    Role,
    Setting,
    StaffPin,
    moment,
)

# Tables a migration fills in every new database (the shop's shelves): reference rows,
# not a centre's data. ``demo`` keeps them and ``migrate-to`` replaces the target's
# with the source's.
REFERENCE_TABLES = frozenset({"shop_category"})

__all__ = [
    "REFERENCE_TABLES", "ROLE_VALUES", "Activity", "AllowanceCap", "Card", "ChangeAction", "CheckIn", "EntrySource", "EntryStatus",
    "HourChange", "HourEntry", "LoginGuard", "Member", "MemberRole", "Occurrence", "OccurrenceSeat", "Payment",
    "Product", "Recurrence", "Role", "Sale", "SaleKind", "SaleLine", "Setting", "Shift", "ShiftAssignment", "SignUp",
    "SignUpStatus", "StaffPin", "StripMovement", "TillSession", "VolunteerAllowance", "VolunteerTask", "moment",
    "Meal", "MealOrder", "MealPhoto", "MealProfile", "MealStatus", "OrderStatus", "AuditEntry",
    "ClearedTo", "Condition", "ItemKind", "ReservationStatus", "ShopCategory", "ShopHandout", "ShopItem",
    "ShopPhoto", "ShopReservation", "ShopWish",
]

"""Staff mode: what a coordinator sees after the PIN.

Members are found by name only here, behind the PIN: a public screen never lists
people.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.permissions import allowed
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, role_names
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel


NAME_ROLE = Qt.ItemDataRole.UserRole + 1
# The action (core/permissions.py) each tile opens: a tile is enabled when the staff
# member's roles allow it. "about" is for everyone in staff mode; a tile added without
# an action here opens for coordinators only, until it is given one.
TILE_ACTIONS = {
    "activities": "activities.plan",
    "members": "members.register",
    "schedule": "schedule.print",
    "till": "till.open",
    "price_list": "price_list.edit",
    "hours": "hours.review",
    "meals": "meals.offer",
    "meal_pickup": "meals.pickup",
    "shop": "shop.intake",
    "shop_counter": "shop.handout",
}
TILE_COLUMNS = 4  # eleven tiles in three rows: with three a row they would not fit 800 px


class StaffHome(Screen):
    leave = Signal()
    quit_requested = Signal()
    about_requested = Signal()
    activities_requested = Signal()
    members_requested = Signal()
    schedule_requested = Signal()
    till_requested = Signal()
    price_list_requested = Signal()
    hours_requested = Signal()
    meals_requested = Signal()
    meal_pickup_requested = Signal()
    shop_requested = Signal()
    shop_counter_requested = Signal()

    def __init__(self, database: Database, *, can_quit: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff: MemberSummary | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.setSpacing(40)

        actions = QVBoxLayout()
        actions.setSpacing(12)
        self.heading = TrLabel(QT_TRANSLATE_NOOP("StaffHome", "Staff mode"), self, style="subheading")
        actions.addWidget(self.heading)
        # Four tiles a row: the pictogram on top, a short word under it.
        tiles = QGridLayout()
        tiles.setSpacing(12)
        self.tiles: dict[str, TouchButton] = {}
        for index, (key, pictogram, text, signal) in enumerate((
                ("activities", "activities", QT_TRANSLATE_NOOP("StaffHome", "Activities"), self.activities_requested),
                ("members", "person", QT_TRANSLATE_NOOP("StaffHome", "New member"), self.members_requested),
                ("schedule", "printer", QT_TRANSLATE_NOOP("StaffHome", "Schedule"), self.schedule_requested),
                ("till", "till", QT_TRANSLATE_NOOP("StaffHome", "Till"), self.till_requested),
                ("price_list", "price_list", QT_TRANSLATE_NOOP("StaffHome", "Price list"), self.price_list_requested),
                ("hours", "volunteers", QT_TRANSLATE_NOOP("StaffHome", "Volunteers"), self.hours_requested),
                ("meals", "meals", QT_TRANSLATE_NOOP("StaffHome", "Meals"), self.meals_requested),
                ("meal_pickup", "soup", QT_TRANSLATE_NOOP("StaffHome", "Meal pick-up"), self.meal_pickup_requested),
                ("shop", "shop", QT_TRANSLATE_NOOP("StaffHome", "Shop"), self.shop_requested),
                ("shop_counter", "gift", QT_TRANSLATE_NOOP("StaffHome", "Counter"), self.shop_counter_requested),
                ("about", "info", QT_TRANSLATE_NOOP("StaffHome", "About"), self.about_requested))):
            tile = TouchButton(pictogram, text, self, icon_size=44, under=True)
            tile.setObjectName("stafftile")
            tile.clicked.connect(signal)
            tiles.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
            self.tiles[key] = tile
        self.activities_button, self.members_button = self.tiles["activities"], self.tiles["members"]
        self.schedule_button, self.about_button = self.tiles["schedule"], self.tiles["about"]
        for column in range(TILE_COLUMNS):
            tiles.setColumnStretch(column, 1)
        actions.addLayout(tiles)
        self.leave_button = TouchButton("lock", QT_TRANSLATE_NOOP("StaffHome", "Leave staff mode"), self, role="primary")
        self.leave_button.clicked.connect(self.leave)
        actions.addWidget(self.leave_button)
        self.quit_button = TouchButton("exit", QT_TRANSLATE_NOOP("StaffHome", "Close Trefpuntje"), self, role="danger")
        self.quit_button.clicked.connect(self.quit_requested)
        self.quit_button.setVisible(can_quit)
        actions.addWidget(self.quit_button)
        actions.addStretch(1)
        layout.addLayout(actions, 2)  # four tiles a row need the room more than the list of names

        people = QVBoxLayout()
        people.setSpacing(12)
        people.addWidget(TrLabel(QT_TRANSLATE_NOOP("StaffHome", "Find a member by name"), self, style="heading"))
        self.search = QLineEdit(self)
        self.search.setAccessibleName(QT_TRANSLATE_NOOP("StaffHome", "Search by first name")())
        self.search.setPlaceholderText(self.search.accessibleName())
        self.search.textChanged.connect(self._filter)
        people.addWidget(self.search)
        self.members = QListWidget(self)
        self.members.setAccessibleName(QT_TRANSLATE_NOOP("StaffHome", "Members")())
        people.addWidget(self.members, 1)
        layout.addLayout(people, 1)

    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        for key, tile in self.tiles.items():
            action = TILE_ACTIONS.get(key)
            tile.setEnabled(key == "about" or (allowed(staff.roles, action) if action
                                               else "coordinator" in staff.roles))
        self.quit_button.setEnabled(allowed(staff.roles, "app.quit"))
        self.heading.set_text(QT_TRANSLATE_NOOP("StaffHome", "Staff mode: {name}"), name=staff.first_name)
        self.search.clear()
        with self.database.read() as session:
            members = list_members(session)
        self.members.clear()
        for member in members:
            item = QListWidgetItem(f"{member.first_name}  \u00b7  {role_names(member.roles)}")
            item.setData(Qt.ItemDataRole.UserRole, str(member.id))
            item.setData(NAME_ROLE, member.first_name.lower())
            self.members.addItem(item)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for row in range(self.members.count()):
            item = self.members.item(row)
            item.setHidden(bool(needle) and needle not in item.data(NAME_ROLE))

    def reset(self) -> None:
        self.staff = None
        self.search.clear()
        self.members.clear()

"""Donated items on the shelf longer than the setting ``shop_clear_after_weeks`` (8),
oldest first, to clear: tick them (or "Tick all") and say where they went, the
kringloop or recycling. Clearing is recorded with who did it; nothing is deleted."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QMargins, Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trefpuntje.core.errors import DomainError
from trefpuntje.core.models.shop import ClearedTo
from trefpuntje.core.settings import get_int
from trefpuntje.core.shop import ItemView
from trefpuntje.core.shop_counter import clear_items, items_to_clear
from trefpuntje.core.shop_words import CLEARED_TO_NAMES
from trefpuntje.core.shop_words import CONTEXT as SHOP_CONTEXT
from trefpuntje.db.engine import Database
from trefpuntje.ui.staff.shop_admin import Say, category_text, wrapped
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

ROW = QT_TRANSLATE_NOOP("ShopAdmin", "{code}  \u00b7  {title}  \u00b7  {category}  \u00b7  {left} on the shelf  "
                                     "\u00b7  {weeks} weeks")
CLEARED = QT_TRANSLATE_NOOP("ShopAdmin", "{count} items cleared: {where}. They stay in the records.")


class ClearingPanel(QWidget):
    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.staff_id: uuid.UUID | None = None
        self.items: list[ItemView] = []
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=8)
        self.heading = TrLabel("", self, style="cardtitle")
        column.addWidget(self.heading)
        self.list = QListWidget(self)
        wrapped(self.list)
        self.list.setStyleSheet("QListWidget::indicator { width: 36px; height: 36px; }")  # a tick to see
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("ShopAdmin", "Items to clear")())
        self.list.itemClicked.connect(self._toggle)
        column.addWidget(self.list, 1)
        buttons = QHBoxLayout(spacing=12)
        self.all_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShopAdmin", "Tick all"), self)
        self.all_button.clicked.connect(self.tick_all)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        self.destinations: dict[str, TouchButton] = {}
        for destination, pictogram in ((ClearedTo.KRINGLOOP.value, "shop"), (ClearedTo.RECYCLING.value, "undo")):
            button = TouchButton(pictogram, Text(SHOP_CONTEXT, CLEARED_TO_NAMES[destination]), self, role="primary")
            button.clicked.connect(lambda _=False, d=destination: self.clear(d))
            buttons.addWidget(button)
            self.destinations[destination] = button
        column.addLayout(buttons)

    def refresh(self) -> None:
        now = self.clock()
        with self.database.read() as session:
            self.items = items_to_clear(session, now=now)
            weeks = get_int(session, "shop_clear_after_weeks")
        self.heading.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Donated items on the shelf for more than {weeks} weeks: "
                                                              "{count}. Tick what goes, then say where."),
                              weeks=weeks, count=len(self.items))
        self.list.clear()
        for view in self.items:
            item = QListWidgetItem(ROW(code=view.code, title=view.title, category=category_text(view.category)(),
                                       left=view.on_shelf, weeks=(now - view.taken_in_at).days // 7))
            item.setData(Qt.ItemDataRole.UserRole, str(view.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if not self.items:
            self.list.addItem(QListWidgetItem(QT_TRANSLATE_NOOP("ShopAdmin", "Nothing to clear.")()))
        for button in (self.all_button, *self.destinations.values()):
            button.setEnabled(bool(self.items))

    def _toggle(self, item: QListWidgetItem) -> None:
        """A tap anywhere on the row ticks it: the box alone is too small for a finger."""
        if item.data(Qt.ItemDataRole.UserRole) is None:
            return
        ticked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if ticked else Qt.CheckState.Checked)

    def tick_all(self) -> None:
        rows = [self.list.item(row) for row in range(self.list.count())]
        rows = [row for row in rows if row.data(Qt.ItemDataRole.UserRole) is not None]
        state = Qt.CheckState.Unchecked if all(r.checkState() == Qt.CheckState.Checked for r in rows) \
            else Qt.CheckState.Checked
        for row in rows:
            row.setCheckState(state)

    def ticked(self) -> list[uuid.UUID]:
        rows = (self.list.item(row) for row in range(self.list.count()))
        return [uuid.UUID(row.data(Qt.ItemDataRole.UserRole)) for row in rows
                if row.data(Qt.ItemDataRole.UserRole) is not None and row.checkState() == Qt.CheckState.Checked]

    def clear(self, destination: str) -> None:
        chosen = self.ticked()
        if not chosen:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Tick the items that go first."), problem=True)
            return
        try:
            with self.database.write() as session:
                count = clear_items(session, item_ids=chosen, to=destination, done_by_id=self.staff_id,
                                    now=self.clock())
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        self.refresh()
        self.say(CLEARED, count=count, where=Text(SHOP_CONTEXT, CLEARED_TO_NAMES[destination])().lower())

"""The volunteer tasks (coffee corner, giveaway shop, cooking, ...): add one, rename it
or give it another pictogram, and retire one that is no longer done. A retired task
keeps its hours; it only leaves the lists for new shifts and hours."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QMargins, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trefpuntje.core.hours_roster import MAX_TASK_NAME, TASK_PICTOGRAMS, TaskView, add_task, list_tasks, rename_task, \
    retire_task
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.staff.hours_common import PICTOGRAM_NAMES, Say, SecondTap, attempt
from trefpuntje.ui.theme import MUTED_INK
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

ID_ROLE = Qt.ItemDataRole.UserRole
PICTOGRAM_COLUMNS = 7
NAME = QT_TRANSLATE_NOOP("TasksPanel", "Name of the task")
SMALL = "font-size: 18pt; padding: 2px 8px;"


class TasksPanel(QWidget):
    changed = Signal()
    closed = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say, typing: TypingPage,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.tasks: list[TaskView] = []
        self.selected: uuid.UUID | None = None
        self.retiring = SecondTap()
        layout = QHBoxLayout(self, contentsMargins=QMargins(), spacing=16)
        self.list = QListWidget(self, iconSize=QSize(40, 40), wordWrap=True)
        self.list.setStyleSheet("font-size: 18pt;")
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("TasksPanel", "Tasks")())
        self.list.currentItemChanged.connect(self._picked)
        layout.addWidget(self.list, 2)
        form = QVBoxLayout(spacing=6)
        form.addWidget(TrLabel(NAME, self, style="muted"))
        self.name = QLineEdit(self, maxLength=MAX_TASK_NAME)
        self.name.setAccessibleName(NAME())
        typing.attach(self.name, NAME)
        form.addWidget(self.name)
        form.addWidget(TrLabel(QT_TRANSLATE_NOOP("TasksPanel", "Pictogram"), self, style="muted"))
        grid = QGridLayout(spacing=4)
        self.pictogram_buttons: dict[str, TouchButton] = {}
        for index, name in enumerate(TASK_PICTOGRAMS):
            button = TouchButton(name, PICTOGRAM_NAMES[name], self, icon_size=48)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setCheckable(True)
            button.setStyleSheet("padding: 0;")
            button.clicked.connect(lambda _=False, n=name: self._pick_pictogram(n))
            grid.addWidget(button, index // PICTOGRAM_COLUMNS, index % PICTOGRAM_COLUMNS)
            self.pictogram_buttons[name] = button
        form.addLayout(grid)
        form.addStretch(1)
        row = QHBoxLayout(spacing=8)
        self.add_button = TouchButton("plus", QT_TRANSLATE_NOOP("TasksPanel", "Add as a new task"), self, icon_size=32)
        self.add_button.clicked.connect(self.add)
        self.rename_button = TouchButton("ok", QT_TRANSLATE_NOOP("TasksPanel", "Save the change"), self,
                                         role="primary", icon_size=32)
        self.rename_button.clicked.connect(self.rename)
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        form.addLayout(row)
        row = QHBoxLayout(spacing=8)
        back = TouchButton("back", QT_TRANSLATE_NOOP("TasksPanel", "Back to the roster"), self, icon_size=32)
        back.clicked.connect(self.closed)
        self.retire_button = TouchButton("cancel", QT_TRANSLATE_NOOP("TasksPanel", "No longer in use"), self,
                                         role="danger", icon_size=32)
        self.retire_button.clicked.connect(self.retire)
        row.addWidget(back)
        row.addWidget(self.retire_button)
        form.addLayout(row)
        for button in (self.add_button, self.rename_button, back, self.retire_button):
            button.setStyleSheet(SMALL)
        layout.addLayout(form, 3)
        self.pictogram = "volunteers"

    def refresh(self) -> None:
        with self.database.read() as session:
            self.tasks = list_tasks(session, include_retired=True)
        self.list.blockSignals(True)
        self.list.clear()
        for task in self.tasks:
            text = task.name if not task.retired else \
                QT_TRANSLATE_NOOP("TasksPanel", "{name} (no longer in use)")(name=task.name)
            item = QListWidgetItem(pictograms.icon(task.pictogram, 80), text)
            item.setData(ID_ROLE, task.id)
            if task.retired:
                item.setForeground(QColor(MUTED_INK))
            self.list.addItem(item)
            if task.id == self.selected:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show()

    def _picked(self, item: QListWidgetItem | None) -> None:
        self.selected = item.data(ID_ROLE) if item is not None else None
        self.retiring.disarm()
        self._show()

    def _show(self) -> None:
        task = next((t for t in self.tasks if t.id == self.selected), None)
        self.name.setText(task.name if task else "")
        self._pick_pictogram(task.pictogram if task else "volunteers")
        live = task is not None and not task.retired
        self.rename_button.setEnabled(live)
        self.retire_button.setEnabled(live)

    def _pick_pictogram(self, name: str) -> None:
        self.pictogram = name
        for key, button in self.pictogram_buttons.items():
            button.setChecked(key == name)

    def add(self) -> None:
        name, pictogram = self.name.text(), self.pictogram
        done, task = attempt(self.database, lambda s: add_task(s, name=name, pictogram=pictogram), self.say)
        if done and task is not None:
            self._done(task, QT_TRANSLATE_NOOP("TasksPanel", "New task: {name}."))

    def rename(self) -> None:
        task_id, name, pictogram = self.selected, self.name.text(), self.pictogram
        if task_id is None:
            return
        done, task = attempt(self.database, lambda s: rename_task(s, task_id=task_id, name=name, pictogram=pictogram),
                             self.say)
        if done and task is not None:
            self._done(task, QT_TRANSLATE_NOOP("TasksPanel", "Saved: {name}. Its hours stay with it."))

    def retire(self) -> None:
        task_id = self.selected
        if task_id is None:
            return
        if not self.retiring.confirmed(task_id):
            self.say(QT_TRANSLATE_NOOP("TasksPanel", "Tap once more to retire {name}. Its hours stay counted."),
                     name=self.name.text())
            return
        now = self.clock()
        done, task = attempt(self.database, lambda s: retire_task(s, task_id=task_id, now=now), self.say)
        if done and task is not None:
            self._done(task, QT_TRANSLATE_NOOP("TasksPanel", "{name} is no longer in use. Its hours stay counted."))

    def _done(self, task: TaskView, said: Text) -> None:
        self.selected = task.id
        self.say(said, name=task.name)
        self.refresh()
        self.changed.emit()

    def reset(self) -> None:
        self.selected = None
        self.retiring.disarm()
        self.name.clear()

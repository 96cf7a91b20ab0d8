"""Volunteer tasks: coffee corner, giveaway shop, cooking, cleaning, ... Staff add,
rename and retire them; a retired task keeps its hours. (The roster that plans shifts
for them is in ``hours_roster``.)"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, func, select

from trefpuntje.core.checks import within_calendar
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.models import VolunteerTask

# The pictograms a task can carry (files in resources/pictograms/openmoji).
TASK_PICTOGRAMS: tuple[str, ...] = (
    "coffee", "shop", "activities", "exercise", "meals", "soup", "soap", "sewing", "day_activities", "gift",
    "office", "till", "volunteers",
)
MAX_TASK_NAME = 60
MAX_SORT_ORDER = 10_000


@dataclass(frozen=True)
class TaskView:
    id: uuid.UUID
    name: str
    pictogram: str
    sort_order: int
    retired: bool


def _task_view(task: VolunteerTask) -> TaskView:
    return TaskView(task.id, task.name, task.pictogram, task.sort_order, task.retired_at is not None)


def get_task(session: Session, task_id: uuid.UUID) -> VolunteerTask:
    task = session.get(VolunteerTask, task_id)
    if task is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This task no longer exists."))
    return task


def live_task(session: Session, task_id: uuid.UUID) -> VolunteerTask:
    task = get_task(session, task_id)
    if task.retired_at is not None:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "The task {name} is no longer in use."), name=task.name)
    return task


def _check_task(session: Session, name: str, pictogram: str, task_id: uuid.UUID | None = None) -> str:
    name = " ".join(name.split())
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A task needs a name."))
    if len(name) > MAX_TASK_NAME:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A task name is at most {limit} characters."), limit=MAX_TASK_NAME)
    if pictogram not in TASK_PICTOGRAMS:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Unknown pictogram {name}. Choose one of: {choices}."),
                           name=pictogram, choices=", ".join(TASK_PICTOGRAMS))
    same = session.exec(select(VolunteerTask).where(func.lower(VolunteerTask.name) == name.lower(),
                                                    col(VolunteerTask.retired_at).is_(None))).first()
    if same is not None and same.id != task_id:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "There is already a task called {name}."), name=same.name)
    return name


def add_task(session: Session, *, name: str, pictogram: str = "volunteers", sort_order: int | None = None) -> TaskView:
    """A new task, last in the list unless ``sort_order`` says otherwise."""
    name = _check_task(session, name, pictogram)
    if sort_order is not None and (not isinstance(sort_order, int) or not 0 <= sort_order <= MAX_SORT_ORDER):
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "A place on the grid is a number up to {limit}."),
                           limit=MAX_SORT_ORDER)
    if sort_order is None:
        sort_order = (session.exec(select(func.max(VolunteerTask.sort_order))).one() or 0) + 1
    task = VolunteerTask(name=name, pictogram=pictogram, sort_order=sort_order)
    session.add(task)
    session.flush()
    return _task_view(task)


def rename_task(session: Session, *, task_id: uuid.UUID, name: str, pictogram: str | None = None) -> TaskView:
    """Rename a task (and change its pictogram); its hours stay with it."""
    task = get_task(session, task_id)
    task.name = _check_task(session, name, pictogram or task.pictogram, task.id)
    task.pictogram = pictogram or task.pictogram
    session.add(task)
    session.flush()
    return _task_view(task)


@within_calendar("now")
def retire_task(session: Session, *, task_id: uuid.UUID, now: datetime) -> TaskView:
    """Take a task out of use: no new shifts or hours; what was done stays counted."""
    task = live_task(session, task_id)
    task.retired_at = now
    session.add(task)
    session.flush()
    return _task_view(task)


def list_tasks(session: Session, *, include_retired: bool = False) -> list[TaskView]:
    query = select(VolunteerTask).order_by(col(VolunteerTask.sort_order), func.lower(VolunteerTask.name))
    if not include_retired:
        query = query.where(col(VolunteerTask.retired_at).is_(None))
    return [_task_view(t) for t in session.exec(query).all()]

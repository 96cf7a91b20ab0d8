"""Once a day, in the background: the daily backup and the retention rules
(``core.housekeeping``), while the kiosk goes on. A problem (no USB stick, a full
disk) is kept for the next person in staff mode; the public never sees it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.db.engine import Database
from trefpuntje.ui.tasks import _Job, _Signals

FIRST_RUN_MS = 60_000  # a minute after the start: the kiosk is ready first
CHECK_MS = 15 * 60_000  # then every quarter of an hour: is it a new day?


class DailyHousekeeping(QObject):
    finished = Signal(object)  # a HousekeepingReport, or the Exception that stopped it

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.done_day: date | None = None
        self.running = False
        self.problem: Exception | DomainError | None = None
        self.timer = QTimer(self, interval=CHECK_MS)
        self.timer.timeout.connect(self.run_if_due)
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._done)

    def start(self) -> None:
        QTimer.singleShot(FIRST_RUN_MS, self.run_if_due)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def run_if_due(self) -> None:
        now = self.clock()
        if self.running or self.done_day == now.astimezone(LOCAL).date():
            return
        from trefpuntje.core.housekeeping import run_housekeeping

        self.running = True
        database = self.database
        QThreadPool.globalInstance().start(_Job(lambda _: run_housekeeping(database, now=now), self._signals))

    def _done(self, outcome: object) -> None:
        self.running = False
        if isinstance(outcome, Exception):
            self.problem = outcome
            print(f"Daily housekeeping failed: {outcome}", file=sys.stderr)
        else:
            self.done_day = self.clock().astimezone(LOCAL).date()
            problem = getattr(outcome, "backup_problem", None)
            # On PostgreSQL the server's own backups (pg_dump) are the backup: no nagging.
            self.problem = problem if self.database.is_sqlite else None
            if problem is not None:
                print(f"Daily backup failed: {problem}", file=sys.stderr)
        self.finished.emit(outcome)

"""A month to look back on, "− november 2026 +": this month (0) or up to
``months_back`` months before, named in the language on screen. For payouts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.ui.tr import Text
from trefpuntje.ui.widgets.stepper import Stepper


def month_before(clock: Callable[[], datetime], offset: int) -> tuple[int, int]:
    """(year, month) ``-offset`` months before this month in Nijmegen (offset <= 0)."""
    today = clock().astimezone(LOCAL).date()
    index = today.year * 12 + today.month - 1 + offset
    return index // 12, index % 12 + 1


class MonthStepper(Stepper):
    def __init__(self, caption: Text, clock: Callable[[], datetime], parent: QWidget | None = None, *,
                 months_back: int = 24, form: str = "MMMM yyyy") -> None:
        def name(offset: int) -> str:
            return QLocale().toString(date(*month_before(clock, offset), 1), form)

        super().__init__(caption, parent, step=1, minimum=-months_back, maximum=0, show=name, snap=False)
        self.clock = clock
        self.set_value(0)

    def month(self) -> tuple[int, int]:
        """(year, month) shown."""
        return month_before(self.clock, self.value)

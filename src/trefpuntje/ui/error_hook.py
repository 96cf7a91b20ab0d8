"""Errors that escape a screen's own handling.

Screens catch a domain error where they write and show it in words. A look-up can fail
too, most often with ``DatabaseUnreachable`` when the centre's PostgreSQL server is
gone; such an error reaches Qt's event loop, which hands it to ``sys.excepthook``.
This hook shows any domain error in the window's banner, in the person's language,
instead of a traceback no one sees; every other error goes on to the hook before it.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import TYPE_CHECKING

from trefpuntje.core.errors import DomainError
from trefpuntje.ui.tr import error_text

if TYPE_CHECKING:
    from trefpuntje.ui.main_window import MainWindow


def install(window: MainWindow) -> None:
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, traceback: TracebackType | None) -> None:
        if isinstance(error, DomainError):
            window.notify(error_text(error), error=True)
            return
        previous(kind, error, traceback)

    sys.excepthook = hook

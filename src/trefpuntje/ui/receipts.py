"""A sale's receipt to the receipt printer (the setting ``receipt_printer``, or the
default printer), off the UI thread: the till, the shop counter and the meal pick-up
print the same receipt for a sale just made, on request."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtWidgets import QAbstractButton, QWidget

from trefpuntje.core.errors import DomainError
from trefpuntje.core.settings import get_setting
from trefpuntje.db.engine import Database
from trefpuntje.ui.tasks import BackgroundTask, Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.tr import language as current_language


def print_receipt(owner: QWidget, database: Database, sale_id: uuid.UUID, button: QAbstractButton,
                  say: Callable[[str, bool], None]) -> BackgroundTask:
    """Print the receipt of ``sale_id``; ``button`` is off while it prints (one receipt a
    tap) and on again if it failed; ``say(text, problem)`` tells how it went. Keep the
    returned task while it runs."""
    button.setEnabled(False)
    language = current_language()

    def work(report: Report) -> str:
        from trefpuntje.core.till_reports import receipt
        from trefpuntje.printing.print_queue import print_pdf
        from trefpuntje.printing.receipt import render_receipt

        with database.read() as session:
            pdf = render_receipt(receipt(session, sale_id=sale_id), get_setting(session, "centre_name"), language)
            printer = get_setting(session, "receipt_printer").strip() or None
        return print_pdf(pdf, printer, title="Trefpuntje receipt")

    def failed(error: Exception) -> None:
        button.setEnabled(True)
        say(error_text(error) if isinstance(error, DomainError) else str(error), True)

    return run_in_background(
        owner.window(), work, title=QT_TRANSLATE_NOOP("TillScreen", "Printing the receipt..."),
        on_done=lambda job: say(QT_TRANSLATE_NOOP("TillScreen", "Receipt sent to the printer (job {job}).")(job=job),
                                False),
        on_error=failed)

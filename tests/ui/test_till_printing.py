"""The till prints for real: a receipt tapped for after a sale goes through the CUPS
queue named in the ``receipt_printer`` setting, and what comes out adds up."""

from __future__ import annotations

import re
import time

from trefpuntje.core.models.till import Payment
from trefpuntje.core.settings import set_setting
from trefpuntje.db.engine import Database
from tests.printing.conftest import pdf_text
from tests.printing.test_print_queue import cups_pdf_queue, wait_for_job_pdf  # noqa: F401 - a fixture
from tests.ui.test_till import click, screen_of, tap_product, till_window  # noqa: F401 - a fixture
from tests.ui.conftest import make_window  # noqa: F401 - a fixture


def test_a_receipt_tapped_for_after_a_cash_sale_comes_out_of_the_printer(
        till_window, demo_database: Database, cups_pdf_queue: str, qtbot):  # noqa: F811
    with demo_database.write() as session:
        set_setting(session, key="receipt_printer", value=cups_pdf_queue)
    till = screen_of(till_window)
    tap_product(qtbot, till, demo_database, "Koffie")
    tap_product(qtbot, till, demo_database, "Appeltaart")
    click(qtbot, till.pay_buttons[Payment.CASH])
    click(qtbot, till.cash_page.note_buttons[500])
    click(qtbot, till.cash_page.confirm)
    since = time.time()
    click(qtbot, till.done_page.receipt_button)
    assert not till.done_page.receipt_button.isEnabled()  # one receipt a tap
    qtbot.waitUntil(lambda: "printer" in till_window.banner_text.text(), timeout=60_000)
    job = re.search(rf"{cups_pdf_queue}-\d+", till_window.banner_text.text())
    assert job is not None, till_window.banner_text.text()
    printed = pdf_text(wait_for_job_pdf(job.group(0), since))
    assert "Koffie" in printed and "Appeltaart" in printed and "3,00" in printed and "2,00" in printed

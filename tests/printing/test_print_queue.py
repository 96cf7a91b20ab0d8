"""Printing through the real print system: a CUPS queue whose jobs become PDF files.

These tests need the Debian packages ``cups`` and ``printer-driver-cups-pdf`` and the
queue made by ``scripts/setup-cups-pdf.sh`` (run as root; CI runs it before pytest).
Without them they fail, and say so: a print path that is never exercised is not tested.
"""

from __future__ import annotations

import glob
import os
import shutil
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from trefpuntje.core.activities import parse_iso_week, week
from trefpuntje.core.errors import DomainError
from trefpuntje.db.engine import Database
from trefpuntje.printing.print_queue import (NoDefaultPrinter, PrintingUnavailable, UnknownPrinter, default_printer,
                                             print_pdf, printers)
from trefpuntje.printing.schedule import render_schedule

from tests.printing.conftest import pdf_text, read_qr_codes, rasterise

QUEUE = "trefpuntje-pdf"
CUPS_PDF_OUTPUT = Path(os.environ.get("TREFPUNTJE_CUPS_PDF_DIR", "/var/spool/cups-pdf"))
SETUP = ("install the Debian packages cups and printer-driver-cups-pdf, then run "
         "`sudo bash scripts/setup-cups-pdf.sh` (CI runs it before the tests)")


@pytest.fixture
def cups_pdf_queue() -> str:
    if shutil.which("lp") is None or shutil.which("lpstat") is None:
        pytest.fail(f"lp/lpstat not found: {SETUP}")
    try:
        queues = printers()
    except PrintingUnavailable as error:
        pytest.fail(f"{error}: {SETUP}")
    if QUEUE not in queues:
        pytest.fail(f"the CUPS queue {QUEUE} does not exist (queues: {queues or 'none'}): {SETUP}")
    return QUEUE


def wait_for_job_pdf(job_id: str, since: float, timeout: float = 90) -> Path:
    """The PDF that cups-pdf wrote for ``job_id`` ("<title>-job_<n>.pdf", see the setup script)."""
    number = job_id.rsplit("-", 1)[1]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for name in glob.glob(str(CUPS_PDF_OUTPUT / "*" / f"*-job_{number}.pdf")):
            path = Path(name)
            if path.stat().st_mtime >= since - 2 and path.stat().st_size > 0:
                size = path.stat().st_size
                time.sleep(0.5)  # cups-pdf may still be writing
                if path.stat().st_size == size:
                    return path
        time.sleep(0.25)
    pytest.fail(f"no PDF for CUPS job {job_id} in {CUPS_PDF_OUTPUT} after {timeout} s; see /var/log/cups/error_log")


def test_the_schedule_printed_through_cups_comes_out_holding_the_schedule(demo_database: Database, cups_pdf_queue: str):
    monday = parse_iso_week("2026-W49")
    with demo_database.write() as session:
        views = week(session, monday=monday)
    pdf = render_schedule(views, monday, "'t Trefpuntje", "en")

    started = time.time()
    job = print_pdf(pdf, cups_pdf_queue, title=f"trefpuntje-test-{uuid.uuid4().hex[:8]}")
    assert job.startswith(f"{cups_pdf_queue}-")
    printed = pdf_text(wait_for_job_pdf(job, started)).replace("\n", " ")

    for title in {v.title for v in views}:
        assert title.split(":")[0] in printed, title
    assert "Naaiatelier" in printed and "14:00" in printed and "Places left" in printed


def test_print_card_to_a_printer_and_a_file_delivers_the_same_scannable_card(
        demo_database: Database, cups_pdf_queue: str, run_print: Callable[..., int], tmp_path: Path,
        capsys: pytest.CaptureFixture[str]):
    from trefpuntje.core.cards import ScanOutcome, identify
    from trefpuntje.core.members import list_members

    with demo_database.read() as session:
        nel = next(m for m in list_members(session) if m.first_name == "Nel")
    started = time.time()
    assert run_print("print", "card", str(nel.id), "-o", str(tmp_path / "card.pdf"), "--printer", cups_pdf_queue) == 0
    out = capsys.readouterr().out
    job = out.split("(job ")[1].split(")")[0]
    printed = wait_for_job_pdf(job, started)

    assert "Nel" in pdf_text(printed)
    (tmp_path / "from-file").mkdir()
    (tmp_path / "from-printer").mkdir()
    [code] = read_qr_codes(rasterise((tmp_path / "card.pdf").read_bytes(), tmp_path / "from-file")[0])
    [printed_code] = read_qr_codes(rasterise(printed.read_bytes(), tmp_path / "from-printer")[0])
    assert printed_code.text == code.text  # the printer got the very card that was saved
    with demo_database.read() as session:
        assert identify(session, scanned=code.text).outcome == ScanOutcome.MEMBER


def test_an_unknown_printer_is_a_clear_error_and_nothing_is_sent(cups_pdf_queue: str):
    with pytest.raises(UnknownPrinter) as caught:
        print_pdf(b"%PDF-1.4", "no-such-printer")
    assert isinstance(caught.value, DomainError)
    assert caught.value.translated("en") == "There is no printer called no-such-printer."


def test_the_default_printer_follows_lpdest(cups_pdf_queue: str, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("LPDEST", cups_pdf_queue)
    assert default_printer() == cups_pdf_queue


def test_without_a_default_printer_a_name_is_asked_for(monkeypatch: pytest.MonkeyPatch):
    import trefpuntje.printing.print_queue as queue

    monkeypatch.setattr(queue, "default_printer", lambda: None)
    monkeypatch.setattr(queue.shutil, "which", lambda name: f"/usr/bin/{name}")
    with pytest.raises(NoDefaultPrinter):
        print_pdf(b"%PDF-1.4")


def test_without_cups_printing_says_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    monkeypatch.setenv("PATH", str(tmp_path))  # no lp, no lpstat
    with pytest.raises(PrintingUnavailable) as caught:
        print_pdf(b"%PDF-1.4", "trefpuntje-pdf")
    assert "CUPS" in caught.value.translated("en")

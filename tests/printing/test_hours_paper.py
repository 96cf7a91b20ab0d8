"""Volunteer hours on paper: the statement with its monthly totals per task, and the
thank-you certificate, read back from the PDF; both through ``trefpuntje print``."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.hours_fixtures import at, make_centre
from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise
from trefpuntje.core.hours import add_manual_entry
from trefpuntje.core.hours_allowance import set_volunteer_allowance
from trefpuntje.core.hours_reports import Certificate, HoursStatement, TaskMonths, certificate_of, hours_statement
from trefpuntje.core.hours_review import approve_entry
from trefpuntje.printing.certificate import hours_in_words, render_certificate
from trefpuntje.printing.hours import render_hours_statement

Run = Callable[..., int]


@pytest.fixture
def centre(database):  # type: ignore[no-untyped-def]
    centre = make_centre(database)
    with database.write() as session:
        for task, start, minutes in ((centre.coffee, at(5, 9, month=1), 180), (centre.coffee, at(12, 9, month=1), 150),
                                     (centre.shop, at(3, 13, month=3), 90), (centre.cooking, at(4, 15, month=3), 45)):
            entry = add_manual_entry(session, member_id=centre.suus, task_id=task, started_at=start, minutes=minutes,
                                     now=at(30, 10))
            approve_entry(session, entry_id=entry.id, coordinator_id=centre.coordinator, now=at(30, 10))
        add_manual_entry(session, member_id=centre.suus, task_id=centre.shop, started_at=at(29, 13), minutes=120,
                         now=at(30, 10))  # waits for approval
        set_volunteer_allowance(session, member_id=centre.suus, cents_per_hour=250, now=at(30, 10))
    return centre


def test_the_statement_shows_monthly_totals_per_task_and_the_year(centre, tmp_path: Path):
    with centre.read() as session:
        statement = hours_statement(session, member_id=centre.suus, year=2026)
    pdf = render_hours_statement(statement, "'t Trefpuntje", "en", made_on=date(2026, 11, 30))
    [page] = pdf_pages_text(pdf)
    for words in ("Volunteer hours 2026", "Suus Verhoeven", "Koffiehoek", "Weggeefwinkel", "Koken", "5:30",
                  "2:15", "Year", "7:45", "Waiting for a coordinator's approval, not counted yet: 2:00",
                  "€19.37", "€2.50 an hour", "Made on 30 November 2026"):
        assert words in page, words
    assert "January" in page and "December" in page
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width < 600  # three tasks: portrait


def test_a_statement_with_many_tasks_turns_landscape_and_folds_the_smallest(tmp_path: Path):
    tasks = tuple(TaskMonths(uuid.uuid4(), f"Taak {n}", "volunteers", tuple([60 * (n + 1)] + [0] * 11))
                  for n in range(12))
    totals = tuple(sum(t.minutes[m] for t in tasks) for m in range(12))
    statement = HoursStatement(uuid.uuid4(), "Mei", "Mei Chen", 2026, tasks, totals, 0, 2, 0, (0,) * 12)
    pdf = render_hours_statement(statement, "'t Trefpuntje", "en")
    [page] = pdf_pages_text(pdf)
    assert PdfReader(io.BytesIO(pdf)).pages[0].mediabox.width > 800
    assert "Taak 11" in page and "Taak 0" not in page and "Other" in page  # 1 + 2 + 3 hours: 6:00
    assert "78:00" in page  # 1 + 2 + ... + 12 hours, all in January
    assert "Forgotten clock-outs a coordinator still has to complete: 2." in page
    assert len(rasterise(pdf, tmp_path, dpi=30)) == 1


def test_the_certificate_reads_back_with_name_hours_tasks_and_the_centre(centre, tmp_path: Path):
    with centre.read() as session:
        certificate = certificate_of(session, member_id=centre.suus, year=2026)
    pdf = render_certificate(certificate, "'t Trefpuntje", "en", made_on=date(2026, 12, 18))
    [page] = pdf_pages_text(pdf)
    for words in ("Thank you!", "'t Trefpuntje thanks", "Suus Verhoeven", "for 8 hours as a volunteer in 2026",
                  "Koffiehoek · Weggeefwinkel · Koken", "18 December 2026", "On behalf of 't Trefpuntje"):
        assert words in page, words
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (842, 595)  # A4 landscape, to frame
    assert len(rasterise(pdf, tmp_path, dpi=30)) == 1


def test_a_long_name_and_many_tasks_still_fit_the_certificate():
    certificate = Certificate("Mahmoud", "Mahmoud Abdelrahman-Van den Heuvel de Vries-Bakker", 2026, 30,
                              tuple(f"Een heel lange taaknaam {n}" for n in range(8)), "meals")
    text = pdf_text(render_certificate(certificate, "Buurtcentrum 't Trefpuntje Nijmegen-Oost", "en"))
    assert "Mahmoud Abdelrahman-Van den Heuvel de Vries-Bakker" in text and "30 minutes" in text


@pytest.mark.parametrize(("minutes", "words"), [(45, "45 minutes"), (60, "1 hour"), (75, "1½ hours"),
                                                (89, "1½ hours"), (90, "1½ hours"), (105, "2 hours"),
                                                (146 * 60 + 20, "146½ hours")])
def test_hours_in_words(minutes, words):
    assert hours_in_words(minutes, "en") == words


def test_print_hours_and_certificate_on_the_command_line(centre, run_print: Run, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]):
    assert run_print("print", "hours", str(centre.suus), "--year", "2026", "-o", str(tmp_path / "hours.pdf")) == 0
    assert run_print("print", "certificate", str(centre.suus), "--year", "2026", "-o", str(tmp_path / "cert.pdf")) == 0
    assert "Saved in" in capsys.readouterr().out
    assert "Koffiehoek" in pdf_text(tmp_path / "hours.pdf")
    assert "Suus Verhoeven" in pdf_text(tmp_path / "cert.pdf")
    assert (tmp_path / "cert.pdf").stat().st_mode & 0o077 == 0  # one person's data: the owner's file


def test_no_certificate_without_counted_hours_and_nothing_written(centre, run_print: Run, tmp_path: Path):
    from trefpuntje.core.errors import NotAllowed

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(NotAllowed, match="Ahmed has no counted hours in 2026"):
        run_print("print", "certificate", str(centre.ahmed), "--year", "2026", "-o", str(out / "cert.pdf"))
    assert list(out.iterdir()) == []

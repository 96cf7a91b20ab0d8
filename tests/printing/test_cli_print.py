from __future__ import annotations

import os
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlmodel import func, select

import trefpuntje.cli_print as cli_print
from trefpuntje.core.cards import ScanOutcome, identify, issue_card, members_without_printed_card
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.members import add_member, list_members
from trefpuntje.core.models import Card
from trefpuntje.db.engine import Database
from trefpuntje.printing.print_queue import PrintError

from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise, read_qr_codes

Run = Callable[..., int]


def _card_count(database: Database) -> int:
    with database.read() as session:
        return session.exec(select(func.count()).select_from(Card)).one()


def _scan(database: Database, token: str):
    with database.read() as session:
        return identify(session, scanned=token)


def test_print_card_issues_a_new_card_that_scans_and_retires_the_old_one(database: Database, run_print: Run,
                                                                        tmp_path: Path):
    with database.write() as session:
        nel = add_member(session, first_name="Nel", last_name="Verhoeven")
        old = issue_card(session, member_id=nel.id)

    assert run_print("print", "card", str(nel.id), "-o", str(tmp_path / "card.pdf")) == 0

    [code] = read_qr_codes(rasterise((tmp_path / "card.pdf").read_bytes(), tmp_path)[0])
    scan = _scan(database, code.text)
    assert scan.outcome == ScanOutcome.MEMBER and scan.member.id == nel.id  # type: ignore[union-attr]
    assert _scan(database, old.token).outcome == ScanOutcome.REPLACED
    with database.read() as session:
        assert nel.id not in {m.id for m in members_without_printed_card(session)}
    assert not list(tmp_path.glob(".*.part"))


def test_print_cards_new_prints_a_sheet_for_everyone_without_a_printed_card_once(
        demo_database: Database, run_print: Run, tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    with demo_database.read() as session:
        waiting = members_without_printed_card(session)
    assert len(waiting) == len(list_members(session)) == 40

    assert run_print("print", "cards", "--new", "-o", str(tmp_path / "sheet.pdf")) == 0
    assert "New cards: 40." in capsys.readouterr().out

    sheet = (tmp_path / "sheet.pdf").read_bytes()
    assert len(pdf_pages_text(sheet)) == 4  # ten to a page
    tokens = [code.text for png in rasterise(sheet, tmp_path, dpi=200) for code in read_qr_codes(png)]
    assert len(set(tokens)) == 40
    assert {_scan(demo_database, t).member.first_name for t in tokens} == {m.first_name for m in waiting}  # type: ignore[union-attr]
    with demo_database.read() as session:
        assert members_without_printed_card(session) == []

    assert run_print("print", "cards", "--new", "-o", str(tmp_path / "again.pdf")) == 0
    assert "already has a printed card" in capsys.readouterr().out
    assert not (tmp_path / "again.pdf").exists()


def test_a_sheet_that_cannot_be_written_leaves_no_card_issued_and_no_file(demo_database: Database, run_print: Run,
                                                                          tmp_path: Path):
    before = _card_count(demo_database)
    target = tmp_path / "sheet.pdf"
    target.mkdir()  # a folder where the file should go: the final rename fails

    with pytest.raises(OSError):
        run_print("print", "cards", "--new", "-o", str(target))

    assert _card_count(demo_database) == before
    with demo_database.read() as session:
        assert len(members_without_printed_card(session)) == 40
    assert target.is_dir() and not list(target.iterdir())
    assert not list(tmp_path.glob(".*.part"))


def test_when_the_transaction_fails_after_the_file_is_placed_the_file_is_taken_back(
        demo_database: Database, run_print: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    deliver = cli_print.Delivery.deliver

    def deliver_then_fail(self: cli_print.Delivery, pdf: bytes, title: str, private: bool = False) -> None:
        deliver(self, pdf, title, private)
        assert (tmp_path / "sheet.pdf").exists()
        raise RuntimeError("the database went away")

    monkeypatch.setattr(cli_print.Delivery, "deliver", deliver_then_fail)
    before = _card_count(demo_database)
    with pytest.raises(RuntimeError):
        run_print("print", "cards", "--new", "-o", str(tmp_path / "sheet.pdf"))

    assert not (tmp_path / "sheet.pdf").exists()
    assert _card_count(demo_database) == before


def test_an_unknown_printer_stops_before_any_card_is_issued(demo_database: Database, run_print: Run, tmp_path: Path):
    before = _card_count(demo_database)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(PrintError):
        run_print("print", "cards", "--new", "--printer", "no-such-printer", "-o", str(out / "sheet.pdf"))
    assert _card_count(demo_database) == before
    assert not list(out.iterdir())


def test_print_schedule_writes_the_week_and_the_staff_copy_names_people(demo_database: Database, run_print: Run,
                                                                        tmp_path: Path):
    assert run_print("print", "schedule", "--week", "2026-W49", "-o", str(tmp_path / "schedule.pdf")) == 0
    assert run_print("print", "schedule", "--week", "2026-W49", "--staff", "-o", str(tmp_path / "staff.pdf")) == 0

    public = pdf_text(tmp_path / "schedule.pdf")
    staff = pdf_text(tmp_path / "staff.pdf")
    assert "Naaiatelier" in public and "Week 49" in public and "Signed up" not in public
    assert "Naaiatelier" in staff and "Signed up (6)" in staff and "Waiting list (2)" in staff


def test_files_with_card_codes_or_names_are_for_their_owner_only(demo_database: Database, run_print: Run,
                                                                 tmp_path: Path):
    old_umask = os.umask(0o022)
    try:
        run_print("print", "cards", "--new", "-o", str(tmp_path / "sheet.pdf"))
        run_print("print", "schedule", "--week", "2026-W49", "--staff", "-o", str(tmp_path / "staff.pdf"))
        run_print("print", "schedule", "--week", "2026-W49", "-o", str(tmp_path / "public.pdf"))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE((tmp_path / "sheet.pdf").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "staff.pdf").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "public.pdf").stat().st_mode) == 0o644


def test_print_needs_somewhere_to_send_the_pages(database: Database, run_print: Run):
    with pytest.raises(InvalidInput) as caught:
        run_print("print", "schedule", "--week", "2026-W49")
    assert "-o FILE" in caught.value.translated("en")


def test_print_refuses_a_bad_week_and_a_missing_folder(database: Database, run_print: Run, tmp_path: Path):
    with pytest.raises(InvalidInput):
        run_print("print", "schedule", "--week", "week 49", "-o", str(tmp_path / "s.pdf"))
    with pytest.raises(InvalidInput):
        run_print("print", "schedule", "-o", str(tmp_path / "nowhere" / "s.pdf"))


def test_print_cards_requires_new(database: Database, run_print: Run):
    with pytest.raises(SystemExit):
        run_print("print", "cards", "-o", "sheet.pdf")

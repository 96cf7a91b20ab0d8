"""Till paper read back: the receipt's lines add up to its total, the Z report shows
the drawer, and the commands make both."""

from __future__ import annotations

import argparse
import io
import json
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from pypdf import PdfReader

from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise
from trefpuntje.cli import Context
from trefpuntje.cli_print import register
from trefpuntje.cli_till import register as register_till
from trefpuntje.cli_till import register_print_commands
from trefpuntje.core.demo import fill_demo
from trefpuntje.core.members import add_member
from trefpuntje.core.till import close_session, open_session, sell, undo_last_sale
from trefpuntje.core.till_products import add_product
from trefpuntje.core.till_reports import receipt, x_report, z_report
from trefpuntje.printing.receipt import ROLL_WIDTH, render_receipt, render_till_report

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
AMOUNT = re.compile(r"(-?)€\s?(-?)([\d.]+),(\d\d)$")


def cents(text: str) -> int:
    match = AMOUNT.search(text.strip())
    assert match, text
    sign = -1 if match.group(1) or match.group(2) else 1
    return sign * (int(match.group(3).replace(".", "")) * 100 + int(match.group(4)))


@pytest.fixture
def sold(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        henk = add_member(session, first_name="Henk", roles=["volunteer"]).id
        coffee = add_product(session, name="Koffie", price_cents=120).id
        cake = add_product(session, name="Appeltaart met slagroom en een heel lange naam", price_cents=265).id
        soap = add_product(session, name="Zeep", price_cents=395, vat_rate_percent=21).id
        till = open_session(session, opened_by_id=henk, float_cents=5000, now=NOW).id
        cash = sell(session, till_session_id=till, items=[(coffee, 3), (cake, 1), (soap, 2)], payment="cash",
                    cash_received_cents=2000, now=NOW)
        sell(session, till_session_id=till, items=[(coffee, 1)], payment="card", now=NOW)
        undo_last_sale(session, till_session_id=till, now=NOW)
        close_session(session, till_session_id=till, counted_cash_cents=6410, closed_by_id=henk,
                      now=NOW + timedelta(hours=6))
    return database, cash.sale_id, till


def test_a_receipt_read_back_has_lines_that_add_up_to_its_total(sold):
    database, sale_id, _ = sold
    with database.read() as session:
        shown = receipt(session, sale_id=sale_id)
    pdf = render_receipt(shown, "'t Trefpuntje", "nl")
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(ROLL_WIDTH)
    lines = [line.strip() for line in page.extract_text(extraction_mode="layout").splitlines()]
    items = [line for line in lines if re.match(r"^-?\d+ × ", line)]
    assert len(items) == 3
    total = next(line for line in lines if line.startswith("Totaal"))
    assert sum(cents(line) for line in items) == cents(total) == 1415
    text = pdf_text(pdf)
    assert "'t Trefpuntje" in text and "1-1" in text and "€ 20,00" in text and "€ 5,85" in text
    assert "Btw 21%" in text


def test_the_receipt_of_an_undo_names_the_sale_it_takes_back(sold):
    database, _, till = sold
    from trefpuntje.core.till import sales_of_session

    with database.read() as session:
        undo = sales_of_session(session, till)[-1]
        text = pdf_text(render_receipt(receipt(session, sale_id=undo.id), "'t Trefpuntje", "en"))
    assert "Undo of receipt 1-2" in text and "-1 × Koffie" in text and "-€1.20" in text


def test_the_z_report_shows_expected_and_counted_cash_and_the_difference(sold, tmp_path):
    database, _, till = sold
    with database.read() as session:
        report = z_report(session, till_session_id=till)
    roll = pdf_text(render_till_report(report, "'t Trefpuntje", "en"))
    for words in ("Z report 1", "Expected in the drawer", "€64.15", "Counted", "€64.10", "Difference: short",
                  "-€0.05", "3 × Koffie", "VAT 9%", "VAT 21%", "Undo of no. 1-2"):
        assert words in roll, words
    a4 = render_till_report(report, "'t Trefpuntje", "en", paper="a4")
    assert len(rasterise(a4, tmp_path, dpi=30)) == 1 and "Z report 1" in pdf_text(a4)


def test_a_long_x_report_on_a4_continues_on_a_second_page(database):
    with database.write() as session:
        henk = add_member(session, first_name="Henk", roles=["volunteer"]).id
        till = open_session(session, opened_by_id=henk, float_cents=0, now=NOW).id
        for n in range(70):
            product = add_product(session, name=f"Product {n}", price_cents=100 + n).id
            sell(session, till_session_id=till, items=[(product, 1)], payment="card", now=NOW)
        report = x_report(session, till_session_id=till, now=NOW)
    pages = pdf_pages_text(render_till_report(report, "'t Trefpuntje", "en", paper="a4"))
    assert len(pages) == 2 and "X report" in pages[0] and "Product 69" in "".join(pages)


def run(database_url: str, *argv: str) -> int:
    parser = argparse.ArgumentParser(prog="trefpuntje")
    commands = parser.add_subparsers(dest="command")
    register(commands)
    register_till(commands)
    what = next(a for a in commands.choices["print"]._actions if isinstance(a, argparse._SubParsersAction))
    if "receipt" not in what.choices:  # until cli_print wires them itself
        register_print_commands(what)
    args = parser.parse_args(list(argv))
    args.db, args.database_url, args.lang = None, database_url, "en"
    return args.handler(Context(args))


def test_the_commands_print_a_receipt_and_the_last_z_report_and_list_a_day(database, tmp_path, capsys):
    from trefpuntje.core.demo import DEMO_STEPS
    from trefpuntje.core.demo_till import till_demo

    steps = DEMO_STEPS if till_demo in DEMO_STEPS else [*DEMO_STEPS, till_demo]
    with database.write() as session:
        from trefpuntje.core import demo

        original, demo.DEMO_STEPS = demo.DEMO_STEPS, steps
        try:
            fill_demo(session, today=date(2026, 11, 30))
        finally:
            demo.DEMO_STEPS = original
    capsys.readouterr()
    assert run(database.url, "till", "sales", "--day", "2026-11-27", "--json") == 0
    sales = json.loads(capsys.readouterr().out)
    assert sales and all(isinstance(s["total_cents"], int) and s["payment"] in ("cash", "card", "strips", "free")
                         for s in sales)
    assert run(database.url, "print", "receipt", sales[0]["id"], "-o", str(tmp_path / "r.pdf")) == 0
    assert "Receipt" in pdf_text(tmp_path / "r.pdf")
    assert run(database.url, "print", "z-report", "--last", "-o", str(tmp_path / "z.pdf"), "--paper", "a4") == 0
    z_text = pdf_text(tmp_path / "z.pdf")  # the last day's (the neighbour meals' pick-ups before it have Z reports too)
    assert re.search(r"Z report \d+", z_text) and "Opened Friday 27 November 2026" in z_text

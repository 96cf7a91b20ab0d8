"""Giveaway-shop paper: the item label (its QR code scans back to the item) and a
maker's payout statement (its totals are the till's own sale lines), through
``trefpuntje print label`` and ``trefpuntje print payout``."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlmodel import col, func, select

from tests.core.shop_fixtures import NOW, open_till, people
from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise, read_qr_codes
from trefpuntje.core.errors import NotFound
from trefpuntje.core.models import SaleLine
from trefpuntje.core.models.shop import ShopItem
from trefpuntje.core.shop import add_handmade, get_item, take_in
from trefpuntje.core.shop_counter import hand_out
from trefpuntje.core.shop_makers import maker_payout
from trefpuntje.core.till import reverse_sale
from trefpuntje.core.models.till import SaleKind
from trefpuntje.db.engine import Database
from trefpuntje.printing.shop import LABEL_HEIGHT, LABEL_WIDTH, render_payout

MM = 72 / 25.4
Run = Callable[..., int]


def _pdftotext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.fixture
def shop_items(database: Database):  # type: ignore[no-untyped-def]
    who = people(database)
    with database.write() as session:
        coat = take_in(session, category="clothing", title="Winterjas, maat 40", donor_id=who["nel"], now=NOW)
        pan = take_in(session, category="kitchen", title="Koekenpan", price_cents=250, now=NOW)
    return who, coat, pan


def test_a_label_scans_as_its_item_and_shows_its_code_but_never_the_donor(shop_items, database: Database,
                                                                          run_print: Run, tmp_path: Path):
    who, coat, _ = shop_items
    target = tmp_path / "label.pdf"
    assert run_print("print", "label", str(coat.id), "-o", str(target)) == 0

    page = PdfReader(target).pages[0]
    assert abs(float(page.mediabox.width) / MM - LABEL_WIDTH / MM) < 0.05
    assert abs(float(page.mediabox.height) / MM - LABEL_HEIGHT / MM) < 0.05
    (tmp_path / "pages").mkdir()
    [png] = rasterise(target.read_bytes(), tmp_path / "pages", dpi=300)
    [code] = read_qr_codes(png)
    assert code.text == f"TPITEM-{coat.code}"
    with database.read() as session:
        assert get_item(session, code.text).id == coat.id  # what the counter's scanner does with it
    text = _pdftotext(target)
    assert coat.code in text and "Winterjas" in text and "Free" in text
    assert "Nel" not in text


def test_labels_by_code_one_a_page_or_on_an_a4_sheet_all_scan(shop_items, run_print: Run, tmp_path: Path):
    _, coat, pan = shop_items
    roll, sheet = tmp_path / "roll.pdf", tmp_path / "sheet.pdf"
    assert run_print("print", "label", coat.code, pan.code.lower(), "-o", str(roll)) == 0
    assert run_print("print", "label", coat.code, pan.code, "--sheet", "-o", str(sheet), lang="nl") == 0

    assert len(PdfReader(roll).pages) == 2
    assert [coat.code in t for t in pdf_pages_text(roll)] == [True, False]
    assert "€2.50" in pdf_text(roll)
    [a4] = PdfReader(sheet).pages
    assert round(float(a4.mediabox.width)) == 595
    assert "Gratis" in pdf_text(sheet) and "€ 2,50" in pdf_text(sheet)
    (tmp_path / "pages").mkdir()
    [png] = rasterise(sheet.read_bytes(), tmp_path / "pages")
    assert sorted(c.text for c in read_qr_codes(png)) == sorted(f"TPITEM-{i.code}" for i in (coat, pan))


def test_a_label_for_an_unknown_item_says_so_and_writes_no_file(shop_items, run_print: Run, tmp_path: Path):
    target = tmp_path / "label.pdf"
    with pytest.raises(NotFound):
        run_print("print", "label", "ZZZZZZ", "-o", str(target))
    assert not target.exists()


@pytest.fixture
def sold(database: Database):  # type: ignore[no-untyped-def]
    """Amira's scarves and cards sold through the till, one sale voided; Nel's bowl sold too."""
    who = people(database)
    till = open_till(database, who["karin"])
    with database.write() as session:
        scarf = add_handmade(session, maker_id=who["suus"], title="Gebreide sjaal", price_cents=1250, quantity=3,
                             now=NOW - timedelta(days=3))
        cards = add_handmade(session, maker_id=who["suus"], title="Kerstkaarten", price_cents=333, quantity=9,
                             commission_percent=15, now=NOW - timedelta(days=3))
        bowl = add_handmade(session, maker_id=who["nel"], title="Schaal", price_cents=900, now=NOW - timedelta(days=3))
    with database.write() as session:
        hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], payment="cash",
                 cash_received_cents=2000, till_session_id=till, now=NOW + timedelta(minutes=1))
        hand_out(session, item_id=cards.id, member_id=who["ahmed"], done_by_id=who["wim"], quantity=3,
                 payment="card", till_session_id=till, now=NOW + timedelta(minutes=2))
        wrong = hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], payment="card",
                         till_session_id=till, now=NOW + timedelta(minutes=3))
        hand_out(session, item_id=bowl.id, member_id=None, done_by_id=who["wim"], payment="card",
                 till_session_id=till, now=NOW + timedelta(minutes=4))
    with database.write() as session:
        assert wrong.sale is not None
        reverse_sale(session, sale_id=wrong.sale.sale_id, kind=SaleKind.VOID, reason="Twee keer aangeslagen",
                     done_by_id=who["karin"], till_session_id=till, now=NOW + timedelta(minutes=5))
    return who


def _till_total(database: Database, maker_id) -> int:  # type: ignore[no-untyped-def]
    with database.read() as session:
        products = select(ShopItem.product_id).where(ShopItem.maker_id == maker_id)
        return session.exec(select(func.sum(SaleLine.amount_cents))
                            .where(col(SaleLine.product_id).in_(products))).one()


def test_the_payout_statement_totals_are_the_till_sales_less_commission(sold, database: Database, run_print: Run,
                                                                        tmp_path: Path):
    maker = sold["suus"]
    with database.read() as session:
        payout = maker_payout(session, maker_id=maker, year=2026, month=11)
    till_total = _till_total(database, maker)
    assert payout.gross_cents == till_total == 1250 + 3 * 333  # the voided scarf nets out
    assert payout.commission_cents == 125 + 150  # 10 % of 12.50; 15 % of 9.99 rounded half up
    assert payout.net_cents == till_total - payout.commission_cents

    target = tmp_path / "payout.pdf"
    assert run_print("print", "payout", str(maker), "--month", "2026-11", "-o", str(target)) == 0
    assert target.stat().st_mode & 0o077 == 0  # one person's money: the owner's file only
    text = _pdftotext(target)
    for words in ("Suus", "November 2026", "Gebreide sjaal", "Kerstkaarten", "€22.49", "€2.75", "€19.74", "15%",
                  "To pay to Suus: €19.74", "Received by Suus"):
        assert words in text, words
    assert "Schaal" not in text and "Nel" not in text  # another maker's sales are not on it


def test_a_month_without_sales_says_nothing_was_sold(sold, database: Database):
    with database.read() as session:
        payout = maker_payout(session, maker_id=sold["suus"], year=2026, month=10)
    text = pdf_text(render_payout(payout, "'t Trefpuntje", "en"))
    assert "Nothing was sold this month." in text and "€0.00" in text


def test_a_payout_month_in_words_that_is_not_a_month_is_refused(sold, run_print: Run, tmp_path: Path):
    from trefpuntje.core.errors import InvalidInput

    with pytest.raises(InvalidInput):
        run_print("print", "payout", str(sold["suus"]), "--month", "2026-13", "-o", str(tmp_path / "p.pdf"))
    assert not (tmp_path / "p.pdf").exists()

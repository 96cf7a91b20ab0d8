from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader

from trefpuntje.core.cards import ScanOutcome, identify, issue_card
from trefpuntje.core.members import add_member
from trefpuntje.db.engine import Database
from trefpuntje.printing.card import CARD_HEIGHT, CARD_WIDTH, qr_matrix, render_card, render_card_sheet

from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise, read_qr_codes

MM = 72 / 25.4  # points per millimetre


def _issue(database: Database, *names: str) -> list:
    with database.write() as session:
        members = [add_member(session, first_name=name, last_name="Verhoeven") for name in names]
        return [issue_card(session, member_id=m.id) for m in members]


def test_a_printed_card_scans_as_its_token_and_identifies_the_member(database: Database, tmp_path: Path):
    [card] = _issue(database, "Nel")
    pdf = render_card(card, "'t Trefpuntje", "en")

    [png] = rasterise(pdf, tmp_path, dpi=300)
    [code] = read_qr_codes(png)
    assert code.text == card.token
    with database.read() as session:
        scan = identify(session, scanned=code.text)
    assert scan.outcome == ScanOutcome.MEMBER
    assert scan.member is not None and scan.member.id == card.member.id


def test_the_card_is_credit_card_size_with_a_qr_code_large_enough_to_scan(database: Database, tmp_path: Path):
    [card] = _issue(database, "Nel")
    pdf = render_card(card, "'t Trefpuntje", "en")

    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert abs(float(page.mediabox.width) / MM - 85.60) < 0.05
    assert abs(float(page.mediabox.height) / MM - 53.98) < 0.05
    [png] = rasterise(pdf, tmp_path, dpi=300)
    [code] = read_qr_codes(png)
    corners = code.position
    side_px = max(corners.top_right.x - corners.top_left.x, corners.bottom_left.y - corners.top_left.y)
    assert side_px / 300 * 25.4 >= 25  # millimetres, without the quiet zone
    assert code.ec_level in ("M", "Q")


def test_the_qr_code_keeps_its_quiet_zone():
    matrix = qr_matrix("TP" + "B" * 30)
    for edge in (matrix[:4], matrix[-4:], [row[:4] for row in matrix], [row[-4:] for row in matrix]):
        assert not any(any(row) for row in edge)


def test_a_card_shows_the_first_name_and_centre_but_no_surname_or_member_id(database: Database):
    [card] = _issue(database, "Nel")
    text = pdf_text(render_card(card, "Buurthuis De Hazenkamp", "en"))

    assert "Nel" in text
    assert "Buurthuis De Hazenkamp" in text
    assert "Verhoeven" not in text
    assert str(card.member.id) not in text and card.member.id.hex not in text
    assert card.token not in text  # only inside the QR code


def test_a_sheet_holds_ten_cards_a_page_and_every_code_scans(database: Database, tmp_path: Path):
    cards = _issue(database, *[f"Naam{n}" for n in range(12)])
    pdf = render_card_sheet(cards, "'t Trefpuntje", "en")

    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4 portrait
    texts = pdf_pages_text(pdf)
    assert all(f"Naam{n}" in texts[0] for n in range(10))
    assert all(f"Naam{n}" in texts[1] for n in (10, 11))

    decoded = [code.text for png in rasterise(pdf, tmp_path) for code in read_qr_codes(png)]
    assert sorted(decoded) == sorted(card.token for card in cards)
    with database.read() as session:
        found = {identify(session, scanned=token).member.first_name for token in decoded}  # type: ignore[union-attr]
    assert found == {f"Naam{n}" for n in range(12)}


def test_a_long_name_wraps_on_the_card_instead_of_running_off_it(database: Database, tmp_path: Path):
    [card] = _issue(database, "Wilhelmina-Alexandra Frederika")
    pdf = render_card(card, "'t Trefpuntje", "en")

    text = pdf_text(pdf).replace("\n", " ")
    assert "Wilhelmina-" in text and "Alexandra" in text and "Frederika" in text
    [png] = rasterise(pdf, tmp_path)
    assert read_qr_codes(png)[0].text == card.token


def test_the_card_sizes_are_id_1():
    assert round(CARD_WIDTH / MM, 2) == 85.60 and round(CARD_HEIGHT / MM, 2) == 53.98

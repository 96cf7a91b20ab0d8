"""The cook's sheet, read back from the PDF."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader

from trefpuntje.core.meals import offer_meal
from trefpuntje.core.meals_orders import set_meal_profile
from trefpuntje.core.meals_sheet import cook_sheet, purge_meal_diet_data
from trefpuntje.core.members import add_member
from trefpuntje.printing.meals import render_cook_sheet

from tests.core.meals_fixtures import AFTER_PICKUP, MORNING, OFFERED, kitchen, offer_args, order  # noqa: F401
from tests.printing.conftest import pdf_pages_text, pdf_text, rasterise


def _flat(text: str) -> str:
    return " ".join(text.split())


def _sheet(database, meal, cook_id, now=MORNING):
    with database.read() as session:
        return cook_sheet(session, meal_id=meal.id, asking_id=cook_id, now=now)


def test_the_cooks_sheet_shows_portions_diners_and_the_allergies_that_matter(kitchen, tmp_path):
    database, people, meal = kitchen
    with database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"], allergens=["milk", "peanuts"],
                         now=OFFERED)
        set_meal_profile(session, member_id=people["Riet"], asking_id=people["Riet"], allergens=["sesame"], now=OFFERED)
    order(database, meal.id, people["Nel"], 2, confirmed_allergens=True)
    order(database, meal.id, people["Riet"], 1)
    order(database, meal.id, people["Suus"], 1)
    order(database, meal.id, people["Ahmed"], 1, waiting_list_ok=True)
    pdf = render_cook_sheet(_sheet(database, meal, people["Bep"]), "'t Trefpuntje", "en", printed_at=MORNING)
    text = _flat(pdf_text(pdf))

    for words in ("Stamppot boerenkool", "cook: Bep", "Wednesday 2 December 2026, pick-up from 17:00 to 18:30",
                  "Ordering closes Wednesday 2 December 12:00", "4 Portions ordered", "0 Portions left",
                  "1 On the waiting list", "€3.50 a portion; for the portions ordered: €14.00",
                  "Allergens in the dish: Milk (and lactose), Mustard",
                  "Allergic to Milk (and lactose), which is in the dish: confirmed when ordering",
                  "Also allergic to Peanuts: keep this portion apart", "Also allergic to Sesame",
                  "Food safety: you confirmed on Monday 30 November 10:00", "I washed my hands",
                  "keep it to yourself and throw it away after the meal"):
        assert words in text, words
    for name in ("Nel", "Riet", "Suus"):
        assert name in text
    assert "Ahmed" not in text  # waiting, not a diner
    assert "Stamppot" not in PdfReader(io.BytesIO(pdf)).metadata.title  # print queues are public
    assert len(rasterise(pdf, tmp_path, dpi=60)) == 1


def test_the_sheet_is_translated_and_a_long_list_continues_on_the_next_page(kitchen):
    database, people, meal = kitchen
    with database.write() as session:
        big = offer_meal(session, **offer_args(people["Bep"], portions=60, max_per_member=1, dish="Soep"))
        names = [add_member(session, first_name=f"Buur{n:02d}").id for n in range(45)]
    for member_id in names:
        order(database, big.id, member_id)
    pdf = render_cook_sheet(_sheet(database, big, people["Bep"]), "'t Trefpuntje", "nl")
    pages = pdf_pages_text(pdf)
    assert len(pages) >= 2
    text = _flat("\n".join(pages))
    assert all(f"Buur{n:02d}" in text for n in range(45))
    assert "Wie heeft besteld" in text or "Who ordered" in text  # Dutch once the translator has been


def test_after_the_purge_the_sheet_says_the_allergies_are_gone(kitchen):
    database, people, meal = kitchen
    with database.write() as session:
        set_meal_profile(session, member_id=people["Nel"], asking_id=people["Nel"], allergens=["milk"], now=OFFERED)
    order(database, meal.id, people["Nel"], confirmed_allergens=True)
    later = AFTER_PICKUP + timedelta(days=31)
    with database.write() as session:
        assert purge_meal_diet_data(session, now=later) == 1
    text = _flat(pdf_text(render_cook_sheet(_sheet(database, meal, people["Bep"], now=later), "'t Trefpuntje", "en")))
    assert "Nel" in text and "Milk (and lactose), which is in the dish" not in text
    assert "allergies were removed after the meal" in text


def test_an_arabic_screen_prints_the_sheet_in_english_not_in_unjoined_letters(kitchen):
    """Arabic on paper needs shaping and right-to-left lines, which reportlab does not do
    here; the allergen names have Arabic words on screen, the paper has English ones."""
    from trefpuntje.core.meals_words import allergen_name
    from trefpuntje.printing.words import paper_language

    database, people, meal = kitchen
    order(database, meal.id, people["Nel"], 1)
    assert paper_language("ar") == "en" and paper_language("nl") == "nl"
    assert allergen_name("milk", "ar") != allergen_name("milk", "en")  # the screen has Arabic words
    text = _flat(pdf_text(render_cook_sheet(_sheet(database, meal, people["Bep"]), "'t Trefpuntje", "ar",
                                            printed_at=MORNING)))
    assert "Allergens in the dish: Milk (and lactose), Mustard" in text
    assert not any("\u0600" <= char <= "\u06ff" for char in text)

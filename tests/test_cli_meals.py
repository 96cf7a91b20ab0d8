"""``trefpuntje meals ...`` and ``trefpuntje print meal``, in process on the test's database."""

from __future__ import annotations

import json
import stat
from datetime import UTC, date, datetime, time, timedelta

import pytest

from trefpuntje.cli import main
from trefpuntje.core.activities import local_moment
from trefpuntje.core.meals import offer_meal
from trefpuntje.core.meals_orders import order_meal, set_meal_profile
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role

from tests.printing.conftest import pdf_text


@pytest.fixture
def meals(database):
    """Two meals from the day after tomorrow (real time: the list shows what is still to come), one called off."""
    now = datetime.now(UTC)
    day = date.today() + timedelta(days=2)
    with database.write() as session:
        bep = add_member(session, first_name="Bep", roles=(Role.COOK,))
        nel = add_member(session, first_name="Nel")
        set_meal_profile(session, member_id=nel.id, asking_id=nel.id, allergens=["eggs"], now=now)
        made = [offer_meal(session, cook_id=bep.id, dish=dish, day=day + timedelta(days=n), pickup_from=time(17),
                           pickup_until=time(18), order_until=local_moment(day + timedelta(days=n), time(12)),
                           portions=6, contribution_cents=300, allergens=("eggs",), safety_confirmed=True, now=now)
                for n, dish in enumerate(("Pannenkoeken", "Erwtensoep"))]
        order_meal(session, meal_id=made[0].id, member_id=nel.id, portions=2, confirmed_allergens=True, now=now)
    return database, made


def _run(database, *argv: str) -> int:
    return main(["--database-url", database.url, "--lang", "en", *argv])


def test_meals_list_json_gives_id_dish_date_and_portions_left(meals, capsys):
    database, made = meals
    assert _run(database, "meals", "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed == [{"id": str(m.id), "dish": m.dish, "date": m.day.isoformat(), "portions_left": left}
                      for m, left in zip(made, (4, 6))]
    assert _run(database, "meals", "list") == 0
    out = capsys.readouterr().out
    assert "Pannenkoeken" in out and "4 of 6 left" in out


def test_print_meal_writes_the_cooks_sheet_for_its_owner_only(meals, tmp_path, capsys):
    database, made = meals
    target = tmp_path / "cook.pdf"
    assert _run(database, "print", "meal", str(made[0].id), "-o", str(target)) == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # it names a neighbour and her allergy
    text = " ".join(pdf_text(target).split())
    assert "Pannenkoeken" in text and "Nel" in text and "Allergic to Eggs, which is in the dish" in text
    assert _run(database, "print", "meal", "not-a-meal", "-o", str(tmp_path / "x.pdf")) == 1
    assert "is not a meal id" in capsys.readouterr().err and not (tmp_path / "x.pdf").exists()


def test_meals_payout_lists_the_cooks_of_a_month(meals, capsys):
    database, made = meals
    month = made[0].day.strftime("%Y-%m")
    assert _run(database, "meals", "payout", "--month", month, "--json") == 0
    payout = json.loads(capsys.readouterr().out)
    held = sum(1 for m in made if m.day.strftime("%Y-%m") == month)
    assert [(p["cook"], p["meals"], p["portions"], p["amount_cents"]) for p in payout] == [("Bep", held, 0, 0)]
    with pytest.raises(SystemExit):
        _run(database, "meals", "payout", "--month", "november")

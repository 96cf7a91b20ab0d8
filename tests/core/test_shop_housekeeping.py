"""The daily housekeeping puts shop reservations that ran out back on the shelf."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.core.shop_fixtures import NOW, people
from trefpuntje.core.housekeeping import run_housekeeping
from trefpuntje.core.models.shop import ShopItem, ShopReservation
from trefpuntje.core.shop import take_in
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.db.engine import Database


def test_the_daily_housekeeping_returns_expired_reservations_to_the_shelf(database: Database, tmp_path: Path):
    who = people(database)
    with database.write() as session:
        coat = take_in(session, category="clothing", title="Winterjas", now=NOW)
        pan = take_in(session, category="kitchen", title="Koekenpan", now=NOW)
        late = reserve(session, item_id=coat.id, member_id=who["nel"], now=NOW)
        fresh = reserve(session, item_id=pan.id, member_id=who["ahmed"], now=NOW + timedelta(days=1))

    first = run_housekeeping(database, now=NOW + timedelta(days=2, hours=1), folder=tmp_path)
    again = run_housekeeping(database, now=NOW + timedelta(days=2, hours=2), folder=tmp_path)

    assert (first.shop_released, again.shop_released) == (1, 0)
    with database.read() as session:
        assert session.get(ShopItem, coat.id).on_shelf == 1
        assert session.get(ShopItem, pan.id).on_shelf == 0  # still held for Ahmed
        assert session.get(ShopReservation, late.id).status == "expired"
        assert session.get(ShopReservation, fresh.id).status == "held"

"""``trefpuntje shop ...`` in process on the test's database: listing, taking in,
neighbour-made goods, clearing, fair-share limits, and bad input that saves nothing."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlmodel import func, select

from tests.core.shop_fixtures import people, photo_bytes
from trefpuntje.cli import main
from trefpuntje.core.models.shop import ShopCategory, ShopItem, ShopPhoto
from trefpuntje.core.shop import take_in
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.db.engine import Database


def _run(database: Database, *argv: str) -> int:
    return main(["--database-url", database.url, "--lang", "en", *argv])


def _count(database: Database, model: type) -> int:
    with database.read() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_shop_items_json_gives_id_title_category_and_status(database: Database, capsys):
    who = people(database)
    now = datetime.now(UTC)
    with database.write() as session:
        coat = take_in(session, category="clothing", title="Winterjas", donor_id=who["nel"], now=now)
        pan = take_in(session, category="kitchen", title="Koekenpan", now=now - timedelta(days=1))
        reserve(session, item_id=pan.id, member_id=who["ahmed"], now=now)
    assert _run(database, "shop", "items", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [{k: i[k] for k in ("id", "title", "category", "status")} for i in listed] == [
        {"id": str(coat.id), "title": "Winterjas", "category": "clothing", "status": "available"},
        {"id": str(pan.id), "title": "Koekenpan", "category": "kitchen", "status": "reserved"}]
    assert all("donor" not in key for item in listed for key in item)

    assert _run(database, "shop", "items", "--status", "reserved") == 0
    out = capsys.readouterr().out
    assert pan.code in out and "Reserved" in out and coat.code not in out
    assert _run(database, "shop", "items", "--category", "clothing", "--json") == 0
    assert [i["code"] for i in json.loads(capsys.readouterr().out)] == [coat.code]


def test_shop_add_takes_in_an_item_with_its_photo_and_donor_and_prints_its_code(database: Database, capsys,
                                                                               tmp_path: Path):
    who = people(database)
    photo = tmp_path / "jas.jpg"
    photo.write_bytes(photo_bytes())
    assert _run(database, "shop", "add", "--category", "clothing", "--title", "Winterjas", "--description", "maat 40",
                "--condition", "fair", "--quantity", "2", "--price", "2,50", "--donor", str(who["nel"]),
                "--photo", str(photo)) == 0
    out = capsys.readouterr().out
    with database.read() as session:
        item = session.exec(select(ShopItem)).one()
        assert session.get(ShopPhoto, item.id) is not None
    assert item.code in out and str(item.id) in out
    assert (item.title, item.condition, item.quantity, item.price_cents, item.donor_id) == (
        "Winterjas", "fair", 2, 250, who["nel"])


@pytest.mark.parametrize(("argv", "words"), [
    (("--title", "   "), "Say in a few words what it is"),
    (("--title", "Jas", "--price", "-2"), "cannot be negative"),
    (("--title", "Jas", "--price", "twee"), "cannot be negative"),
    (("--title", "Jas", "--quantity", "-1"), "from 1 to 500"),
    (("--title", "Jas", "--photo", "NOT_AN_IMAGE"), "not a picture"),
    (("--title", "Jas", "--photo", "missing.jpg"), "There is no file"),
    (("--title", "Jas", "--condition", "broken"), "The condition is one of"),
    (("--title", "Jas", "--donor", "nobody"), "nobody is not a member id"),
    (("--title", "Jas", "--category", "cars"), "There is no shop category cars"),
])
def test_bad_input_to_shop_add_exits_non_zero_with_a_message_and_saves_nothing(database: Database, capsys,
                                                                               tmp_path: Path, argv, words):
    (tmp_path / "NOT_AN_IMAGE").write_text("hello, I am text")
    argv = tuple(str(tmp_path / a) if a in ("NOT_AN_IMAGE", "missing.jpg") else a for a in argv)
    category = () if "--category" in argv else ("--category", "clothing")
    assert _run(database, "shop", "add", *category, *argv) == 1
    err = capsys.readouterr().err
    assert words in err and "Traceback" not in err
    assert _count(database, ShopItem) == 0 and _count(database, ShopPhoto) == 0


def test_shop_handmade_adds_a_neighbours_work_and_refuses_it_without_a_price(database: Database, capsys):
    who = people(database)
    assert _run(database, "shop", "handmade", "--maker", str(who["suus"]), "--title", "Gebreide sjaal",
                "--price", "0") == 1
    assert "give a price" in capsys.readouterr().err and _count(database, ShopItem) == 0
    assert _run(database, "shop", "handmade", "--maker", str(who["suus"]), "--title", "Gebreide sjaal",
                "--price", "12.50", "--commission", "15", "--quantity", "3") == 0
    with database.read() as session:
        item = session.exec(select(ShopItem)).one()
    assert (item.kind, item.category, item.maker_id, item.price_cents, item.commission_percent, item.quantity) == (
        "handmade", "handmade", who["suus"], 1250, 15, 3)


def test_shop_change_puts_an_item_right_and_refuses_bad_changes_saving_nothing(database: Database, capsys,
                                                                             tmp_path: Path):
    who = people(database)
    with database.write() as session:
        coat = take_in(session, category="kitchen", title="Wnterjas", quantity=2, donor_id=who["nel"],
                       now=datetime.now(UTC))
    photo = tmp_path / "jas.jpg"
    photo.write_bytes(photo_bytes())
    assert _run(database, "shop", "change", coat.code, "--title", "Winterjas", "--category", "clothing",
                "--price", "1,50", "--quantity", "4", "--no-donor", "--photo", str(photo)) == 0
    assert f"Saved: {coat.code} Winterjas, 4 of 4 on the shelf." in capsys.readouterr().out
    with database.read() as session:
        item = session.get(ShopItem, coat.id)
        assert (item.title, item.category, item.price_cents, item.quantity, item.on_shelf, item.donor_id) == (
            "Winterjas", "clothing", 150, 4, 4, None)
        assert session.get(ShopPhoto, coat.id) is not None
    assert _run(database, "shop", "change", coat.code, "--title", "Jas", "--price", "-1") == 1
    err = capsys.readouterr().err
    assert "cannot be negative" in err and "Traceback" not in err
    assert _run(database, "shop", "change", coat.code, "--no-photo", "--quantity", "0") == 1
    assert "from 1 to" in capsys.readouterr().err
    with database.read() as session:
        item = session.get(ShopItem, coat.id)
        assert (item.title, item.quantity) == ("Winterjas", 4) and session.get(ShopPhoto, coat.id) is not None
    assert _run(database, "shop", "change", coat.code, "--no-photo") == 0
    with database.read() as session:
        assert session.get(ShopPhoto, coat.id) is None


def test_shop_to_clear_lists_old_items_and_shop_clear_records_where_they_went(database: Database, capsys):
    now = datetime.now(UTC)
    with database.write() as session:
        old = take_in(session, category="toys", title="Ganzenbord", now=now - timedelta(weeks=9))
        new = take_in(session, category="toys", title="Knuffel", now=now - timedelta(weeks=1))
    assert _run(database, "shop", "to-clear", "--json") == 0
    assert [i["code"] for i in json.loads(capsys.readouterr().out)] == [old.code]
    assert _run(database, "shop", "clear", old.code, "--to", "kringloop") == 0
    assert "Cleared: 1 of 1" in capsys.readouterr().out
    with database.read() as session:
        cleared = session.get(ShopItem, old.id)
        assert (cleared.on_shelf, cleared.cleared_to, cleared.cleared_quantity) == (0, "kringloop", 1)
        assert session.get(ShopItem, new.id).cleared_at is None
    assert _run(database, "shop", "to-clear") == 0
    assert "more than 8 weeks: 0" in capsys.readouterr().out
    assert _run(database, "shop", "items", "--status", "cleared", "--json") == 0
    assert [i["id"] for i in json.loads(capsys.readouterr().out)] == [str(old.id)]


def test_shop_limit_sets_and_lifts_a_categorys_fair_share(database: Database, capsys):
    assert _run(database, "shop", "limit", "toys", "2") == 0
    assert "2 a week" in capsys.readouterr().out
    assert _run(database, "shop", "limit", "clothing", "none") == 0
    assert _run(database, "shop", "limit", "books", "lots") == 1
    assert "a number from 1 to 99, or none" in capsys.readouterr().err
    with database.read() as session:
        limits = {c.code: c.weekly_limit for c in session.exec(select(ShopCategory)).all()}
    assert limits["toys"] == 2 and limits["clothing"] is None and limits["books"] is None
    assert _run(database, "shop", "categories", "--json") == 0
    shelves = json.loads(capsys.readouterr().out)
    assert [c["code"] for c in shelves][:3] == ["clothing", "kitchen", "toys"]
    assert {"code", "name", "pictogram", "weekly_limit", "on_shelf"} <= set(shelves[0])

"""The giveaway shop in a member's privacy requests: the export holds their shop data
and nobody else's; erasing ends their holds and wanted list, puts the units back on the
shelf and drops them as donor, while hand-outs and makers' items stay."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from tests.core.shop_fixtures import NOW, open_till, people
from trefpuntje.core.models.shop import ShopHandout, ShopItem, ShopReservation, ShopWish
from trefpuntje.core.privacy import erase_member, export_member
from trefpuntje.core.shop import add_handmade, set_weekly_limit, take_in
from trefpuntje.core.shop_counter import hand_out
from trefpuntje.core.shop_makers import maker_payout
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.core.shop_wishes import add_wish
from trefpuntje.db.engine import Database


@pytest.fixture
def shop(database: Database):  # type: ignore[no-untyped-def]
    """Nel gave a coat, reserved a pan, wants a puzzle, was given two scarves (the second
    past the fair share), and makes bags that sold. Ahmed gave, reserved and took too."""
    who = people(database)
    till = open_till(database, who["karin"])
    with database.write() as session:
        set_weekly_limit(session, category="clothing", limit=1)
        coat = take_in(session, category="clothing", title="Winterjas", donor_id=who["nel"], now=NOW)
        pan = take_in(session, category="kitchen", title="Koekenpan", now=NOW)
        scarves = take_in(session, category="clothing", title="Sjaals", quantity=3, now=NOW)
        ahmeds = take_in(session, category="books", title="Atlas van Ahmed", donor_id=who["ahmed"], now=NOW)
        mugs = take_in(session, category="kitchen", title="Mokken", quantity=4, now=NOW)
        bag = add_handmade(session, maker_id=who["nel"], title="Tasje", price_cents=800, quantity=2, now=NOW)
    with database.write() as session:
        reserve(session, item_id=pan.id, member_id=who["nel"], now=NOW)
        reserve(session, item_id=mugs.id, member_id=who["ahmed"], now=NOW)
        add_wish(session, member_id=who["nel"], category="toys", words="puzzel voor kleinzoon", now=NOW)
        add_wish(session, member_id=who["ahmed"], category="books", words="woordenboek", now=NOW)
        hand_out(session, item_id=scarves.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW)
        hand_out(session, item_id=scarves.id, member_id=who["nel"], done_by_id=who["karin"],
                 override_reason="Voor haar kleinkinderen", now=NOW + timedelta(minutes=1))
        hand_out(session, item_id=scarves.id, member_id=who["ahmed"], done_by_id=who["wim"], now=NOW)
        hand_out(session, item_id=bag.id, member_id=None, done_by_id=who["wim"], payment="card",
                 till_session_id=till, now=NOW + timedelta(minutes=2))
    return who, {"coat": coat, "pan": pan, "scarves": scarves, "ahmeds": ahmeds, "mugs": mugs, "bag": bag}


def test_the_export_holds_the_members_shop_data_and_nobody_elses(shop, database: Database):
    who, items = shop
    with database.read() as session:
        exported = export_member(session, member_id=who["nel"], language="en")
    data = exported["giveaway_shop"]
    assert [(r["title"], r["status"]) for r in data["reservations"]] == [("Koekenpan", "held")]
    assert [(w["category"], w["words"]) for w in data["wanted_list"]] == [("toys", "puzzel voor kleinzoon")]
    assert [(h["title"], h["quantity"], h["past_fair_share_because"]) for h in data["handed_to_you"]] == [
        ("Sjaals", 1, None), ("Sjaals", 1, "Voor haar kleinkinderen")]
    assert [i["code"] for i in data["items_you_gave"]] == [items["coat"].code]
    assert [(i["title"], i["on_shelf"], i["price_cents"]) for i in data["items_you_made"]] == [("Tasje", 1, 800)]
    assert any("giveaway shop" in line for line in exported["about"])
    text = json.dumps(exported, ensure_ascii=False)
    for others in ("Ahmed", "Wim", "Karin", "Atlas", "Mokken", "woordenboek", str(who["ahmed"])):
        assert others not in text, others


def test_erasing_a_member_ends_their_holds_and_wishes_and_drops_them_as_donor(shop, database: Database):
    who, items = shop
    with database.write() as session:
        erase_member(session, member_id=who["nel"], now=NOW + timedelta(hours=1))
    with database.read() as session:
        pan = session.get(ShopItem, items["pan"].id)
        assert pan.on_shelf == 1  # back on the shelf for someone else
        statuses = {r.member_id: r.status for r in session.exec(select(ShopReservation)).all()}
        assert statuses == {who["nel"]: "cancelled", who["ahmed"]: "held"}
        wishes = {w.member_id: w for w in session.exec(select(ShopWish)).all()}
        assert wishes[who["nel"]].ended_at is not None and wishes[who["nel"]].words == ""
        assert wishes[who["ahmed"]].ended_at is None and wishes[who["ahmed"]].words == "woordenboek"
        assert session.get(ShopItem, items["coat"].id).donor_id is None
        assert session.get(ShopItem, items["ahmeds"].id).donor_id == who["ahmed"]
        handouts = session.exec(select(ShopHandout).where(ShopHandout.member_id == who["nel"])).all()
        assert len(handouts) == 2  # the fair-share counts and the till stay right
        assert sorted(h.override_reason or "" for h in handouts) == ["", "—"]  # overridden, without the why
        assert session.get(ShopItem, items["bag"].id).maker_id == who["nel"]
        payout = maker_payout(session, maker_id=who["nel"], year=2026, month=11)
        assert payout.gross_cents == 800  # the till's ledger and the payout still agree
        after = export_member(session, member_id=who["nel"], language="en")["giveaway_shop"]
    assert [r["status"] for r in after["reservations"]] == ["cancelled"]
    assert after["items_you_gave"] == [] and after["wanted_list"][0]["words"] == ""

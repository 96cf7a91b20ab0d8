"""Putting an item right after intake: words, shelf, condition, price, photo, units."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlmodel import select

from tests.core.shop_fixtures import NOW, open_till, people, photo_bytes
from trefpuntje.core import shop
from trefpuntje.core.audit import AuditEntry
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.models import Product, SaleLine
from trefpuntje.core.models.shop import ShopItem, ShopPhoto
from trefpuntje.core.shop_changes import change_item
from trefpuntje.core.shop_counter import clear_items, hand_out
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.core.shop_wishes import add_wish, wish_news


def _take_in(database, **given):
    with database.write() as session:
        return shop.take_in(session, **({"category": "clothing", "title": "Winter coat", "now": NOW} | given))


def test_a_typo_the_shelf_the_condition_and_the_price_are_put_right_and_logged(database):
    who = people(database)
    coat = _take_in(database, title="Wnter coat", category="kitchen", donor_id=who["nel"])
    with database.write() as session:
        changed = change_item(session, item=shop.label_payload(coat.code), title=" Winter coat ", category="clothing",
                              condition="fair", price_cents=150, donor_id=None, done_by_id=who["wim"], now=NOW)
    assert (changed.title, changed.category, changed.condition, changed.price_cents) == ("Winter coat", "clothing",
                                                                                         "fair", 150)
    assert changed.donor_id is None and changed.code == coat.code and changed.on_shelf == 1
    with database.read() as session:
        entry = session.exec(select(AuditEntry).where(AuditEntry.action == "shop.change")).one()
    assert entry.actor_id == who["wim"]
    assert json.loads(entry.details)["fields"] == ["category", "condition", "donor", "price_cents", "title"]
    assert "Winter" not in str(entry.details)  # which fields, never the words (a description may name someone)


def test_nothing_given_changes_nothing_and_logs_nothing(database):
    who = people(database)
    coat = _take_in(database, description="warm", donor_id=who["nel"])
    with database.write() as session:
        same = change_item(session, item=coat.id, done_by_id=who["wim"], now=NOW)
    assert same == coat
    with database.read() as session:
        assert session.exec(select(AuditEntry).where(AuditEntry.action == "shop.change")).first() is None


def test_more_units_come_in_and_missing_ones_go_but_never_those_handed_out_or_held(database):
    who = people(database)
    socks = _take_in(database, title="Socks", quantity=4)
    with database.write() as session:
        hand_out(session, item_id=socks.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW)
        reserve(session, item_id=socks.id, member_id=who["ahmed"], now=NOW)
    with database.write() as session:
        more = change_item(session, item=socks.code, quantity=7, now=NOW)
    assert (more.quantity, more.on_shelf, more.held) == (7, 5, 1)
    with database.write() as session:
        fewer = change_item(session, item=socks.code, quantity=2, now=NOW)
    assert (fewer.quantity, fewer.on_shelf) == (2, 0)
    with pytest.raises(NotAllowed, match="2 of Socks were handed out or are held") as refused, \
            database.write() as session:
        change_item(session, item=socks.code, quantity=1, title="Wool socks", now=NOW)
    assert "at the least" in str(refused.value)
    with database.read() as session:
        stored = session.get(ShopItem, socks.id)
        assert (stored.quantity, stored.on_shelf, stored.title) == (2, 0, "Socks")  # nothing half-saved


def test_a_gone_item_goes_back_on_the_shelf_when_more_come_in(database):
    who = people(database)
    mug = _take_in(database, category="kitchen", title="Mug")
    with database.write() as session:
        hand_out(session, item_id=mug.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW)
    with database.write() as session:
        again = change_item(session, item=mug.id, quantity=3, now=NOW)
    assert again.status == "available" and again.on_shelf == 2
    with database.read() as session:
        assert [card.code for card in shop.shelf(session, category="kitchen").items] == [mug.code]


def test_a_photo_is_replaced_or_removed(database):
    coat = _take_in(database)
    with database.write() as session:
        with_photo = change_item(session, item=coat.id, photo=photo_bytes(), now=NOW)
    assert with_photo.has_photo
    with database.write() as session:
        change_item(session, item=coat.id, photo=photo_bytes(1200, 1200, "PNG"), now=NOW)
    with database.read() as session:
        assert session.get(ShopPhoto, coat.id) is not None
        assert shop.item_card(session, coat.id).thumbnail is not None
    with database.write() as session:
        without = change_item(session, item=coat.id, drop_photo=True, now=NOW)
    assert not without.has_photo


@pytest.mark.parametrize(("changes", "words"), [
    ({"title": "   "}, "what it is"),
    ({"title": "x" * 61}, "at most 60"),
    ({"price_cents": -50}, "cannot be negative"),
    ({"quantity": 0}, "from 1 to"),
    ({"quantity": 501}, "from 1 to"),
    ({"category": "boats"}, "no shop category"),
    ({"category": "handmade"}, "stay on their own shelf"),
    ({"condition": "broken"}, "condition is one of"),
    ({"photo": b"not a picture at all"}, "not a picture"),
    ({"donor_id": "nobody"}, "member"),
])
def test_bad_changes_are_refused_in_words_and_nothing_is_saved(database, changes, words):
    who = people(database)
    coat = _take_in(database, donor_id=who["nel"])
    given = {"title": "Raincoat", "price_cents": 100} | changes
    with pytest.raises((InvalidInput, NotFound, NotAllowed)) as refused, database.write() as session:
        change_item(session, item=coat.id, done_by_id=who["wim"], now=NOW, **given)
    assert words in str(refused.value)
    with database.read() as session:
        assert shop.item_view(session, coat.id) == coat
        assert session.get(ShopPhoto, coat.id) is None


def test_a_cleared_item_is_history_and_an_unknown_code_is_said(database):
    who = people(database)
    coat = _take_in(database)
    with database.write() as session:
        clear_items(session, item_ids=[coat.id], to="kringloop", done_by_id=who["wim"], now=NOW + timedelta(weeks=9))
    with pytest.raises(NotAllowed, match="was cleared"), database.write() as session:
        change_item(session, item=coat.id, title="Coat", now=NOW)
    with pytest.raises(NotFound, match="No shop item"), database.write() as session:
        change_item(session, item="ZZZZZZ", title="Coat", now=NOW)


def test_volunteers_change_donated_things_and_only_staff_a_neighbours_own_work(database):
    who = people(database)
    coat = _take_in(database)
    with database.write() as session:
        scarf = shop.add_handmade(session, maker_id=who["suus"], title="Scarf", price_cents=1250, now=NOW)
    with pytest.raises(NotAllowed), database.write() as session:
        change_item(session, item=coat.id, title="Coat", done_by_id=who["nel"], now=NOW)  # not a volunteer
    with pytest.raises(NotAllowed), database.write() as session:
        change_item(session, item=scarf.id, price_cents=1000, done_by_id=who["wim"], now=NOW)
    with pytest.raises(InvalidInput, match="are sold"), database.write() as session:
        change_item(session, item=scarf.id, price_cents=0, done_by_id=who["karin"], now=NOW)
    with pytest.raises(InvalidInput, match="maker, not a donor"), database.write() as session:
        change_item(session, item=scarf.id, donor_id=who["nel"], done_by_id=who["karin"], now=NOW)
    with pytest.raises(InvalidInput, match="stay on their own shelf"), database.write() as session:
        change_item(session, item=scarf.id, category="clothing", done_by_id=who["karin"], now=NOW)


def test_a_new_price_is_what_the_till_sells_at_from_then_on(database):
    who = people(database)
    open_till(database, who["wim"])
    with database.write() as session:
        scarf = shop.add_handmade(session, maker_id=who["suus"], title="Scarf", price_cents=1250, quantity=3, now=NOW)
        hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], payment="card", now=NOW)
        change_item(session, item=scarf.id, title="Wool scarf", price_cents=1000, done_by_id=who["karin"], now=NOW)
        hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], payment="card", now=NOW)
    with database.read() as session:
        item = session.get(ShopItem, scarf.id)
        product = session.get(Product, item.product_id)
        amounts = sorted(session.exec(select(SaleLine.amount_cents)
                                      .where(SaleLine.product_id == item.product_id)).all())
    assert (product.name, product.price_cents, product.retired_at is not None) == ("Wool scarf", 1000, True)
    assert amounts == [1000, 1250]  # the earlier sale keeps its price


def test_a_wish_the_corrected_words_answer_is_told(database):
    who = people(database)
    with database.write() as session:
        add_wish(session, member_id=who["ahmed"], category="books", words="atlas", now=NOW)
    book = _take_in(database, category="books", title="Bosatals")
    with database.read() as session:
        assert wish_news(session, member_id=who["ahmed"]) == []
    with database.write() as session:
        change_item(session, item=book.id, title="Bosatlas", now=NOW)
    with database.read() as session:
        assert [news.item_code for news in wish_news(session, member_id=who["ahmed"])] == [book.code]

"""The demo fills the giveaway shop: items over every category with photos, some waiting
to be cleared, reservations, a wish that came true, hand-outs near the fair share, and a
maker whose sales went through the till."""

from __future__ import annotations

import time as clock
from datetime import UTC, date, datetime

from sqlmodel import func, select

from trefpuntje.core.demo import fill_demo
from trefpuntje.core.members import list_members
from trefpuntje.core.models.shop import ReservationStatus, ShopHandout, ShopPhoto, ShopReservation
from trefpuntje.core.shop import categories, list_items, shelf
from trefpuntje.core.shop_counter import items_to_clear
from trefpuntje.core.shop_fair_share import fair_share
from trefpuntje.core.shop_makers import maker_payout
from trefpuntje.core.shop_reservations import reservations_of
from trefpuntje.core.shop_wishes import wish_news
from trefpuntje.core.till import current_session

NOW = datetime(2026, 11, 30, 11, 0, tzinfo=UTC)  # the conftest's demo day, a Monday, mid-morning


def _people(session) -> dict:  # type: ignore[no-untyped-def]
    return {m.first_name: m.id for m in list_members(session)}


def test_the_demo_fills_every_shelf_with_some_photos_and_some_items_to_clear(demo_database):
    with demo_database.read() as session:
        shelves = {c.code: c.on_shelf for c in categories(session)}
        items = list_items(session)
        to_clear = items_to_clear(session, now=NOW)
        photos = session.exec(select(func.count()).select_from(ShopPhoto)).one()
        page = shelf(session, category="clothing")
    assert len(items) >= 30 and all(shelves[code] > 0 for code in shelves)
    assert photos >= 5 and any(card.thumbnail for card in page.items)
    assert len(to_clear) >= 3 and all(i.kind == "donated" for i in to_clear)
    assert {i.status for i in items} == {"available", "reserved", "gone", "cleared"}


def test_the_demo_has_a_held_reservation_one_that_ran_out_and_a_wish_that_came_true(demo_database):
    with demo_database.read() as session:
        who = _people(session)
        statuses = session.exec(select(ShopReservation.status)).all()
        layla = reservations_of(session, member_id=who["Layla"], now=NOW)
        news = wish_news(session, member_id=who["Mei"])
    assert sorted(statuses) == [ReservationStatus.EXPIRED.value, ReservationStatus.HELD.value]
    assert [r.title for r in layla] == ["Koekenpan"]
    assert [n.item_title for n in news] == ["Houten puzzel"]


def test_in_the_demo_nel_has_had_two_of_her_three_pieces_of_clothing_this_week(demo_database):
    with demo_database.read() as session:
        share = fair_share(session, member_id=_people(session)["Nel"], category="clothing", now=NOW)
        handouts = session.exec(select(func.count()).select_from(ShopHandout)).one()
    assert (share.limit, share.taken, share.left()) == (3, 2, 1)
    assert handouts >= 5


def test_the_demo_makers_sales_went_through_the_till_and_the_till_is_left_closed(demo_database):
    with demo_database.read() as session:
        payout = maker_payout(session, maker_id=_people(session)["Amira"], year=2026, month=11)
        assert current_session(session) is None  # the till benchmark and the demo's users open it themselves
    assert [(line.title, line.sold) for line in payout.lines] == [("Gebreide sjaal", 1),
                                                                 ("Kerstkaarten, set van vijf", 2)]
    assert payout.gross_cents == 1250 + 2 * 600 and payout.net_cents == payout.gross_cents - 125 - 120


def test_the_shop_demo_works_on_any_weekday_and_stays_quick(database):
    started = clock.perf_counter()
    with database.write() as session:
        result = fill_demo(session, today=date(2026, 12, 3))  # a Thursday
    seconds = clock.perf_counter() - started
    assert result.counts["shop items"] >= 30
    with database.read() as session:
        share = fair_share(session, member_id=_people(session)["Nel"], category="clothing",
                           now=datetime(2026, 12, 3, 11, tzinfo=UTC))
        assert current_session(session) is None
    assert share.taken == 2
    assert seconds < 30  # the whole demo; the shop's part is a small share of it

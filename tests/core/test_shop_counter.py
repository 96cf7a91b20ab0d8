"""Reserving at the kiosk, handing out at the counter, the fair-share rule and its
override, selling through the till, clearing, the wanted list and makers' payouts."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlmodel import col, select

from tests.core.shop_fixtures import NOW, open_till, people
from trefpuntje.core import shop
from trefpuntje.core.audit import audit_entries
from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.models import Sale, SaleLine
from trefpuntje.core.models.shop import ShopHandout, ShopItem, ShopReservation
from trefpuntje.core.settings import set_setting
from trefpuntje.core.shop_counter import clear_items, counter_check, hand_out, items_to_clear
from trefpuntje.core.shop_makers import maker_payout
from trefpuntje.core.shop_reservations import cancel_reservation, release_expired, reservations_of, reserve
from trefpuntje.core.shop_wishes import add_wish, mark_told, wish_news
from trefpuntje.core.till import reverse_sale
from trefpuntje.core.till_products import price_list


def _item(database, **given):
    with database.write() as session:
        return shop.take_in(session, **({"category": "clothing", "title": "Coat", "now": NOW} | given))


def _on_shelf(database, item_id) -> int:
    with database.read() as session:
        return session.get(ShopItem, item_id).on_shelf


def test_a_reservation_holds_the_item_for_two_days_then_it_returns_to_the_shelf_by_itself(database):
    who = people(database)
    item = _item(database)
    with database.write() as session:
        held = reserve(session, item_id=item.id, member_id=who["nel"], now=NOW)
    assert held.held_until == NOW + timedelta(days=2)
    assert _on_shelf(database, item.id) == 0
    with pytest.raises(NotAllowed, match="just ahead of you"), database.write() as session:
        reserve(session, item_id=item.id, member_id=who["ahmed"], now=NOW + timedelta(days=1))
    with database.read() as session:
        assert [r.item_id for r in reservations_of(session, member_id=who["nel"], now=NOW)] == [item.id]
    with database.write() as session:  # the daily housekeeping, or the next reservation
        assert release_expired(session, now=NOW + timedelta(days=2, seconds=1)) == 1
    assert _on_shelf(database, item.id) == 1
    with database.read() as session:
        assert session.exec(select(ShopReservation.status)).all() == ["expired"]
    with database.write() as session:  # now Ahmed may have it
        reserve(session, item_id=item.id, member_id=who["ahmed"], now=NOW + timedelta(days=3))


def test_the_hold_time_is_a_setting(database):
    who = people(database)
    item = _item(database)
    with database.write() as session:
        set_setting(session, key="shop_hold_days", value="5")
        assert reserve(session, item_id=item.id, member_id=who["nel"], now=NOW).held_until == NOW + timedelta(days=5)


def test_a_cancelled_reservation_goes_back_on_the_shelf_and_only_its_member_may_cancel(database):
    who = people(database)
    item = _item(database)
    with database.write() as session:
        held = reserve(session, item_id=item.id, member_id=who["nel"], now=NOW)
    with pytest.raises(Exception), database.write() as session:
        cancel_reservation(session, reservation_id=held.id, member_id=who["ahmed"], now=NOW)
    with database.write() as session:
        cancel_reservation(session, reservation_id=held.id, member_id=who["nel"], now=NOW)
    assert _on_shelf(database, item.id) == 1


def test_a_member_may_hold_only_a_few_things_at_once(database):
    who = people(database)
    items = [_item(database, category="books", title=f"Book {n}") for n in range(4)]
    with database.write() as session:
        for item in items[:3]:
            reserve(session, item_id=item.id, member_id=who["nel"], now=NOW)
    with pytest.raises(NotAllowed, match="3 things reserved"), database.write() as session:
        reserve(session, item_id=items[3].id, member_id=who["nel"], now=NOW)


def test_handing_out_a_reserved_item_collects_the_reservation(database):
    who = people(database)
    item = _item(database)
    with database.write() as session:
        reserve(session, item_id=item.id, member_id=who["nel"], now=NOW)
    with database.read() as session:
        check = counter_check(session, item_id=item.code, member_id=who["nel"], now=NOW)
    assert check.reserved_by_them and check.units_free == 1 and not check.needs_override
    with database.write() as session:
        done = hand_out(session, item_id=shop.label_payload(item.code), member_id=who["nel"], done_by_id=who["wim"],
                        now=NOW + timedelta(hours=1))
    assert done.item.status == "gone" and done.amount_cents == 0 and done.sale is None
    with database.read() as session:
        assert session.exec(select(ShopReservation.status)).all() == ["collected"]
        assert session.exec(select(ShopHandout.member_id)).all() == [who["nel"]]


def test_the_fair_share_limit_shows_before_the_hand_out_and_only_staff_may_go_past_it_with_a_reason(database):
    who = people(database)  # clothing: at most 3 a week (the migration's default)
    coats = _item(database, title="Coats", quantity=5)
    with database.write() as session:
        hand_out(session, item_id=coats.id, member_id=who["nel"], done_by_id=who["wim"], quantity=3, now=NOW)
    with database.read() as session:
        check = counter_check(session, item_id=coats.id, member_id=who["nel"], now=NOW)
    assert check.needs_override and check.share.limit == 3 and check.share.taken == 3 and check.share.left() == 0
    with pytest.raises(NotAllowed, match="fair share"), database.write() as session:
        hand_out(session, item_id=coats.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW)
    with pytest.raises(NotAllowed, match="staff member"), database.write() as session:
        hand_out(session, item_id=coats.id, member_id=who["nel"], done_by_id=who["wim"],
                 override_reason="moving house", now=NOW)
    assert _on_shelf(database, coats.id) == 2  # nothing of the refused hand-outs stayed
    with database.write() as session:
        done = hand_out(session, item_id=coats.id, member_id=who["nel"], done_by_id=who["karin"],
                        override_reason="  moving house,  needs a coat for the children ", now=NOW)
    assert done.overridden
    with database.read() as session:
        reasons = session.exec(select(ShopHandout.override_reason).where(
            col(ShopHandout.override_reason).is_not(None))).all()
        assert reasons == ["moving house, needs a coat for the children"]
        assert [e.action for e in audit_entries(session)][-1] == "shop.override"
    with database.read() as session:  # next week the count starts again
        assert not counter_check(session, item_id=coats.id, member_id=who["nel"], now=NOW + timedelta(days=7)).needs_override


def test_reserving_past_the_fair_share_is_refused_at_the_kiosk(database):
    who = people(database)
    coats = _item(database, title="Coats", quantity=5)
    with database.write() as session:
        hand_out(session, item_id=coats.id, member_id=who["nel"], done_by_id=who["wim"], quantity=2, now=NOW)
        reserve(session, item_id=coats.id, member_id=who["nel"], now=NOW)
    with pytest.raises(NotAllowed, match="your share"), database.write() as session:
        reserve(session, item_id=_item(database, title="Scarf").id, member_id=who["nel"], now=NOW)


def test_a_donated_item_needs_the_member_and_stock_never_goes_below_zero(database):
    who = people(database)
    item = _item(database, category="kitchen", title="Cups", quantity=2)
    with pytest.raises(InvalidInput), database.write() as session:
        hand_out(session, item_id=item.id, member_id=None, done_by_id=who["wim"], now=NOW)
    with pytest.raises(NotAllowed, match="Only 2"), database.write() as session:
        hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["wim"], quantity=3, now=NOW)
    with pytest.raises(NotAllowed), database.write() as session:
        hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["nel"], now=NOW)  # not staff
    assert _on_shelf(database, item.id) == 2


def test_a_priced_item_is_a_sale_line_in_the_open_till_and_a_closed_till_sells_nothing(database):
    who = people(database)
    item = _item(database, category="furniture", title="Small table", price_cents=500)
    with pytest.raises(NotAllowed, match="Open the till"), database.write() as session:
        hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["wim"], payment="cash",
                 cash_received_cents=500, now=NOW)
    assert _on_shelf(database, item.id) == 1
    till = open_till(database, who["wim"])
    with pytest.raises(InvalidInput, match="how it is paid"), database.write() as session:
        hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW)
    for other in ("free", "strips", "bitcoin"):
        with pytest.raises(NotAllowed, match="cash or by card"), database.write() as session:
            hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["wim"], payment=other, now=NOW)
    with database.write() as session:
        done = hand_out(session, item_id=item.id, member_id=who["nel"], done_by_id=who["wim"], payment="cash",
                        cash_received_cents=1000, now=NOW)
    assert done.amount_cents == 500 and done.sale.change_cents == 500
    with database.read() as session:
        sale = session.get(Sale, done.sale.sale_id)
        lines = session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id)).all()
    assert sale.session_id == till and sale.payment == "cash" and sale.member_id == who["nel"]
    assert [(line.name, line.quantity, line.amount_cents) for line in lines] == [("Small table", 1, 500)]
    with database.read() as session:  # the item's own product is never on the price list, not even as retired
        assert all(p.category != "shop" for p in price_list(session, include_retired=True))


def test_items_on_the_shelf_too_long_are_listed_for_clearing_and_clearing_is_recorded(database):
    who = people(database)
    old = _item(database, category="books", title="Old atlas", quantity=3, now=NOW - timedelta(weeks=9))
    _item(database, category="books", title="New novel", now=NOW - timedelta(weeks=2))
    with database.write() as session:
        hand_out(session, item_id=old.id, member_id=who["nel"], done_by_id=who["wim"], now=NOW - timedelta(weeks=1))
        listed = items_to_clear(session, now=NOW)
        assert [i.title for i in listed] == ["Old atlas"]
        assert clear_items(session, item_ids=[old.id], to="kringloop", done_by_id=who["wim"], now=NOW) == 1
    with database.read() as session:
        cleared = session.get(ShopItem, old.id)
        assert (cleared.on_shelf, cleared.cleared_quantity, cleared.cleared_to) == (0, 2, "kringloop")
        assert shop.item_view(session, old.id).status == "cleared"
        assert items_to_clear(session, now=NOW) == []
        assert session.exec(select(ShopHandout)).all()  # the earlier hand-out is still there
    with pytest.raises(InvalidInput), database.write() as session:
        clear_items(session, item_ids=[old.id], to="the river", done_by_id=who["wim"], now=NOW)


def test_a_wanted_item_taken_in_is_news_at_the_next_scan_once(database):
    who = people(database)
    with database.write() as session:
        add_wish(session, member_id=who["nel"], category="toys", words="Lego")
        add_wish(session, member_id=who["ahmed"], category="kitchen", words="")
    _item(database, category="toys", title="Doll")
    lego = _item(database, category="toys", title="Box of LEGO bricks")
    kettle = _item(database, category="kitchen", title="Kettle")
    with database.read() as session:
        news = wish_news(session, member_id=who["nel"])
        assert [n.item_id for n in news] == [lego.id]
        assert [n.item_id for n in wish_news(session, member_id=who["ahmed"])] == [kettle.id]
    with database.write() as session:
        mark_told(session, member_id=who["nel"], wish_ids=[n.wish_id for n in news])
    with database.read() as session:
        assert wish_news(session, member_id=who["nel"]) == []


def test_a_makers_payout_matches_the_till_sales_of_their_work(database):
    who = people(database)
    till = open_till(database, who["wim"])
    with database.write() as session:
        scarf = shop.add_handmade(session, maker_id=who["suus"], title="Scarf", price_cents=1250, quantity=5, now=NOW)
        card = shop.add_handmade(session, maker_id=who["suus"], title="Card", price_cents=250, quantity=10,
                                 commission_percent=0, now=NOW)
        other = shop.add_handmade(session, maker_id=who["ahmed"], title="Bowl", price_cents=900, now=NOW)
        sales = [hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], quantity=2,
                          payment="card", now=NOW),
                 hand_out(session, item_id=card.id, member_id=who["nel"], done_by_id=who["wim"], quantity=3,
                          payment="cash", cash_received_cents=750, now=NOW),
                 hand_out(session, item_id=scarf.id, member_id=None, done_by_id=who["wim"], payment="card", now=NOW),
                 hand_out(session, item_id=other.id, member_id=None, done_by_id=who["wim"], payment="card", now=NOW)]
        reverse_sale(session, sale_id=sales[2].sale.sale_id, kind="refund", reason="pulled thread",
                     done_by_id=who["karin"], till_session_id=till, now=NOW + timedelta(hours=1))
    with database.read() as session:
        payout = maker_payout(session, maker_id=who["suus"], year=2026, month=11)
        till_total = sum(session.exec(select(SaleLine.amount_cents).where(
            col(SaleLine.product_id).in_([session.get(ShopItem, scarf.id).product_id,
                                          session.get(ShopItem, card.id).product_id]))).all())
        december = maker_payout(session, maker_id=who["suus"], year=2026, month=12)
    assert payout.gross_cents == till_total == 2 * 1250 + 3 * 250
    assert {(line.title, line.sold, line.gross_cents, line.commission_cents) for line in payout.lines} == {
        ("Scarf", 2, 2500, 250), ("Card", 3, 750, 0)}
    assert payout.net_cents == 3250 - 250
    assert december.lines == []

"""The last giveaway item, from several terminals at the same moment (each with its own
connections): one gets it, the others are told in words, and stock never goes below zero."""

from __future__ import annotations

import threading
from collections.abc import Callable

from sqlmodel import Session, select

from tests.core.shop_fixtures import NOW, people
from trefpuntje.core import shop
from trefpuntje.core.errors import DomainError
from trefpuntje.core.models.shop import ShopHandout, ShopItem, ShopReservation
from trefpuntje.core.shop_counter import hand_out
from trefpuntje.core.shop_reservations import reserve
from trefpuntje.db.engine import Database

TERMINALS = 4


def _race(url: str, write: Callable[[Session, int], object]) -> tuple[list[object], list[str]]:
    barrier, won, refused, crashed = threading.Barrier(TERMINALS), [], [], []

    def terminal(index: int) -> None:
        own = Database(url)  # a terminal of its own
        barrier.wait()
        try:
            with own.write() as session:
                won.append(write(session, index))
        except DomainError as error:
            refused.append(str(error))
        except Exception as error:  # pragma: no cover - shows in the assertion
            crashed.append(error)
        finally:
            own.dispose()

    threads = [threading.Thread(target=terminal, args=(i,)) for i in range(TERMINALS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert crashed == []
    return won, refused


def test_terminals_handing_out_the_last_item_at_once_hand_it_out_once(database):
    who = people(database)
    with database.write() as session:
        item = shop.take_in(session, category="kitchen", title="Kettle", now=NOW)
    members = [who["nel"], who["ahmed"], who["suus"], who["karin"]]
    won, refused = _race(database.url, lambda session, i: hand_out(
        session, item_id=item.id, member_id=members[i], done_by_id=who["wim"], now=NOW))
    assert len(won) == 1 and len(refused) == TERMINALS - 1
    assert all("left on the shelf" in text for text in refused), refused
    with database.read() as session:
        assert session.get(ShopItem, item.id).on_shelf == 0
        assert len(session.exec(select(ShopHandout)).all()) == 1


def test_visitors_reserving_the_last_item_at_once_hold_it_once(database):
    who = people(database)
    with database.write() as session:
        item = shop.take_in(session, category="toys", title="Bicycle", now=NOW)
    members = [who["nel"], who["ahmed"], who["suus"], who["karin"]]
    won, refused = _race(database.url, lambda session, i: reserve(
        session, item_id=item.id, member_id=members[i], now=NOW))
    assert len(won) == 1 and len(refused) == TERMINALS - 1
    assert all("just ahead of you" in text for text in refused), refused
    with database.read() as session:
        assert session.get(ShopItem, item.id).on_shelf == 0
        assert len(session.exec(select(ShopReservation)).all()) == 1


def test_a_count_put_right_while_others_hand_out_never_takes_stock_below_zero(database):
    """Two terminals hand out the last two socks while two others lower the count by
    one (one went missing): whatever the order, every unit is handed out or counted
    once, and a change that would take stock below zero is refused in words."""
    from trefpuntje.core.shop_changes import change_item

    who = people(database)
    with database.write() as session:
        item = shop.take_in(session, category="clothing", title="Socks", quantity=3, now=NOW)
    members = [who["nel"], who["ahmed"]]

    def write(session: Session, i: int) -> object:
        if i < 2:
            return hand_out(session, item_id=item.id, member_id=members[i], done_by_id=who["wim"], now=NOW)
        current = session.get(ShopItem, item.id, with_for_update=True)
        return change_item(session, item=item.id, quantity=current.quantity - 1, now=NOW)

    won, refused = _race(database.url, write)
    assert len(won) + len(refused) == TERMINALS
    assert all("left on the shelf" in text or "at the least" in text for text in refused), refused
    with database.read() as session:
        stored = session.get(ShopItem, item.id)
        handed = len(session.exec(select(ShopHandout)).all())
    assert 0 <= stored.on_shelf <= stored.quantity
    assert stored.quantity - stored.on_shelf == handed  # nothing lost, nothing counted twice
    assert stored.quantity == 3 - (len(won) - handed)

"""Fuzzing the giveaway shop: any words, numbers, codes, photos bytes and moments give
a correct result or a clear domain error, and stock stays between zero and the quantity."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime

from hypothesis import Phase, given
from hypothesis import strategies as st
from PIL import Image
from sqlmodel import select

from tests.fuzz.helpers import call, example, fuzz_settings, moments, numbers, rolled_back, texts
from trefpuntje.core import shop, shop_changes, shop_counter, shop_makers, shop_reservations, shop_wishes
from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.models.shop import ShopItem

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
NO_SHRINKING = (Phase.explicit, Phase.reuse, Phase.generate)


def _png(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), "white").save(out, "PNG")
    return out.getvalue()


PHOTOS = st.one_of(st.none(), st.binary(max_size=64), st.builds(_png, st.integers(1, 40), st.integers(1, 40)),
                   st.builds(lambda data, cut: data[:cut], st.builds(_png, st.just(30), st.just(30)),
                             st.integers(0, 200)))


def _seed(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        nel = add_member(session, first_name="Nel").id
        wim = add_member(session, first_name="Wim", roles=(Role.VOLUNTEER,)).id
        karin = add_member(session, first_name="Karin", roles=(Role.STAFF,)).id
        coat = shop.take_in(session, category="clothing", title="Jas", quantity=2, now=NOW)
        scarf = shop.add_handmade(session, maker_id=nel, title="Sjaal", price_cents=900, now=NOW)
    return [nel, wim, karin], [coat.id, scarf.id], [coat.code, scarf.code]


def test_the_shop_with_any_words_numbers_codes_and_photos(database):
    people, items, codes = _seed(database)
    ids = st.one_of(st.sampled_from(people), st.uuids())
    item_refs = st.one_of(st.sampled_from(items), st.sampled_from(codes), st.uuids().map(str), texts(20))
    categories = st.one_of(st.sampled_from(["clothing", "toys", "handmade", "CLOTHING ", "cloth\x00ing", "x" * 500]), texts(25))

    @fuzz_settings(150, phases=NO_SHRINKING)
    @given(category=categories, title=texts(), description=texts(), condition=texts(10), quantity=numbers(),
           price=numbers(), photo=PHOTOS, member=ids, staff=ids, item=item_refs, now=moments(), reason=texts(),
           limit=st.one_of(st.none(), numbers()), words=texts(), payment=st.sampled_from(["cash", "card", "free", "strips", "bitcoin"]),
           cash=st.one_of(st.none(), numbers()), year=numbers(), month=numbers(), page=numbers())
    def run(category, title, description, condition, quantity, price, photo, member, staff, item, now, reason,  # type: ignore[no-untyped-def]
            limit, words, payment, cash, year, month, page):
        example("shop")
        with rolled_back(database) as session:
            call(shop.take_in, session, category=category, title=title, description=description, condition=condition,
                 quantity=quantity, price_cents=price, donor_id=member, photo=photo, taken_in_by_id=staff, now=now)
            call(shop.add_handmade, session, maker_id=member, title=title, price_cents=price, quantity=quantity,
                 commission_percent=limit, photo=photo, done_by_id=staff, now=now)
            call(shop.set_weekly_limit, session, category=category, limit=limit, done_by_id=staff)
            call(shop.shelf, session, category=category, limit=page, offset=quantity)
            call(shop.list_items, session, status=words or None, category=category)
            call(shop_reservations.reserve, session, item_id=item, member_id=member, now=now)
            call(shop_wishes.add_wish, session, member_id=member, category=category, words=words, now=now)
            call(shop_counter.counter_check, session, item_id=item, member_id=member, quantity=quantity, now=now)
            call(shop_counter.hand_out, session, item_id=item, member_id=member, done_by_id=staff, quantity=quantity,
                 override_reason=reason, payment=payment, cash_received_cents=cash, now=now)
            call(shop_changes.change_item, session, item=item, title=title, description=description,
                 category=category, condition=condition, quantity=quantity, price_cents=price, donor_id=member,
                 photo=photo, drop_photo=bool(words), done_by_id=staff, now=now)
            call(shop_counter.clear_items, session, item_ids=[item] if isinstance(item, uuid.UUID) else [],
                 to=words, done_by_id=staff, now=now)
            call(shop_reservations.release_expired, session, now=now)
            call(shop_makers.maker_payout, session, maker_id=member, year=year, month=month)
            for row in session.exec(select(ShopItem)).all():
                assert 0 <= row.on_shelf <= row.quantity

    run()

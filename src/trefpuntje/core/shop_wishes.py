"""The shop's wanted list: a member says what they are looking for (a category and a
few words); when a matching item is taken in, the kiosk tells them at their next scan.

An item matches a wish in its category when every word of the wish (ignoring case,
accents and words of one or two letters) is in the item's title or description, or
when the wish has no words ("anything in toys"). The wish keeps the newest match not
yet told; telling clears it and the wish stays on the list until the member removes
it. Only the member sees their wishes.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session, col, select

from trefpuntje.core.checks import check_moment, one_line
from trefpuntje.core.errors import InvalidInput, NotAllowed, NotFound
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.members import get_member
from trefpuntje.core.models.shop import ShopCategory, ShopItem, ShopWish
from trefpuntje.core.shop_words import category_code
from trefpuntje.db.types import utcnow

WORDS_MAX = 80
MAX_WISHES = 5  # per member: a list, not a catalogue


@dataclass(frozen=True)
class WishView:
    id: uuid.UUID
    category: str
    words: str
    created_at: datetime


@dataclass(frozen=True)
class WishNews:
    """A wish and the item that came in for it, still on the shelf."""

    wish_id: uuid.UUID
    category: str
    words: str
    item_id: uuid.UUID
    item_code: str
    item_title: str


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _terms(words: str) -> list[str]:
    cleaned = "".join(c if c.isalnum() else " " for c in _folded(words))
    return [term for term in cleaned.split() if len(term) > 2]


def matches(wish_words: str, title: str, description: str) -> bool:
    haystack = " ".join(_terms(f"{title} {description}"))
    return all(term in haystack for term in _terms(wish_words))


def add_wish(session: Session, *, member_id: uuid.UUID, category: str, words: str = "",
             now: datetime | None = None) -> WishView:
    get_member(session, member_id)
    code = category_code(category)
    if code is None or session.get(ShopCategory, code) is None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "There is no shop category {code}. Known: {known}."), code=category,
                       known=", ".join(session.exec(select(ShopCategory.code)).all()))
    words = one_line(words)
    if len(words) > WORDS_MAX:
        raise InvalidInput(QT_TRANSLATE_NOOP("errors", "Say it in at most {limit} characters."), limit=WORDS_MAX)
    live = wishes_of(session, member_id=member_id)
    if len(live) >= MAX_WISHES:
        raise NotAllowed(QT_TRANSLATE_NOOP("errors", "You are already looking for {count} things. Remove one first."),
                         count=len(live))
    wish = ShopWish(member_id=member_id, category=code, words=words, created_at=check_moment(now) if now is not None else utcnow())
    session.add(wish)
    session.flush()
    return WishView(wish.id, wish.category, wish.words, wish.created_at)


def wishes_of(session: Session, *, member_id: uuid.UUID) -> list[WishView]:
    rows = session.exec(select(ShopWish).where(ShopWish.member_id == member_id, col(ShopWish.ended_at).is_(None))
                        .order_by(col(ShopWish.created_at))).all()
    return [WishView(w.id, w.category, w.words, w.created_at) for w in rows]


def remove_wish(session: Session, *, member_id: uuid.UUID, wish_id: uuid.UUID, now: datetime | None = None) -> None:
    wish = session.get(ShopWish, wish_id)
    if wish is None or wish.member_id != member_id or wish.ended_at is not None:
        raise NotFound(QT_TRANSLATE_NOOP("errors", "This is not on your wanted list (any more)."))
    wish.ended_at = now or utcnow()
    wish.matched_item_id = None
    session.add(wish)
    session.flush()


def match_wishes(session: Session, *, item: ShopItem) -> int:
    """Mark the live wishes the new ``item`` answers; how many."""
    wishes = session.exec(select(ShopWish).where(ShopWish.category == item.category,
                                                 col(ShopWish.ended_at).is_(None))).all()
    matched = 0
    for wish in wishes:
        if matches(wish.words, item.title, item.description):
            wish.matched_item_id = item.id
            session.add(wish)
            matched += 1
    session.flush()
    return matched


def wish_news(session: Session, *, member_id: uuid.UUID) -> list[WishNews]:
    """The member's wishes that an item came in for, still there to be had."""
    rows = session.exec(select(ShopWish, ShopItem).join(ShopItem, col(ShopItem.id) == ShopWish.matched_item_id)
                        .where(ShopWish.member_id == member_id, col(ShopWish.ended_at).is_(None),
                               ShopItem.on_shelf > 0)
                        .order_by(col(ShopItem.taken_in_at).desc())).all()
    return [WishNews(w.id, w.category, w.words, i.id, i.code, i.title) for w, i in rows]


def mark_told(session: Session, *, member_id: uuid.UUID, wish_ids: list[uuid.UUID]) -> None:
    """The member has seen this news: it is not told again (the wish stays)."""
    for wish in session.exec(select(ShopWish).where(col(ShopWish.id).in_(wish_ids),
                                                    ShopWish.member_id == member_id)).all():
        wish.matched_item_id = None
        session.add(wish)
    session.flush()

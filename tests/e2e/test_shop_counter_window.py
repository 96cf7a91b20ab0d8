"""The shop counter as a volunteer uses it, in a real X window: staff mode with the PIN
on the keypad, the Counter tile, then a keyboard-wedge scanner (xdotool types fast key
presses) reads the item's label and the neighbour's card, and a tap hands it out."""

from __future__ import annotations

import time

from tests.e2e.conftest import start, wait_for_window, xdotool
from tests.e2e.test_real_window import query, wait_until

# Where a person taps in the 1280x800 window (Dutch, the demo coordinator's staff home):
# measured on the same window offscreen and checked against its screenshot.
STAFF_BUTTON = (1118, 54)
PIN_KEYS = {"1": (889, 301), "2": (1035, 301), "3": (1164, 301), "4": (889, 403), "ok": (1164, 607)}
COUNTER_TILE = (332, 481)
HAND_OUT_BUTTON = (1128, 742)


def handouts_to_nel(db: str, code: str) -> int:
    return query(db, "SELECT count(*) FROM shop_handout JOIN member ON member.id = shop_handout.member_id "
                     "JOIN shop_item ON shop_item.id = shop_handout.item_id "
                     f"WHERE member.first_name = 'Nel' AND shop_item.code = '{code}'")[0]


def test_a_scanned_label_and_a_scanned_card_hand_an_item_out_at_the_counter(x_display, demo_db):
    from trefpuntje.core.cards import issue_card
    from trefpuntje.core.members import list_members
    from trefpuntje.core.shop import label_payload, take_in
    from trefpuntje.db.migrate import open_database

    database = open_database(demo_db).database
    with database.write() as session:
        nel = next(m for m in list_members(session) if m.first_name == "Nel")
        token = issue_card(session, member_id=nel.id).token
        atlas = take_in(session, category="books", title="Bosatlas")
    database.dispose()

    app = start(x_display, demo_db, "--windowed", "--lang", "nl")
    try:
        window = wait_for_window(x_display, "Trefpuntje", app)
        time.sleep(1.5)  # the database opens right after the first paint

        def tap(where: tuple[int, int]) -> None:
            xdotool(x_display, "mousemove", "--window", window, str(where[0]), str(where[1]), "click", "1")
            time.sleep(0.4)

        def scan(text: str) -> None:
            xdotool(x_display, "windowfocus", "--sync", window)
            xdotool(x_display, "type", "--delay", "8", text)
            xdotool(x_display, "key", "Return")
            time.sleep(0.6)

        tap(STAFF_BUTTON)
        for key in ("1", "2", "3", "4", "ok"):
            tap(PIN_KEYS[key])
        tap(COUNTER_TILE)
        scan(label_payload(atlas.code))
        scan(token)
        tap(HAND_OUT_BUTTON)
        assert wait_until(lambda: handouts_to_nel(demo_db, atlas.code) == 1), "the atlas was not handed out to Nel"
    finally:
        app.terminate()
        app.wait(10)

"""The till as a volunteer uses it, in a real X window: a tap on a product, a tap on
"coffee card", and the member card read by a keyboard-wedge scanner (xdotool types it
as fast key presses): the sale is paid with strips."""

from __future__ import annotations

import time

from tests.e2e.conftest import start, wait_for_window, xdotool
from tests.e2e.test_real_window import query, wait_until

# Where a person taps, in the till's layout at 1280x800 (Dutch): checked against a
# screenshot of the same window (tests/ui/test_till.py covers the layout itself).
KOFFIE_TILE = (310, 205)
COFFEE_CARD_BUTTON = (897, 742)


def nels_strip_sales(db):
    return query(db, "SELECT count(*) FROM sale JOIN member ON member.id = sale.member_id "
                     "WHERE member.first_name = 'Nel' AND sale.payment = 'strips' AND sale.kind = 'sale'")[0]


def test_a_coffee_is_paid_with_a_scanned_coffee_card(x_display, demo_db):
    from trefpuntje.core.cards import issue_card
    from trefpuntje.core.members import list_members
    from trefpuntje.core.till import open_session, strip_balance
    from trefpuntje.db.migrate import open_database

    database = open_database(demo_db).database
    with database.write() as session:
        members = list_members(session)
        nel = next(m for m in members if m.first_name == "Nel")
        coordinator = next(m for m in members if "coordinator" in m.roles)
        token = issue_card(session, member_id=nel.id).token
        open_session(session, opened_by_id=coordinator.id, float_cents=5000)
        strips = strip_balance(session, member_id=nel.id)
    database.dispose()
    assert strips >= 1, "the demo gives Nel a coffee card"

    before = nels_strip_sales(demo_db)
    app = start(x_display, demo_db, "--windowed", "--station", "till", "--lang", "nl")
    try:
        window = wait_for_window(x_display, "Trefpuntje", app)
        time.sleep(1.5)  # the database opens right after the first paint; the till screen follows
        for x, y in (KOFFIE_TILE, COFFEE_CARD_BUTTON):
            xdotool(x_display, "mousemove", "--window", window, str(x), str(y), "click", "1")
            time.sleep(0.4)
        xdotool(x_display, "windowfocus", "--sync", window)
        xdotool(x_display, "type", "--delay", "8", token)
        xdotool(x_display, "key", "Return")

        assert wait_until(lambda: nels_strip_sales(demo_db) == before + 1), "no sale paid with Nel's strips"
    finally:
        app.terminate()
        app.wait(10)

"""A look-up that fails outside a screen's own handling (the centre's server is gone)
is said in the window's banner, in words, and the window goes on."""

from __future__ import annotations

import sys

from trefpuntje.core.errors import DatabaseUnreachable
from trefpuntje.db.postgresql import unreachable
from trefpuntje.ui import error_hook


def test_a_lost_database_server_is_said_in_the_banner_not_in_a_traceback(window, monkeypatch, capsys):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    window.languages.switch("en")
    error_hook.install(window)
    try:
        raise unreachable()
    except DatabaseUnreachable:
        sys.excepthook(*sys.exc_info())
    assert window.banner.isVisible()
    assert window.banner_text.text().startswith("No connection to the centre's database: nothing was saved.")
    assert "Traceback" not in capsys.readouterr().err

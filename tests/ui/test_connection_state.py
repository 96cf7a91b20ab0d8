"""A terminal that loses the centre's database server covers its screen with a calm "no
connection" notice, keeps asking, and goes on by itself once the server answers. Only
a lost connection shows it; on SQLite it never appears."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from tests import backends
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.members import add_member
from trefpuntje.db.postgresql import commit_uncertain
from trefpuntje.ui import error_hook
from trefpuntje.ui.connection import ConnectionWatch

SCREENSHOT = os.environ.get("TREFPUNTJE_SCREENSHOT_DIR")


@contextmanager
def _server_gone(url: str) -> Iterator[None]:
    """The test's database takes no connections and loses the ones it had, until the block ends."""
    name = make_url(url).database
    admin = create_engine(backends.server_url() or "", isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
            connection.exec_driver_sql(
                f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")
        yield
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
        admin.dispose()


def _watch(window) -> ConnectionWatch:  # type: ignore[no-untyped-def]
    watch = window.findChild(ConnectionWatch)
    assert watch is not None
    return watch


@pytest.mark.postgresql_only("takes the PostgreSQL server away from a running window and gives it back")
def test_a_lost_server_covers_the_screen_and_it_comes_back_by_itself(window, qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    error_hook.install(window)
    qtbot.mouseClick(window.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.staff_button.text() == "Staff")
    watch = _watch(window)
    watch.retry_s = 2
    overlay = watch.overlay
    assert not overlay.isVisible()

    with _server_gone(window.database.url):
        qtbot.mouseClick(window.home.tiles["activities"], Qt.MouseButton.LeftButton)  # a tap that must read
        qtbot.waitUntil(overlay.isVisible, timeout=5000)
        assert overlay.geometry() == window.stack.geometry()  # every screen covered: nothing can be started
        assert window.banner.isVisible()  # what the tap came to, in words, above it
        assert overlay.title.text() == "No connection to the centre's database"
        assert overlay.status.text().startswith("Trying again")
        assert overlay.try_button.accessibleName() == "Try again now"
        assert overlay.accessibleName() == "No connection to the centre's database"
        _save(window, tmp_path / "connection-lost.png")
        # A tap on "try again now" while the server is still away: the notice stays and counts again.
        qtbot.mouseClick(overlay.try_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Trying again in" in overlay.status.text(), timeout=10_000)
        assert overlay.isVisible()
        watch.lost.emit(commit_uncertain())  # a sale whose COMMIT was cut off: said on the notice too
        assert overlay.uncertain.isVisible()
        assert "check before you do it again" in overlay.uncertain.text()
        qtbot.wait(10)
        for part in (overlay.title, overlay.try_button):  # all of it fits, under a two-line banner
            needed = part.heightForWidth(part.width())  # a wrapped label: its height at the width it got
            assert part.height() >= (needed if needed > 0 else part.sizeHint().height())
            assert part.mapTo(overlay, part.rect().bottomLeft()).y() < overlay.height()
        _save(window, tmp_path / "connection-lost-uncertain.png")

    qtbot.waitUntil(lambda: not overlay.isVisible(), timeout=15_000)
    assert window.banner.isVisible()
    assert window.banner_text.text().startswith("Connection restored.")
    assert "check before you do it again" in window.banner_text.text()
    assert window.banner.property("kind") == "info"
    qtbot.mouseClick(window.home_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.home.tiles["activities"], Qt.MouseButton.LeftButton)  # and the screen works again
    assert window.current_screen() is window.area_screens["activities"]


def test_an_error_a_person_caused_never_shows_the_no_connection_state(window, qtbot, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    error_hook.install(window)
    watch = window.findChild(ConnectionWatch)
    assert (watch is None) == window.database.is_sqlite  # a local file does not lose its connection
    with pytest.raises(InvalidInput), window.database.write() as session:
        add_member(session, first_name="")
    try:
        raise InvalidInput("A first name is needed.")
    except InvalidInput:
        sys.excepthook(*sys.exc_info())
    assert window.banner.isVisible()  # said in words, as always
    qtbot.wait(50)
    assert not any(overlay.isVisible() for overlay in window.findChildren(QWidget, "overlay"))


def _save(window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """A picture of the state, to look at (TREFPUNTJE_SCREENSHOT_DIR keeps it)."""
    image = window.grab()
    assert image.save(str(path))
    if SCREENSHOT:
        image.save(str(Path(SCREENSHOT) / path.name))

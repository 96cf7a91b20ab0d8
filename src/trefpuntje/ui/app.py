"""Starting the window: check the system and the database file, show the home
screen, then open the database (see MainWindow) and finish."""

from __future__ import annotations

import os
import resource
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from trefpuntje.config import RESOURCES, DatabaseChoice, language_from_environment
from trefpuntje.core.errors import DomainError

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from trefpuntje.db.engine import Database
    from trefpuntje.ui.main_window import MainWindow


def load_fonts() -> None:
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    font = QFont("Noto Sans")
    font.setFamilies(["Noto Sans", "Noto Sans Arabic UI"])
    QApplication.setFont(font)


def create_application(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtWidgets import QApplication

    from trefpuntje.ui.theme import style_sheet

    existing = QApplication.instance()
    if existing is not None and existing.property("trefpuntje_styled"):
        return existing  # type: ignore[return-value]
    app = existing or QApplication(argv or [sys.argv[0]])
    app.setProperty("trefpuntje_styled", True)
    app.setApplicationName("Trefpuntje")
    app.setOrganizationName("Trefpuntje")
    app.setDesktopFileName("nl.trefpuntje.Trefpuntje")  # Wayland matches the window to the .desktop entry
    load_fonts()
    app.setStyleSheet(style_sheet())
    return app


def build_shell(*, station: str, kiosk: bool, language: str | None) -> MainWindow:
    from trefpuntje.ui.i18n import Languages
    from trefpuntje.ui.main_window import MainWindow

    app = create_application()
    languages = Languages(app)
    languages.switch(language or language_from_environment())
    window = MainWindow(languages, station=station, kiosk=kiosk)
    from trefpuntje.ui.connection import watch_connection

    watch_connection(window)  # on a server: the "no connection" state that retries by itself
    return window


def build_window(database: Database, *, station: str, kiosk: bool, language: str | None) -> MainWindow:
    """A window on an open database, complete at once (tests, tools)."""
    window = build_shell(station=station, kiosk=kiosk, language=language)
    window.attach_database(lambda: database)
    return window


def database_opener(choice: DatabaseChoice) -> tuple[Callable[[], Database], bool]:
    """Check the database before any window, with sqlite3 alone where we can.

    Returns how to open it and whether that may wait until the home screen is up:
    it may when the file is SQLite at the newest schema (nothing to upgrade).
    """
    from trefpuntje.db.preflight import is_current

    def open_now() -> Database:
        from trefpuntje.db.migrate import open_database

        return open_database(choice.url).database

    if is_current(choice.url):
        def open_checked() -> Database:
            from trefpuntje.db.engine import Database
            from trefpuntje.db.preflight import QUICK_CHECK_BEFORE_WINDOW, check_integrity, sqlite_path

            path = sqlite_path(choice.url)
            if path is not None and path.stat().st_size > QUICK_CHECK_BEFORE_WINDOW:
                check_integrity(path)  # a large file is checked now, before anything writes to it
            return Database(choice.url)

        return open_checked, True
    database = open_now()  # new, older or not SQLite: migrate (after a copy aside) before the window
    return (lambda: database), False


def run_app(choice: DatabaseChoice, *, station: str, kiosk: bool, language: str | None) -> int:
    from trefpuntje.ui.platform_check import problem

    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    try:
        opener, deferred = database_opener(choice)
    except DomainError as error:
        print(f"Error: {error.translated(language or language_from_environment())}", file=sys.stderr)
        return 1
    window = build_shell(station=station, kiosk=kiosk, language=language)
    app = create_application()
    from trefpuntje.ui import error_hook

    error_hook.install(window)  # a look-up that fails (no connection to the server) is said in words
    if deferred:
        window.attach_after_first_paint(opener)
    else:
        window.attach_database(opener)
    if kiosk:
        from PySide6.QtCore import Qt

        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        # Without a window manager to honour "fullscreen", cover the screen ourselves.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    if os.environ.get("TREFPUNTJE_EXIT_WHEN_READY") == "1":
        _report_start_for_benchmark(app, window)
    code = app.exec()
    if window.database is not None:
        window.database.dispose()
    return code


def _report_start_for_benchmark(app: QApplication, window: MainWindow) -> None:
    """Print when the home screen is first painted and when the database is open,
    with peak memory, then quit. The benchmark times these lines as they arrive."""
    from PySide6.QtCore import QTimer

    window.first_paint.painted.connect(lambda: print("painted", flush=True))

    def ready() -> None:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"ready peak_rss_kib={peak_kib}", flush=True)
        QTimer.singleShot(0, app.quit)

    if window.database is not None:
        window.first_paint.painted.connect(lambda: QTimer.singleShot(0, ready))
    else:
        window.database_ready.connect(ready)

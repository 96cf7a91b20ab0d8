"""Starting the window: check the system, open the database, load fonts, style and
language, then show the station's start screen."""

from __future__ import annotations

import os
import resource
import sys

from trefpuntje.config import RESOURCES, DatabaseChoice, language_from_environment
from trefpuntje.core.errors import DomainError
from trefpuntje.db.engine import Database
from trefpuntje.db.migrate import open_database


def load_fonts() -> None:
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    for font in sorted((RESOURCES / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    font = QFont("Noto Sans")
    font.setFamilies(["Noto Sans", "Noto Sans Arabic"])
    QApplication.setFont(font)


def create_application(argv: list[str] | None = None):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from trefpuntje.ui.theme import style_sheet

    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Trefpuntje")
    app.setOrganizationName("Trefpuntje")
    load_fonts()
    app.setStyleSheet(style_sheet())
    return app


def build_window(database: Database, *, station: str, kiosk: bool, language: str | None):  # type: ignore[no-untyped-def]
    from trefpuntje.ui.i18n import Languages
    from trefpuntje.ui.main_window import MainWindow

    app = create_application()
    languages = Languages(app)
    languages.switch(language or language_from_environment())
    return MainWindow(database, languages, station=station, kiosk=kiosk)


def run_app(choice: DatabaseChoice, *, station: str, kiosk: bool, language: str | None) -> int:
    from trefpuntje.ui.platform_check import problem

    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    try:
        database = open_database(choice.url).database
    except DomainError as error:
        print(f"Error: {error.translated(language or language_from_environment())}", file=sys.stderr)
        return 1
    window = build_window(database, station=station, kiosk=kiosk, language=language)
    app = create_application()
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
        _exit_when_ready(app)
    code = app.exec()
    database.dispose()
    return code


def _exit_when_ready(app) -> None:  # type: ignore[no-untyped-def]
    """For the start-up benchmark: report peak memory once the first frame is up, then quit."""
    from PySide6.QtCore import QTimer

    def report() -> None:
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"ready peak_rss_kib={peak_kib}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)

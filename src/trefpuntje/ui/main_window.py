"""The window every station runs: a top bar, a stack of screens, the idle guard and
staff mode. It knows the screens; the screens know their services.

It starts in two steps so the home screen is up fast: the shell (top bar, home
screen, idle guard) needs Qt alone; ``attach_database`` then imports the database
stack (about half a second) and builds the screens that use it. Taps in between
wait in Qt's event queue.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QResizeEvent
from PySide6.QtWidgets import QApplication, QButtonGroup, QFrame, QHBoxLayout, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from trefpuntje.ui.i18n import LANGUAGE_NAMES, Languages
from trefpuntje.ui.idle import IdleOverlay, IdleWatcher
from trefpuntje.ui.screens.base import Screen, VisitorScreen
from trefpuntje.ui.screens.home import HomeScreen
from trefpuntje.ui.staff.navigation import StaffScreens
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

if TYPE_CHECKING:
    from trefpuntje.core.members import MemberSummary
    from trefpuntje.db.engine import Database
    from trefpuntje.ui.screens.first_start import FirstStartScreen
    from trefpuntje.ui.staff.pin_screen import PinScreen
    from trefpuntje.ui.staff.staff_home import StaffHome
    from trefpuntje.ui.camera import CameraScanner
    from trefpuntje.ui.visit import Visit

BANNER_MS = 8000
DEFAULT_CENTRE = "'t Trefpuntje"
DEFAULT_IDLE_MS = 60_000
DEFAULT_WARNING_S = 20


class _FirstPaint(QObject):
    """Tells once when a widget has been painted for the first time."""

    painted = Signal()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            self.painted.emit()
        return False


class MainWindow(StaffScreens, QMainWindow):
    database_ready = Signal()

    def __init__(self, languages: Languages, *, station: str = "kiosk", kiosk: bool = False) -> None:
        super().__init__()
        self.database: Database | None = None
        self.languages = languages
        self.station = station
        self.kiosk = kiosk
        self.staff: MemberSummary | None = None
        self._may_close = not kiosk
        self.first_paint = _FirstPaint(self)
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self.visit: Visit | None = None
        self.camera: CameraScanner | None = None  # when a camera is attached (the optional camera extra)
        self._pending_open: Callable[[], Database] | None = None
        centre, idle_ms, warning_s = DEFAULT_CENTRE, DEFAULT_IDLE_MS, DEFAULT_WARNING_S
        self.idle_ms = self.visit_idle_ms = idle_ms
        self.setWindowTitle(centre)

        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self._build_top_bar(centre))
        self.banner = QFrame(central)
        self.banner.setObjectName("banner")
        banner_row = QHBoxLayout(self.banner)
        self.banner_text = TrLabel("", self.banner)
        banner_row.addWidget(self.banner_text)
        self.banner.hide()
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_MS)
        self._banner_timer.timeout.connect(self.banner.hide)
        column.addWidget(self.banner)
        self.stack = QStackedWidget(central)
        column.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.home = self._add(HomeScreen(centre))
        self.home.area_chosen.connect(self.open_area)
        self.home.privacy_requested.connect(self.open_privacy)
        self.home.installEventFilter(self.first_paint)
        self.area_screens: dict[str, Screen] = {}
        self.first_start: FirstStartScreen | None = None
        self.about: Screen | None = None
        self.register: Screen | None = None
        self.privacy: Screen | None = None
        self.staff_screens: dict[str, Screen] = {}

        self.idle_overlay = IdleOverlay(central, warning_s)
        self.idle_overlay.expired.connect(self.reset_to_start)
        self.idle_overlay.continued.connect(lambda: self.idle_watcher.poke())
        self.idle_watcher = IdleWatcher(idle_ms, self)
        self.idle_watcher.idle.connect(self._on_idle)
        self.stack.setCurrentWidget(self.home)

    def attach_after_first_paint(self, open_database: Callable[[], Database]) -> None:
        """Show the home screen first; open the database right after it is painted."""
        self._pending_open = open_database
        self.first_paint.painted.connect(lambda: QTimer.singleShot(0, self.ensure_database))

    def ensure_database(self) -> None:
        if self.database is None and self._pending_open is not None:
            opener, self._pending_open = self._pending_open, None
            try:
                self.attach_database(opener)
            except Exception as error:  # checked before the window; this is the disk failing now
                print(f"Error: the database cannot be opened: {error}", file=sys.stderr)
                QApplication.exit(1)

    def attach_database(self, open_database: Callable[[], Database]) -> None:
        """Second step of the start: open the database, read the settings, build the
        screens that need it and go to the station's start screen. Runs once."""
        if self.database is not None:
            return
        from trefpuntje.core.settings import get_int, get_setting
        from trefpuntje.core.staff_pins import has_coordinator
        from trefpuntje.ui.screens.first_start import FirstStartScreen
        from trefpuntje.ui.staff.pin_screen import PinScreen
        from trefpuntje.ui.scanner import KeyboardWedgeScanner
        from trefpuntje.ui.staff.staff_home import StaffHome
        from trefpuntje.ui.visit import Visit

        database = self.database = open_database()
        with database.read() as session:
            centre = get_setting(session, "centre_name")
            self.idle_ms = get_int(session, "idle_seconds") * 1000
            # Someone identified is asked sooner: the next person must not act in their name.
            self.visit_idle_ms = min(self.idle_ms, get_int(session, "visit_idle_seconds") * 1000)
            self.idle_watcher.set_idle_ms(self.idle_ms)
            self.idle_overlay.countdown_s = get_int(session, "idle_warning_seconds")
            needs_setup = not has_coordinator(session)
        self.setWindowTitle(centre)
        self.home.set_centre(centre)
        self.pin_screen = self._add(PinScreen(database))
        self.pin_screen.opened.connect(self._staff_opened)
        self.pin_screen.cancelled.connect(self.go_start)
        self.staff_home = self._add(StaffHome(database, can_quit=self.kiosk))
        self.staff_home.leave.connect(self.leave_staff_mode)
        self.staff_home.quit_requested.connect(self.quit_from_staff_mode)
        self._connect_staff_home()
        self.visit = Visit(self)
        self.visit.changed.connect(self._visitor_changed)
        self.scanner = KeyboardWedgeScanner(self)
        self.scanner.scanned.connect(self.visit.handle_scan)
        from trefpuntje.ui.camera import open_camera

        self.camera = open_camera(self)
        if self.camera is not None:
            self.camera.scanned.connect(self.visit.handle_scan)
            self.camera.start()
            # However the app ends (a closed window or app.quit()), the camera stops first.
            QApplication.instance().aboutToQuit.connect(self.camera.close)
        if needs_setup:
            self.first_start = self._add(FirstStartScreen(database))
            self.first_start.ready.connect(self._setup_done)
            self.stack.setCurrentWidget(self.first_start)
            self.staff_button.hide()  # there is no coordinator whose PIN it could take
        elif self.current_screen() is self.home:
            self.go_start()
        from trefpuntje.ui.housekeeping import DailyHousekeeping

        self.housekeeping = DailyHousekeeping(database, lambda: self.clock(), self)
        self.housekeeping.start()
        self.database_ready.emit()
        # Everything built so far lives as long as the window: keep the collector from
        # walking it again and again (full collections paused scans by ~45 ms).
        gc.collect()
        gc.freeze()

    # -- building ---------------------------------------------------------------
    def _add(self, screen: Screen) -> Screen:
        self.stack.addWidget(screen)
        return screen

    def _build_top_bar(self, centre: str) -> QWidget:
        bar = QWidget(self)
        bar.setObjectName("topbar")
        bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        row = QHBoxLayout(bar)
        row.setContentsMargins(16, 6, 16, 6)
        row.setSpacing(12)
        self.home_button = TouchButton("home", QT_TRANSLATE_NOOP("MainWindow", "Start"), bar)
        self.home_button.clicked.connect(self.go_start)
        row.addWidget(self.home_button)
        self.visitor_button = TouchButton("exit", QT_TRANSLATE_NOOP("MainWindow", "{name}: done"), bar, name="")
        self.visitor_button.clicked.connect(self.end_visit)
        self.visitor_button.hide()
        row.addWidget(self.visitor_button)
        row.addStretch(1)
        self.language_buttons: dict[str, TouchButton] = {}
        group = QButtonGroup(bar)
        group.setExclusive(True)
        for code, name in LANGUAGE_NAMES.items():
            button = TouchButton(None, name, bar)  # the name in its own script is the symbol
            button.setObjectName("language")
            button.setCheckable(True)
            button.setChecked(code == self.languages.current)
            button.clicked.connect(lambda _=False, c=code: self.languages.switch(c))
            group.addButton(button)
            row.addWidget(button)
            self.language_buttons[code] = button
        self.staff_button = TouchButton("staff", QT_TRANSLATE_NOOP("MainWindow", "Staff"), bar)
        self.staff_button.clicked.connect(self.open_staff_mode)
        row.addWidget(self.staff_button)
        return bar

    # -- navigation -------------------------------------------------------------
    def start_screen(self) -> Screen:
        if self.database is None:
            return self.home
        if self.first_start is not None:
            return self.first_start  # no way around setting up a coordinator
        if self.station == "office":
            return self.staff_home if self.staff else self.pin_screen
        if self.station == "till":
            return self.area_screen("coffee")
        return self.home

    def go_start(self) -> None:
        screen = self.start_screen()
        if screen in self.area_screens.values() and hasattr(screen, "refresh"):
            screen.refresh()  # the till station starts on the till: read the session and prices
        self.stack.setCurrentWidget(screen)
        screen.setFocus()

    def area_screen(self, key: str) -> Screen:
        if key not in self.area_screens:
            self.area_screens[key] = self._add(self._build_area(key))
        return self.area_screens[key]

    def _build_area(self, key: str) -> Screen:
        self.ensure_database()
        from trefpuntje.ui.area_screens import build_area

        return build_area(self, key)

    def open_area(self, key: str) -> None:
        screen = self.area_screen(key)
        if hasattr(screen, "refresh"):
            screen.refresh()
        self.stack.setCurrentWidget(screen)

    # -- visits -----------------------------------------------------------------
    def _visitor_changed(self, member: MemberSummary | None) -> None:
        self.idle_watcher.set_idle_ms(self.visit_idle_ms if member is not None else self.idle_ms)
        self.visitor_button.setVisible(member is not None)
        if member is not None:
            self.visitor_button.set_text(QT_TRANSLATE_NOOP("MainWindow", "{name}: done"), name=member.first_name)
        here = self.current_screen()
        stays = here in self.area_screens.values() and isinstance(here, VisitorScreen)  # their own strips, say
        opening = member is not None and self.station == "kiosk" and self.staff is None and not stays
        for screen in self.area_screens.values():
            if isinstance(screen, VisitorScreen):
                screen.visitor = member
                if not opening and screen.isVisible():
                    screen.refresh()
        if opening:
            # Volunteers are asked "start which task?" or "stop?"; someone whose wanted thing
            # came in sees it in the shop (told once); others see the activities.
            # After the greeting is on screen: building the list takes longer than a greeting may wait.
            QTimer.singleShot(0, lambda: self.visit is not None and self.visit.member is member
                              and self.open_area(self._first_area_for(member)))

    def _first_area_for(self, member: MemberSummary) -> str:
        from trefpuntje.core.shop_wishes import wish_news
        from trefpuntje.ui.screens.volunteers import GIVING_ROLES

        if any(role in GIVING_ROLES[:2] for role in member.roles):
            return "volunteers"
        assert self.database is not None
        with self.database.read() as session:
            return "shop" if wish_news(session, member_id=member.id) else "activities"

    def open_register(self) -> None:
        from trefpuntje.ui.screens.register import RegisterScreen

        if self.register is None and self.database is not None:
            self.register = self._add(RegisterScreen(self.database))
            self.register.registered.connect(self._registered)
            self.register.cancelled.connect(lambda: self.open_area("activities"))
        if self.register is not None:
            self.stack.setCurrentWidget(self.register)

    def open_privacy(self) -> None:
        """The privacy statement: what is kept, why, for how long, who to ask."""
        from trefpuntje.ui.screens.privacy import PrivacyScreen

        self.ensure_database()
        if self.database is None:
            return
        if self.privacy is None:
            self.privacy = self._add(PrivacyScreen(self.database))
            self.privacy.go_back.connect(self.go_start)
        self.privacy.refresh()  # type: ignore[attr-defined]
        self.stack.setCurrentWidget(self.privacy)

    def _registered(self, member: MemberSummary) -> None:
        assert self.visit is not None
        self.visit.welcome_new(member)

    def end_visit(self) -> None:
        if self.visit is not None:
            self.visit.end()
        self.go_start()

    def modal_open(self) -> bool:
        from trefpuntje.ui.tasks import ProgressPanel

        return (self.idle_overlay.running or QApplication.activeModalWidget() is not None
                or any(panel.isVisible() for panel in self.findChildren(ProgressPanel)))

    def card_taker(self) -> Callable[[MemberSummary], None] | None:
        """The screen on show wants a scanned card for itself (the PIN screen, the till),
        instead of a check-in."""
        return getattr(self.current_screen(), "take_card", None)

    def current_screen(self) -> Screen:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def notify(self, text: str, *, error: bool = False) -> None:
        self.banner.setProperty("kind", "error" if error else "info")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner_text.set_text(text)
        self.banner.show()
        self._banner_timer.start()

    # -- staff mode -------------------------------------------------------------
    def open_staff_mode(self) -> None:
        self.ensure_database()  # pressed in the first half second: finish the start first
        if self.staff is not None:
            self.stack.setCurrentWidget(self.staff_home)
            return
        self.pin_screen.reset()
        self.stack.setCurrentWidget(self.pin_screen)
        self.pin_screen.setFocus()

    def _staff_opened(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.staff_home.open_for(staff)
        self.stack.setCurrentWidget(self.staff_home)
        problem = self.housekeeping.problem
        if problem is not None:  # the daily backup failed: say so to staff, never to the public
            from trefpuntje.core.errors import DomainError
            from trefpuntje.ui.tr import error_text

            self.notify(error_text(problem) if isinstance(problem, DomainError) else str(problem), error=True)

    def leave_staff_mode(self) -> None:
        self.staff = None
        self.staff_home.reset()
        for screen in self.staff_screens.values():
            screen.reset()
        self.go_start()

    def quit_from_staff_mode(self) -> None:
        if self.staff is not None:
            self._may_close = True
            self.close()

    def _setup_done(self, message: str) -> None:
        if self.first_start is not None:
            self.stack.removeWidget(self.first_start)
            self.first_start.deleteLater()
            self.first_start = None
        self.staff_button.show()
        self.go_start()
        self.notify(message)

    # -- idle -------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        """Nothing on screen is worth a warning: the start screen, no one identified."""
        return (self.staff is None and (self.visit is None or self.visit.member is None)
                and self.current_screen() is self.start_screen() and self.current_screen().pristine)

    def _on_idle(self) -> None:
        if self.pristine or self.idle_overlay.running:
            self.idle_watcher.poke()
            return
        self.idle_overlay.start()

    def reset_to_start(self) -> None:
        """Forget everyone and everything entered: back to the start screen."""
        self.idle_overlay.stop()
        self.staff = None
        if self.visit is not None:
            self.visit.end()
        for index in range(self.stack.count()):
            screen = self.stack.widget(index)
            if isinstance(screen, Screen):
                screen.reset()
        self.banner.hide()
        self.go_start()
        self.idle_watcher.poke()

    # -- window -----------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.idle_overlay.isVisible():
            self.idle_overlay.setGeometry(self.centralWidget().rect())

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close:
            event.ignore()  # a kiosk is left only from staff mode
            return
        self.idle_watcher.stop()
        if hasattr(self, "housekeeping"):
            self.housekeeping.stop()
        if hasattr(self, "scanner"):
            self.scanner.stop()
        if self.camera is not None:
            self.camera.close()
        super().closeEvent(event)

"""The "no connection to the centre's database" state of a terminal on a PostgreSQL server.

When the database says its connection is lost (``Database.on_connection_lost``: every
``DatabaseUnreachable`` and ``CommitUncertain``, whether a screen catches it or not, from
whichever thread), the screen is covered by a calm notice: a pictogram, "No connection
to the centre's database" and a countdown to the next try. Covered, so no one starts a
sale or a sign-up that cannot be saved; the top bar stays, so the notice can be read in
another language, and so does the banner, where the screen said what became of the
person's last action. Every few seconds the server is asked (off the
UI thread, with the short connect timeout of db/postgresql.py); when it answers, the
notice goes by itself and the banner says "Connection restored". Other errors never
show it, and on SQLite it is never installed: a local file does not lose its connection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.errors import CommitUncertain, DomainError
from trefpuntje.ui.tasks import run_quietly
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

if TYPE_CHECKING:
    from trefpuntje.db.engine import Database
    from trefpuntje.ui.main_window import MainWindow

RETRY_S = 5

TITLE = QT_TRANSLATE_NOOP("ConnectionState", "No connection to the centre's database")
EXPLAIN = QT_TRANSLATE_NOOP(
    "ConnectionState", "Please wait a moment. This screen goes on by itself as soon as the connection is back.")
COUNTDOWN = QT_TRANSLATE_NOOP("ConnectionState", "Trying again in {seconds} seconds…")
TRYING = QT_TRANSLATE_NOOP("ConnectionState", "Trying again…")
TRY_NOW = QT_TRANSLATE_NOOP("ConnectionState", "Try again now")
RESTORED = QT_TRANSLATE_NOOP("ConnectionState", "Connection restored.")


class ConnectionOverlay(QWidget):
    """Covers the screens (``covered``) while the server cannot be reached; no technical detail."""

    try_now = Signal()

    def __init__(self, parent: QWidget, covered: QWidget) -> None:
        super().__init__(parent)
        self.covered = covered
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        outer = QVBoxLayout(self)
        panel = QFrame(self)
        panel.setObjectName("panel")
        # Wide rather than tall: under a two-line banner at 1280 x 800 it must still fit.
        panel.setMinimumWidth(960)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(40, 24, 40, 24)
        inner.setSpacing(14)
        # The pictogram beside the heading, not above it: the height is what runs out first.
        top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(Pictogram("warning", 96, panel))
        self.title = TrLabel(TITLE, panel, style="heading")
        top.addWidget(self.title, 1)
        inner.addLayout(top)
        self.explain = TrLabel(EXPLAIN, panel)
        # A write whose COMMIT was cut off and could not be asked about: said here too, as
        # the screen under the notice said it, so the person checks before doing it again.
        self.uncertain = TrLabel("", panel)
        self.uncertain.hide()
        self.status = TrLabel("", panel)
        for label in (self.explain, self.uncertain, self.status):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        self.try_button = TouchButton("timer", TRY_NOW, panel, icon_size=64, role="primary")
        self.try_button.clicked.connect(self.try_now)
        inner.addWidget(self.try_button)
        outer.addWidget(panel, 0, Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName(TITLE())
        self.hide()

    def cover(self) -> None:
        self.setGeometry(self.covered.geometry())
        self.show()
        self.raise_()

    def show_countdown(self, seconds: int) -> None:
        self.status.set_text(COUNTDOWN, seconds=seconds)
        self.try_button.setEnabled(True)

    def show_trying(self) -> None:
        self.status.set_text(TRYING)
        self.try_button.setEnabled(False)

    def show_uncertain(self, text: str) -> None:
        self.uncertain.set_text(text)
        self.uncertain.setVisible(bool(text))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.setAccessibleName(TITLE())
        super().changeEvent(event)


class ConnectionWatch(QObject):
    """Shows the overlay on a lost connection and asks the server until it answers."""

    lost = Signal(object)  # from any thread; handled on the UI thread

    def __init__(self, window: MainWindow, database: Database) -> None:
        super().__init__(window)
        self.window = window
        self.database = database
        self.retry_s = RETRY_S
        self.remaining = 0
        self.asking = False
        self.uncertain: DomainError | None = None
        self.overlay = ConnectionOverlay(window.centralWidget(), covered=window.stack)
        self.overlay.try_now.connect(self._ask)
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._tick)
        self.lost.connect(self._on_lost)
        window.stack.installEventFilter(self)  # the screens move when the banner comes and goes
        database.on_connection_lost(self._tell)

    @property
    def showing(self) -> bool:
        return self.overlay.isVisible()

    def _tell(self, error: DomainError) -> None:
        try:
            self.lost.emit(error)
        except RuntimeError:  # the window was closed; the database outlived it
            pass

    def _on_lost(self, error: DomainError) -> None:
        if isinstance(error, CommitUncertain):
            self.uncertain = error
            self.overlay.show_uncertain(error_text(error))
        if self.showing:
            return  # already counting down (or this is our own question failing)
        self.overlay.cover()
        self._count_down()

    def _count_down(self) -> None:
        self.remaining = self.retry_s
        self.overlay.show_countdown(self.remaining)
        self.tick.start()

    def _tick(self) -> None:
        self.overlay.raise_()  # above the idle warning too: nothing can be done until the server is back
        self.remaining -= 1
        if self.remaining <= 0:
            self._ask()
        else:
            self.overlay.show_countdown(self.remaining)

    def _ask(self) -> None:
        if self.asking:
            return
        self.asking = True
        self.tick.stop()
        self.overlay.show_trying()
        run_quietly(self.database.check_connection, receiver=self,
                    on_done=self._answered, on_error=self._not_answered)

    def _answered(self, _result: object) -> None:
        self.asking = False
        self.tick.stop()
        self.overlay.hide()
        text = RESTORED()
        if self.uncertain is not None:
            text = f"{text} {error_text(self.uncertain)}"
        self.uncertain = None
        self.overlay.show_uncertain("")
        self.window.notify(text)

    def _not_answered(self, _error: Exception) -> None:
        self.asking = False
        if self.showing:
            self._count_down()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.overlay.isVisible():
            self.overlay.setGeometry(self.overlay.covered.geometry())
        return False


def watch_connection(window: MainWindow) -> None:
    """Give ``window`` the "no connection" state once its database is open (not on SQLite)."""

    def attach() -> None:
        database = window.database
        if database is None or database.is_sqlite or window.findChild(ConnectionWatch) is not None:
            return
        ConnectionWatch(window, database)

    window.database_ready.connect(attach)
    attach()

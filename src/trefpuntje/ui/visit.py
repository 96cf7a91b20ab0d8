"""What a card scan does: greet the person, check them in, and keep them identified
on this terminal until they tap "done" or the idle timer ends the visit."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from trefpuntje.core.cards import ScanOutcome, identify
from trefpuntje.core.checkins import CheckInOutcome, CheckInResult, check_in
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary
from trefpuntje.ui.sound import Sounds
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.overlays import ChooseOverlay, GreetingOverlay

if TYPE_CHECKING:
    from trefpuntje.ui.main_window import MainWindow

PROBLEMS = {
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP("Visit", "Card not recognised. Ask a volunteer for help."),
    ScanOutcome.GARBLED: QT_TRANSLATE_NOOP("Visit", "Card not recognised. Hold it still and try again."),
    ScanOutcome.REPLACED: QT_TRANSLATE_NOOP("Visit", "This card has been replaced. Please use your new card."),
}


class Visit(QObject):
    """The person identified at this terminal, if any."""

    changed = Signal(object)  # MemberSummary or None

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.member: MemberSummary | None = None
        self.sounds = Sounds(self)
        self.greeting = GreetingOverlay(window.centralWidget())
        self.chooser = ChooseOverlay(window.centralWidget())
        self.chooser.chosen.connect(self._check_in_at)

    def busy(self) -> bool:
        """A question or warning is open: a scan now would act behind it."""
        return self.chooser.isVisible() or self.window.modal_open()

    def handle_scan(self, text: str) -> None:
        window = self.window
        window.ensure_database()
        if self.busy():
            self.sounds.play("problem")
            window.notify(QT_TRANSLATE_NOOP("Visit", "First answer the question on the screen, then scan again.")(),
                          error=True)
            return
        assert window.database is not None
        raw_taker = getattr(window.current_screen(), "take_scan", None)
        if raw_taker is not None and raw_taker(text):  # the shop's screens read item labels as well as cards
            return
        with window.database.read() as session:
            scan = identify(session, scanned=text)
        if scan.outcome != ScanOutcome.MEMBER or scan.member is None:
            self.sounds.play("problem")
            self.greeting.greet("warning", PROBLEMS[scan.outcome])
            return
        taker = window.card_taker()
        if taker is not None:
            taker(scan.member)
            return
        self.member = member = scan.member
        self.sounds.play("welcome")
        try:
            with window.database.write() as session:
                result = check_in(session, member_id=member.id, now=window.clock())
        except DomainError as error:
            window.notify(error_text(error), error=True)
            result = None
        if result is not None:
            self._greet(result)
            if result.outcome == CheckInOutcome.CHOOSE:
                self.chooser.ask(member.first_name, result.occurrences)
        self.greeting.repaint()  # Qt paints late; the greeting must not wait for what follows
        self.changed.emit(member)

    def _check_in_at(self, occurrence_id: uuid.UUID) -> None:
        if self.member is None or self.window.database is None:
            return
        try:
            with self.window.database.write() as session:
                result = check_in(session, member_id=self.member.id, now=self.window.clock(), occurrence_id=occurrence_id)
        except DomainError as error:
            self.window.notify(error_text(error), error=True)
            return
        self._greet(result)

    def _greet(self, result: CheckInResult) -> None:
        assert self.member is not None
        name = self.member.first_name
        if result.outcome == CheckInOutcome.CHECKED_IN:
            self.greeting.greet("ok", QT_TRANSLATE_NOOP("Visit", "Welcome, {name}!"),
                                QT_TRANSLATE_NOOP("Visit", "You are checked in for {title}."),
                                name=name, title=result.occurrences[0].title)
        elif result.outcome == CheckInOutcome.ALREADY:
            self.greeting.greet("ok", QT_TRANSLATE_NOOP("Visit", "Welcome, {name}!"),
                                QT_TRANSLATE_NOOP("Visit", "You were already checked in for {title}."),
                                name=name, title=result.occurrences[0].title)
        elif result.outcome == CheckInOutcome.NOTHING_NOW:
            self.greeting.greet("person", QT_TRANSLATE_NOOP("Visit", "Welcome, {name}!"), name=name)
        else:
            self.greeting.hide()

    def welcome_new(self, member: MemberSummary) -> None:
        """Someone just joined at the kiosk: they are identified for this visit."""
        self.member = member
        self.changed.emit(member)
        self.sounds.play("welcome")
        self.greeting.greet("person", QT_TRANSLATE_NOOP("Visit", "Welcome, {name}!"),
                            QT_TRANSLATE_NOOP("Visit", "You can sign up now. A volunteer will give you your card."),
                            name=member.first_name)

    def end(self) -> None:
        """Forget who is here: their name leaves the screen."""
        self.member = None
        self.greeting.hide()
        self.chooser.hide()
        self.changed.emit(None)

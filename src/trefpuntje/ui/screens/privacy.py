"""The privacy statement in plain words: what is kept, why, for how long and who to
ask. The periods and who to ask come from the centre's settings, so the screen says
what the retention rules (core/retention.py) really do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from trefpuntje.core.settings import get_int, get_setting
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel

CONTEXT = "PrivacyScreen"

# (pictogram, heading, sentences): short sentences, one thought each (language level B1).
SECTIONS: tuple[tuple[str, Text, tuple[Text, ...]], ...] = (
    ("person", QT_TRANSLATE_NOOP("PrivacyScreen", "What we keep"), (
        QT_TRANSLATE_NOOP("PrivacyScreen", "Your first name. That is all we need."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "If you want: last name, phone, e-mail, postcode."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "What you sign up for, your visits, what you buy."),
    )),
    ("info", QT_TRANSLATE_NOOP("PrivacyScreen", "Why"), (
        QT_TRANSLATE_NOOP("PrivacyScreen", "To greet you and to sign you up."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "To count visitors. Our funders ask for that."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "The law asks us to keep every sale."),
    )),
    ("timer", QT_TRANSLATE_NOOP("PrivacyScreen", "For how long"), (
        QT_TRANSLATE_NOOP("PrivacyScreen", "After {checkins}, your visits no longer show your name."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "Not seen you for {inactive}? Then a coordinator may remove your data."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "Sales stay, without your name if you ask."),
    )),
    ("office", QT_TRANSLATE_NOOP("PrivacyScreen", "Who to ask"), (
        QT_TRANSLATE_NOOP("PrivacyScreen", "To see, change or remove your data: ask {contact}."),
        QT_TRANSLATE_NOOP("PrivacyScreen", "Others never see your data on this screen."),
    )),
)
ANY_COORDINATOR = QT_TRANSLATE_NOOP("PrivacyScreen", "a coordinator of {centre}")
COLUMNS = 2


def period_text(months: int) -> str:
    """A number of months as people say it: "2 years", "18 months"."""
    if months % 12 == 0:
        years = months // 12
        return (QT_TRANSLATE_NOOP(CONTEXT, "1 year")() if years == 1
                else QT_TRANSLATE_NOOP(CONTEXT, "{years} years")(years=years))
    return (QT_TRANSLATE_NOOP(CONTEXT, "1 month")() if months == 1
            else QT_TRANSLATE_NOOP(CONTEXT, "{months} months")(months=months))


class PrivacyScreen(Screen):
    go_back = Signal()

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.centre, self.contact, self.checkin_months, self.inactive_months = "", "", 24, 24
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 16, 40, 16)
        layout.setSpacing(12)
        header = QHBoxLayout()
        header.addWidget(Pictogram("lock", 64, self))
        self.heading = TrLabel(QT_TRANSLATE_NOOP("PrivacyScreen", "Your data at {centre}"), self, style="heading",
                               centre="")
        header.addWidget(self.heading, 1)
        self.back = TouchButton("back", QT_TRANSLATE_NOOP("PrivacyScreen", "Back"), self, role="primary")
        self.back.clicked.connect(self.go_back)
        header.addWidget(self.back)  # up here, so the four parts have the height of the screen
        layout.addLayout(header)
        grid = QGridLayout()
        grid.setHorizontalSpacing(40)
        grid.setVerticalSpacing(4)
        self.headings: list[tuple[Pictogram, TrLabel]] = []
        self.sentences: dict[Text, TrLabel] = {}
        for index, (pictogram, heading, sentences) in enumerate(SECTIONS):
            section = QVBoxLayout()
            section.setSpacing(2)
            title = QHBoxLayout()
            picture, label = Pictogram(pictogram, 48, self), TrLabel(heading, self, style="subheading")
            title.addWidget(picture, 0, Qt.AlignmentFlag.AlignBottom)
            title.addWidget(label, 1)
            section.addLayout(title)
            self.headings.append((picture, label))
            for sentence in sentences:
                label = TrLabel(sentence, self)
                label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
                section.addWidget(label)
                self.sentences[sentence] = label
            section.addStretch(1)
            grid.addLayout(section, index // COLUMNS, index % COLUMNS)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid, 1)
        self.refresh()

    @property
    def pristine(self) -> bool:
        return True  # nothing personal on it, nothing typed

    def refresh(self) -> None:
        """Read the periods and who to ask from the settings (a coordinator may have changed them)."""
        with self.database.read() as session:
            self.centre = get_setting(session, "centre_name")
            self.contact = get_setting(session, "privacy_contact").strip()
            self.checkin_months = get_int(session, "checkin_retention_months")
            self.inactive_months = get_int(session, "inactive_after_months")
        self._show()

    def _show(self) -> None:
        self.heading.set_text(QT_TRANSLATE_NOOP("PrivacyScreen", "Your data at {centre}"), centre=self.centre)
        for sentence, label in self.sentences.items():
            params = {name: value for name, value in self._params().items() if "{" + name + "}" in sentence.source}
            label.set_text(sentence, **params)

    def _params(self) -> dict[str, str]:
        return {"checkins": period_text(self.checkin_months), "inactive": period_text(self.inactive_months),
                "contact": self.contact or ANY_COORDINATOR(centre=self.centre)}

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._show()  # the periods and "a coordinator of ..." are words of the language too

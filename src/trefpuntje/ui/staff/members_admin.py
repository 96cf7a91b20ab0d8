"""Staff: register a member (only the first name is required) and print their card.

Printing a card issues a new one; issue, print and "printed" are one transaction,
so when the printer refuses, the member's old card keeps working.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trefpuntje.core.cards import issue_card, mark_printed
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary, add_member, roles_of
from trefpuntje.core.models import Role
from trefpuntje.core.settings import get_setting
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, ROLE_NAMES, error_text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

BIRTH_YEAR_BANDS = ("", "before 1940", "1940-1959", "1960-1979", "1980-1999", "2000 or later")


def print_new_card(database: Database, member: MemberSummary, language: str,
                   done_by_id: uuid.UUID | None = None) -> str:
    """Issue, print on the default printer and mark printed, in one transaction."""
    from trefpuntje.printing.card import render_card
    from trefpuntje.printing.print_queue import print_pdf

    with database.write() as session:
        card = issue_card(session, member_id=member.id, done_by_id=done_by_id)
        pdf = render_card(card, get_setting(session, "centre_name"), language)
        job = print_pdf(pdf, title="Trefpuntje card")  # print queues are public: no name in the title
        mark_printed(session, card_id=card.card_id)
    return job


class MembersAdmin(Screen):
    message = Signal(str, bool)

    def __init__(self, database: Database, language: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.staff_id: uuid.UUID | None = None  # who is in staff mode: the audit log names them
        self.language = language  # the Languages object: cards print in the screen's language
        self.member: MemberSummary | None = None
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 8)
        panel = QFrame(self)
        panel.setObjectName("panel")
        grid = QGridLayout(panel)
        grid.setVerticalSpacing(4)
        self.first_name = QLineEdit(panel)
        self.last_name = QLineEdit(panel)
        self.phone = QLineEdit(panel)
        self.email = QLineEdit(panel)
        self.postcode = QLineEdit(panel)
        self.languages = QLineEdit(panel)
        self.birth_year_band = QComboBox(panel)
        for band in BIRTH_YEAR_BANDS:
            self.birth_year_band.addItem(band or "\u2013", band or None)
        fields = (
            (QT_TRANSLATE_NOOP("MembersAdmin", "First name (required)"), self.first_name),
            (QT_TRANSLATE_NOOP("MembersAdmin", "Last name"), self.last_name),
            (QT_TRANSLATE_NOOP("MembersAdmin", "Phone"), self.phone),
            (QT_TRANSLATE_NOOP("MembersAdmin", "E-mail"), self.email),
            (QT_TRANSLATE_NOOP("MembersAdmin", "Postcode"), self.postcode),
            (QT_TRANSLATE_NOOP("MembersAdmin", "Born"), self.birth_year_band),
            (QT_TRANSLATE_NOOP("MembersAdmin", "Languages spoken"), self.languages),
        )
        for index, (label, field) in enumerate(fields):  # a label above each field, three fields a row
            field.setAccessibleName(label())
            row, column = (index // 3) * 2, index % 3
            grid.addWidget(TrLabel(label, panel, style="muted"), row, column)
            grid.addWidget(field, row + 1, column)
        self.consent_photos = QCheckBox(QT_TRANSLATE_NOOP("MembersAdmin", "may appear in photos")(), panel)
        self.consent_contact = QCheckBox(QT_TRANSLATE_NOOP("MembersAdmin", "may be contacted")(), panel)
        grid.addWidget(self.consent_photos, 5, 1)
        grid.addWidget(self.consent_contact, 5, 2)
        roles = QHBoxLayout()
        self.roles: dict[str, QCheckBox] = {}
        for role in Role:
            box = QCheckBox(ROLE_NAMES[role.value](), panel)
            box.setChecked(role == Role.VISITOR)
            roles.addWidget(box)
            self.roles[role.value] = box
        grid.addLayout(roles, 6, 0, 1, 3)
        layout.addWidget(panel)
        self.status = TrLabel("", self)
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("MembersAdmin", "Save"), self, role="primary")
        self.save_button.clicked.connect(self.save)
        self.card_button = TouchButton("printer", QT_TRANSLATE_NOOP("MembersAdmin", "Print card"), self)
        self.card_button.clicked.connect(self.print_card)
        self.card_button.setEnabled(False)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.card_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self) -> None:
        self.member = None
        for field in (self.first_name, self.last_name, self.phone, self.email, self.postcode, self.languages):
            field.clear()
        self.birth_year_band.setCurrentIndex(0)
        self.consent_photos.setChecked(False)
        self.consent_contact.setChecked(False)
        for role, box in self.roles.items():
            box.setChecked(role == Role.VISITOR.value)
        self.card_button.setEnabled(False)
        self.status.set_text("")

    def save(self) -> None:
        optional = {name: getattr(self, name).text().strip() or None
                    for name in ("last_name", "phone", "email", "postcode", "languages")}
        try:
            with self.database.write() as session:
                member = add_member(
                    session, first_name=self.first_name.text(),
                    roles=[role for role, box in self.roles.items() if box.isChecked()],
                    birth_year_band=self.birth_year_band.currentData(), consent_photos=self.consent_photos.isChecked(),
                    consent_contact=self.consent_contact.isChecked(), done_by_id=self.staff_id, **optional,
                )
                self.member = MemberSummary(member.id, member.first_name, roles_of(session, member.id))
        except DomainError as error:
            self.status.set_text(error_text(error))
            return
        self.card_button.setEnabled(True)
        self.status.set_text(QT_TRANSLATE_NOOP("MembersAdmin", "{name} is registered."), name=self.member.first_name)

    def print_card(self) -> None:
        member = self.member
        if member is None:
            return
        language = getattr(self.language, "current", "nl")

        def work(report: Report) -> str:
            return print_new_card(self.database, member, language, self.staff_id)

        self.task = run_in_background(
            self.window(), work, title=QT_TRANSLATE_NOOP("MembersAdmin", "Printing the card..."),
            on_done=lambda job: self.status.set_text(
                QT_TRANSLATE_NOOP("MembersAdmin", "The card for {name} is printing."), name=member.first_name),
            on_error=lambda error: self.status.set_text(
                error_text(error) if isinstance(error, DomainError) else str(error)),
        )

"""The first start on an empty database: make a coordinator, or try the demo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from trefpuntje.core.demo import DemoResult, fill_demo
from trefpuntje.core.errors import DomainError, InvalidInput
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP as ERROR_TEXT
from trefpuntje.core.staff_pins import create_coordinator
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel


class FirstStartScreen(Screen):
    ready = Signal(str)  # a message for the person, shown on the next screen

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(64, 24, 64, 24)
        layout.setSpacing(12)
        header = QHBoxLayout()
        header.addWidget(Pictogram("volunteers", 80, self))
        title = TrLabel(QT_TRANSLATE_NOOP("FirstStartScreen", "Welcome! Let us set up Trefpuntje."), self, style="heading")
        header.addWidget(title, 1)
        layout.addLayout(header)
        layout.addWidget(TrLabel(QT_TRANSLATE_NOOP(
            "FirstStartScreen",
            "A coordinator opens staff mode with a PIN. Make the first coordinator, or try Trefpuntje with demo data.")))

        form_frame = QFrame(self)
        form_frame.setObjectName("panel")
        form = QFormLayout(form_frame)
        form.setContentsMargins(24, 16, 24, 16)
        self.first_name = QLineEdit(form_frame)
        self.first_name.setAccessibleName(QT_TRANSLATE_NOOP("FirstStartScreen", "First name")())
        self.pin = QLineEdit(form_frame)
        self.pin_again = QLineEdit(form_frame)
        for field, text in ((self.pin, QT_TRANSLATE_NOOP("FirstStartScreen", "PIN (4 to 8 digits)")),
                            (self.pin_again, QT_TRANSLATE_NOOP("FirstStartScreen", "The same PIN again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(QIntValidator(0, 99999999, field))
            field.setMaxLength(8)
            field.setAccessibleName(text())
        form.addRow(TrLabel(QT_TRANSLATE_NOOP("FirstStartScreen", "First name")), self.first_name)
        form.addRow(TrLabel(QT_TRANSLATE_NOOP("FirstStartScreen", "PIN (4 to 8 digits)")), self.pin)
        form.addRow(TrLabel(QT_TRANSLATE_NOOP("FirstStartScreen", "The same PIN again")), self.pin_again)
        layout.addWidget(form_frame)

        self.message = TrLabel("", self)
        self.message.setStyleSheet("color: #8b0000; font-weight: bold;")
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.create_button = TouchButton("staff", QT_TRANSLATE_NOOP("FirstStartScreen", "Make coordinator"), self, role="primary")
        self.create_button.clicked.connect(self.create)
        self.demo_button = TouchButton("gift", QT_TRANSLATE_NOOP("FirstStartScreen", "Try with demo data"), self)
        self.demo_button.clicked.connect(self.load_demo)
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.demo_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def reset(self) -> None:
        for field in (self.first_name, self.pin, self.pin_again):
            field.clear()
        self.message.set_text("")

    def create(self) -> None:
        try:
            if self.pin.text() != self.pin_again.text():
                raise InvalidInput(ERROR_TEXT("errors", "The two PINs differ. Nothing was saved."))
            with self.database.write() as session:
                coordinator = create_coordinator(session, first_name=self.first_name.text(), pin=self.pin.text())
        except DomainError as error:
            self.message.set_text(error_text(error))
            return
        self.ready.emit(QT_TRANSLATE_NOOP("FirstStartScreen", "{name} is coordinator. Staff mode opens with the PIN.")(
            name=coordinator.first_name))

    def load_demo(self) -> None:
        def work(report: Report) -> DemoResult:
            report(0.1, "")
            with self.database.write() as session:
                result = fill_demo(session, today=date.today())
            report(1.0, "")
            return result

        self.task = run_in_background(
            self.window(), work, title=QT_TRANSLATE_NOOP("FirstStartScreen", "Making a demo week..."),
            on_done=lambda result: self.ready.emit(QT_TRANSLATE_NOOP(
                "FirstStartScreen", "Demo data is ready. The demo coordinator PIN is {pin}.")(pin=result.coordinator_pin)),
            on_error=lambda error: self.message.set_text(
                error_text(error) if isinstance(error, DomainError) else str(error)),
        )

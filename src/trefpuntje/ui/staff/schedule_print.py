"""Office: the weekly schedule with a preview, printed through the system print queue
or saved as a PDF. Rendering runs off the UI thread."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL, week_start
from trefpuntje.core.errors import DomainError
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

PREVIEW_DPI = 90


def preview_png(pdf: bytes) -> bytes | None:
    """The first page as a PNG (poppler's pdftoppm); None where poppler is missing."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        return None
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "schedule.pdf"
        source.write_bytes(pdf)
        subprocess.run([tool, "-png", "-r", str(PREVIEW_DPI), "-f", "1", "-l", "1", "-singlefile", str(source),
                        str(Path(folder) / "page")], check=True, capture_output=True, timeout=60)
        return (Path(folder) / "page.png").read_bytes()


class SchedulePrint(Screen):
    def __init__(self, database: Database, clock: Callable[[], datetime], languages: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.languages = languages
        self.monday = week_start(clock().astimezone(LOCAL).date())
        self.pdf: bytes | None = None
        self.task = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        controls = QHBoxLayout()
        self.previous = TouchButton("back", QT_TRANSLATE_NOOP("SchedulePrint", "Week before"), self)
        self.previous.clicked.connect(lambda: self.show_week(self.monday - timedelta(days=7)))
        self.title = TrLabel("", self, style="subheading")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = TouchButton("calendar", QT_TRANSLATE_NOOP("SchedulePrint", "Week after"), self)
        self.next.clicked.connect(lambda: self.show_week(self.monday + timedelta(days=7)))
        controls.addWidget(self.previous)
        controls.addWidget(self.title, 1)
        controls.addWidget(self.next)
        layout.addLayout(controls)
        self.staff_copy = QCheckBox(QT_TRANSLATE_NOOP("SchedulePrint", "with the participants' first names (staff copy)")(),
                                    self)
        self.staff_copy.toggled.connect(lambda: self.show_week(self.monday))
        layout.addWidget(self.staff_copy)
        self.preview = QLabel(self)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(QT_TRANSLATE_NOOP("SchedulePrint", "Preview")())
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.preview)
        layout.addWidget(scroll, 1)
        self.status = TrLabel("", self)
        layout.addWidget(self.status)
        actions = QHBoxLayout()
        self.print_button = TouchButton("printer", QT_TRANSLATE_NOOP("SchedulePrint", "Print"), self, role="primary")
        self.print_button.clicked.connect(self.print_now)
        self.save_button = TouchButton("ok", QT_TRANSLATE_NOOP("SchedulePrint", "Save as PDF"), self)
        self.save_button.clicked.connect(self.save_as)
        actions.addWidget(self.print_button)
        actions.addWidget(self.save_button)
        layout.addLayout(actions)

    def reset(self) -> None:
        self.staff_copy.setChecked(False)  # the next person must not print names for the notice board unawares
        self.pdf = None

    def show_week(self, monday: date) -> None:
        self.monday = monday
        self.pdf = None
        number = monday.isocalendar().week
        self.title.set_text(QT_TRANSLATE_NOOP("SchedulePrint", "Week {number}: {first} to {last}"), number=number,
                            first=f"{monday:%d-%m}", last=f"{monday + timedelta(days=6):%d-%m}")
        self.preview.clear()
        language = getattr(self.languages, "current", "nl")
        staff = self.staff_copy.isChecked()

        def work(report: Report) -> tuple[bytes, bytes | None]:
            from trefpuntje.printing.documents import week_schedule_pdf

            report(0.2, "")
            with self.database.write() as session:
                pdf = week_schedule_pdf(session, monday=monday, staff=staff, language=language)
            report(0.7, "")
            return pdf, preview_png(pdf)

        def done(result: tuple[bytes, bytes | None]) -> None:
            if monday != self.monday:
                return  # the person already moved on to another week
            self.pdf, png = result
            if png is None:
                self.preview.setText(QT_TRANSLATE_NOOP("SchedulePrint", "No preview on this computer (poppler-utils).")())
            else:
                picture = QPixmap()
                picture.loadFromData(png)
                self.preview.setPixmap(picture)

        self.task = run_in_background(self.window(), work, title=QT_TRANSLATE_NOOP("SchedulePrint", "Making the schedule..."),
                                      on_done=done, on_error=self._problem)

    def _problem(self, error: Exception) -> None:
        self.status.set_text(error_text(error) if isinstance(error, DomainError) else str(error))

    def print_now(self) -> None:
        if self.pdf is None:
            return
        pdf = self.pdf

        def work(report: Report) -> str:
            from trefpuntje.printing.print_queue import print_pdf

            return print_pdf(pdf, title=f"Trefpuntje week {self.monday.isocalendar().week}")

        self.task = run_in_background(
            self.window(), work, title=QT_TRANSLATE_NOOP("SchedulePrint", "Sending to the printer..."),
            on_done=lambda job: self.status.set_text(QT_TRANSLATE_NOOP("SchedulePrint", "Sent to the printer (job {job})."),
                                                     job=job),
            on_error=self._problem)

    def save_as(self) -> None:
        if self.pdf is None:
            return
        name, _ = QFileDialog.getSaveFileName(self, QT_TRANSLATE_NOOP("SchedulePrint", "Save as PDF")(),
                                              f"schedule-{self.monday.isocalendar().week}.pdf", "PDF (*.pdf)")
        if name:
            path = Path(name)
            path.write_bytes(self.pdf)
            if self.staff_copy.isChecked():
                path.chmod(0o600)  # it holds first names
            self.status.set_text(QT_TRANSLATE_NOOP("SchedulePrint", "Saved in {path}."), path=name)

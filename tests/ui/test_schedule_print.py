"""Office: the weekly schedule with a preview, saved or printed."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pypdf import PdfReader

from tests.ui.staff_steps import open_staff
from trefpuntje.core.activities import week
from trefpuntje.core.checkins import attendance

MONDAY = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_the_office_previews_the_week_and_saves_the_staff_copy(make_window, demo_database, qtbot, tmp_path, monkeypatch):
    window = make_window(demo_database, station="office")
    window.clock = lambda: MONDAY
    open_staff(qtbot, window)
    qtbot.mouseClick(window.staff_home.schedule_button, Qt.MouseButton.LeftButton)
    screen = window.staff_screens["schedule"]
    qtbot.waitUntil(lambda: screen.pdf is not None and screen.preview.pixmap() is not None
                    and not screen.preview.pixmap().isNull(), timeout=20000)
    assert "Week 49" in screen.title.text()
    assert screen.preview.pixmap().width() > 600  # a real rendered page, landscape
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(screen.pdf)).pages)
    assert "Naaiatelier" in text and "Fatima" not in text  # the public copy has no participants
    screen.staff_copy.setChecked(True)
    qtbot.waitUntil(lambda: screen.pdf is not None, timeout=20000)
    target = tmp_path / "week49.pdf"
    monkeypatch.setattr("trefpuntje.ui.staff.schedule_print.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), "PDF (*.pdf)"))
    qtbot.mouseClick(screen.save_button, Qt.MouseButton.LeftButton)
    staff_text = "".join(page.extract_text() for page in PdfReader(target).pages)
    with demo_database.write() as session:
        sewing = next(v for v in week(session, monday=MONDAY.date()) if v.title == "Naaiatelier")
        names = [row.first_name for row in attendance(session, occurrence_id=sewing.id)]
    assert names and all(name in staff_text for name in names)

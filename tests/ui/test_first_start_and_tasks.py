from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.members import list_members
from trefpuntje.core.staff_pins import has_coordinator
from trefpuntje.ui.tasks import run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP


def test_an_empty_database_starts_with_setup_and_makes_a_coordinator(make_window, database, qtbot):
    window = make_window(database)
    screen = window.first_start
    assert window.stack.currentWidget() is screen
    screen.first_name.setText("Marloes")
    screen.pin.setText("2580")
    screen.pin_again.setText("2581")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert screen.message.text() == "De twee pincodes verschillen. Er is niets opgeslagen."
    with database.read() as session:
        assert not has_coordinator(session)
    screen.pin_again.setText("2580")
    qtbot.mouseClick(screen.create_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.home
    assert "Marloes is coördinator" in window.banner_text.text()
    with database.read() as session:
        assert has_coordinator(session)


def test_demo_data_loads_in_the_background_and_tells_the_pin(make_window, database, qtbot):
    window = make_window(database)
    qtbot.mouseClick(window.first_start.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.home, timeout=20000)
    assert "1234" in window.banner_text.text()
    with database.read() as session:
        assert len(list_members(session)) == 40


def test_background_work_runs_off_the_ui_thread_with_progress(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(800, 600)
    parent.show()
    seen: dict[str, object] = {}
    release = threading.Event()

    def work(report):
        seen["thread"] = threading.get_ident()
        report(0.5, "halfway")
        release.wait(5)
        return 42

    task = run_in_background(parent, work, title=QT_TRANSLATE_NOOP("Test", "Working"),
                             on_done=lambda value: seen.setdefault("result", value), on_error=seen.setdefault)
    qtbot.waitUntil(lambda: task.panel.bar.value() == 500)
    assert task.panel.detail.text() == "halfway" and task.panel.isVisible()
    assert seen["thread"] != threading.get_ident()  # the UI thread stayed free to paint the bar
    release.set()
    qtbot.waitUntil(lambda: seen.get("result") == 42)


def test_background_errors_come_back_to_the_ui_thread(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    caught = []

    def work(report):
        raise InvalidInput("A first name is needed.")

    run_in_background(parent, work, title=QT_TRANSLATE_NOOP("Test", "Working"),
                      on_done=lambda value: None, on_error=lambda error: caught.append((error, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(caught))
    assert isinstance(caught[0][0], InvalidInput) and caught[0][1] == threading.get_ident()

"""The privacy statement: plain words, the periods the centre set, who to ask, and a
screen that fits the smallest kiosk in every language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_privacy_walk import PersonalData, Walk
from trefpuntje.core.settings import set_setting
from trefpuntje.ui.app import create_application
from trefpuntje.ui.i18n import Languages
from trefpuntje.ui.screens.privacy import PrivacyScreen, period_text
from trefpuntje.ui.widgets.touch import TrLabel

SMALLEST_SCREEN = (1280, 800 - 70)  # the window less its top bar


@pytest.fixture
def languages(qapp):
    """The app as it runs (style sheet, fonts); the tests choose the language."""
    languages = Languages(create_application())
    yield languages
    languages.stretch = False
    languages.switch("nl")


def _shown(qtbot, database) -> PrivacyScreen:  # type: ignore[no-untyped-def]
    screen = PrivacyScreen(database)
    qtbot.addWidget(screen)
    screen.resize(*SMALLEST_SCREEN)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _text(screen: PrivacyScreen) -> str:
    return " ".join(label.text() for label in screen.findChildren(TrLabel))


def test_the_statement_says_the_periods_and_who_to_ask_as_the_centre_set_them(qtbot, database, languages):
    languages.switch("en")
    with database.write() as session:
        set_setting(session, key="centre_name", value="Buurthuis De Klok")
        set_setting(session, key="checkin_retention_months", value="18")
        set_setting(session, key="inactive_after_months", value="36")
    screen = _shown(qtbot, database)
    text = _text(screen)
    assert "Your data at Buurthuis De Klok" in text
    assert "After 18 months, your visits no longer show your name." in text
    assert "Not seen you for 3 years? Then a coordinator may remove your data." in text
    assert "ask a coordinator of Buurthuis De Klok." in text
    for heading in ("What we keep", "Why", "For how long", "Who to ask"):
        assert heading in text

    with database.write() as session:
        set_setting(session, key="privacy_contact", value="Karin at the office desk")
        set_setting(session, key="checkin_retention_months", value="12")
    screen.refresh()  # as each time the screen is opened
    text = _text(screen)
    assert "ask Karin at the office desk." in text and "After 1 year," in text


def test_the_defaults_are_two_years_and_a_coordinator(qtbot, database, languages):
    languages.switch("en")
    text = _text(_shown(qtbot, database))
    assert "After 2 years," in text and "for 2 years?" in text and "ask a coordinator of 't Trefpuntje." in text


def test_periods_read_as_people_say_them(languages):
    languages.switch("en")
    assert [period_text(m) for m in (1, 5, 12, 24, 30, 120)] == [
        "1 month", "5 months", "1 year", "2 years", "30 months", "10 years"]


def test_a_pictogram_beside_every_heading_and_a_named_way_back(qtbot, database, languages):
    languages.switch("en")
    screen = _shown(qtbot, database)
    assert len(screen.headings) == 4
    for picture, heading in screen.headings:  # side by side, on one line
        assert picture.isVisible() and not picture.pixmap().isNull()
        assert picture.geometry().right() < heading.geometry().left()
        assert heading.geometry().top() <= picture.geometry().center().y() <= heading.geometry().bottom()
    assert screen.back.accessibleName() == "Back" and screen.back.height() >= 80
    went = []
    screen.go_back.connect(lambda: went.append(True))
    qtbot.mouseClick(screen.back, Qt.MouseButton.LeftButton)
    assert went == [True]


@pytest.mark.parametrize(("language", "stretch"), [("nl", False), ("en", False), ("ar", False), ("en", True)])
def test_the_statement_fits_the_smallest_kiosk_screen(qtbot, database, languages, language, stretch):
    """In every language, and with every string 40 % longer (translations run long)."""
    languages.stretch = stretch
    languages.switch(language)
    screen = _shown(qtbot, database)
    hint = screen.minimumSizeHint()
    assert hint.width() <= SMALLEST_SCREEN[0] and hint.height() <= SMALLEST_SCREEN[1], hint
    assert screen.isRightToLeft() == (language == "ar")
    for label in screen.findChildren(TrLabel):  # nothing cut off: every line has its height
        assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_the_statement_names_nobody(qtbot, demo_database, languages):
    languages.switch("nl")
    screen = _shown(qtbot, demo_database)
    walk = Walk(screen, PersonalData.of(demo_database))
    walk.look("the privacy statement")
    assert walk.problems == []


def test_a_language_switch_translates_the_periods_too(qtbot, database, languages):
    languages.switch("en")
    screen = _shown(qtbot, database)
    languages.stretch = True  # every string, "2 years" among them, comes back changed: as a new language would
    languages.switch("en")
    qtbot.waitUntil(lambda: "\u00b7" in screen.heading.text())  # Qt tells the widgets a moment later
    sentence = screen.sentences[next(s for s in screen.sentences if "{checkins}" in s.source)]
    assert "2 years \u00b7\u00b7" in sentence.text()


def test_the_home_screen_opens_the_privacy_statement_and_back(window, qtbot):
    from PySide6.QtCore import Qt

    from trefpuntje.ui.screens.privacy import PrivacyScreen

    qtbot.mouseClick(window.home.privacy_button, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_screen(), PrivacyScreen)
    window.current_screen().go_back.emit()
    assert window.current_screen() is window.home

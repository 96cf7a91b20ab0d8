"""Staff register a member with as little as a first name, and print the card."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlmodel import select

from tests.ui.staff_steps import open_staff
from trefpuntje.core.members import get_member, list_members
from trefpuntje.core.models import Card


def test_a_member_is_registered_with_only_a_first_name_and_optional_extras(make_window, demo_database, qtbot):
    window = make_window(demo_database)
    open_staff(qtbot, window)
    qtbot.mouseClick(window.staff_home.members_button, Qt.MouseButton.LeftButton)
    admin = window.staff_screens["members"]
    qtbot.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    assert admin.status.text() == "Een voornaam is nodig."
    assert not admin.card_button.isEnabled()
    admin.first_name.setText("Marloes")
    admin.postcode.setText("6541 AB")
    admin.consent_contact.setChecked(True)
    admin.roles["volunteer"].setChecked(True)
    qtbot.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    assert admin.status.text() == "Marloes is ingeschreven."
    with demo_database.read() as session:
        [summary] = [m for m in list_members(session) if m.first_name == "Marloes"]
        member = get_member(session, summary.id)
    assert summary.roles == ("visitor", "volunteer")
    assert (member.postcode, member.consent_contact, member.phone) == ("6541 AB", True, None)


def test_a_card_that_cannot_be_printed_leaves_nothing_half_done(make_window, demo_database, qtbot, monkeypatch):
    monkeypatch.setenv("PATH", "/nonexistent")  # no CUPS tools on this "computer"
    window = make_window(demo_database)
    open_staff(qtbot, window)
    qtbot.mouseClick(window.staff_home.members_button, Qt.MouseButton.LeftButton)
    admin = window.staff_screens["members"]
    admin.first_name.setText("Joke")
    qtbot.mouseClick(admin.save_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(admin.card_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Printen kan niet" in admin.status.text(), timeout=10000)
    with demo_database.read() as session:
        assert session.exec(select(Card).where(Card.member_id == admin.member.id)).all() == []

"""What every screen shares."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from trefpuntje.core.members import MemberSummary


class Screen(QWidget):
    """A full screen in the main window's stack.

    ``pristine`` says whether the screen holds nothing worth an idle warning;
    ``reset`` clears what a person left on it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screen")

    @property
    def pristine(self) -> bool:
        return False

    def reset(self) -> None:
        """Forget whatever a person entered here."""


class VisitorScreen(Screen):
    """A public area screen that shows the person who scanned their card their own
    things (their sign-ups, strips, shifts, orders). The main window hands it the
    visitor; ``reset`` forgets them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.visitor: MemberSummary | None = None

    @property
    def pristine(self) -> bool:
        return self.visitor is None

    def set_visitor(self, visitor: MemberSummary | None) -> None:
        self.visitor = visitor
        if self.isVisible():
            self.refresh()

    def reset(self) -> None:
        self.visitor = None

    def refresh(self) -> None:
        """Read what the screen shows anew, for the visitor if there is one."""

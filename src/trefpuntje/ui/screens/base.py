"""What every screen shares."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


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

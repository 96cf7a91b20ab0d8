"""Big tabs for a staff screen with parts: a pictogram and a word each, one checked."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QWidget

from trefpuntje.ui.tr import Text
from trefpuntje.ui.widgets.touch import TouchButton


def tab_row(parent: QWidget, entries: Sequence[tuple[str, Text]],
            show: Callable[[int], None]) -> tuple[QHBoxLayout, QButtonGroup, list[TouchButton]]:
    """A row of checkable tabs (pictogram, words), one group; a tap on tab i calls ``show(i)``.
    The row is returned open, for what the screen puts beside the tabs."""
    row = QHBoxLayout(spacing=8)
    group = QButtonGroup(parent)
    tabs: list[TouchButton] = []
    for index, (pictogram, text) in enumerate(entries):
        tab = TouchButton(pictogram, text, parent, icon_size=36)
        tab.setCheckable(True)
        tab.clicked.connect(lambda _=False, i=index: show(i))
        group.addButton(tab, index)
        row.addWidget(tab)
        tabs.append(tab)
    return row, group, tabs

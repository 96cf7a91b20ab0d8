"""The coordinator's overview of a year: counted hours per task per month, the active
volunteers, the share of visitors who also volunteer or cook ("those who receive
also give"), the allowances that near or pass a tax-free cap, and the CSV."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QMargins, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QFileDialog, QHBoxLayout, QHeaderView, QTableWidget, \
    QTableWidgetItem, QVBoxLayout, QWidget

from trefpuntje.core.hours_allowance import AllowanceOverview, CapKind, CapLevel, CapWarning, allowance_overview
from trefpuntje.core.hours_reports import HoursOverview, hours_csv, hours_overview, hours_text
from trefpuntje.db.engine import Database
from trefpuntje.ui import pictograms
from trefpuntje.ui.staff.hours_common import Say, local
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, money
from trefpuntje.ui.widgets.stepper import SymbolButton
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

TABLE_STYLE = "QTableWidget, QHeaderView::section { font-size: 13pt; } QHeaderView::section { padding: 0 4px; }"
ROW_HEIGHT = 30
WARNING = {
    (CapKind.HOUR, CapLevel.OVER): QT_TRANSLATE_NOOP(
        "HoursOverview", "{amount} an hour is more than the tax-free {cap} an hour"),
    (CapKind.MONTH, CapLevel.NEAR): QT_TRANSLATE_NOOP("HoursOverview", "{month}: {amount}, near the {cap} a month"),
    (CapKind.MONTH, CapLevel.OVER): QT_TRANSLATE_NOOP("HoursOverview", "{month}: {amount}, over the {cap} a month"),
    (CapKind.YEAR, CapLevel.NEAR): QT_TRANSLATE_NOOP("HoursOverview", "the year: {amount}, near the {cap} a year"),
    (CapKind.YEAR, CapLevel.OVER): QT_TRANSLATE_NOOP("HoursOverview", "the year: {amount}, over the {cap} a year"),
}


class OverviewPanel(QWidget):
    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.year = local(clock()).year
        self.overview: HoursOverview | None = None
        self.allowance: AllowanceOverview | None = None
        column = QVBoxLayout(self, contentsMargins=QMargins(), spacing=6)
        top = QHBoxLayout(spacing=8)
        self.previous = SymbolButton("\u25c0", QT_TRANSLATE_NOOP("HoursOverview", "Previous year"), self,
                                     mirrored="\u25b6")
        self.previous.clicked.connect(lambda: self.show_year(self.year - 1))
        self.year_label = TrLabel("", self, style="cardtitle")
        self.year_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next = SymbolButton("\u25b6", QT_TRANSLATE_NOOP("HoursOverview", "Next year"), self, mirrored="\u25c0")
        self.next.clicked.connect(lambda: self.show_year(self.year + 1))
        self.csv_button = TouchButton("report", QT_TRANSLATE_NOOP("HoursOverview", "Save as CSV"), self, icon_size=32)
        self.csv_button.clicked.connect(self.save_csv)
        for widget, stretch in ((self.previous, 0), (self.year_label, 1), (self.next, 0), (self.csv_button, 0)):
            top.addWidget(widget, stretch)
        column.addLayout(top)
        self.table = QTableWidget(self)
        self.table.setIconSize(QSize(24, 24))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setStyleSheet(TABLE_STYLE + " QScrollBar:vertical { width: 24px; }")
        columns = self.table.horizontalHeader()
        columns.setMinimumSectionSize(40)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        self.table.setAccessibleName(QT_TRANSLATE_NOOP("HoursOverview", "Hours per task per month")())
        column.addWidget(self.table, 1)
        facts = QHBoxLayout(spacing=24)
        self.facts = TrLabel("", self)
        self.facts.setStyleSheet("font-size: 16pt;")
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        allowance = QVBoxLayout(spacing=0)
        heading = TrLabel(QT_TRANSLATE_NOOP("HoursOverview", "Volunteer allowance"), self)
        heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        allowance.addWidget(heading)
        self.warnings = TrLabel("", self)
        self.warnings.setStyleSheet("font-size: 16pt;")
        self.warnings.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        allowance.addWidget(self.warnings, 1)
        facts.addWidget(self.facts, 1)
        facts.addLayout(allowance, 1)
        column.addLayout(facts)

    def show_year(self, year: int) -> None:
        self.year = year
        self.refresh()

    def refresh(self) -> None:
        with self.database.read() as session:
            self.overview = overview = hours_overview(session, year=self.year)
            self.allowance = allowance = allowance_overview(session, year=self.year)
        self.year_label.set_text(QT_TRANSLATE_NOOP("HoursOverview", "Counted hours in {year}"), year=self.year)
        self.next.setEnabled(self.year < local(self.clock()).year)
        self._fill_table(overview)
        giving = overview.giving
        facts = [
            QT_TRANSLATE_NOOP("HoursOverview", "Active volunteers: {count}. Waiting for approval: {waiting}; "
                                               "forgotten clock-outs: {flagged}.")(
                count=overview.active_volunteers, waiting=overview.waiting, flagged=overview.flagged),
            QT_TRANSLATE_NOOP("HoursOverview", "Those who receive also give: {also} of the {visitors} visitors "
                                               "({percent} %) also volunteer or cook.")(
                also=giving.also_give, visitors=giving.visitors, percent=giving.percent)]
        if giving.came:
            facts.append(QT_TRANSLATE_NOOP("HoursOverview", "Of the {came} who came this year, {gave} gave hours or "
                                                            "cook ({percent} %).")(
                came=giving.came, gave=giving.came_and_gave, percent=giving.percent_this_year))
        self.facts.set_text("\n".join(facts))
        self.warnings.set_text("\n".join(self._warning_lines(allowance)))

    def _fill_table(self, overview: HoursOverview) -> None:
        months = [QLocale().standaloneMonthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13)]
        self.table.clear()
        self.table.setColumnCount(13)
        self.table.setHorizontalHeaderLabels([*months, QT_TRANSLATE_NOOP("HoursOverview", "Year")()])
        rows: list[tuple[QTableWidgetItem, list[str]]] = []
        for task in overview.tasks:
            rows.append((QTableWidgetItem(pictograms.icon(task.pictogram, 56), task.name),
                         [_hours(m) for m in (*task.minutes, task.total)]))
        rows.append((QTableWidgetItem(QT_TRANSLATE_NOOP("HoursOverview", "Total")()),
                     [_hours(m) for m in (*overview.month_totals, overview.total_minutes)]))
        rows.append((QTableWidgetItem(QT_TRANSLATE_NOOP("HoursOverview", "Volunteers")()),
                     [str(n) if n else "" for n in (*overview.active_per_month, overview.active_volunteers)]))
        self.table.setRowCount(len(rows))
        for row, (header, cells) in enumerate(rows):
            self.table.setVerticalHeaderItem(row, header)
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row >= len(rows) - 2 or col == 12:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, col, cell)

    def _warning_lines(self, allowance: AllowanceOverview) -> list[str]:
        lines = []
        if allowance.caps.assumed:
            lines.append(QT_TRANSLATE_NOOP("HoursOverview", "No tax-free caps set for {year}: those of {figures} are "
                                                            "used. Please check them.")(
                year=allowance.year, figures=allowance.caps.figures_year))
        for line in allowance.lines:
            if line.warnings:
                lines.append(f"\u26a0 {line.first_name}: " + "; ".join(self._warning(w) for w in line.warnings))
        if not any(line.warnings for line in allowance.lines):
            lines.append(QT_TRANSLATE_NOOP("HoursOverview", "No allowance near a tax-free cap.")())
        return lines

    def _warning(self, warning: CapWarning) -> str:
        month = QLocale().standaloneMonthName(warning.month) if warning.month else ""
        text: Text = WARNING[(warning.kind, warning.level)]
        return text(month=month, amount=money(warning.amount_cents), cap=money(warning.cap_cents))

    def save_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, QT_TRANSLATE_NOOP("HoursOverview", "Save as CSV")(),
                                              f"hours-{self.year}.csv", "CSV (*.csv)")
        if not name:
            return
        with self.database.read() as session:
            text = hours_csv(session, year=self.year)
        try:
            Path(name).write_text(text, encoding="utf-8")
        except OSError as error:
            self.say(QT_TRANSLATE_NOOP("HoursOverview", "Could not save in {path}: {reason}."),
                     problem=True, path=name, reason=error.strerror or str(error))
            return
        self.say(QT_TRANSLATE_NOOP("HoursOverview", "Saved in {path}."), path=name)

    def reset(self) -> None:
        self.year = local(self.clock()).year
        self.table.clear()


def _hours(minutes: int) -> str:
    return hours_text(minutes) if minutes else ""

"""Staff: open the till with a counted float, print an X report, close with the
counted cash (the Z report), and void or refund a sale with a reason and a name."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary
from trefpuntje.core.models.till import SaleKind
from trefpuntje.core.settings import get_setting
from trefpuntje.core.till import close_session, current_session, open_session, reverse_sale
from trefpuntje.core.till_reports import TillReport, receipt_number, reversible_sales, x_report
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.screens.till import PAYMENT_NAMES
from trefpuntje.ui.tasks import Report, run_in_background
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, Text, error_text, money
from trefpuntje.ui.tr import language as current_language
from trefpuntje.ui.widgets.amount_pad import AmountPad
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel

REASONS = (
    QT_TRANSLATE_NOOP("TillAdmin", "Mistake"),
    QT_TRANSLATE_NOOP("TillAdmin", "Brought back"),
    QT_TRANSLATE_NOOP("TillAdmin", "Wrong payment"),
)


class TillAdmin(Screen):
    go_to_till = Signal()

    def __init__(self, database: Database, clock: Callable[[], datetime], languages: object,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.clock = clock
        self.staff: MemberSummary | None = None
        self.session_id: uuid.UUID | None = None
        self.counting: str | None = None  # "open" or "close"
        self.report: TillReport | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 12)
        layout.setSpacing(32)
        left = QVBoxLayout()
        left.setSpacing(10)
        left.addWidget(TrLabel(QT_TRANSLATE_NOOP("TillAdmin", "Till"), self, style="heading"))
        self.status = TrLabel("", self)
        left.addWidget(self.status)
        self.open_button = TouchButton("cash", QT_TRANSLATE_NOOP("TillAdmin", "Open the till"), self, role="primary")
        self.open_button.clicked.connect(lambda: self._count("open"))
        self.till_button = TouchButton("till", QT_TRANSLATE_NOOP("TillAdmin", "Go to the till"), self, role="primary")
        self.till_button.clicked.connect(self.go_to_till)
        self.x_button = TouchButton("report", QT_TRANSLATE_NOOP("TillAdmin", "X report (so far)"), self)
        self.x_button.clicked.connect(self._x_report)
        self.void_button = TouchButton("undo", QT_TRANSLATE_NOOP("TillAdmin", "Take back a sale"), self)
        self.void_button.clicked.connect(self._show_sales)
        self.close_button = TouchButton("lock", QT_TRANSLATE_NOOP("TillAdmin", "Close the till"), self, role="danger")
        self.close_button.clicked.connect(lambda: self._count("close"))
        for button in (self.open_button, self.till_button, self.x_button, self.void_button, self.close_button):
            left.addWidget(button)
        left.addStretch(1)
        layout.addLayout(left, 2)

        self.panels = QStackedLayout()
        self.empty = QWidget(self)
        self.panels.addWidget(self.empty)
        self._build_count_panel()
        self._build_report_panel()
        self._build_void_panel()
        holder = QWidget(self)
        holder.setLayout(self.panels)
        layout.addWidget(holder, 3)

    # -- building ---------------------------------------------------------------
    def _build_count_panel(self) -> None:
        self.count_panel = QWidget(self)
        column = QVBoxLayout(self.count_panel)
        self.count_heading = TrLabel("", self.count_panel, style="subheading")
        column.addWidget(self.count_heading)
        row = QHBoxLayout()
        self.count_amount = TrLabel("", self.count_panel, style="huge")
        row.addWidget(self.count_amount, 1)
        self.count_ok = TouchButton("ok", QT_TRANSLATE_NOOP("TillAdmin", "Counted"), self.count_panel, role="primary")
        self.count_ok.clicked.connect(self._counted)
        row.addWidget(self.count_ok)
        column.addLayout(row)
        self.pad = AmountPad(self.count_panel)
        self.pad.changed.connect(lambda: self.count_amount.set_text(
            money(self.pad.cents()) if self.pad.cents() is not None else "\u2014"))
        column.addWidget(self.pad)
        column.addStretch(1)
        self.panels.addWidget(self.count_panel)

    def _build_report_panel(self) -> None:
        self.report_panel = QWidget(self)
        column = QVBoxLayout(self.report_panel)
        self.report_heading = TrLabel("", self.report_panel, style="subheading")
        column.addWidget(self.report_heading)
        self.report_text = TrLabel("", self.report_panel)
        self.report_text.setTextFormat(Qt.TextFormat.PlainText)
        self.report_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        column.addWidget(self.report_text, 1)
        row = QHBoxLayout()
        self.print_roll = TouchButton("printer", QT_TRANSLATE_NOOP("TillAdmin", "Print (receipt roll)"), self.report_panel)
        self.print_roll.clicked.connect(lambda: self._print_report("80mm"))
        self.print_a4 = TouchButton("printer", QT_TRANSLATE_NOOP("TillAdmin", "Print (A4)"), self.report_panel)
        self.print_a4.clicked.connect(lambda: self._print_report("a4"))
        row.addWidget(self.print_roll)
        row.addWidget(self.print_a4)
        column.addLayout(row)
        self.panels.addWidget(self.report_panel)

    def _build_void_panel(self) -> None:
        self.void_panel = QWidget(self)
        column = QVBoxLayout(self.void_panel)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("TillAdmin", "Which sale?"), self.void_panel, style="subheading"))
        self.sales = QListWidget(self.void_panel)
        self.sales.setAccessibleName(QT_TRANSLATE_NOOP("TillAdmin", "Recent sales")())
        column.addWidget(self.sales, 1)
        column.addWidget(TrLabel(QT_TRANSLATE_NOOP("TillAdmin", "Why?"), self.void_panel))
        reasons = QHBoxLayout()
        self.reason_buttons: list[TouchButton] = []
        for reason in REASONS:
            button = TouchButton(None, reason, self.void_panel)
            button.clicked.connect(lambda _=False, r=reason: self.reason.setText(r()))
            reasons.addWidget(button)
            self.reason_buttons.append(button)
        column.addLayout(reasons)
        self.reason = QLineEdit(self.void_panel)
        self.reason.setAccessibleName(QT_TRANSLATE_NOOP("TillAdmin", "Reason")())
        self.reason.setPlaceholderText(self.reason.accessibleName())
        self.reason.setMaxLength(200)
        column.addWidget(self.reason)
        row = QHBoxLayout()
        self.void_ok = TouchButton("cancel", QT_TRANSLATE_NOOP("TillAdmin", "Void (a mistake)"), self.void_panel,
                                   role="danger")
        self.void_ok.clicked.connect(lambda: self._reverse(SaleKind.VOID))
        self.refund_ok = TouchButton("cash", QT_TRANSLATE_NOOP("TillAdmin", "Refund"), self.void_panel, role="danger")
        self.refund_ok.clicked.connect(lambda: self._reverse(SaleKind.REFUND))
        row.addWidget(self.void_ok)
        row.addWidget(self.refund_ok)
        column.addLayout(row)
        self.void_message = TrLabel("", self.void_panel)
        column.addWidget(self.void_message)
        self.panels.addWidget(self.void_panel)

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.panels.setCurrentWidget(self.empty)
        self.refresh()

    def reset(self) -> None:
        self.staff, self.counting, self.report = None, None, None
        self.pad.set_cents(None)
        self.reason.clear()
        self.panels.setCurrentWidget(self.empty)

    def refresh(self) -> None:
        with self.database.read() as session:
            till_session = current_session(session)
            self.session_id = till_session.id if till_session is not None else None
            report = x_report(session, till_session_id=till_session.id, now=self.clock()) if till_session else None
        is_open = report is not None
        for button in (self.till_button, self.x_button, self.void_button, self.close_button):
            button.setVisible(is_open)
        self.open_button.setVisible(not is_open)
        if report is None:
            self.status.set_text(QT_TRANSLATE_NOOP("TillAdmin", "The till is closed."))
        else:
            self.status.set_text(QT_TRANSLATE_NOOP(
                "TillAdmin", "Open since {time} (session {number}), opened by {name}.\n"
                             "Float {float}; {sales} sales; expected in the drawer: {expected}."),
                time=f"{report.opened_at.astimezone(LOCAL):%H:%M}", number=report.session_number,
                name=report.opened_by, float=money(report.float_cents), sales=report.sales_count,
                expected=money(report.expected_cash_cents))

    def _problem(self, error: Exception, label: TrLabel | None = None) -> None:
        text = error_text(error) if isinstance(error, DomainError) else str(error)
        target = label or self.status
        target.set_text(text)
        win = self.window()
        if hasattr(win, "notify"):
            win.notify(text, error=True)

    # -- open and close ---------------------------------------------------------
    def _count(self, what: str) -> None:
        self.counting = what
        self.pad.set_cents(None)
        self.count_heading.set_text(QT_TRANSLATE_NOOP("TillAdmin", "Count the float you put in the drawer:")
                                    if what == "open" else
                                    QT_TRANSLATE_NOOP("TillAdmin", "Count all the cash in the drawer:"))
        self.panels.setCurrentWidget(self.count_panel)

    def _counted(self) -> None:
        cents = self.pad.cents()
        if cents is None or self.staff is None:
            self.count_heading.set_text(QT_TRANSLATE_NOOP("TillAdmin", "Type the amount you counted."))
            return
        try:
            with self.database.write() as session:
                if self.counting == "open":
                    open_session(session, opened_by_id=self.staff.id, float_cents=cents, now=self.clock())
                    report = None
                else:
                    assert self.session_id is not None
                    report = close_session(session, till_session_id=self.session_id, counted_cash_cents=cents,
                                           closed_by_id=self.staff.id, now=self.clock())
        except DomainError as error:
            self._problem(error, self.count_heading)
            return
        self.counting = None
        self.refresh()
        if report is None:
            self.panels.setCurrentWidget(self.empty)
            self.status.set_text(QT_TRANSLATE_NOOP("TillAdmin", "The till is open. Float: {float}."), float=money(cents))
        else:
            self._show_report(report)

    # -- reports ----------------------------------------------------------------
    def _x_report(self) -> None:
        if self.session_id is None:
            return
        with self.database.read() as session:
            self._show_report(x_report(session, till_session_id=self.session_id, now=self.clock()))

    def _show_report(self, report: TillReport) -> None:
        self.report = report
        if report.z_number is not None:
            self.report_heading.set_text(QT_TRANSLATE_NOOP("TillAdmin", "Z report {number}: the till is closed"),
                                         number=report.z_number)
        else:
            self.report_heading.set_text(QT_TRANSLATE_NOOP("TillAdmin", "X report (so far)"))
        lines = [QT_TRANSLATE_NOOP("TillAdmin", "Expected in the drawer: {amount}")(amount=money(report.expected_cash_cents))]
        if report.counted_cash_cents is not None and report.difference_cents is not None:
            lines.append(QT_TRANSLATE_NOOP("TillAdmin", "Counted: {amount}")(amount=money(report.counted_cash_cents)))
            difference: Text = (QT_TRANSLATE_NOOP("TillAdmin", "Over: {amount}") if report.difference_cents > 0 else
                                QT_TRANSLATE_NOOP("TillAdmin", "Short: {amount}") if report.difference_cents < 0 else
                                QT_TRANSLATE_NOOP("TillAdmin", "Difference: {amount}"))
            lines.append(difference(amount=money(abs(report.difference_cents))))
        lines.append(QT_TRANSLATE_NOOP("TillAdmin", "Sales: {count}, total {amount}")(
            count=report.sales_count, amount=money(report.total_cents)))
        for payment in report.payments:
            lines.append(f"  {PAYMENT_NAMES[payment.payment]()}: {money(payment.amount_cents)}")  # type: ignore[index]
        lines.append(QT_TRANSLATE_NOOP("TillAdmin", "Voids and refunds: {count}")(count=report.reversals_count))
        self.report_text.set_text("\n".join(lines))
        self.panels.setCurrentWidget(self.report_panel)

    def _print_report(self, paper: str) -> None:
        report = self.report
        if report is None:
            return
        language = current_language()

        def work(_: Report) -> str:
            from trefpuntje.printing.print_queue import print_pdf
            from trefpuntje.printing.receipt import render_till_report

            with self.database.read() as session:
                centre = get_setting(session, "centre_name")
                printer = get_setting(session, "receipt_printer").strip() or None if paper == "80mm" else None
            pdf = render_till_report(report, centre, language, paper)
            return print_pdf(pdf, printer, title="Trefpuntje till report")

        self.task = run_in_background(
            self.window(), work, title=QT_TRANSLATE_NOOP("TillAdmin", "Sending to the printer..."),
            on_done=lambda job: self.report_heading.set_text(QT_TRANSLATE_NOOP("TillAdmin", "Sent to the printer.")),
            on_error=lambda error: self._problem(error, self.report_heading))

    # -- voids and refunds ------------------------------------------------------
    def _show_sales(self) -> None:
        with self.database.read() as session:
            sales = reversible_sales(session)
        self.sales.clear()
        for sale in sales:
            when = sale.created_at.astimezone(LOCAL)
            text = (f"{sale.session_number}-{sale.number}   {when:%d-%m %H:%M}   {money(sale.total_cents)}   "
                    f"{PAYMENT_NAMES[sale.payment]()}")  # type: ignore[index]
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(sale.id))
            self.sales.addItem(item)
        self.reason.clear()
        self.void_message.set_text("")
        self.panels.setCurrentWidget(self.void_panel)

    def _reverse(self, kind: SaleKind) -> None:
        item = self.sales.currentItem()
        if item is None:
            self.void_message.set_text(QT_TRANSLATE_NOOP("TillAdmin", "First tap the sale to take back."))
            return
        if self.staff is None or self.session_id is None:
            return
        try:
            with self.database.write() as session:
                result = reverse_sale(session, sale_id=item.data(Qt.ItemDataRole.UserRole), kind=kind,
                                      reason=self.reason.text(), done_by_id=self.staff.id,
                                      till_session_id=self.session_id, now=self.clock())
                number = receipt_number(session, result.sale_id)
        except DomainError as error:
            self._problem(error, self.void_message)
            return
        self._show_sales()
        message = (QT_TRANSLATE_NOOP("TillAdmin", "Recorded as {number}. Give back {amount} in cash.")
                   if result.change_cents else QT_TRANSLATE_NOOP("TillAdmin", "Recorded as {number}."))
        self.void_message.set_text(message, number=number, amount=money(result.change_cents or 0))
        self.refresh()

"""Till paper: the receipt on an 80 mm roll, and the X/Z report on the roll or on A4.

A roll page is as long as its content. Both documents are a list of rows (a line of
text, a label with an amount on the right, a rule) laid down the page; A4 continues on
a new page when one is full. Amounts are right-aligned, so a column of them reads
like a sum.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from io import BytesIO
from zoneinfo import ZoneInfo

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from trefpuntje.core.cash import euros
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP
from trefpuntje.core.till_reports import Receipt, TillReport
from trefpuntje.printing.fonts import draw_centred, draw_string, register_fonts, string_width, wrap
from trefpuntje.printing.words import INK, QUIET, day_and_month, paper_language, tr, weekday_name

LOCAL = ZoneInfo("Europe/Amsterdam")
ROLL_WIDTH = 80 * mm
ROLL_MARGIN = 4 * mm  # 72 mm printable on the usual 80 mm printer
A4_MARGIN = 20 * mm
PAPERS = ("80mm", "a4")

PAYMENTS = {
    "cash": QT_TRANSLATE_NOOP("printing", "Cash"),
    "card": QT_TRANSLATE_NOOP("printing", "Card"),
    "strips": QT_TRANSLATE_NOOP("printing", "Coffee card"),
    "free": QT_TRANSLATE_NOOP("printing", "Free"),
}
KINDS = {
    "sale": QT_TRANSLATE_NOOP("printing", "Receipt"),
    "undo": QT_TRANSLATE_NOOP("printing", "Undo"),
    "void": QT_TRANSLATE_NOOP("printing", "Void"),
    "refund": QT_TRANSLATE_NOOP("printing", "Refund"),
}


@dataclass(frozen=True)
class Row:
    left: str
    right: str = ""
    size: float = 9
    bold: bool = False
    kind: str = "text"  # text, centre, rule, gap
    quiet: bool = False
    indent: float = 0.0


def _rule() -> Row:
    return Row("", kind="rule")


def _gap() -> Row:
    return Row("", kind="gap")


def local_stamp(moment: datetime, language: str) -> str:
    local = moment.astimezone(LOCAL)
    return f"{weekday_name(local.date(), language)} {day_and_month(local.date(), language)} {local.year} " \
           f"{local:%H:%M}"


def _height(row: Row, width: float) -> float:
    if row.kind == "rule":
        return 3 * mm
    if row.kind == "gap":
        return 2 * mm
    return len(_lines(row, width)) * row.size * 1.3


def _lines(row: Row, width: float) -> list[str]:
    room = width - row.indent - (string_width(row.right, row.size, row.bold) + 3 * mm if row.right else 0)
    return wrap(row.left, row.size, max(room, width / 3), row.bold)


def _draw(canvas: Canvas, row: Row, left: float, top: float, width: float) -> None:
    canvas.setFillColor(QUIET if row.quiet else INK)
    if row.kind == "rule":
        canvas.setStrokeColor(QUIET)
        canvas.setLineWidth(0.6)
        canvas.setDash(1.5, 1.5)
        canvas.line(left, top - 1.5 * mm, left + width, top - 1.5 * mm)
        canvas.setDash()
        return
    if row.kind == "gap":
        return
    baseline = top - row.size * 1.05
    for n, line in enumerate(_lines(row, width)):
        if row.kind == "centre":
            draw_centred(canvas, left + width / 2, baseline, line, row.size, row.bold)
        else:
            draw_string(canvas, left + row.indent, baseline, line, row.size, row.bold)
        if n == 0 and row.right:
            draw_string(canvas, left + width - string_width(row.right, row.size, row.bold), baseline, row.right,
                        row.size, row.bold)
        baseline -= row.size * 1.3


def render_rows(rows: list[Row], title: str, paper: str = "80mm") -> bytes:
    """The rows on a roll (one page as long as the rows) or on A4 pages."""
    register_fonts()
    if paper not in PAPERS:
        raise ValueError(paper)
    buffer = BytesIO()
    if paper == "80mm":
        width = ROLL_WIDTH - 2 * ROLL_MARGIN
        height = sum(_height(r, width) for r in rows) + 2 * ROLL_MARGIN + 4 * mm
        canvas = Canvas(buffer, pagesize=(ROLL_WIDTH, height), pageCompression=1)
        margin, page_height = ROLL_MARGIN, height
    else:
        width = A4[0] - 2 * A4_MARGIN
        canvas = Canvas(buffer, pagesize=A4, pageCompression=1)
        margin, page_height = A4_MARGIN, A4[1]
    canvas.setTitle(title)
    canvas.setCreator("Trefpuntje")
    top = page_height - margin
    for row in rows:
        needed = _height(row, width)
        if paper == "a4" and top - needed < margin:
            canvas.showPage()
            top = page_height - margin
        _draw(canvas, row, margin, top, width)
        top -= needed
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _vat_rows(vat: list, language: str, size: float = 8) -> list[Row]:  # type: ignore[type-arg]
    rows = []
    for v in vat:
        rows.append(Row(tr(QT_TRANSLATE_NOOP("printing", "VAT {rate}% on {gross} (net {net})"), language).format(
            rate=v.rate_percent, gross=euros(v.gross_cents, language), net=euros(v.net_cents, language)),
            euros(v.vat_cents, language), size=size, quiet=True))
    return rows


def receipt_rows(receipt: Receipt, centre_name: str, language: str = "nl") -> list[Row]:
    t: Callable[[str], str] = lambda text: tr(text, language)  # noqa: E731
    money: Callable[[int], str] = lambda cents: euros(cents, language)  # noqa: E731
    heading = t(KINDS[receipt.kind])
    if receipt.reverses is not None:
        heading = t(QT_TRANSLATE_NOOP("printing", "{kind} of receipt {number}")).format(kind=heading, number=receipt.reverses)
    rows = [Row(centre_name, size=13, bold=True, kind="centre"), Row(heading, size=10, bold=True, kind="centre"),
            Row(t(QT_TRANSLATE_NOOP("printing", "No. {number}")).format(number=f"{receipt.session_number}-{receipt.number}"),
                size=8, kind="centre", quiet=True),
            Row(local_stamp(receipt.created_at, language), size=8, kind="centre", quiet=True), _rule()]
    for line in receipt.lines:
        rows.append(Row(f"{line.quantity} × {line.name}", money(line.amount_cents), size=10))
        if line.quantity not in (1, -1) and line.amount_cents:
            rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "at {price} each")).format(
                price=money(line.unit_price_cents)), size=8, quiet=True, indent=4 * mm))
        if line.strips:
            rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "strips: {strips}")).format(strips=abs(line.strips)),
                            size=8, quiet=True, indent=4 * mm))
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Total")), money(receipt.total_cents), size=12, bold=True)]
    if receipt.rounding_cents:
        rows += [Row(t(QT_TRANSLATE_NOOP("printing", "Rounded to 5 cents")), money(receipt.rounding_cents)),
                 Row(t(QT_TRANSLATE_NOOP("printing", "To pay")), money(receipt.due_cents), bold=True)]
    rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Paid with")), t(PAYMENTS[receipt.payment])))
    if receipt.payment == "cash" and receipt.kind == "sale":
        rows += [Row(t(QT_TRANSLATE_NOOP("printing", "Received")), money(receipt.cash_received_cents or 0)),
                 Row(t(QT_TRANSLATE_NOOP("printing", "Change")), money(receipt.change_cents or 0))]
    elif receipt.payment == "cash":
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Paid back")), money(receipt.change_cents or 0)))
    if receipt.strips:
        label = QT_TRANSLATE_NOOP("printing", "Strips used") if receipt.strips > 0 else QT_TRANSLATE_NOOP(
            "printing", "Strips given back")
        rows.append(Row(t(label), str(abs(receipt.strips))))
    if receipt.free_reason:
        rows.append(Row(receipt.free_reason, size=8, quiet=True))
    if receipt.reason:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Reason: {reason}")).format(reason=receipt.reason), size=8))
    if receipt.vat:
        rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Prices include VAT:")), size=8, quiet=True),
                 *_vat_rows(receipt.vat, language)]
    rows += [_gap(), Row(t(QT_TRANSLATE_NOOP("printing", "Thank you, and see you soon!")), size=10, kind="centre")]
    return rows


def render_receipt(receipt: Receipt, centre_name: str, language: str = "nl") -> bytes:
    """An 80 mm roll receipt of one sale or reversal."""
    language = paper_language(language)
    title = tr(QT_TRANSLATE_NOOP("printing", "Receipt {number}"), language).format(
        number=f"{receipt.session_number}-{receipt.number}")
    return render_rows(receipt_rows(receipt, centre_name, language), title)


def report_rows(report: TillReport, centre_name: str, language: str = "nl") -> list[Row]:
    t: Callable[[str], str] = lambda text: tr(text, language)  # noqa: E731
    money: Callable[[int], str] = lambda cents: euros(cents, language)  # noqa: E731
    if report.z_number is not None:
        title = t(QT_TRANSLATE_NOOP("printing", "Z report {number}")).format(number=report.z_number)
    else:
        title = t(QT_TRANSLATE_NOOP("printing", "X report (interim, the till is still open)"))
    rows = [Row(centre_name, size=13, bold=True, kind="centre"), Row(title, size=12, bold=True, kind="centre"),
            Row(t(QT_TRANSLATE_NOOP("printing", "Till session {number}")).format(number=report.session_number),
                size=9, kind="centre"),
            _rule(),
            Row(t(QT_TRANSLATE_NOOP("printing", "Opened {moment} by {name}")).format(
                moment=local_stamp(report.opened_at, language), name=report.opened_by), size=8)]
    if report.closed_by is not None:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Closed {moment} by {name}")).format(
            moment=local_stamp(report.made_at, language), name=report.closed_by), size=8))
    else:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Printed {moment}")).format(
            moment=local_stamp(report.made_at, language)), size=8))
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Cash drawer")), size=10, bold=True),
             Row(t(QT_TRANSLATE_NOOP("printing", "Float at opening")), money(report.float_cents)),
             Row(t(QT_TRANSLATE_NOOP("printing", "Cash in")), money(report.cash_in_cents)),
             Row(t(QT_TRANSLATE_NOOP("printing", "Cash paid back")), money(-report.cash_out_cents)),
             Row(t(QT_TRANSLATE_NOOP("printing", "Expected in the drawer")), money(report.expected_cash_cents), bold=True)]
    if report.counted_cash_cents is not None and report.difference_cents is not None:
        difference = report.difference_cents
        label = (QT_TRANSLATE_NOOP("printing", "Difference: over") if difference > 0 else
                 QT_TRANSLATE_NOOP("printing", "Difference: short") if difference < 0 else
                 QT_TRANSLATE_NOOP("printing", "Difference"))
        rows += [Row(t(QT_TRANSLATE_NOOP("printing", "Counted")), money(report.counted_cash_cents), bold=True),
                 Row(t(label), money(difference), bold=True)]
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Sales per product")), size=10, bold=True)]
    for product in report.products:
        extra = (" " + t(QT_TRANSLATE_NOOP("printing", "(strips: {strips})")).format(strips=product.strips)
                 if product.strips else "")
        rows.append(Row(f"{product.quantity} × {product.name}{extra}", money(product.amount_cents)))
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Sales per payment method")), size=10, bold=True)]
    for payment in report.payments:
        label = f"{t(PAYMENTS[payment.payment])} ({payment.sales}×)"
        if payment.strips:
            label += " " + t(QT_TRANSLATE_NOOP("printing", "(strips: {strips})")).format(strips=payment.strips)
        rows.append(Row(label, money(payment.amount_cents)))
    rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Total")), money(report.total_cents), bold=True))
    if report.rounding_cents:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Rounded to 5 cents")), money(report.rounding_cents)))
    if report.strips_sold:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "Strips sold on coffee cards")), str(report.strips_sold)))
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "VAT (included in the prices)")), size=10, bold=True),
             *_vat_rows(report.vat, language, size=9)]
    rows += [_rule(), Row(t(QT_TRANSLATE_NOOP("printing", "Undone, voided and refunded")), size=10, bold=True)]
    if not report.reversals:
        rows.append(Row(t(QT_TRANSLATE_NOOP("printing", "None")), quiet=True))
    for r in report.reversals:
        what = t(QT_TRANSLATE_NOOP("printing", "{kind} of no. {number}, {time}, {method}")).format(
            kind=t(KINDS[r.kind]), number=r.reverses, time=f"{r.at.astimezone(LOCAL):%H:%M}",
            method=t(PAYMENTS[r.payment]))
        rows.append(Row(what, money(r.amount_cents)))
        if r.reason or r.done_by:
            rows.append(Row(" · ".join(p for p in (r.reason, r.done_by) if p), size=8, quiet=True, indent=4 * mm))
    return rows


def render_till_report(report: TillReport, centre_name: str, language: str = "nl", paper: str = "80mm") -> bytes:
    """The X or Z report on the 80 mm roll or on A4."""
    language = paper_language(language)
    title = (tr(QT_TRANSLATE_NOOP("printing", "Z report {number}"), language).format(number=report.z_number)
             if report.z_number is not None else tr(QT_TRANSLATE_NOOP("printing", "X report"), language))
    return render_rows(report_rows(report, centre_name, language), title, paper)

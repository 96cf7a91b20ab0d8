"""The giveaway shop's counter, for the volunteer: scan (or type, or pick) the item,
then scan the neighbour's card. The fair-share rule shows before anything is handed
out; past it, only a staff member hands out, with a reason. A priced item (mostly made
by a neighbour) is sold through the open coffee-corner till, in cash or by card, and
may be bought without a card.

Only the neighbour's first name shows; never who gave or made the item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLayout, QStackedLayout, QVBoxLayout, QWidget

from trefpuntje.core.cards import ScanOutcome, identify, normalise
from trefpuntje.core.cash import round_to_five_cents
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary
from trefpuntje.core.models.shop import ItemKind
from trefpuntje.core.models.till import Payment
from trefpuntje.core.permissions import allowed
from trefpuntje.core.settings import get_setting
from trefpuntje.core.shop import item_card, item_view, list_items, parse_item_code
from trefpuntje.core.shop_counter import CounterCheck, HandoutResult, counter_check, hand_out
from trefpuntje.core.shop_reservations import reservations_of
from trefpuntje.core.till import current_session
from trefpuntje.db.engine import Database
from trefpuntje.ui.screens.base import Screen
from trefpuntje.ui.screens.till_pages import CashPage, DonePage
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text, money
from trefpuntje.ui.widgets.shop_counter_parts import ShopCounterParts
from trefpuntje.ui.widgets.shop_item_box import category_text
from trefpuntje.ui.widgets.touch import TouchButton
from trefpuntje.ui.widgets.typing_page import TypingPage

PICKS_SHOWN = 6  # reserved items to pick from: a short list, the scanner does the rest
SCAN_PROBLEMS = {
    ScanOutcome.UNKNOWN: QT_TRANSLATE_NOOP("ShopCounter", "This card is not known here."),
    ScanOutcome.REPLACED: QT_TRANSLATE_NOOP("ShopCounter", "This card has been replaced. Ask for the new card."),
}


class ShopCounterScreen(ShopCounterParts, Screen):
    message = Signal(str, bool)  # text, is it a problem
    till_requested = Signal()  # the till is closed: staff opens it

    def __init__(self, database: Database, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock = database, clock
        self.staff: MemberSummary | None = None
        self.item_code: str | None = None
        self.thumbnail: bytes | None = None
        self.member: MemberSummary | None = None
        self.without_card = False  # a neighbour-made item sold to someone without a card
        self.check: CounterCheck | None = None
        self.quantity = 1
        self.reason: str | None = None
        self.till_open = False
        self.rounding = False
        self.pages = QStackedLayout(self)
        self._build_counter_page()
        self._build_code_page()
        self._build_reason_page()
        self.cash_page = CashPage(self)
        self.cash_page.back.connect(self.show_counter)
        self.cash_page.paid.connect(lambda received: self.hand_out(Payment.CASH, cash_received_cents=received))
        self._build_card_page()
        self.done_page = DonePage(self)
        self.done_page.print_receipts_from(database, self.message.emit)
        self.done_page.next_button.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Next item"))
        self.done_page.next_customer.connect(self.next_item)
        self.typing = TypingPage(self)
        self.typing.attach(self.reason_field, QT_TRANSLATE_NOOP("ShopCounter", "Reason"))
        self.typing.opened.connect(lambda: self.pages.setCurrentWidget(self.typing))
        self.typing.closed.connect(lambda: self.pages.setCurrentWidget(self.reason_page))
        for page in (self.counter_page, self.code_page, self.reason_page, self.cash_page, self.card_page,
                     self.done_page, self.typing):
            self.pages.addWidget(page)
        self._show()

    # -- building ---------------------------------------------------------------
    # -- state ------------------------------------------------------------------
    @property
    def pristine(self) -> bool:
        return (self.item_code is None and self.member is None and not self.without_card
                and self.pages.currentWidget() is self.counter_page)

    @property
    def may_override(self) -> bool:
        return self.staff is not None and allowed(self.staff.roles, "shop.override")

    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        self.next_item()

    def reset(self) -> None:
        self.staff = None
        self._forget_all()
        self._show()
        self.pages.setCurrentWidget(self.counter_page)

    def _forget_all(self) -> None:
        self.item_code = self.thumbnail = self.check = self.reason = self.member = None
        self.without_card, self.quantity = False, 1

    def next_item(self) -> None:
        self._forget_all()
        self.refresh()

    def show_counter(self) -> None:
        self.pages.setCurrentWidget(self.counter_page)

    def show_code_pad(self) -> None:
        self.code_page.open()
        self.pages.setCurrentWidget(self.code_page)
        self.code_pad.field.setFocus()

    def refresh(self) -> None:
        """The till, the reserved items to pick from and the counter check, read anew."""
        with self.database.read() as session:
            self.till_open = current_session(session) is not None
            self.rounding = get_setting(session, "cash_rounding") == "on"
            if self.member is not None:
                picks = [(r.item_code, r.title) for r in reservations_of(session, member_id=self.member.id,
                                                                          now=self.clock())]
            else:
                waiting = list_items(session, status="reserved") + list_items(session, status="available")
                picks = [(i.code, i.title) for i in waiting if i.held]
            self.check = self._check(session) if self.item_code is not None else None
        self._fill_picks(picks[:PICKS_SHOWN])
        self._show()
        self.pages.setCurrentWidget(self.counter_page)

    def _check(self, session) -> CounterCheck | None:  # type: ignore[no-untyped-def]
        assert self.item_code is not None
        member_id = self.member.id if self.member is not None else None
        try:
            return counter_check(session, item_id=self.item_code, member_id=member_id, quantity=self.quantity,
                                 now=self.clock())
        except DomainError as error:
            self.message.emit(error_text(error), True)
            return None

    # -- scans and choices --------------------------------------------------------
    def take_scan(self, text: str) -> bool:
        """A scan at the counter: an item's label or a member's card. Always ours."""
        if normalise(text) is not None:
            with self.database.read() as session:
                scan = identify(session, scanned=text)
            if scan.outcome == ScanOutcome.MEMBER and scan.member is not None:
                self.take_card(scan.member)
            else:
                self.message.emit(SCAN_PROBLEMS.get(scan.outcome, SCAN_PROBLEMS[ScanOutcome.UNKNOWN])(), True)
            return True
        self.choose_item(text)
        return True

    def take_card(self, member: MemberSummary | str) -> None:
        """A card scanned at the counter (the main window identified it), or a raw scan."""
        if isinstance(member, str):
            self.take_scan(member)
            return
        self.member, self.without_card, self.reason = member, False, None
        self.refresh()

    def choose_item(self, scanned: str) -> None:
        code = parse_item_code(scanned)
        if code is None:
            problem = QT_TRANSLATE_NOOP("ShopCounter", "\u201c{code}\u201d is not an item code. A code has 6 letters and "
                                                 "digits, as on the label.")(code=scanned.strip()[:20])
            self.message.emit(problem, True)
            self.code_note.set_text(problem)
            return
        try:
            with self.database.read() as session:
                item = item_view(session, code)
                thumbnail = item_card(session, item.id).thumbnail
        except DomainError as error:
            self.message.emit(error_text(error), True)
            self.code_note.set_text(error_text(error))
            return
        self.item_code, self.thumbnail, self.quantity, self.reason = item.code, thumbnail, 1, None
        if item.kind != ItemKind.HANDMADE.value:
            self.without_card = False
        self.refresh()

    def set_quantity(self, quantity: int) -> None:
        self.quantity, self.reason = quantity, None
        self.refresh()

    def forget_item(self) -> None:
        self.item_code = self.thumbnail = self.check = self.reason = None
        self.quantity, self.without_card = 1, False
        self.refresh()

    def forget_member(self) -> None:
        self.member, self.without_card, self.reason = None, False, None
        self.refresh()

    def sell_without_card(self) -> None:
        self.member, self.without_card, self.reason = None, True, None
        self.refresh()

    # -- showing ------------------------------------------------------------------
    def _fill_picks(self, picks: list[tuple[str, str]]) -> None:
        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        self.pick_buttons = {}
        for code, title in picks:
            button = TouchButton("gift", f"{title} \u00b7 {code}", content, icon_size=32)
            button.clicked.connect(lambda _=False, c=code: self.choose_item(c))
            column.addWidget(button)
            self.pick_buttons[code] = button
        column.addStretch(1)
        self.picks_scroll.setWidget(content)
        if self.member is not None:
            self.picks_caption.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Or pick what {name} reserved:"),
                                        name=self.member.first_name)
        else:
            self.picks_caption.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Or pick a reserved item:"))

    def _show(self) -> None:
        check, member = self.check, self.member
        item = check.item if check is not None else None
        has_item = item is not None
        handmade = item is not None and item.kind == ItemKind.HANDMADE.value
        units = check.units_free if check is not None else 0
        if check is not None and item is not None:
            self.item_box.show_item(item, self.thumbnail, units)
        if units > 1:
            self.quantity_stepper.set_range(1, units)
            self.quantity_stepper.set_value(self.quantity)
        if member is not None:
            self.who.set_text(member.first_name)
        elif self.without_card:
            self.who.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Sold without a card"))
        ready = check is not None and units >= self.quantity and (member is not None or (handmade and self.without_card))
        blocked = ready and check is not None and check.needs_override and self.reason is None
        go = ready and not blocked
        due = check.due_cents if check is not None else 0
        self.anyway_button.setEnabled(self.may_override)
        if due:
            self.due_label.set_text(QT_TRANSLATE_NOOP("ShopCounter", "To pay: {amount}"), amount=money(due))
        else:
            self.due_label.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Nothing to pay"))
        someone = member is not None or self.without_card
        visible: dict[QWidget, bool] = {
            self.till_status: not self.till_open, self.till_button: not self.till_open,
            self.item_prompt: not has_item, self.type_button: not has_item, self.picks_scroll: not has_item,
            self.picks_caption: not has_item and bool(self.pick_buttons),
            self.item_box: has_item, self.other_item: has_item, self.quantity_stepper: units > 1,
            self.member_prompt: not someone, self.no_card_button: handmade and not someone,
            self.other_member: someone, self.who: someone,
            self.anyway_button: blocked, self.ask_staff: blocked and not self.may_override,
            self.pay_buttons[None]: go and not due, self.pay_buttons[Payment.CASH]: go and bool(due),
            self.pay_buttons[Payment.CARD]: go and bool(due), self.due_label: check is not None,
        }
        visible.update(self._show_share(check))
        # Hide first, then show: showing a part lays the window out at once, and with the
        # old parts still there the window would grow past the screen (and never shrink).
        for widget, shown in sorted(visible.items(), key=lambda pair: pair[1]):
            widget.setVisible(shown)
        self._relayout()

    def _relayout(self) -> None:
        """Qt keeps the sizes layouts had with parts that are hidden now (always while the
        screen is not on show): the window would grow to those, past 800 px, and never
        shrink back. So they are measured anew."""
        for layout in self.counter_page.findChildren(QLayout):
            layout.invalidate()
        for panel in self.panels:
            panel.updateGeometry()
        widget: QWidget | None = self  # and the window's layouts above keep what they last heard from it
        while widget is not None:
            if widget.layout() is not None:
                widget.layout().invalidate()
            widget.updateGeometry()
            widget = widget.parentWidget()

    def _show_share(self, check: CounterCheck | None) -> dict[QWidget, bool]:
        """The fair-share lines' words; which of them show."""
        share = check.share if check is not None else None
        if check is not None and share is not None:
            shelf = category_text(share.category)
            if share.limit is None:
                self.share_line.picture.set_pictogram("ok", 40)
                self.share_line.text.set_text(QT_TRANSLATE_NOOP("ShopCounter", "{shelf}: no limit a week."), shelf=shelf)
            else:
                self.share_line.picture.set_pictogram("warning" if check.needs_override else "ok", 40)
                self.share_line.text.set_text(
                    QT_TRANSLATE_NOOP("ShopCounter", "{shelf}: {taken} of {limit} this week."),
                    shelf=shelf, taken=share.taken + share.held, limit=share.limit)
        reserved = check is not None and check.reserved_by_them and self.member is not None
        if reserved and self.member is not None:
            self.reserved_line.text.set_text(QT_TRANSLATE_NOOP("ShopCounter", "{name} reserved this."),
                                             name=self.member.first_name)
        over = check is not None and check.needs_override and share is not None
        if over and share is not None:
            if self.reason is not None:
                self.override_line.text.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Past the fair share. Reason: {reason}"),
                                                  reason=self.reason)
            else:
                self.override_line.text.set_text(
                    QT_TRANSLATE_NOOP("ShopCounter", "This is more than the fair share: at most {limit} a week."),
                    limit=share.limit)
        return {self.share_line: share is not None, self.reserved_line: reserved, self.override_line: over}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show()  # shelf names and amounts are written in the language on screen
        super().changeEvent(event)

    # -- the fair share's override ------------------------------------------------------
    def ask_reason(self) -> None:
        check = self.check
        if check is None or check.share is None or not self.may_override:
            return
        self.reason_rule.set_text(QT_TRANSLATE_NOOP("ShopCounter", "{shelf}: at most {limit} a week; {taken} this week, "
                                                             "{count} more now."),
                                  shelf=category_text(check.share.category), limit=check.share.limit,
                                  taken=check.share.taken + check.share.held, count=check.quantity)
        self.reason_field.clear()
        self.pages.setCurrentWidget(self.reason_page)

    def confirm_reason(self) -> None:
        reason = " ".join(self.reason_field.text().split())
        if not reason or self.check is None:
            return
        self.reason = reason
        if self.check.due_cents:
            self._show()  # the reason is noted; now it is paid
            self.pages.setCurrentWidget(self.counter_page)
        else:
            self.hand_out(None)

    # -- handing out and paying ---------------------------------------------------------
    def pay(self, payment: Payment | None) -> None:
        check = self.check
        if check is None:
            return
        due = check.due_cents
        if payment is not None and not self.till_open:
            self.message.emit(QT_TRANSLATE_NOOP("ShopCounter", "The till is closed. Open the till first, then sell.")(), True)
            return
        if payment == Payment.CASH:
            self.cash_page.start(round_to_five_cents(due) if self.rounding else due, due)
            self.pages.setCurrentWidget(self.cash_page)
        elif payment == Payment.CARD:
            self.card_text.set_text(QT_TRANSLATE_NOOP("ShopCounter", "Let them pay {amount} on the card terminal."),
                                    amount=money(due))
            self.pages.setCurrentWidget(self.card_page)
        else:
            self.hand_out(None)

    def hand_out(self, payment: Payment | None, *, cash_received_cents: int | None = None) -> None:
        """Hand the item out (and sell it, if it has a price) in one transaction."""
        check = self.check
        if check is None or self.staff is None:
            return
        try:
            with self.database.write() as session:
                result = hand_out(session, item_id=check.item.id,
                                  member_id=self.member.id if self.member is not None else None,
                                  done_by_id=self.staff.id, quantity=self.quantity,
                                  override_reason=self.reason if check.needs_override else None, payment=payment,
                                  cash_received_cents=cash_received_cents, now=self.clock())
        except DomainError as error:
            text = error_text(error)
            self.message.emit(text, True)
            if self.pages.currentWidget() is self.cash_page:
                self.cash_page.result.set_text(text)  # where the volunteer looks; the amount stays typed
            elif self.pages.currentWidget() is self.card_page:
                self.card_text.set_text(text)
            return
        self._done(payment, result)

    def _done(self, payment: Payment | None, result: HandoutResult) -> None:
        page = self.done_page
        sale = result.sale
        page.set_sale(sale.sale_id if sale is not None else None)
        name = self.member.first_name if self.member is not None else ""
        heading = (QT_TRANSLATE_NOOP("ShopCounter", "Handed out to {name}") if name
                   else QT_TRANSLATE_NOOP("ShopCounter", "Sold without a card"))
        things = f"{result.quantity} \u00d7 {result.item.title}"
        if sale is None:
            page.show_result(heading, "", QT_TRANSLATE_NOOP("ShopCounter", "{things}. Nothing to pay."), None,
                             things=things)
        elif payment == Payment.CASH:
            page.show_result(heading, money(sale.change_cents or 0),
                             QT_TRANSLATE_NOOP("ShopCounter", "{things}. Paid in cash: {due}. Give back: {change}."),
                             sale.change_cents, things=things, due=money(sale.due_cents),
                             change=money(sale.change_cents or 0))
        else:
            page.show_result(heading, money(sale.total_cents),
                             QT_TRANSLATE_NOOP("ShopCounter", "{things}. Paid by card."), None, things=things)
        page.heading.set_text(heading, name=name)
        self.message.emit(page.heading.text(), False)
        self.pages.setCurrentWidget(page)

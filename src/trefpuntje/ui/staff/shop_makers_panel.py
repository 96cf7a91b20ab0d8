"""Neighbour-made goods: a staff member takes in a neighbour's own work (its maker,
a few words, a price, how many, the centre's commission), sees what of it is left,
and each maker's payout for a month, read from the till's own sales, to print and
hand over. A tap on an item in the list (or its label scanned) puts it right: its words,
price and number; its maker and commission are the agreement its sales were made under
and stay. A volunteer sees the list; the rest is for staff (``shop.makers``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trefpuntje.core.activities import LOCAL
from trefpuntje.core.cash import parse_euros
from trefpuntje.core.errors import DomainError
from trefpuntje.core.members import MemberSummary, list_members
from trefpuntje.core.permissions import allowed
from trefpuntje.core.models.shop import ItemKind
from trefpuntje.core.settings import get_int
from trefpuntje.core.shop import (HANDMADE_CATEGORY, MAX_QUANTITY, TITLE_MAX, ItemView, add_handmade, item_view,
                                  list_items)
from trefpuntje.core.shop_changes import change_item
from trefpuntje.core.shop_makers import MakerPayout, maker_payout
from trefpuntje.db.engine import Database
from trefpuntje.ui.staff.shop_admin import CaptionedLine, PickMember, PrintPdf, Say, wrapped
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP, error_text, money
from trefpuntje.ui.widgets.month_stepper import MonthStepper
from trefpuntje.ui.widgets.stepper import Stepper
from trefpuntje.ui.widgets.touch import TouchButton, TrLabel
from trefpuntje.ui.widgets.typing_page import TypingPage

TITLE = QT_TRANSLATE_NOOP("ShopAdmin", "What is it? (a few words)")
PRICE = QT_TRANSLATE_NOOP("ShopAdmin", "Price in euros (for example 12,50)")
MAKER_NONE = QT_TRANSLATE_NOOP("ShopAdmin", "Maker: tap to choose")
MAKER = QT_TRANSLATE_NOOP("ShopAdmin", "Maker: {name}")
ITEM_ROW = QT_TRANSLATE_NOOP("ShopAdmin", "{code}  \u00b7  {title}  \u00b7  {price}  \u00b7  {left} of {quantity} "
                                          "left  \u00b7  {maker}")
PAYOUT_ROW = QT_TRANSLATE_NOOP("ShopAdmin", "{maker}: {sold} sold for {gross}, less {commission} commission: "
                                            "to pay {net}")
MONTHS_BACK = 24


class MakersPanel(QWidget):
    def __init__(self, database: Database, clock: Callable[[], datetime], say: Say, typing: TypingPage,
                 pick_member: PickMember, print_pdf: PrintPdf, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.clock, self.say = database, clock, say
        self.pick_member, self.print_pdf = pick_member, print_pdf
        self.staff: MemberSummary | None = None
        self.maker: MemberSummary | None = None
        self.editing: ItemView | None = None  # the item being put right, or None: adding
        self.payouts: list[MakerPayout] = []
        row = QHBoxLayout(self, contentsMargins=QMargins(), spacing=24)

        form = QGridLayout(horizontalSpacing=16, verticalSpacing=6)
        self.maker_button = TouchButton("person", MAKER_NONE, self, icon_size=36)
        self.maker_button.clicked.connect(self.pick_maker)
        form.addWidget(self.maker_button, 0, 0, 1, 2)
        self.title = CaptionedLine(TITLE, self, max_length=TITLE_MAX)
        form.addWidget(self.title, 1, 0, 1, 2)
        typing.attach(self.title, TITLE)
        self.price = CaptionedLine(PRICE, self, max_length=9)
        form.addWidget(self.price, 2, 0, 1, 2)
        typing.attach(self.price, PRICE)
        self.quantity = Stepper(QT_TRANSLATE_NOOP("ShopAdmin", "How many"), self, step=1, minimum=1,
                                maximum=MAX_QUANTITY, show=str, snap=False)
        self.commission = Stepper(QT_TRANSLATE_NOOP("ShopAdmin", "Commission"), self, step=5, minimum=0, maximum=100,
                                  show=lambda n: f"{n} %")
        form.addWidget(self.quantity, 3, 0)
        form.addWidget(self.commission, 3, 1)
        form.setRowStretch(4, 1)
        self.add_button = TouchButton("ok", QT_TRANSLATE_NOOP("ShopAdmin", "Add to the shop"), self, role="primary")
        self.add_button.clicked.connect(self.add)
        self.stop_button = TouchButton("back", QT_TRANSLATE_NOOP("ShopAdmin", "Stop changing"), self)
        self.stop_button.clicked.connect(self.stop_editing)
        self.stop_button.setVisible(False)
        buttons = QHBoxLayout(spacing=12)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.add_button, 1)
        form.addLayout(buttons, 5, 0, 1, 2)
        self.form_widgets = (self.maker_button, self.title, self.price, self.quantity, self.commission,
                             self.add_button)
        row.addLayout(form, 1)

        right = QVBoxLayout(spacing=6)
        right.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopAdmin", "Made by neighbours, in the shop"), self,
                                style="cardtitle"))
        self.list = QListWidget(self)
        wrapped(self.list)
        self.list.itemClicked.connect(self._tapped)
        self.list.setAccessibleName(QT_TRANSLATE_NOOP("ShopAdmin", "Neighbour-made items")())
        right.addWidget(self.list, 3)
        payout_row = QHBoxLayout(spacing=12)
        self.month = MonthStepper(QT_TRANSLATE_NOOP("ShopAdmin", "Payout for"), clock, self, months_back=MONTHS_BACK,
                                  form="MMM yyyy")
        self.month.changed.connect(lambda _: self.show_payouts())
        payout_row.addWidget(self.month, 1)
        # Beside the month in half the screen: a short word (the heading says it is the payout).
        self.print_button = TouchButton("printer", QT_TRANSLATE_NOOP("ShopAdmin", "Print"), self)
        self.print_button.clicked.connect(self.print_payout)
        payout_row.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignBottom)
        self.payout_box = QWidget(self)
        payout_box = QVBoxLayout(self.payout_box, contentsMargins=QMargins(), spacing=6)
        payout_box.addLayout(payout_row)
        self.payout_list = QListWidget(self.payout_box)
        wrapped(self.payout_list)
        self.payout_list.setAccessibleName(QT_TRANSLATE_NOOP("ShopAdmin", "Payouts to makers")())
        payout_box.addWidget(self.payout_list, 1)
        right.addWidget(self.payout_box, 2)
        row.addLayout(right, 1)

    # -- state ------------------------------------------------------------------
    def open_for(self, staff: MemberSummary) -> None:
        self.staff = staff
        may = allowed(staff.roles, "shop.makers")
        for widget in self.form_widgets:
            widget.setEnabled(may)
        self.payout_box.setVisible(may)  # what a neighbour earns is for staff to see
        self.clear_form()

    def reset(self) -> None:
        self.staff = None
        self.clear_form()
        self.list.clear()
        self.payout_list.clear()

    def clear_form(self) -> None:
        self._set_editing(None)
        self.set_maker(None)
        self.title.clear()
        self.price.clear()
        self.quantity.set_value(1)
        with self.database.read() as session:
            self.commission.set_value(get_int(session, "shop_commission_percent"))

    def refresh(self) -> None:
        with self.database.read() as session:
            items = list_items(session, category=HANDMADE_CATEGORY)
            names = {m.id: m.first_name for m in list_members(session)}
        self.list.clear()
        for view in items:
            row = QListWidgetItem(ITEM_ROW(
                code=view.code, title=view.title, price=money(view.price_cents), left=view.on_shelf,
                quantity=view.quantity, maker=names.get(view.maker_id, "?") if view.maker_id else "?"))
            row.setData(Qt.ItemDataRole.UserRole, view.code)
            self.list.addItem(row)
        if not items:
            self.list.addItem(QListWidgetItem(QT_TRANSLATE_NOOP("ShopAdmin", "Nothing made by neighbours yet.")()))
        self.show_payouts()

    # -- the maker ----------------------------------------------------------------
    def set_maker(self, member: MemberSummary | None) -> None:
        if self.staff is not None and not allowed(self.staff.roles, "shop.makers"):
            return
        if self.editing is not None:
            return  # an item's maker is the agreement its sales were made under
        self.maker = member
        if member is None:
            self.maker_button.set_text(MAKER_NONE)
        else:
            self.maker_button.set_text(MAKER, name=member.first_name)

    def pick_maker(self) -> None:
        self.pick_member(QT_TRANSLATE_NOOP("ShopAdmin", "Who made it?"), self.set_maker, allow_nobody=False)

    # -- putting an item right ------------------------------------------------------
    def _tapped(self, row: QListWidgetItem) -> None:
        code = row.data(Qt.ItemDataRole.UserRole)
        if code and self.staff is not None and allowed(self.staff.roles, "shop.makers"):
            self.edit(code)

    def edit(self, code: str) -> None:
        """Fill the form with the neighbour-made item of ``code``."""
        try:
            with self.database.read() as session:
                item = item_view(session, code)
                names = {m.id: m.first_name for m in list_members(session)}
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        if item.kind != ItemKind.HANDMADE.value or item.maker_id is None or item.cleared_at is not None:
            return  # the screen says a cleared one is history
        self.maker_button.set_text(MAKER, name=names.get(item.maker_id, "?"))
        self.title.setText(item.title)
        self.price.setText(f"{item.price_cents // 100},{item.price_cents % 100:02d}")
        gone = item.quantity - item.on_shelf  # sold or held: the number cannot go below these
        self.quantity.set_range(max(1, gone), MAX_QUANTITY)
        self.quantity.set_value(item.quantity)
        self.commission.set_value(item.commission_percent or 0)
        self._set_editing(item)
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Changing {title} (code {code}). Put right what is wrong, then "
                                                "\u201cSave\u201d."), title=item.title, code=item.code)

    def stop_editing(self) -> None:
        self.clear_form()
        self.say("")

    def _set_editing(self, item: ItemView | None) -> None:
        self.editing = item
        self.stop_button.setVisible(item is not None)
        may = self.staff is not None and allowed(self.staff.roles, "shop.makers")
        self.maker_button.setEnabled(may and item is None)  # the maker and the commission are the agreement
        self.commission.setEnabled(may and item is None)
        if item is None:
            self.quantity.set_range(1, MAX_QUANTITY)
        self.add_button.set_text(QT_TRANSLATE_NOOP("ShopAdmin", "Save") if item is not None
                                 else QT_TRANSLATE_NOOP("ShopAdmin", "Add to the shop"))

    def _save_changes(self, price: int) -> None:
        assert self.editing is not None
        try:
            with self.database.write() as session:
                item = change_item(session, item=self.editing.id, title=self.title.text(), price_cents=price,
                                   quantity=self.quantity.value, done_by_id=self.staff.id if self.staff else None,
                                   now=self.clock())
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Saved: {title}, code {code}. Print a new label if the price "
                                                "changed."), title=item.title, code=item.code)
        self.clear_form()
        self.refresh()

    def add(self) -> None:
        if self.maker is None and self.editing is None:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Choose the maker first, or scan their card."), problem=True)
            return
        try:
            price = parse_euros(self.price.text())
        except ValueError:
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Type the price in euros, for example 12,50."), problem=True)
            return
        if self.editing is not None:
            self._save_changes(price)
            return
        assert self.maker is not None
        try:
            with self.database.write() as session:
                item = add_handmade(session, maker_id=self.maker.id, title=self.title.text(), price_cents=price,
                                    quantity=self.quantity.value, commission_percent=self.commission.value,
                                    done_by_id=self.staff.id if self.staff else None, now=self.clock())
        except DomainError as error:
            self.say(error_text(error), problem=True)
            return
        self.say(QT_TRANSLATE_NOOP("ShopAdmin", "In the shop: {title} by {maker}, code {code}."), title=item.title,
                 maker=self.maker.first_name, code=item.code)
        self.clear_form()
        self.refresh()

    # -- payouts ------------------------------------------------------------------
    def show_payouts(self) -> None:
        if self.staff is None or not allowed(self.staff.roles, "shop.makers"):
            return
        year, month = self.month.month()
        with self.database.read() as session:
            makers = {view.maker_id for view in list_items(session, category=HANDMADE_CATEGORY) if view.maker_id}
            self.payouts = sorted((maker_payout(session, maker_id=maker, year=year, month=month) for maker in makers),
                                  key=lambda p: p.maker_name.casefold())
        self.payout_list.clear()
        for payout in self.payouts:
            item = QListWidgetItem(PAYOUT_ROW(maker=payout.maker_name, sold=sum(line.sold for line in payout.lines),
                                              gross=money(payout.gross_cents),
                                              commission=money(payout.commission_cents), net=money(payout.net_cents)))
            item.setData(Qt.ItemDataRole.UserRole, str(payout.maker_id))
            self.payout_list.addItem(item)
        if self.payouts:
            self.payout_list.setCurrentRow(0)
        self.print_button.setEnabled(bool(self.payouts))

    def print_payout(self) -> None:
        row = self.payout_list.currentRow()
        if not 0 <= row < len(self.payouts):
            self.say(QT_TRANSLATE_NOOP("ShopAdmin", "Tap the maker whose payout to print."), problem=True)
            return
        payout = self.payouts[row]
        language = QLocale().name().split("_")[0]

        made_on = self.clock().astimezone(LOCAL).date()

        def make() -> bytes:
            from trefpuntje.core.settings import get_setting
            from trefpuntje.printing.shop import render_payout

            with self.database.read() as session:
                fresh = maker_payout(session, maker_id=payout.maker_id, year=payout.year, month=payout.month)
                centre = get_setting(session, "centre_name")
            return render_payout(fresh, centre, language, made_on=made_on)

        self.print_pdf(make, title=QT_TRANSLATE_NOOP("ShopAdmin", "Printing the payout..."),
                       done=QT_TRANSLATE_NOOP("ShopAdmin", "The payout is at the printer (job {job})."))


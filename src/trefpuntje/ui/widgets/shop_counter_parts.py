"""The parts of the shop counter's screen (``ui/staff/shop_counter.py``): its main page
with the item's half and the neighbour's half, typing an item's code, the reason to go
past the fair share, and paying by card. Built into the screen, whose handlers they call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLineEdit, QSizePolicy, QVBoxLayout, QWidget

from trefpuntje.core.models.till import Payment
from trefpuntje.core.shop_counter import REASON_MAX
from trefpuntje.ui.screens.till_pages import Page
from trefpuntje.ui.theme import DANGER, TOUCH_MIN
from trefpuntje.ui.tr import QT_TRANSLATE_NOOP
from trefpuntje.ui.widgets.code_pad import CodePage
from trefpuntje.ui.widgets.meal_card import IconLine
from trefpuntje.ui.widgets.shop_item_box import ShopItemBox
from trefpuntje.ui.widgets.stepper import Stepper
from trefpuntje.ui.widgets.touch import Pictogram, TouchButton, TrLabel, touch_scroll_area

PANEL_MIN = 520  # two side by side fit 1280 px with the margins
REASONS = (
    QT_TRANSLATE_NOOP("ShopCounter", "Large family"),
    QT_TRANSLATE_NOOP("ShopCounter", "Emergency help"),
    QT_TRANSLATE_NOOP("ShopCounter", "Agreed with the coordinator"),
)


class _CounterPage(QWidget):
    """The counter's main page asks no height for its width: Qt would make the window as
    tall as its wrapped words need at the narrowest width, with parts that come and go,
    and a window that grew never shrinks back. There is room enough at 1280 x 800."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _panel(parent: QWidget) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(parent)
    frame.setObjectName("panel")
    frame.setMinimumWidth(PANEL_MIN)  # narrower, its words wrap into a column taller than the screen
    column = QVBoxLayout(frame)
    column.setContentsMargins(16, 8, 16, 12)
    column.setSpacing(6)
    return frame, column


class ShopCounterParts:
    """Builds the pages; mixed into ShopCounterScreen."""

    def _build_counter_page(self) -> None:
        self.counter_page = page = _CounterPage(self)
        column = QVBoxLayout(page)
        column.setContentsMargins(32, 12, 32, 12)
        column.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(Pictogram("shop", 64, page))
        top.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopCounter", "Shop counter"), page, style="heading"), 1)
        self.till_status = TrLabel(QT_TRANSLATE_NOOP("ShopCounter", "The till is closed: priced items are paid into it."),
                                   page)
        self.till_status.setStyleSheet(f"color: {DANGER}; font-weight: bold;")
        top.addWidget(self.till_status, 1)
        self.till_button = TouchButton("till", QT_TRANSLATE_NOOP("ShopCounter", "Open the till"), page)
        self.till_button.clicked.connect(self.till_requested)
        top.addWidget(self.till_button)
        column.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        item_panel, item_column = _panel(page)
        self.item_prompt = IconLine("shop", QT_TRANSLATE_NOOP("ShopCounter", "1. Scan the label of the item."), page,
                                    size=56, style="subheading")
        item_column.addWidget(self.item_prompt)
        self.type_button = TouchButton("receipt", QT_TRANSLATE_NOOP("ShopCounter", "Type the code"), page, icon_size=40)
        self.type_button.clicked.connect(self.show_code_pad)
        item_column.addWidget(self.type_button)
        self.picks_caption = TrLabel("", page, style="muted")
        item_column.addWidget(self.picks_caption)
        self.picks_scroll = touch_scroll_area(page)
        self.picks_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # It takes the room there is: its wish for all of its buttons must not make the screen taller.
        self.picks_scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.picks_scroll.setMinimumHeight(TOUCH_MIN + 12)
        self.picks_scroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }")
        item_column.addWidget(self.picks_scroll, 10)  # the room below the prompt is the list's
        self.pick_buttons: dict[str, TouchButton] = {}
        self.item_box = ShopItemBox(page)
        item_column.addWidget(self.item_box)
        self.quantity_stepper = Stepper(QT_TRANSLATE_NOOP("ShopCounter", "How many"), page, step=1, minimum=1, maximum=1,
                                        show=str, snap=False)
        self.quantity_stepper.changed.connect(self.set_quantity)
        item_column.addWidget(self.quantity_stepper)
        item_column.addStretch(1)
        self.other_item = TouchButton("cancel", QT_TRANSLATE_NOOP("ShopCounter", "Other item"), page, icon_size=40)
        self.other_item.clicked.connect(self.forget_item)
        item_column.addWidget(self.other_item)
        body.addWidget(item_panel, 1)

        member_panel, member_column = _panel(page)
        self.member_prompt = IconLine("person", QT_TRANSLATE_NOOP("ShopCounter", "2. Scan the neighbour's card."), page,
                                      size=56, style="subheading")
        member_column.addWidget(self.member_prompt)
        self.who = TrLabel("", page, style="subheading")
        member_column.addWidget(self.who)
        self.share_line = IconLine("ok", "", page, size=40)
        member_column.addWidget(self.share_line)
        self.reserved_line = IconLine("gift", "", page, size=40)
        member_column.addWidget(self.reserved_line)
        self.override_line = IconLine("warning", "", page, size=40, sheet=f"color: {DANGER}; font-weight: bold;")
        member_column.addWidget(self.override_line)
        member_column.addStretch(1)
        self.no_card_button = TouchButton("person", QT_TRANSLATE_NOOP("ShopCounter", "Sell without a card"), page,
                                          icon_size=40)
        self.no_card_button.clicked.connect(self.sell_without_card)
        member_column.addWidget(self.no_card_button)
        self.other_member = TouchButton("cancel", QT_TRANSLATE_NOOP("ShopCounter", "Other neighbour"), page, icon_size=40)
        self.other_member.clicked.connect(self.forget_member)
        member_column.addWidget(self.other_member)
        body.addWidget(member_panel, 1)
        self.panels: list[QWidget] = [self.item_box, self.quantity_stepper, item_panel, member_panel, page]
        column.addLayout(body, 1)

        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.due_label = TrLabel("", page, style="subheading")
        self.due_label.setWordWrap(False)  # an amount never breaks after the euro sign
        bottom.addWidget(self.due_label)
        self.ask_staff = TrLabel(QT_TRANSLATE_NOOP("ShopCounter", "Ask a staff member: only staff may hand out past the "
                                                            "fair share."), page)
        self.ask_staff.setStyleSheet(f"color: {DANGER}; font-weight: bold;")
        bottom.addWidget(self.ask_staff, 1)
        bottom.addStretch(0)
        self.anyway_button = TouchButton("warning", QT_TRANSLATE_NOOP("ShopCounter", "Hand out anyway"), page, icon_size=40,
                                         role="danger")
        self.anyway_button.clicked.connect(self.ask_reason)
        self.pay_buttons: dict[Payment | None, TouchButton] = {}
        for payment, pictogram, text in ((Payment.CASH, "cash", QT_TRANSLATE_NOOP("ShopCounter", "Cash")),
                                         (Payment.CARD, "card", QT_TRANSLATE_NOOP("ShopCounter", "Card")),
                                         (None, "ok", QT_TRANSLATE_NOOP("ShopCounter", "Hand out"))):
            button = TouchButton(pictogram, text, page, icon_size=40,
                                 role="primary" if payment in (Payment.CASH, None) else None)
            button.clicked.connect(lambda _=False, p=payment: self.pay(p))
            self.pay_buttons[payment] = button
        for button in (self.anyway_button, *self.pay_buttons.values()):
            bottom.addWidget(button)
        column.addLayout(bottom)

    def _build_code_page(self) -> None:
        self.code_page = CodePage(QT_TRANSLATE_NOOP("ShopCounter", "Type the code on the label"),
                                  QT_TRANSLATE_NOOP("ShopCounter", "Back"), self)
        self.code_page.back.connect(self.show_counter)
        self.code_page.entered.connect(self.choose_item)
        self.code_note, self.code_pad = self.code_page.note, self.code_page.pad

    def _build_reason_page(self) -> None:
        self.reason_page = page = Page("warning", QT_TRANSLATE_NOOP("ShopCounter", "Past the fair share"), self)
        self.reason_rule = TrLabel("", page, style="subheading")
        page.column.addWidget(self.reason_rule)
        page.column.addWidget(TrLabel(QT_TRANSLATE_NOOP("ShopCounter", "Why may it go anyway? The reason is kept with the "
                                                                 "hand-out."), page))
        presets = QHBoxLayout()
        presets.setSpacing(8)
        self.reason_presets: list[TouchButton] = []
        for text in REASONS:
            button = TouchButton(None, text, page)
            button.clicked.connect(lambda _=False, t=text: self.reason_field.setText(t()))
            presets.addWidget(button)
            self.reason_presets.append(button)
        page.column.addLayout(presets)
        self.reason_field = QLineEdit(page)
        self.reason_field.setMaxLength(REASON_MAX)
        self.reason_field.setMinimumHeight(64)
        self.reason_field.setPlaceholderText(QT_TRANSLATE_NOOP("ShopCounter", "Or tap here and type the reason")())
        self.reason_field.setAccessibleName(QT_TRANSLATE_NOOP("ShopCounter", "Reason")())
        self.reason_field.textChanged.connect(lambda text: self.reason_confirm.setEnabled(bool(text.strip())))
        page.column.addWidget(self.reason_field)
        page.column.addStretch(1)
        buttons = QHBoxLayout()
        back = TouchButton("back", QT_TRANSLATE_NOOP("ShopCounter", "Back"), page)
        back.clicked.connect(self.show_counter)
        self.reason_confirm = TouchButton("ok", QT_TRANSLATE_NOOP("ShopCounter", "Hand out anyway"), page, role="danger")
        self.reason_confirm.clicked.connect(self.confirm_reason)
        self.reason_confirm.setEnabled(False)
        buttons.addWidget(back)
        buttons.addWidget(self.reason_confirm, 1)
        page.column.addLayout(buttons)

    def _build_card_page(self) -> None:
        self.card_page = Page("card", QT_TRANSLATE_NOOP("ShopCounter", "Card"), self)
        self.card_text = TrLabel("", self.card_page, style="subheading")
        self.card_page.column.addWidget(self.card_text)
        self.card_page.column.addStretch(1)
        buttons = QHBoxLayout()
        back = TouchButton("back", QT_TRANSLATE_NOOP("ShopCounter", "Back"), self.card_page)
        back.clicked.connect(self.show_counter)
        self.card_paid = TouchButton("ok", QT_TRANSLATE_NOOP("ShopCounter", "Paid on the card terminal"), self.card_page,
                                     role="primary")
        self.card_paid.clicked.connect(lambda: self.hand_out(Payment.CARD))
        buttons.addWidget(back)
        buttons.addWidget(self.card_paid, 1)
        self.card_page.column.addLayout(buttons)

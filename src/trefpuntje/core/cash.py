"""Cash arithmetic, in integer euro cents: Dutch 5-cent rounding, the change to hand
back as notes and coins, and money as people read it.

Dutch practice ("afronden op 5 cent") rounds the total of a cash payment: endings 1-2
and 6-7 go down, 3-4 and 8-9 go up, 0 and 5 stay. Card payments are never rounded.
Errors about money carry ``Cents`` parameters, shown as euros in the reader's language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trefpuntje.core.errors import InvalidInput, NotAllowed
from trefpuntje.core.i18n import translate

# What goes back in the hand, largest first. No 1 and 2 cent coins: Dutch tills do not
# hand them out. 100, 200 and 500 euro notes are not given as change at a coffee corner.
DENOMINATIONS_CENTS: tuple[int, ...] = (5000, 2000, 1000, 500, 200, 100, 50, 20, 10, 5)
NOTES_FROM_CENTS = 500  # 5 euro and up are notes; below are coins


def round_to_five_cents(cents: int) -> int:
    """The Dutch rounding of ``cents`` to a multiple of 5 (halves do not occur: an ending
    of 2.5 cannot happen in whole cents). Works the same way for negative amounts, so a
    reversal rounds exactly back."""
    if cents < 0:
        return -round_to_five_cents(-cents)
    remainder = cents % 5
    return cents - remainder if remainder <= 2 else cents + (5 - remainder)


def rounding_difference(cents: int) -> int:
    """What rounding adds to ``cents`` (-2 to +2)."""
    return round_to_five_cents(cents) - cents


@dataclass(frozen=True)
class ChangePiece:
    cents: int
    count: int

    @property
    def is_note(self) -> bool:
        return self.cents >= NOTES_FROM_CENTS


@dataclass(frozen=True)
class Change:
    """The change to hand back. ``pieces`` hold what can be given in notes and coins;
    ``unpayable_cents`` (0 to 4) is what is left below 5 cents. That happens only when
    the total was not rounded (the ``cash_rounding`` setting off) and the change does
    not end in 0 or 5: the till shows it so the seller can decide (usually: leave it
    off). The recorded change stays the exact amount either way."""

    cents: int
    pieces: tuple[ChangePiece, ...]
    unpayable_cents: int


def change_breakdown(cents: int) -> Change:
    """``cents`` of change as the fewest notes and coins (greedy is optimal for euro
    denominations)."""
    if cents < 0:
        raise ValueError("change cannot be negative")
    left = cents
    pieces = []
    for value in DENOMINATIONS_CENTS:
        count, left = divmod(left, value)
        if count:
            pieces.append(ChangePiece(value, count))
    return Change(cents, tuple(pieces), left)


def euros(cents: int, language: str = "nl") -> str:
    """``cents`` as a price: "€ 1.234,50" and "€ -2,50" in Dutch, "€1,234.50" and
    "-€2.50" in English."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    grouped = f"{whole:,}"
    if language == "en":
        return f"{sign}€{grouped}.{part:02d}"
    return f"€ {sign}{grouped.replace(',', '.')},{part:02d}"


def parse_euros(text: str) -> int:
    """An amount as typed ("2,50", "2.50", "€ 2", "1.234,50") in cents. Raises
    ValueError for anything else (the caller turns it into a message)."""
    cleaned = text.strip().replace("€", "").replace(" ", "")
    if not cleaned:
        raise ValueError(text)
    if "," in cleaned and "." in cleaned:  # 1.234,50: the last mark is the decimal one
        decimal = "," if cleaned.rfind(",") > cleaned.rfind(".") else "."
        cleaned = cleaned.replace("." if decimal == "," else ",", "")
    cleaned = cleaned.replace(",", ".")
    whole, _, part = cleaned.partition(".")
    if not whole:
        whole = "0"
    if not whole.isdigit() or (part and (not part.isdigit() or len(part) > 2)):
        raise ValueError(text)
    return int(whole) * 100 + int(part.ljust(2, "0") if part else 0)


class _MoneyParams:
    """A domain error whose ``Cents`` parameters are shown as euros in the reader's language."""

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message, **params)  # type: ignore[call-arg]
        self.args = (self.translated("en"),)

    def translated(self, language: str) -> str:
        params = {k: euros(v, language) if isinstance(v, Cents) else v for k, v in self.params.items()}  # type: ignore[attr-defined]
        return translate("errors", self.message, language).format(**params)  # type: ignore[attr-defined]

    def __str__(self) -> str:
        return self.translated("en")


class Cents(int):
    """An amount of money handed to an error message."""


class AmountRefused(_MoneyParams, InvalidInput):
    pass


class SaleRefused(_MoneyParams, NotAllowed):
    pass

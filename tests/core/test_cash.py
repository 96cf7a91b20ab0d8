from __future__ import annotations

import pytest

from trefpuntje.core.cash import AmountRefused, Cents, change_breakdown, euros, parse_euros, round_to_five_cents, rounding_difference


@pytest.mark.parametrize(("cents", "rounded"), [
    (100, 100), (101, 100), (102, 100), (103, 105), (104, 105), (105, 105),
    (106, 105), (107, 105), (108, 110), (109, 110), (110, 110), (0, 0), (1, 0), (3, 5), (1998, 2000),
])
def test_dutch_rounding_table(cents, rounded):
    assert round_to_five_cents(cents) == rounded
    assert rounding_difference(cents) == rounded - cents
    assert round_to_five_cents(-cents) == -rounded  # a reversal rounds exactly back


def test_rounding_never_moves_more_than_two_cents():
    assert {rounding_difference(c) for c in range(10_000)} == {-2, -1, 0, 1, 2}


def test_change_is_the_fewest_notes_and_coins():
    change = change_breakdown(8_885)  # 88.85
    assert [(p.cents, p.count) for p in change.pieces] == [(5000, 1), (2000, 1), (1000, 1), (500, 1), (200, 1),
                                                           (100, 1), (50, 1), (20, 1), (10, 1), (5, 1)]
    assert change.unpayable_cents == 0
    assert [p.is_note for p in change.pieces][:4] == [True] * 4 and not change.pieces[4].is_note
    assert [(p.cents, p.count) for p in change_breakdown(4_000).pieces] == [(2000, 2)]
    assert change_breakdown(0).pieces == ()


def test_change_below_five_cents_is_shown_apart_when_the_total_was_not_rounded():
    change = change_breakdown(73)
    assert [(p.cents, p.count) for p in change.pieces] == [(50, 1), (20, 1)]
    assert change.unpayable_cents == 3 and change.cents == 73
    with pytest.raises(ValueError):
        change_breakdown(-5)


def test_every_piece_of_change_adds_up():
    for cents in range(0, 20_000, 7):
        change = change_breakdown(cents)
        assert sum(p.cents * p.count for p in change.pieces) + change.unpayable_cents == cents
        assert all(isinstance(p.cents, int) and isinstance(p.count, int) for p in change.pieces)


def test_amounts_read_as_people_write_them():
    assert euros(123_450) == "€ 1.234,50" and euros(-250) == "€ -2,50" and euros(5) == "€ 0,05"
    assert euros(123_450, "en") == "€1,234.50" and euros(-250, "en") == "-€2.50"
    assert [parse_euros(t) for t in ("2,50", "2.5", "€ 20", "1.234,50", ",75")] == [250, 250, 2000, 123_450, 75]
    for bad in ("", "abc", "1,234", "-3"):
        with pytest.raises(ValueError):
            parse_euros(bad)


def test_money_in_messages_follows_the_language():
    error = AmountRefused("{missing} is missing.", missing=Cents(150))
    assert error.translated("nl") == "€ 1,50 is missing." and str(error) == "€1.50 is missing."

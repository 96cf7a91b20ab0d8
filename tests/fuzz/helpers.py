"""What every fuzz test shares: the strategies (names with emoji and right-to-left
text, huge strings, negative and huge numbers, dates at the ends of the calendar),
the one rule every call must keep, and the counts for the summary.

The rule: a service call returns, or raises a ``DomainError`` whose message reads as
words in every language. Anything else (an IntegrityError, a ValueError or TypeError
from bad data reaching the database, an OverflowError from date arithmetic) is a bug
in the service, and hypothesis shrinks it to the smallest input that shows it.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from sqlmodel import Session, SQLModel, func, select

from trefpuntje.core.errors import DomainError
from trefpuntje.db.engine import Database

T = TypeVar("T")

EXAMPLES: Counter[str] = Counter()  # hypothesis examples per test
CALLS: Counter[str] = Counter()  # calls per service entry point


def fuzz_settings(examples: int, **more: Any) -> settings:
    """No deadline (a first call warms caches); the database is the test's own, so
    function-scoped fixtures are fine here."""
    return settings(max_examples=examples, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                           HealthCheck.data_too_large], **more)


def example(test: str) -> None:
    EXAMPLES[test] += 1


def call(function: Callable[..., T], *args: Any, **kwargs: Any) -> T | DomainError:
    """Call a service: its result, or the domain error it raised (checked to be words)."""
    CALLS[f"{function.__module__.removeprefix('trefpuntje.')}.{function.__name__}"] += 1
    try:
        return function(*args, **kwargs)
    except DomainError as error:
        assert error.message.strip() and str(error).strip()
        for language in ("nl", "en", "ar"):
            assert error.translated(language).strip()
        return error


@contextmanager
def rolled_back(database: Database) -> Iterator[Session]:
    """A write transaction that is always rolled back: many examples, no fsync each."""
    session = Session(database.write_engine, expire_on_commit=False)
    session.begin()
    try:
        yield session
    finally:
        session.rollback()
        session.close()


def row_counts(database: Database) -> dict[str, int]:
    with database.read() as session:
        return {table.name: session.exec(select(func.count()).select_from(table)).one()  # type: ignore[call-overload]
                for table in SQLModel.metadata.sorted_tables}


def fits_columns(row: SQLModel) -> bool:
    """Every text value fits its column's size (SQLite does not check; PostgreSQL does)."""
    for column in row.__table__.columns:  # type: ignore[attr-defined]
        value = getattr(row, column.name, None)
        length = getattr(column.type, "length", None)
        if isinstance(value, str) and length is not None and len(value) > length:
            return False
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            return False
    return True


# --- strategies ---------------------------------------------------------------------------------------------------

EMOJI = st.characters(min_codepoint=0x1F300, max_codepoint=0x1FAFF)
RIGHT_TO_LEFT = st.one_of(st.characters(min_codepoint=0x0590, max_codepoint=0x06FF),  # Hebrew, Arabic
                          st.sampled_from("\u200f\u202b\u202e\u2067\u061c"))  # direction marks and overrides
AWKWARD = st.sampled_from(["\u200b", "\u00a0", "\u3000", "\x00", "\n", "\t", "\ufeff", "\u0301", "'", '"', "%", "{",
                           "}", "\\", ";", "—", "ß", "İ", "ﬀ", "Ⅻ", "²", "٣", "７"])
CHARACTERS = st.one_of(st.characters(exclude_categories=["Cs"]), EMOJI, RIGHT_TO_LEFT, AWKWARD)


def huge_strings() -> st.SearchStrategy[str]:
    """Up to 100,000 characters, made fast by repetition."""
    return st.builds(operator.mul, st.text(CHARACTERS, min_size=1, max_size=4), st.integers(200, 25_000))


def texts(max_size: int = 80) -> st.SearchStrategy[str]:
    """Names, titles, reasons: ordinary words, emoji, right-to-left text, oddities, huge."""
    return st.one_of(
        st.sampled_from(["Nel", "Anne-Marie", "  Ahmed  ", "", " ", "أحمد", "נועה", "Zoë 😀", "👩🏽‍🍳", "\u202eleN",
                         "{0}", "{name}", "Robert'); DROP TABLE member;--", "%s"]),
        st.text(CHARACTERS, max_size=max_size),
        st.text(EMOJI | RIGHT_TO_LEFT, min_size=1, max_size=max_size),
        huge_strings(),
    )


EDGE_NUMBERS = [0, 1, -1, 2, 5, 99, 100, 120, 500, 501, 720, 721, 100_000, 100_001, 1_000_000, 2**31 - 1, 2**31,
                2**53 + 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64, 10**30, -(10**30)]


def numbers() -> st.SearchStrategy[int]:
    """Small, negative and huge whole numbers."""
    return st.one_of(st.integers(-10, 1_000), st.sampled_from(EDGE_NUMBERS), st.integers(),
                     st.integers(min_value=2**62, max_value=2**80), st.integers(min_value=-(2**80), max_value=-(2**62)))


EDGE_DAYS = [date.min, date.max, date(1, 1, 2), date(9999, 12, 30), date(1970, 1, 1), date(1999, 12, 31),
             date(2000, 1, 1), date(2038, 1, 19), date(2199, 12, 31), date(2200, 1, 1), date(2026, 3, 29),
             date(2026, 10, 25), date(2028, 2, 29)]


def days() -> st.SearchStrategy[date]:
    """Any day from year 1 to 9999, the edges (and summer-time changes) often."""
    return st.one_of(st.sampled_from(EDGE_DAYS), st.dates(),
                     st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)))


ZONES = [UTC, ZoneInfo("Europe/Amsterdam"), timezone(timedelta(hours=14)), timezone(-timedelta(hours=12)),
         ZoneInfo("America/Sao_Paulo")]


def moments() -> st.SearchStrategy[datetime]:
    """Timezone-aware moments from year 1 to 9999 (naive ones are a programming error,
    refused by the column type, not something a person can cause)."""
    edges = [datetime.min.replace(tzinfo=zone) for zone in ZONES] + [datetime.max.replace(tzinfo=zone) for zone in ZONES]
    near = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31), timezones=st.sampled_from(ZONES))
    return st.one_of(st.sampled_from(edges), st.datetimes(timezones=st.sampled_from(ZONES)), near,
                     st.builds(lambda d: datetime.combine(d, time(12), tzinfo=UTC), st.sampled_from(EDGE_DAYS)))


def times() -> st.SearchStrategy[time]:
    return st.one_of(st.sampled_from([time(0), time(23, 59, 59, 999999), time(2, 30), time(10)]), st.times())

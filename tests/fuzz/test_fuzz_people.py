"""Fuzzing members, settings, staff PINs, cards and privacy: any name, any text, any
number, any moment gives a correct result or a clear domain error."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.helpers import (
    call,
    example,
    fits_columns,
    fuzz_settings,
    moments,
    numbers,
    rolled_back,
    row_counts,
    texts,
)
from trefpuntje.core import cards, members, privacy, settings, staff_pins
from trefpuntje.core.checks import one_line
from trefpuntje.core.errors import DomainError
from trefpuntje.core.models import Member, Role

NOW = datetime(2026, 11, 30, 9, tzinfo=UTC)
PERSONAL = ("last_name", "phone", "email", "postcode", "birth_year_band", "languages")


def _seed(database):  # type: ignore[no-untyped-def]
    with database.write() as session:
        nel = members.add_member(session, first_name="Nel", last_name="Verhoeven")
        coordinator = staff_pins.create_coordinator(session, first_name="Ingrid", pin="1234")
        card = cards.issue_card(session, member_id=nel.id, now=NOW)
    return nel.id, coordinator.id, card


def _member_ids(*known: uuid.UUID) -> st.SearchStrategy:
    return st.one_of(st.sampled_from(known), st.uuids(), texts(60), st.sampled_from([str(k) for k in known]))


def test_a_member_with_any_name_and_details_is_saved_cleaned_or_refused_in_words(database):
    _seed(database)

    @fuzz_settings(300)
    @given(first_name=texts(), roles=st.lists(st.one_of(st.sampled_from(list(Role)), texts(20)), max_size=3),
           details=st.dictionaries(st.sampled_from(PERSONAL), st.one_of(st.none(), texts())))
    def run(first_name, roles, details):  # type: ignore[no-untyped-def]
        example("members")
        with rolled_back(database) as session:
            member = call(members.add_member, session, first_name=first_name, roles=roles, **details)
            if isinstance(member, DomainError):
                return
            assert member.first_name == one_line(first_name)
            assert not any(unicodedata.category(c) == "Cc" for c in member.first_name)
            assert 0 < len(member.first_name) <= members.FIRST_NAME_MAX
            assert fits_columns(member)
            listed = call(members.list_members, session)
            assert member.id in {m.id for m in listed}

    run()


def test_registering_refused_saves_nothing(database):
    _seed(database)
    before = row_counts(database)

    @fuzz_settings(40)
    @given(first_name=texts(), last_name=st.one_of(st.none(), texts()))
    def run(first_name, last_name):  # type: ignore[no-untyped-def]
        example("members saved")
        try:
            with database.write() as session:
                members.add_member(session, first_name=first_name, last_name=last_name)
                raise _Undo
        except DomainError:
            assert row_counts(database) == before
        except _Undo:
            pass

    run()


class _Undo(Exception):
    """Leaves a write block so it rolls back."""


def test_looking_up_roles_and_members_by_any_text(database):
    nel, coordinator, _card = _seed(database)

    @fuzz_settings(150)
    @given(member_id=_member_ids(nel, coordinator), role=texts(30), language=st.one_of(st.sampled_from(["nl", "en", "ar"]),
                                                                                        texts(10)))
    def run(member_id, role, language):  # type: ignore[no-untyped-def]
        example("member lookups")
        call(members.parse_role, role)
        call(members.parse_member_id, member_id)
        with rolled_back(database) as session:
            found = call(members.get_member, session, member_id)
            exported = call(privacy.export_member, session, member_id=member_id, language=language)
            if not isinstance(found, DomainError):
                assert exported["member"]["id"] == str(found.id)
            call(members.list_members, session, role=Role.VISITOR)
            assert call(members.count_members, session) >= 2

    run()


def test_erasing_anyone_at_any_moment(database):
    nel, coordinator, _card = _seed(database)

    @fuzz_settings(80)
    @given(member_id=_member_ids(nel, coordinator), now=moments())
    def run(member_id, now):  # type: ignore[no-untyped-def]
        example("erase")
        with rolled_back(database) as session:
            result = call(privacy.erase_member, session, member_id=member_id, now=now)
            if result is None:
                member = session.get(Member, members.parse_member_id(member_id))
                assert privacy.is_erased(session, member)

    run()


def test_any_setting_with_any_value_is_kept_readable_or_refused(database):
    keys = sorted(settings.SPECS)
    digits = st.text(st.sampled_from("0123456789²³¹٠١٢٣٤٥٦٧٨٩０１２৩߃𝟙"), min_size=1, max_size=6)
    long_digits = st.builds(lambda n: "1" * n, st.integers(4_000, 6_000))

    @fuzz_settings(400)
    @given(key=st.one_of(st.sampled_from(keys), texts(70)),
           value=st.one_of(texts(), digits, long_digits, numbers().map(str)))
    def run(key, value):  # type: ignore[no-untyped-def]
        example("settings")
        with rolled_back(database) as session:
            stored = call(settings.set_setting, session, key=key, value=value)
            if isinstance(stored, DomainError):
                return
            session.flush()
            everything = call(settings.all_settings, session)
            assert everything[key] == value.strip()
            if settings.SPECS[key].default.isdigit():
                number = call(settings.get_int, session, key)
                assert isinstance(number, int) and str(number) == everything[key].lstrip("0").rjust(1, "0")

    run()


def test_pins_of_any_text_at_any_moment(database):
    nel, coordinator, _card = _seed(database)

    # Argon2id takes tens of milliseconds a try, by design: few examples.
    @fuzz_settings(40)
    @given(pin=st.one_of(st.sampled_from(["1234", "0000", "12345678", "123", "١٢٣٤", "12 34", "１２３４"]), texts(12)),
           member_id=st.one_of(st.sampled_from([nel, coordinator]), st.uuids()), now=moments(),
           name=texts())
    def run(pin, member_id, now, name):  # type: ignore[no-untyped-def]
        example("pins")
        call(staff_pins.validate_pin, pin)
        with rolled_back(database) as session:
            call(staff_pins.check_member_pin, session, member_id=member_id, pin=pin, now=now)
            result = call(staff_pins.check_coordinator_pin, session, pin=pin, now=now)
            if not isinstance(result, DomainError) and result.ok:
                assert pin == "1234"
            call(staff_pins.set_pin, session, member_id=member_id, pin=pin)
            call(staff_pins.create_coordinator, session, first_name=name, pin=pin)
            assert call(staff_pins.has_coordinator, session)
            call(staff_pins.unlock, session)

    run()


def test_any_scan_and_any_card_moment(database):
    nel, coordinator, card = _seed(database)

    @fuzz_settings(200)
    @given(scanned=st.one_of(texts(40), st.just(card.token), st.just(card.token.lower()),
                             st.builds(lambda s: card.token[:2] + s, texts(30))),
           member_id=st.one_of(st.sampled_from([nel, coordinator]), st.uuids()), now=moments(),
           card_id=st.one_of(st.just(card.card_id), st.uuids()))
    def run(scanned, member_id, now, card_id):  # type: ignore[no-untyped-def]
        example("cards")
        call(cards.normalise, scanned)
        with rolled_back(database) as session:
            scan = call(cards.identify, session, scanned=scanned)
            if scanned == card.token:
                assert scan.outcome == cards.ScanOutcome.MEMBER and scan.member.id == nel
            issued = call(cards.issue_card, session, member_id=member_id, now=now)
            if not isinstance(issued, DomainError):
                assert call(cards.identify, session, scanned=issued.token).member.id == member_id
            call(cards.mark_printed, session, card_id=card_id, now=now)
            session.flush()
            call(cards.members_without_printed_card, session)

    run()

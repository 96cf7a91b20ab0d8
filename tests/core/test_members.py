from __future__ import annotations

import uuid

import pytest
from sqlalchemy.exc import IntegrityError

from trefpuntje.core.errors import InvalidInput, NotFound
from trefpuntje.core.members import add_member, get_member, list_members
from trefpuntje.core.models import Member, Role


def test_a_member_needs_only_a_first_name(database):
    with database.write() as session:
        member = add_member(session, first_name="  Nel  ")
    with database.read() as session:
        stored = get_member(session, member.id)
        assert stored.first_name == "Nel"
        assert stored.last_name is None and stored.phone is None and stored.email is None
        assert [m.roles for m in list_members(session)] == [("visitor",)]
    assert isinstance(member.id, uuid.UUID)
    assert stored.created_at.tzinfo is not None


def test_empty_first_name_is_refused_and_nothing_is_saved(database):
    with pytest.raises(InvalidInput) as caught, database.write() as session:
        add_member(session, first_name="   ")
    assert caught.value.translated("nl") == "Een voornaam is nodig."
    assert caught.value.translated("en") == "A first name is needed."
    with database.read() as session:
        assert list_members(session) == []


def test_the_database_itself_refuses_an_empty_first_name(database):
    with pytest.raises(IntegrityError), database.write() as session:
        session.add(Member(first_name=" "))


def test_unknown_role_is_refused_with_the_choices(database):
    with pytest.raises(InvalidInput, match="coordinator"), database.write() as session:
        add_member(session, first_name="Ahmed", roles=["wizard"])
    with database.read() as session:
        assert list_members(session) == []


def test_list_members_by_role_and_name(database):
    with database.write() as session:
        add_member(session, first_name="suus", roles=[Role.VOLUNTEER, Role.VISITOR])
        add_member(session, first_name="Ahmed", roles=["volunteer"])
        add_member(session, first_name="Nel")
    with database.read() as session:
        assert [m.first_name for m in list_members(session)] == ["Ahmed", "Nel", "suus"]
        volunteers = list_members(session, role=Role.VOLUNTEER)
    assert [(m.first_name, m.roles) for m in volunteers] == [("Ahmed", ("volunteer",)), ("suus", ("visitor", "volunteer"))]


def test_unknown_member_id_gives_a_clear_error(database):
    with database.read() as session:
        with pytest.raises(NotFound):
            get_member(session, uuid.uuid4())
        with pytest.raises(InvalidInput, match="not a member id"):
            get_member(session, "42")

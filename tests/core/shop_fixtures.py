"""Shared makings of the shop tests: people, a photo, an open till."""

from __future__ import annotations

import io
import uuid
from datetime import UTC, datetime

from PIL import Image

from trefpuntje.core.members import add_member
from trefpuntje.core.models import Role
from trefpuntje.core.till import open_session
from trefpuntje.db.engine import Database

NOW = datetime(2026, 11, 30, 10, 0, tzinfo=UTC)  # a Monday


def photo_bytes(width: int = 2400, height: int = 1600, kind: str = "JPEG") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (40, 90, 160)).save(out, kind)
    return out.getvalue()


def people(database: Database) -> dict[str, uuid.UUID]:
    with database.write() as session:
        return {
            "nel": add_member(session, first_name="Nel").id,
            "ahmed": add_member(session, first_name="Ahmed").id,
            "wim": add_member(session, first_name="Wim", roles=(Role.VOLUNTEER,)).id,
            "karin": add_member(session, first_name="Karin", roles=(Role.STAFF,)).id,
            "suus": add_member(session, first_name="Suus").id,
        }


def open_till(database: Database, by: uuid.UUID) -> uuid.UUID:
    with database.write() as session:
        return open_session(session, opened_by_id=by, float_cents=5000, now=NOW).id

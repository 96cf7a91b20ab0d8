from __future__ import annotations

from datetime import date, time

import pytest

from trefpuntje.core.activities import create_activity, list_activities
from trefpuntje.core.errors import InvalidInput
from trefpuntje.core.settings import all_settings, get_int, set_setting


def test_settings_have_defaults_and_changes_are_shared(database):
    with database.read() as session:
        assert get_int(session, "idle_seconds") == 60
        assert get_int(session, "idle_warning_seconds") == 20
    with database.write() as session:
        set_setting(session, key="idle_seconds", value="90")
    with database.read() as session:
        assert all_settings(session)["idle_seconds"] == "90"


@pytest.mark.parametrize(("key", "value"), [("idle_seconds", "5"), ("idle_seconds", "soon"), ("colour", "red")])
def test_bad_settings_are_refused_and_nothing_changes(database, key, value):
    with pytest.raises(InvalidInput), database.write() as session:
        set_setting(session, key=key, value=value)
    with database.read() as session:
        assert all_settings(session)["idle_seconds"] == "60"


def test_activity_is_created_with_its_details(database):
    with database.write() as session:
        create_activity(session, title="Beweegles", starts_on=date(2026, 12, 1), start_time=time(10),
                        duration_minutes=60, capacity=12, location="Beweegtuin", pictogram="exercise")
    with database.read() as session:
        [activity] = list_activities(session)
    assert (activity.title, activity.capacity, activity.location, activity.recurrence) == ("Beweegles", 12, "Beweegtuin", "weekly")


@pytest.mark.parametrize(
    ("changes", "message"),
    [({"title": "  "}, "needs a title"), ({"capacity": 0}, "at least 1"), ({"duration_minutes": 0}, "one minute"),
     ({"ends_on": date(2026, 11, 1)}, "end before")],
)
def test_bad_activity_is_refused_and_nothing_is_saved(database, changes, message):
    fields = {"title": "Naaiatelier", "starts_on": date(2026, 12, 1), "start_time": time(14), "duration_minutes": 120}
    with pytest.raises(InvalidInput, match=message), database.write() as session:
        create_activity(session, **(fields | changes))
    with database.read() as session:
        assert list_activities(session) == []

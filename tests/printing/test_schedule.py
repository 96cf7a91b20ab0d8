from __future__ import annotations

import io
import uuid
from datetime import date, time, timedelta

from pypdf import PdfReader

from trefpuntje.core.activities import OccurrenceView, cancel_occurrence, local_moment, parse_iso_week, week
from trefpuntje.core.checkins import attendance
from trefpuntje.core.demo import PEOPLE
from trefpuntje.db.engine import Database
from trefpuntje.printing.schedule import (COLUMN_TOP, FOOTER, MARGIN, Participant, participants_from_attendance,
                                          render_schedule)

from tests.printing.conftest import pdf_pages_text, pdf_text

MONDAY = date(2026, 11, 30)
SURNAMES = [last for _, last, _ in PEOPLE if last]


def _demo_week(database: Database, staff: bool = False) -> tuple[list[OccurrenceView], dict | None]:
    with database.write() as session:
        views = week(session, monday=parse_iso_week("2026-W49"))
        people = ({v.id: participants_from_attendance(attendance(session, occurrence_id=v.id)) for v in views}
                  if staff else None)
    return views, people


def _view(title: str, day: int = 0, at: time = time(10), *, capacity: int | None = 10, confirmed: int = 0,
          cancelled: bool = False, signup_required: bool = True, pictogram: str = "exercise", on: date = MONDAY,
          location: str = "Aula", leader: str | None = "Ahmed") -> OccurrenceView:
    starts = local_moment(on + timedelta(days=day), at)
    return OccurrenceView(uuid.uuid4(), uuid.uuid4(), title, pictogram, location, leader, starts,
                          starts + timedelta(hours=1), capacity, confirmed, 0, cancelled, signup_required)


def _text_runs(pdf: bytes) -> list[tuple[int, str, float, float]]:
    """(page, text, font size, y) of every piece of text drawn."""
    runs = []
    for number, page in enumerate(PdfReader(io.BytesIO(pdf)).pages):
        def visit(text, cm, tm, font, size, number=number):  # noqa: ANN001
            if text.strip():
                runs.append((number, text, size * tm[3], tm[5] * cm[3] + cm[5]))
        page.extract_text(visitor_text=visit)
    return runs


def test_the_weekly_schedule_shows_each_occurrence_with_time_place_leader_and_places(demo_database: Database):
    views, _ = _demo_week(demo_database)
    text = pdf_text(render_schedule(views, MONDAY, "'t Trefpuntje", "en"))

    for view in views:
        assert view.title in text.replace("\n", " ")
        assert view.location in text
        if view.leader:
            assert f"with {view.leader}" in text
    for label in ("09:30", "10:00", "14:00", "15:00", "until 12:30", "Week 49", "Monday", "Friday", "30 November"):
        assert label in text
    assert "08:30" not in text  # 09:30 in Nijmegen is 08:30 UTC in winter: shown local
    sewing = next(v for v in views if v.title == "Naaiatelier")
    assert sewing.places_left == 0 and "Full, waiting list" in text
    assert "No limit" in text  # the coffee morning
    for view in views:
        if view.places_left:
            assert f"Places left: {view.places_left}" in text
    assert "Saturday" not in text and "Sunday" not in text  # an empty weekend gives its room to the week


def test_the_public_schedule_names_no_participants_and_no_surnames(demo_database: Database):
    views, people = _demo_week(demo_database, staff=True)
    text = pdf_text(render_schedule(views, MONDAY, "'t Trefpuntje", "en"))

    leaders = {v.leader for v in views}
    signed_up = {p.first_name for names in people.values() for p in names} - leaders
    assert signed_up and not [name for name in signed_up if name in text]
    assert not [surname for surname in SURNAMES if surname in text]
    assert "Signed up" not in text


def test_the_staff_schedule_lists_first_names_confirmed_then_waiting(demo_database: Database):
    views, people = _demo_week(demo_database, staff=True)
    pdf = render_schedule(views, MONDAY, "'t Trefpuntje", "en", participants=people)
    text = pdf_text(pdf).replace("\n", " ")

    sewing = next(v for v in views if v.title == "Naaiatelier")
    confirmed = [p.first_name for p in people[sewing.id] if not p.waiting]
    waiting = [p.first_name for p in people[sewing.id] if p.waiting]
    assert len(confirmed) == 6 and len(waiting) == 2
    assert "Signed up (6)" in text and "Waiting list (2)" in text
    assert f"1. {waiting[0]}, 2. {waiting[1]}" in text.replace("\u00a0", " ")
    for view in views:
        for person in people[view.id]:
            assert person.first_name in text
    assert not [surname for surname in SURNAMES if surname in text]
    assert "Staff copy" in text


def test_a_cancelled_occurrence_is_marked_cancelled_instead_of_places(demo_database: Database):
    with demo_database.write() as session:
        sewing = next(v for v in week(session, monday=MONDAY) if v.title == "Naaiatelier")
        cancel_occurrence(session, occurrence_id=sewing.id)
    views, _ = _demo_week(demo_database)
    text = pdf_text(render_schedule([v for v in views if v.title == "Naaiatelier"], MONDAY, "x", "en"))

    assert "Cancelled" in text and "Naaiatelier" in text
    assert "Full, waiting list" not in text and "Places left" not in text


def test_times_are_shown_in_nijmegen_summer_time():
    july = date(2026, 7, 6)
    view = _view("Zomerwandeling", at=time(10, 15), on=july)
    assert view.starts_at.hour == 8  # stored in UTC
    text = pdf_text(render_schedule([view], july, "x", "en"))
    assert "10:15" in text and "until 11:15" in text and "08:15" not in text


def test_a_busy_day_continues_on_the_next_page_instead_of_being_cut_off():
    busy = [_view(f"Activity {n:02d} with quite a long title", at=time(8 + n // 2, 30 * (n % 2)),
                  capacity=None if n % 3 else 8, confirmed=n % 9) for n in range(16)]
    tuesday = [_view("Koffieochtend", day=1, pictogram="coffee_morning", capacity=None, signup_required=False)]
    pdf = render_schedule(busy + tuesday, MONDAY, "'t Trefpuntje", "en")

    pages = pdf_pages_text(pdf)
    assert len(pages) >= 2
    assert f"Page 1 of {len(pages)}" in pages[0] and f"Page {len(pages)} of {len(pages)}" in pages[-1]
    flat = [page.replace("\n", " ") for page in pages]
    for view in busy:
        assert sum(view.title in page for page in flat) == 1, view.title  # each once, none lost
    assert "Activity 00" in flat[0] and "Activity 15" not in flat[0] and "Activity 15" in flat[-1]
    height = float(PdfReader(io.BytesIO(pdf)).pages[0].mediabox.height)
    for page, text, size, y in _text_runs(pdf):
        assert MARGIN - 1 <= y <= height - MARGIN, (page, text, y)  # nothing runs off the paper


def test_a_long_list_of_names_continues_in_the_next_column_or_page():
    views = [_view(f"Groep {n}", at=time(9 + n), capacity=40, confirmed=40) for n in range(3)]
    names = [f"Deelnemer{k:02d}" for k in range(40)]
    people = {v.id: [Participant(name) for name in names] + [Participant("Wachtende", waiting=True)] for v in views}
    pdf = render_schedule(views, MONDAY, "x", "en", participants=people)

    text = pdf_text(pdf).replace("\n", " ")
    for name in names:
        assert text.count(name) == 3
    assert text.count("(continued)") >= 1
    assert text.count("1. Wachtende".replace(" ", "\u00a0")) + text.count("1. Wachtende") == 3


def test_the_body_of_the_schedule_is_large_print(demo_database: Database):
    views, people = _demo_week(demo_database, staff=True)
    for pdf in (render_schedule(views, MONDAY, "x", "en"), render_schedule(views, MONDAY, "x", "en", people)):
        body = [(text, size) for _, text, size, y in _text_runs(pdf) if MARGIN + FOOTER < y < COLUMN_TOP]
        assert body
        assert min(size for _, size in body) >= 14, [r for r in body if r[1] < 14]


def test_an_empty_week_and_a_weekend_day():
    empty = pdf_text(render_schedule([], MONDAY, "x", "en"))
    assert empty.count("Nothing planned") == 5 and "Saturday" not in empty
    saturday = pdf_text(render_schedule([_view("Repair café", day=5, pictogram="no_such_pictogram")], MONDAY, "x", "en"))
    assert "Saturday" in saturday and "Repair café" in saturday and "Sunday" not in saturday


def test_dutch_is_the_default_language_and_falls_back_to_the_source_words(demo_database: Database):
    views, _ = _demo_week(demo_database)
    text = pdf_text(render_schedule(views, MONDAY, "'t Trefpuntje"))
    assert "Naaiatelier" in text and "14:00" in text


def test_a_busy_day_takes_room_from_quiet_days_before_it_takes_a_second_page():
    busy = [_view(f"Activiteit {n}", at=time(9 + n)) for n in range(6)]
    pdf = render_schedule(busy, MONDAY, "'t Trefpuntje", "en")

    pages = pdf_pages_text(pdf)
    assert len(pages) == 1
    assert all(f"Activiteit {n}" in pages[0] for n in range(6))

"""``trefpuntje hours ...`` and the hours print commands as a coordinator types them."""

from __future__ import annotations

import csv
import json
from datetime import date

from tests.test_cli import assert_clear_failure, run


def _member_id(db: str, first_name: str) -> str:
    members = json.loads(run("--db", db, "member", "list", "--json").stdout)
    return next(m["id"] for m in members if m["first_name"] == first_name)


def test_export_overview_and_paper_on_the_demo(tmp_path):
    db = str(tmp_path / "centrum.sqlite3")
    year = str(date.today().year)
    assert run("--db", db, "demo").returncode == 0
    exported = run("--db", db, "hours", "export", "--year", year, "-o", str(tmp_path / "hours.csv"), env_lang="en")
    assert exported.returncode == 0 and "Saved in" in exported.stdout, exported.stderr
    rows = list(csv.DictReader((tmp_path / "hours.csv").open(encoding="utf-8")))
    assert {"Koffiehoek", "Weggeefwinkel", "Koken"} <= {r["task"] for r in rows}
    assert all(r["month"].startswith(year) and int(r["minutes"]) > 0 for r in rows)
    detail = run("--db", db, "hours", "export", "--year", year, "--detail", "-o", str(tmp_path / "detail.csv"))
    assert detail.returncode == 0 and (tmp_path / "detail.csv").stat().st_mode & 0o077 == 0  # it names people

    overview = json.loads(run("--db", db, "hours", "overview", "--year", year, "--json").stdout)
    assert overview["active_volunteers"] >= 5 and overview["total_minutes"] > 0
    assert (overview["waiting_for_approval"], overview["flagged"]) == (1, 1)
    assert overview["visitors"] > overview["visitors_who_also_give"] > 0
    plain = run("--db", db, "hours", "overview", "--year", year, env_lang="en")
    assert "Visitors who also volunteer or cook" in plain.stdout

    ahmed = _member_id(db, "Ahmed")
    printed = run("--db", db, "print", "hours", ahmed, "--year", year, "-o", str(tmp_path / "hours.pdf"))
    assert printed.returncode == 0, printed.stderr
    thanked = run("--db", db, "print", "certificate", ahmed, "--year", year, "-o", str(tmp_path / "cert.pdf"))
    assert thanked.returncode == 0 and (tmp_path / "cert.pdf").read_bytes().startswith(b"%PDF")
    nel = _member_id(db, "Nel")  # a visitor: no hours, no certificate
    assert_clear_failure(run("--db", db, "print", "certificate", nel, "-o", str(tmp_path / "nel.pdf"), env_lang="en"),
                         "no counted hours")
    assert not (tmp_path / "nel.pdf").exists()


def test_caps_are_shown_set_per_year_and_refused_when_half_given(tmp_path):
    db = str(tmp_path / "centrum.sqlite3")
    shown = run("--db", db, "hours", "caps", "2025", env_lang="en")
    assert shown.returncode == 0 and "€5.60 an hour (€3.30 under 21), €210.00 a month, €2,100.00 a year" in shown.stdout
    assert "Not set for 2030: these are the figures of 2025" in run("--db", db, "hours", "caps", "2030",
                                                                   env_lang="en").stdout
    set_ = run("--db", db, "hours", "caps", "2030", "--per-hour", "6,10", "--per-hour-under-21", "3,60",
               "--per-month", "230", "--per-year", "2300", "--source", "belastingdienst.nl", env_lang="en")
    assert set_.returncode == 0 and "€6.10 an hour" in set_.stdout and "€2,300.00 a year" in set_.stdout
    assert "Not set" not in set_.stdout
    assert_clear_failure(run("--db", db, "hours", "caps", "2031", "--per-hour", "6", env_lang="en"), "all four caps")
    assert_clear_failure(run("--db", db, "hours", "caps", "2031", "--per-hour", "zes"), "5,60")
    assert_clear_failure(run("--db", db, "hours", "export", "-o", str(tmp_path / "nergens" / "x.csv"), env_lang="en"),
                         "does not exist")

"""The ``trefpuntje`` command as a person types it: real processes, real files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from trefpuntje import __version__


def run(*args: str, env_lang: str = "nl", stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ, "TREFPUNTJE_LANG": env_lang, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "trefpuntje", *args], capture_output=True, text=True,
                          env=env, input=stdin, timeout=120)


def assert_clear_failure(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr + result.stdout
    for word in words:
        assert word in result.stderr


def test_version_and_help_for_every_command():
    assert run("--version").stdout.strip() == f"trefpuntje {__version__}"
    main_help = run("--help")
    assert main_help.returncode == 0
    for word in ("--db", "--database-url", "--windowed", "--kiosk", "--station", "demo", "setup", "settings", "member"):
        assert word in main_help.stdout
    for command in (["demo"], ["setup"], ["settings"], ["member"], ["member", "list"], ["member", "add"], ["upgrade"]):
        result = run(*command, "--help")
        assert result.returncode == 0 and "usage: trefpuntje" in result.stdout, command


def test_demo_fills_once_prints_the_pin_and_refuses_a_second_time(tmp_path):
    db = tmp_path / "centrum.sqlite3"
    first = run("--db", str(db), "demo")
    assert first.returncode == 0, first.stderr
    assert "Pincode van de voorbeeldcoördinator: 1234" in first.stdout
    assert "40 leden" in first.stdout
    before = db.read_bytes()
    again = run("--db", str(db), "demo")
    assert_clear_failure(again, "--force", "Er is niets veranderd")
    assert db.read_bytes() == before
    forced = run("--db", str(db), "demo", "--force", env_lang="en")
    assert forced.returncode == 0 and "Demo coordinator PIN: 1234" in forced.stdout


def test_database_location_follows_env_and_flags(tmp_path, monkeypatch):
    via_env = tmp_path / "env.sqlite3"
    monkeypatch.setenv("TREFPUNTJE_DB", str(via_env))
    assert run("member", "add", "--first-name", "Nel").returncode == 0
    assert via_env.exists()
    url_db = tmp_path / "url.sqlite3"
    monkeypatch.setenv("TREFPUNTJE_DATABASE_URL", f"sqlite:///{url_db}")
    assert run("member", "add", "--first-name", "Suus").returncode == 0
    assert url_db.exists()
    flagged = tmp_path / "flag.sqlite3"
    assert run("--db", str(flagged), "member", "add", "--first-name", "Ahmed").returncode == 0
    names = lambda path: [r[0] for r in sqlite3.connect(path).execute("SELECT first_name FROM member")]  # noqa: E731
    assert (names(via_env), names(url_db), names(flagged)) == (["Nel"], ["Suus"], ["Ahmed"])


def test_default_database_lives_in_the_user_data_folder(tmp_path):
    assert run("member", "add", "--first-name", "Riet").returncode == 0
    assert (tmp_path / "xdg-data" / "trefpuntje" / "trefpuntje.sqlite3").exists()


def test_member_add_prints_the_id_and_list_json_shows_it(tmp_path):
    db = str(tmp_path / "m.sqlite3")
    added = run("--db", db, "member", "add", "--first-name", "Fatima", "--role", "cook", "--role", "visitor")
    member_id = added.stdout.strip()
    listed = json.loads(run("--db", db, "member", "list", "--json").stdout)
    assert listed == [{"id": member_id, "first_name": "Fatima", "roles": ["cook", "visitor"]}]
    bad = run("--db", db, "member", "add", "--first-name", " ")
    assert_clear_failure(bad, "Een voornaam is nodig.")


def test_setup_creates_a_coordinator_and_settings_can_be_changed(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    setup = run("--db", db, "setup", "--first-name", "Ingrid", "--pin", "8642", env_lang="en")
    assert setup.returncode == 0 and "Ingrid" in setup.stdout
    assert_clear_failure(run("--db", db, "setup", "--first-name", "Ruud", "--pin", "12"), "4 tot 8 cijfers")
    assert run("--db", db, "settings", "idle_seconds", "120").stdout.strip() == "idle_seconds = 120"
    assert "idle_seconds = 120" in run("--db", db, "settings").stdout
    assert_clear_failure(run("--db", db, "settings", "idle_seconds", "3"), "idle_seconds")


@pytest.mark.parametrize("kind", ["parent is a file", "path is a folder"])
def test_a_database_path_that_cannot_be_written_is_refused_clearly(tmp_path, kind):
    blocker = tmp_path / "blocker"
    if kind == "parent is a file":
        blocker.write_text("not a folder")
        path = blocker / "trefpuntje.sqlite3"
    else:
        blocker.mkdir()
        path = blocker
    result = run("--db", str(path), "demo")
    assert_clear_failure(result, str(blocker))
    assert blocker.is_file() if kind == "parent is a file" else blocker.is_dir()


def test_a_file_that_is_not_a_database_is_refused_and_kept(tmp_path):
    notes = tmp_path / "boodschappen.txt"
    notes.write_text("melk, brood, koffie\n" * 50)
    before = notes.read_bytes()
    assert_clear_failure(run("--db", str(notes), "demo"), "geen Trefpuntje-database")
    assert notes.read_bytes() == before


def test_a_corrupt_database_is_refused_and_kept(tmp_path):
    db = tmp_path / "kapot.sqlite3"
    assert run("--db", str(db), "demo").returncode == 0
    with sqlite3.connect(db) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    page = 4096
    data[page + 100 : page * 3] = b"\xde\xad\xbe\xef" * ((page * 2 - 100) // 4)
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    assert_clear_failure(run("--db", str(db), "member", "list"), "beschadigd")
    assert db.read_bytes() == before


def test_a_database_from_a_newer_version_is_refused_with_a_clear_message(tmp_path):
    db = tmp_path / "nieuw.sqlite3"
    assert run("--db", str(db), "member", "add", "--first-name", "Nel").returncode == 0
    with sqlite3.connect(db) as plain:
        plain.execute("UPDATE alembic_version SET version_num = '0099'")
        plain.commit()
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db.read_bytes()
    result = run("--db", str(db), "member", "list", env_lang="en")
    assert_clear_failure(result, "newer version of Trefpuntje", "left untouched")
    assert db.read_bytes() == before
    assert_clear_failure(run("--db", str(db), env_lang="en"), "newer version")  # the window refuses it too
    assert db.read_bytes() == before


def test_window_start_names_the_debian_package_for_a_missing_library(tmp_path):
    fake_bin = tmp_path / "bin"
    fake_bin.mkdir()
    ldd = fake_bin / "ldd"
    ldd.write_text("#!/bin/sh\necho '\tlibxcb-cursor.so.0 => not found'\necho '\tlibc.so.6 => /lib/libc.so.6'\n")
    ldd.chmod(0o755)
    import os

    env = {**os.environ, "PATH": f"{fake_bin}:{os.environ['PATH']}", "DISPLAY": ":99", "QT_QPA_PLATFORM": "xcb"}
    result = subprocess.run([sys.executable, "-m", "trefpuntje", "--db", str(tmp_path / "x.sqlite3")],
                            capture_output=True, text=True, env=env, timeout=60)
    assert_clear_failure(result, "libxcb-cursor.so.0", "apt-get install libxcb-cursor0")


@pytest.mark.parametrize("name", ["c?d.sqlite3", "a#b.sqlite3", "50%25.sqlite3", "met spatie.sqlite3"])
def test_file_names_with_url_characters_are_used_as_they_are(tmp_path, name):
    assert run("--db", str(tmp_path / name), "member", "add", "--first-name", "Nel").returncode == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".sqlite3") == [name]


@pytest.mark.parametrize(("url", "words"), [("nonsense", "geen database-adres"),
                                            ("postgresql+nodriver://x/y", "nodriver")])
def test_a_bad_database_url_gets_a_clear_message(url, words):
    assert_clear_failure(run("--database-url", url, "member", "list"), words)


def test_demo_force_keeps_a_copy_of_what_it_deletes(tmp_path):
    db = tmp_path / "centrum.sqlite3"
    run("--db", str(db), "member", "add", "--first-name", "Echte Nel")
    forced = run("--db", str(db), "demo", "--force")
    assert forced.returncode == 0
    [copy] = (tmp_path / "before-upgrade").glob("*before-demo*.sqlite3")
    assert str(copy) in forced.stdout
    assert sqlite3.connect(copy).execute("SELECT first_name FROM member").fetchall() == [("Echte Nel",)]


def test_demo_refuses_a_database_holding_only_settings(tmp_path):
    db = str(tmp_path / "s.sqlite3")
    run("--db", db, "settings", "centre_name", "Buurthuis De Brug")
    assert_clear_failure(run("--db", db, "demo"), "--force")


def test_unlock_lifts_a_pin_lockout(tmp_path):
    db = str(tmp_path / "u.sqlite3")
    run("--db", db, "setup", "--first-name", "Ingrid", "--pin", "8642")
    assert run("--db", db, "unlock", env_lang="en").stdout.strip() == "Lockouts lifted: 0."


def test_a_foreign_sqlite_file_is_refused_without_touching_it(tmp_path):
    other = tmp_path / "adressen.sqlite3"
    with sqlite3.connect(other) as plain:
        plain.execute("CREATE TABLE adres (naam TEXT)")
        plain.execute("INSERT INTO adres VALUES ('Buurvrouw')")
    plain.close()
    before = other.read_bytes()
    assert_clear_failure(run("--db", str(other), "member", "list"), "niet van Trefpuntje")
    assert other.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["adressen.sqlite3"]  # no -wal, no -shm
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_backup_check_and_restore_round_trip(tmp_path):
    db = tmp_path / "centrum.sqlite3"
    run("--db", str(db), "demo")
    backup_file = tmp_path / "usb" / "trefpuntje-2026-11-28.sqlite3"
    backup_file.parent.mkdir()
    made = run("--db", str(db), "backup", "-o", str(backup_file), env_lang="en")
    assert made.returncode == 0 and "checked" in made.stdout
    assert_clear_failure(run("--db", str(db), "backup", "-o", str(backup_file)), "bestaat al")
    run("--db", str(db), "member", "add", "--first-name", "Na de backup")
    checked = run("--db", str(backup_file), "check", env_lang="en")
    assert checked.returncode == 0 and "Integrity: ok" in checked.stdout and "member" in checked.stdout
    restored = run("--db", str(db), "restore", str(backup_file), env_lang="en")
    assert restored.returncode == 0
    names = [r[0] for r in sqlite3.connect(db).execute("SELECT first_name FROM member")]
    assert "Na de backup" not in names and "Nel" in names
    [aside] = (tmp_path / "before-upgrade").glob("*before-restore*")
    assert "Na de backup" in [r[0] for r in sqlite3.connect(aside).execute("SELECT first_name FROM member")]


def test_restore_refuses_what_is_not_a_trefpuntje_database(tmp_path):
    db = tmp_path / "centrum.sqlite3"
    run("--db", str(db), "member", "add", "--first-name", "Nel")
    other = tmp_path / "foto.jpg"
    other.write_bytes(b"\xff\xd8\xff" + b"0" * 5000)
    before = db.read_bytes()
    assert_clear_failure(run("--db", str(db), "restore", str(other)), "geen Trefpuntje-database")
    assert db.read_bytes() == before


def test_check_fails_on_a_damaged_database(tmp_path):
    db = tmp_path / "kapot.sqlite3"
    run("--db", str(db), "demo")
    with sqlite3.connect(db) as plain:
        plain.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[4096 * 2: 4096 * 3] = b"\x13" * 4096
    db.write_bytes(bytes(data))
    assert run("--db", str(db), "check").returncode != 0


def test_member_export_and_erase(tmp_path):
    db = str(tmp_path / "p.sqlite3")
    member_id = run("--db", db, "member", "add", "--first-name", "Truus").stdout.strip()
    export = tmp_path / "truus.json"
    assert run("--db", db, "member", "export", member_id, "-o", str(export)).returncode == 0
    assert json.loads(export.read_text(encoding="utf-8"))["member"]["first_name"] == "Truus"
    assert export.stat().st_mode & 0o077 == 0
    assert run("--db", db, "member", "erase", member_id).returncode == 0
    assert json.loads(run("--db", db, "member", "list", "--json").stdout) == []  # nobody left to list
    with sqlite3.connect(tmp_path / "p.sqlite3") as plain:
        assert plain.execute("SELECT first_name, last_name FROM member").fetchall() == [("\u2014", None)]
    sheet = tmp_path / "sheet.pdf"
    assert "niets geprint" in run("--db", db, "print", "cards", "--new", "-o", str(sheet)).stdout  # no card for the erased
    assert_clear_failure(run("--db", db, "member", "erase", "not-an-id"), "geen lid-id")

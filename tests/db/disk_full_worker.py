"""Run by test_disk_full.py inside a user namespace, on a 2 MB tmpfs mounted at argv[1]:
fill the file system to the last byte, then write, read and make room."""

from __future__ import annotations

import sys
from pathlib import Path

from trefpuntje.core.errors import DiskFull
from trefpuntje.core.members import add_member, list_members
from trefpuntje.db.migrate import open_database


def main(folder: Path) -> None:
    database = open_database(f"sqlite:///{folder / 'trefpuntje.sqlite3'}").database
    saved = []
    for number in range(20):
        with database.write() as session:
            saved.append(add_member(session, first_name=f"Buur {number}").first_name)
    ballast = folder / "ballast"
    with ballast.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass  # the file system is full
    try:
        for number in range(20, 2000):
            with database.write() as session:
                for extra in range(20):  # a unit of work of twenty neighbours: all or none
                    add_member(session, first_name=f"Buur {number}-{extra}")
            saved += [f"Buur {number}-{extra}" for extra in range(20)]
        raise AssertionError("the file system never filled up")
    except DiskFull:
        print("disk full: nothing was saved")
    with database.read() as session:
        assert sorted(m.first_name for m in list_members(session)) == sorted(saved)
    print("read after the disk filled: all saved neighbours are there")
    ballast.unlink()
    with database.write() as session:
        add_member(session, first_name="Na het opruimen")
    print("written again after making room")
    database.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1]))

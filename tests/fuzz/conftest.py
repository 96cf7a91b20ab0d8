"""Fuzzing the services: how many examples ran and how often each service entry point
was called, summed up at the end of the run (the note on issue 8 reports it)."""

from __future__ import annotations

from tests.fuzz.helpers import CALLS, EXAMPLES


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if not EXAMPLES:
        return
    terminalreporter.write_sep(
        "-", f"fuzz examples run: {sum(EXAMPLES.values())} ({sum(CALLS.values())} calls of {len(CALLS)} service "
             f"entry points)")
    for name, count in sorted(CALLS.items()):
        terminalreporter.write_line(f"{count:6d}  {name}")

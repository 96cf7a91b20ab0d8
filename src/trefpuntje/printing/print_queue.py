"""Sending a PDF to a printer through the system print queue (CUPS, with ``lp``).

CUPS turns the PDF into whatever the printer speaks, so any printer that works on the
machine works here. What a person can get wrong (no print system, a printer name that
does not exist, no default printer) raises a ``PrintError`` with a translatable
message; nothing is sent then.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess

from trefpuntje.core.errors import DomainError
from trefpuntje.core.i18n import QT_TRANSLATE_NOOP

TIMEOUT_SECONDS = 60
_JOB_ID = re.compile(r"request id is (\S+)")


class PrintError(DomainError):
    """The page could not be handed to the print queue."""


class PrintingUnavailable(PrintError):
    pass


class UnknownPrinter(PrintError):
    pass


class NoDefaultPrinter(PrintError):
    pass


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise PrintingUnavailable(QT_TRANSLATE_NOOP(
            "errors", "Printing is not possible: this computer has no print system (CUPS). Ask for it to be installed."))
    return path


def _lpstat(*args: str) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([_tool("lpstat"), *args], capture_output=True, text=True, timeout=TIMEOUT_SECONDS,
                            env={**os.environ, "LC_ALL": "C"})  # its messages are parsed below
    if "scheduler is not running" in (result.stderr + result.stdout).lower():
        raise PrintingUnavailable(QT_TRANSLATE_NOOP(
            "errors", "Printing is not possible: the print system (CUPS) is not running. Restarting the computer usually helps."))
    return result


def _require_scheduler() -> None:
    # Without a running cupsd, ``lpstat -e`` lists nothing and ``lp`` blames the printer.
    _lpstat("-r")


def printers() -> list[str]:
    """The names of the print queues on this computer."""
    _require_scheduler()
    return [line.split()[0] for line in _lpstat("-e").stdout.splitlines() if line.strip()]


def default_printer() -> str | None:
    """The printer ``lp`` uses when none is named, or None: $LPDEST, $PRINTER, then
    the system's default destination."""
    for variable in ("LPDEST", "PRINTER"):
        if value := os.environ.get(variable, "").strip():
            return value
    _require_scheduler()
    match = re.search(r"system default destination:\s*(\S+)", _lpstat("-d").stdout)
    return match.group(1) if match else None


def print_pdf(pdf: bytes, printer: str | None = None, title: str = "Trefpuntje", copies: int = 1) -> str:
    """Queue ``pdf`` on ``printer`` (or the default printer); returns the CUPS job id,
    for example ``office-42``."""
    lp = _tool("lp")
    target = printer or default_printer()
    if target is None:
        raise NoDefaultPrinter(QT_TRANSLATE_NOOP(
            "errors", "There is no default printer. Name a printer, or make one the default in the printer settings."))
    if target not in printers():
        raise UnknownPrinter(QT_TRANSLATE_NOOP("errors", "There is no printer called {printer}."), printer=target)
    result = subprocess.run([lp, "-d", target, "-t", title, "-n", str(max(1, copies)), "-"], input=pdf,
                            capture_output=True, timeout=TIMEOUT_SECONDS, env={**os.environ, "LC_ALL": "C"})
    output = result.stdout.decode(errors="replace")
    match = _JOB_ID.search(output)
    if result.returncode != 0 or match is None:
        reason = (result.stderr.decode(errors="replace") or output).strip().removeprefix("lp: ")
        raise PrintError(QT_TRANSLATE_NOOP("errors", "The printer {printer} did not take the job: {reason}"),
                         printer=target, reason=reason)
    return match.group(1)

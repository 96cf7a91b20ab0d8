"""Errors a person can cause. Each carries an English source message (translatable,
context ``errors``) and the values to fill in, so every front end can show it in the
person's language; ``str()`` gives the English text for logs."""

from __future__ import annotations

from typing import Any

from trefpuntje.core.i18n import translate

CONTEXT = "errors"


class DomainError(Exception):
    def __init__(self, message: str, **params: Any) -> None:
        self.message = message
        self.params = params
        super().__init__(message.format(**params))

    def translated(self, language: str) -> str:
        return translate(CONTEXT, self.message, language).format(**self.params)


class NotFound(DomainError):
    pass


class InvalidInput(DomainError):
    pass


class NotAllowed(DomainError):
    pass


class DiskFull(DomainError):
    """The disk, or the database's size limit, is full. The write was rolled back whole:
    nothing of it was saved, and everything saved before stays readable."""


class DatabaseUnreachable(DomainError):
    """The centre's database server cannot be reached, or the connection broke. The
    write was rolled back or never arrived: nothing of it was saved. Trying again
    later works once the server is back."""


class CommitUncertain(DomainError):
    """The connection to the centre's database broke while a write was being committed,
    and the server could not be asked afterwards whether it kept it. It may have been
    saved: the person must check before doing it again, or it may happen twice."""

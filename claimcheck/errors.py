"""The errors claimcheck raises for mistakes in its input or its use.

Every error a user can cause is a :class:`ClaimcheckError`; the CLI prints its message on one
line and exits with status 2. Anything else that escapes is a bug in claimcheck. What claimcheck
repairs or skips on its own (a legacy encoding, mojibake, an unreadable file in a folder) is a
:class:`ClaimcheckWarning`, issued with :mod:`warnings`; the CLI prints each on one line.

>>> try:
...     raise SourceError("empty source: nothing to check", path="news/a.txt")
... except ClaimcheckError as err:
...     print(err)
news/a.txt: empty source: nothing to check
"""

from __future__ import annotations

__all__ = [
    "ClaimFileError",
    "ClaimcheckError",
    "ClaimcheckWarning",
    "HeaderError",
    "ModelError",
    "OutputError",
    "SourceError",
    "StoreError",
    "UsageError",
]


class ClaimcheckError(Exception):
    """Root of every error caused by input or usage (never by a bug).

    Args:
        message: what is wrong and, where possible, what to do about it.
        path: the file concerned, if any; it prefixes the message.
        line: the 1-based line in that file, if known.
    """

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.path = path
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        return f"{where}{self.message}"


class SourceError(ClaimcheckError):
    """A source cannot be read or holds nothing to check (missing, binary, undecodable, empty)."""


class HeaderError(SourceError):
    """A source's metadata header or YAML front matter is malformed."""


class ClaimFileError(ClaimcheckError):
    """A hand-written claim file does not match the claim-file schema."""


class StoreError(ClaimcheckError):
    """A claim store file cannot be used (not a store, a newer schema, empty)."""


class UsageError(ClaimcheckError):
    """The library or the CLI was called with arguments that cannot work together."""


class ModelError(ClaimcheckError):
    """The spaCy English pipeline that extraction needs is not installed or cannot be loaded."""


class OutputError(ClaimcheckError):
    """A report cannot be written where it was asked to go."""


class ClaimcheckWarning(UserWarning):
    """Input that was read with a repair or skipped; the message names the file and what was done.

    Turn these into errors with ``warnings.simplefilter("error", ClaimcheckWarning)``.
    """

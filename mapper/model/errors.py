"""The one error a user sees when a map cannot be read or written."""

from __future__ import annotations


class MapFileError(Exception):
    """A file could not be read or written.

    ``str()`` is one line an owner can act on: ``FILE: PLACE: what is wrong``.
    """

    def __init__(self, file: str, reason: str, place: str = "") -> None:
        self.file = file
        self.place = place
        self.reason = reason
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.file] + ([self.place] if self.place else []) + [self.reason]
        return ": ".join(parts)

"""The one error a user sees when a map cannot be read or written."""

from __future__ import annotations

from mapper.i18n import translate


class MapFileError(Exception):
    """A file could not be read or written.

    ``str()`` is one line an owner can act on: ``FILE: PLACE: what is wrong``, with the
    separator of the language the message was made in (French "FILE : ...", Chinese "FILE：...").
    """

    def __init__(self, file: str, reason: str, place: str = "") -> None:
        self.file = file
        self.place = place
        self.reason = reason
        #: Chosen now: the message is often printed after its language's scope has ended.
        self.joint = translate("MapFile", "{before}: {after}")
        super().__init__(str(self))

    def __str__(self) -> str:
        parts = [self.file] + ([self.place] if self.place else []) + [self.reason]
        text = parts[-1]
        for part in reversed(parts[:-1]):
            text = self.joint.format(before=part, after=text)
        return text

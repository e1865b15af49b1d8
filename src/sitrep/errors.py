"""One exception family for sitrep, with stable codes users can search for."""

from __future__ import annotations


class SitrepError(Exception):
    """Base class. ``code`` is stable across releases; the message names the record at fault."""

    code = "E000"

    def __init__(self, message: str, *, record: str | None = None) -> None:
        self.record = record
        where = f"{record}: " if record else ""
        super().__init__(f"[{self.code}] {where}{message}")


class EmptyRecord(SitrepError):
    code = "E001"


class BinaryRecord(SitrepError):
    code = "E002"


class UndecodableRecord(SitrepError):
    code = "E003"


class MalformedRecord(SitrepError):
    """A JSON line that is not JSON, a CSV row without text, a field of the wrong type."""

    code = "E004"


class BadDate(SitrepError):
    code = "E005"


class RecordTooLarge(SitrepError):
    code = "E006"


class InputNotFound(SitrepError):
    code = "E007"


class ModelNotAvailable(SitrepError):
    code = "E010"


class DataFileError(SitrepError):
    code = "E020"

"""The reader/writer protocol shared by every format."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, ClassVar

from tanqih.linter.config import Config
from tanqih.linter.document import Document


class InputError(Exception):
    """A file or record cannot be read or parsed (exit 2; the file is left untouched)."""

    def __init__(
        self, path: str, message: str, record: int | None = None, offset: int | None = None
    ):
        self.path = path
        self.record = record
        self.offset = offset
        where = path
        if record is not None:
            where += f":{record}"
        if offset is not None:
            where += f" (offset {offset})"
        super().__init__(f"{where}: {message}")
        self.message = message


class SkipFile(Exception):
    """A file that is not checked, with a warning (binary, FIFO, device): not an error."""

    def __init__(self, path: str, reason: str):
        self.path = path
        super().__init__(f"{path}: {reason}, skipped")


BINARY_SNIFF = 8000  # as git: a NUL byte in the first 8000 bytes makes a file binary


def looks_binary(path: Path) -> bool:
    with path.open("rb") as fh:
        return b"\x00" in fh.read(BINARY_SNIFF)


@dataclass(slots=True)
class Record:
    """One document of a file plus what the writer needs to reproduce it byte-exactly."""

    doc: Document
    raw: object = None  # format-specific (the raw line bytes for JSONL, ...)
    # A blank line of a JSONL file: written back as it is, neither checked nor counted.
    blank: bool = False


class Writer:
    """Writes records back; ``new_text`` None means the record is unchanged."""

    def write(self, record: Record, new_text: str | None) -> None:  # pragma: no cover
        raise NotImplementedError

    def close(self) -> None:
        pass


class Source:
    """A file in one format. ``records()`` streams; ``writer(out)`` writes a fixed copy."""

    suffixes: ClassVar[tuple[str, ...]] = ()
    # Whether a unified diff of the file is meaningful (text formats).
    diffable: ClassVar[bool] = True
    # Text formats are skipped as binary when a NUL byte shows in their first 8000 bytes;
    # binary formats (compressed JSONL, Parquet) set this to False.
    sniff_binary: ClassVar[bool] = True

    def __init__(self, path: Path, config: Config, display: str | None = None) -> None:
        self.path = path
        self.config = config
        self.display = display or str(path)

    def records(self) -> Iterator[Record]:  # pragma: no cover
        raise NotImplementedError

    def writer(self, out: BinaryIO) -> Writer:  # pragma: no cover
        raise NotImplementedError

    def decode(self, data: bytes, record: int | None = None) -> str:
        """Decode bytes in the configured encoding; errors name the file, record and offset."""
        try:
            return data.decode(self.config.encoding)
        except UnicodeDecodeError as exc:
            raise InputError(
                self.display,
                f"invalid {self.config.encoding} at byte {exc.start}: {exc.reason}"
                + (
                    " (if the file is in another encoding, give it: --encoding cp1256)"
                    if self.config.encoding.replace("-", "").lower() == "utf8"
                    else ""
                ),
                record,
            ) from None
        except LookupError:
            raise InputError(self.display, f"unknown encoding '{self.config.encoding}'") from None

    def encode(self, text: str, record: int | None = None) -> bytes:
        try:
            return text.encode(self.config.encoding)
        except UnicodeEncodeError as exc:
            raise InputError(
                self.display,
                f"fixed text cannot be written in {self.config.encoding} at "
                f"offset {exc.start}: {exc.reason}",
                record,
            ) from None

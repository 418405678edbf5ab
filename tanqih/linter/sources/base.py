"""The reader/writer protocol shared by every format."""

from __future__ import annotations

import codecs
import functools
import re
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
    # With several text fields a file record gives one Record per field, in order; the
    # writer writes the file record when its last one comes.
    last: bool = True


@functools.lru_cache(maxsize=32)
def single_byte(encoding: str) -> bool:
    """Whether an encoding maps every byte to one character (cp1256, latin-1, cp1252 ...):
    such a decoder accepts UTF-8 bytes silently. False for UTF-8, UTF-16, GB18030 ...,
    and for an unknown name (reported when the file is decoded)."""
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return False
    if name.startswith(("utf-8", "utf_8", "utf-16", "utf-32", "utf-7")):
        return False
    high = bytes(range(0x80, 0x100))
    return len(high.decode(name, errors="replace")) == len(high)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def cr_only(sample: bytes) -> bool:
    """Whether a file whose first bytes are ``sample`` ends its lines with a bare CR
    (classic Mac OS, Excel "CSV (Macintosh)"): its first line end is a CR not followed by
    LF. Files with LF or CRLF line ends are read as before."""
    cr = sample.find(b"\r")
    if cr == -1:
        return False
    lf = sample.find(b"\n", 0, cr + 2)
    return lf == -1


_LINE_END = re.compile(rb"\r\n?|\n")


def split_cr_lines(fh, size: int = 1 << 16) -> Iterator[bytes]:
    """Physical lines of a binary stream where a bare CR, LF or CRLF ends a line; each
    line keeps its line end (joined, they are the stream's bytes)."""
    buf = bytearray()
    scan = 0  # where to look for the next line end (the bytes before hold none)
    while True:
        chunk = fh.read(size)
        if not chunk:
            break
        buf += chunk
        start = 0
        for m in _LINE_END.finditer(buf, scan):
            if m.end() == len(buf) and m.group() == b"\r":
                break  # a CR at the end of the buffer: its LF may come in the next chunk
            yield bytes(buf[start : m.end()])
            start = m.end()
        del buf[:start]
        scan = max(0, len(buf) - 1)
    if buf:
        yield bytes(buf)


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
        """Decode bytes in the configured encoding; errors name the file, record and offset.

        Under a legacy single-byte encoding (cp1256, latin-1 ...), bytes that are UTF-8 (a
        UTF-8 byte order mark, or multi-byte UTF-8 sequences that decode cleanly) are an
        input error: they would decode without complaint into mojibake, which the safe
        fixes would then "repair" and write back in the legacy encoding.
        """
        if single_byte(self.config.encoding) and not data.isascii():
            bom = data.startswith(codecs.BOM_UTF8)
            if bom or _is_utf8(data):
                why = (
                    "it starts with a UTF-8 byte order mark"
                    if bom
                    else "its non-ASCII bytes are valid multi-byte UTF-8"
                )
                enc = self.config.encoding
                raise InputError(
                    self.display,
                    f"looks like UTF-8 ({why}), not {enc}; left unchanged: drop --encoding "
                    f"{enc} (or `encoding` in the config) or pass --encoding utf-8",
                    record,
                )
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

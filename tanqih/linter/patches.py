"""Unified diffs and atomic file writes."""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

NO_NEWLINE = "\\ No newline at end of file\n"


def unified_diff(old: str, new: str, rel_path: str) -> str:
    """A unified diff that ``git apply`` and ``patch -p1`` accept (CRLF and no-EOL kept)."""
    if old == new:
        return ""
    # str.splitlines also splits at \r, \x0b, \u2028 ...: split at \n only, as git does.
    a = _split_lf(old)
    b = _split_lf(new)
    out = [f"diff --git a/{rel_path} b/{rel_path}\n"]
    for line in difflib.unified_diff(a, b, f"a/{rel_path}", f"b/{rel_path}", n=3, lineterm="\n"):
        if line.startswith(("---", "+++")):
            out.append(line if line.endswith("\n") else line + "\n")
            continue
        if not line.endswith("\n"):
            out.append(line + "\n" + NO_NEWLINE)
        else:
            out.append(line)
    return "".join(out)


def _split_lf(text: str) -> list[str]:
    parts = text.split("\n")
    lines = [p + "\n" for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


@contextlib.contextmanager
def atomic_writer(path: Path) -> Iterator[BinaryIO]:
    """Write to a temp file in the same folder, fsync, keep the mode, rename over ``path``.

    If the block raises, the temp file is removed and ``path`` is untouched.
    """
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name}.tanqih-{os.getpid()}-", suffix=".tmp", dir=path.parent
    )
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            pass
        os.replace(tmp, path)
        with contextlib.suppress(OSError):
            dir_fd = os.open(path.parent, os.O_RDONLY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

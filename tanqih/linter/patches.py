"""Unified diffs and atomic file writes."""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import shutil
import signal
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
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


# Temp files of tanqih writers: ".NAME.tanqih-PID-RANDOM.tmp" (or ".part" for chunked output).
TEMP_RE = re.compile(r"^\.(?P<name>.+)\.tanqih-(?P<pid>\d+)-[^.]*\.(?:tmp|part)$")


class ConcurrentChange(Exception):
    """The file changed on disk between reading and writing (another process wrote it)."""


@dataclass(frozen=True)
class Snapshot:
    """What a file was when it was read: a later write is refused if it no longer is."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Snapshot:
        st = path.stat()
        return cls(st.st_ino, st.st_size, st.st_mtime_ns)


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_CLEANED: set[Path] = set()


def _sweep(folder: Path, own_too: bool) -> list[Path]:
    """Remove the temp files in ``folder`` whose owner process is gone, and with
    ``own_too`` this process's own."""
    me = os.getpid()
    removed = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        m = TEMP_RE.match(name)
        if m is None:
            continue
        pid = int(m.group("pid"))
        if (own_too and pid == me) or not _pid_alive(pid):
            with contextlib.suppress(OSError):
                os.unlink(folder / name)
                removed.append(folder / name)
    return removed


def remove_stale_temps(folder: Path) -> list[Path]:
    """Remove temp files left in ``folder`` by tanqih processes that are gone (killed).

    A temp file's name carries its owner's process id; a live run's files are never
    touched. Each folder is swept once per process.
    """
    folder = folder.resolve()
    if folder in _CLEANED:
        return []
    _CLEANED.add(folder)
    return _sweep(folder, own_too=False)


def remove_dead_temps(folder: Path) -> list[Path]:
    """Remove the temp files in ``folder`` whose owner process is gone, now (after the
    workers of a pool were stopped), even if the folder was swept before."""
    return _sweep(folder.resolve(), own_too=False)


def remove_own_temps() -> list[Path]:
    """After an interrupt: remove this process's temp files, and those of dead ones, in
    every folder it wrote to. A signal can land between the creation of a temp file and
    the ``try`` that would remove it; nothing of this process runs any more then."""
    return [path for folder in sorted(_CLEANED) for path in _sweep(folder, own_too=True)]


@contextlib.contextmanager
def _folder_lock(folder: Path) -> Iterator[None]:
    """An exclusive lock on the folder (flock on its fd) while a write is checked and renamed."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _hard_linked(path: Path) -> bool:
    try:
        return path.stat().st_nlink > 1
    except OSError:
        return False


@contextlib.contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C, SIGTERM and SIGHUP until the block is done (they are delivered then)."""
    sigs = {signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)}
    try:
        old = signal.pthread_sigmask(signal.SIG_BLOCK, sigs)
    except (AttributeError, OSError, ValueError):  # pragma: no cover - not POSIX
        yield
        return
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _overwrite_in_place(tmp: str | Path, path: Path) -> None:
    """Copy the written temp file into ``path``'s own inode, then drop the temp file.

    A file with other hard links would be split from them by a rename (they would keep
    the old text), so it is rewritten where it is, as ruff and editors do. The new text
    is complete and synced in the temp file first, and the copy runs with interrupts
    held, so only a crash of the machine mid-copy can leave the file half-written.
    """
    with _signals_deferred():
        with open(tmp, "rb") as src, open(path, "r+b") as dst:
            shutil.copyfileobj(src, dst, 1 << 20)
            dst.truncate()
            dst.flush()
            os.fsync(dst.fileno())
        os.unlink(tmp)


def replace_checked(tmp: str | Path, path: Path, expect: Snapshot | None = None) -> None:
    """Rename the written temp file ``tmp`` over ``path``: under a folder lock and, with
    ``expect``, only if ``path`` is still what was read (compare-and-swap; otherwise
    :class:`ConcurrentChange`); then fsync the folder so that the rename is durable."""
    with _folder_lock(path.parent):
        if expect is not None and Snapshot.of(path) != expect:
            raise ConcurrentChange(f"{path}: changed on disk while it was being fixed")
        if _hard_linked(path):
            _overwrite_in_place(tmp, path)
        else:
            os.replace(tmp, path)
    with contextlib.suppress(OSError):
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


@contextlib.contextmanager
def atomic_writer(path: Path, expect: Snapshot | None = None) -> Iterator[BinaryIO]:
    """Write to a temp file in the same folder, fsync, keep the mode, rename over ``path``
    (a file with other hard links is rewritten in place from the temp file instead).

    If the block raises, the temp file is removed and ``path`` is untouched. With
    ``expect``, the rename happens under a folder lock and only if the file is still what
    was read (compare-and-swap); otherwise :class:`ConcurrentChange` is raised and the
    file keeps the other writer's content.
    """
    remove_stale_temps(path.parent)
    fd, tmp = tempfile.mkstemp(
        prefix=f".{path.name[:80]}.tanqih-{os.getpid()}-", suffix=".tmp", dir=path.parent
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
        replace_checked(tmp, path, expect)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise

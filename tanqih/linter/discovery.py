"""Which files to check: folders walked with include / exclude globs and ``.gitignore``.

- Folders are walked for files that have a reader (``*.txt *.md *.jsonl *.ndjson`` ...) and,
  when ``include`` is set, match one of its globs. Hidden files and folders are skipped.
- ``exclude`` globs (in addition to a built-in list of version-control, virtualenv and
  cache folders) skip files and whole folders while walking.
- ``.gitignore`` files (from the repository root down, plus ``.git/info/exclude``) are
  respected while walking unless ``respect-gitignore = false``.
- A file named explicitly (as pre-commit does) is always checked, unless
  ``--force-exclude`` (or ``force-exclude = true``) is on: then ``exclude`` applies to it
  too, as ruff's ``--force-exclude`` does. The published pre-commit hooks pass it.
- A file reached twice (``a.txt ./a.txt``, a folder and a file in it) is checked once.

Globs are relative to the folder of the config file that applies (the current folder
when there is none). A glob without ``/`` matches a file or folder name at any depth
(``drafts``, ``*.md``); a glob with ``/`` matches the path from that folder
(``corpus/raw/**``, ``data/*.jsonl``). ``**`` crosses folders, ``*`` does not.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from tanqih.linter.config import Config, ConfigResolver
from tanqih.linter.sources import source_for

DEFAULT_EXCLUDE = (
    ".git",
    ".hg",
    ".svn",
    ".bzr",
    ".venv",
    "venv",
    ".tox",
    ".nox",
    "node_modules",
    "__pycache__",
    "__pypackages__",
    "site-packages",
    ".tanqih_cache",
)


@functools.lru_cache(maxsize=512)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i, n = 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "*":
            if pattern[i : i + 3] == "**/":
                out.append("(?:.*/)?")
                i += 3
                continue
            if pattern[i : i + 2] == "**":
                out.append(".*")
                i += 2
                continue
            out.append("[^/]*")
        elif c == "?":
            out.append("[^/]")
        elif c == "[":
            j = pattern.find("]", i + 2)
            if j == -1:
                out.append(re.escape(c))
            else:
                body = pattern[i + 1 : j]
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j
        else:
            out.append(re.escape(c))
        i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, rel: str) -> bool:
    """Match a posix path relative to the config folder against one glob (see module doc)."""
    pattern = pattern.strip()
    if pattern.startswith("./"):
        pattern = pattern[2:]
    pattern = pattern.rstrip("/") or pattern
    parts = [p for p in rel.split("/") if p]
    if "/" not in pattern.lstrip("/"):
        rx = _glob_regex(pattern.lstrip("/"))
        if pattern.startswith("/"):
            return bool(parts) and bool(rx.match(parts[0]))
        return any(rx.match(p) for p in parts)
    rx = _glob_regex(pattern.lstrip("/"))
    # A folder pattern excludes everything below it: try every leading sub-path.
    return any(rx.match("/".join(parts[:k])) for k in range(1, len(parts) + 1))


def relative_to_config(path: Path, cfg: Config) -> str:
    base = cfg.root if cfg.root is not None else Path.cwd()
    try:
        rel = os.path.relpath(os.path.abspath(path), os.path.abspath(base))
    except ValueError:
        rel = os.path.abspath(path)
    return Path(rel).as_posix()


def _inside(rel: str) -> bool:
    return not rel.startswith("../") and rel != ".."


def is_excluded(path: Path, cfg: Config) -> bool:
    rel = relative_to_config(path, cfg)
    if not _inside(rel):
        # outside the config folder: only names can match
        rel = Path(os.path.abspath(path)).name
    for pattern in (*DEFAULT_EXCLUDE, *cfg.exclude):
        if glob_match(pattern, rel):
            return True
    return False


def is_included(path: Path, cfg: Config) -> bool:
    if not cfg.include:
        return True
    rel = relative_to_config(path, cfg)
    if not _inside(rel):
        rel = path.name
    return any(glob_match(p, rel) or glob_match(p, path.name) for p in cfg.include)


class GitIgnore:
    """``.gitignore`` rules from the repository root down to each folder (deepest wins)."""

    def __init__(self) -> None:
        self._specs: dict[Path, list] = {}
        self._roots: dict[Path, Path | None] = {}

    def _git_root(self, folder: Path) -> Path | None:
        if folder in self._roots:
            return self._roots[folder]
        root = None
        for p in (folder, *folder.parents):
            if (p / ".git").exists():
                root = p
                break
        self._roots[folder] = root
        return root

    def _spec_of(self, folder: Path, extra: Path | None = None):
        import pathspec

        lines: list[str] = []
        for f in (extra, folder / ".gitignore"):
            if f is not None and f.is_file():
                try:
                    lines.extend(f.read_text(encoding="utf-8", errors="replace").splitlines())
                except OSError:
                    pass
        return pathspec.GitIgnoreSpec.from_lines(lines) if lines else None

    def specs(self, folder: Path) -> list:
        """[(base folder, spec)] from the repository root (or ``folder``) down to ``folder``."""
        if folder in self._specs:
            return self._specs[folder]
        root = self._git_root(folder)
        if root is None or folder == root:
            parent: list = []
        else:
            parent = self.specs(folder.parent)
        extra = folder / ".git" / "info" / "exclude" if folder == root else None
        spec = self._spec_of(folder, extra)
        result = [*parent, (folder, spec)] if spec is not None else parent
        self._specs[folder] = result
        return result

    def ignored(self, path: Path, is_dir: bool) -> bool:
        path = Path(os.path.abspath(path))
        for base, spec in reversed(self.specs(path.parent)):
            rel = path.relative_to(base).as_posix() + ("/" if is_dir else "")
            result = spec.check_file(rel)
            if result.include is not None:
                return bool(result.include)
        return False


def iter_files(
    paths: Iterable[Path],
    resolver: ConfigResolver,
    warn: TextIO,
    force_exclude: bool | None = None,
    seen: set[str] | None = None,
    skipped: list[Path] | None = None,
) -> Iterator[Path]:
    """Files to check, in a stable order (see the module docstring for the rules).

    A file reached twice (``a.txt ./a.txt``, or ``in in/a.txt``) is yielded once, where it
    is first met; ``seen`` (absolute normalised paths) carries that across calls.
    ``skipped``, when given, receives what a folder walk passes over: files with no reader,
    hidden, excluded or ignored files, and the folders it does not enter (not their files).
    """
    gitignore = GitIgnore()
    seen = set() if seen is None else seen

    def first_time(p: Path) -> bool:
        key = os.path.normpath(os.path.abspath(p))
        if key in seen:
            return False
        seen.add(key)
        return True

    def skip(p: Path) -> None:
        if skipped is not None:
            skipped.append(p)

    for path in paths:
        if path.is_dir():
            top_cfg = resolver.for_path(path)
            if _forced(force_exclude, top_cfg) and is_excluded(path, top_cfg):
                continue
            for root, dirs, files in os.walk(path):
                rootp = Path(root)
                keep = []
                for d in sorted(dirs):
                    sub = rootp / d
                    if d.startswith("."):
                        skip(sub)
                        continue
                    cfg = resolver.for_path(sub)
                    if is_excluded(sub, cfg):
                        skip(sub)
                        continue
                    if cfg.respect_gitignore and gitignore.ignored(sub, True):
                        skip(sub)
                        continue
                    keep.append(d)
                dirs[:] = keep
                for name in sorted(files):
                    p = rootp / name
                    if name.startswith(".") or source_for(p) is None:
                        skip(p)
                        continue
                    cfg = _config(resolver, p)
                    if cfg is not None:
                        if not is_included(p, cfg) or is_excluded(p, cfg):
                            skip(p)
                            continue
                        if cfg.respect_gitignore and gitignore.ignored(p, False):
                            skip(p)
                            continue
                    if first_time(p):
                        yield p
        elif path.exists() or path.is_symlink():
            cfg = _config(resolver, path)
            if cfg is not None and _forced(force_exclude, cfg) and is_excluded(path, cfg):
                continue
            if source_for(path) is None:
                warn.write(f"warning: {path}: no reader for this file type, skipped\n")
                continue
            if first_time(path):
                yield path
        elif first_time(path):
            yield path  # reported as unreadable by the reader


def _config(resolver: ConfigResolver, path: Path) -> Config | None:
    """The config of a file, or None when its path cannot be resolved (a symlink loop:
    the reader reports it)."""
    try:
        return resolver.for_path(path)
    except (OSError, RuntimeError):
        return None


def _forced(flag: bool | None, cfg: Config | None) -> bool:
    if flag:
        return True
    return bool(cfg is not None and cfg.force_exclude)


def per_document_ignore_matches(
    pattern: str, doc_path: str, doc_id: str | None, cfg: Config
) -> bool:
    """Whether a ``per-file-ignores`` key applies to a document.

    Keys: a path glob (as for ``exclude``; ``!glob`` negates), ``glob#KEY`` for the record
    whose key (``id-field``) is KEY in matching files, ``#KEY`` for that record in any file.
    KEY may be a glob too. A bare key equal to a record's key also matches that record.
    """
    import fnmatch

    if "#" in pattern:
        path_glob, _, key_glob = pattern.rpartition("#")
        if doc_id is None or not fnmatch.fnmatchcase(doc_id, key_glob):
            return False
        return not path_glob or per_document_ignore_matches(path_glob, doc_path, None, cfg)
    if doc_id is not None and pattern == doc_id:
        return True
    negate = pattern.startswith("!")
    glob = pattern[1:] if negate else pattern
    if doc_path.startswith("<"):
        matched = glob_match(glob, doc_path)
    else:
        p = Path(doc_path)
        rel = relative_to_config(p, cfg)
        matched = glob_match(glob, rel if _inside(rel) else p.name) or glob_match(glob, p.name)
    return matched != negate

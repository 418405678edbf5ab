"""The result cache (``.tanqih_cache/``): a second run over an unchanged corpus skips the work.

One entry per checked file, named by a hash of everything the findings depend on besides
the text itself:

- the tanqih version, the content of the installed ``tanqih`` package files (so a changed
  rule or data file never serves a stale result, even without a version bump) and the
  versions of its runtime dependencies;
- the effective config (every field, plus the content of any rule option naming a file);
- the corpus-level data given to the rules (``RunOptions.context``, e.g. a corpus table);
- the file's path relative to the working folder (per-file ignores depend on it; relative,
  so a CI checkout in another folder, with the cache restored, still hits).

Inside an entry, findings are stored per document under a hash of the document's content
(text, record key, field, masked spans, input problem): a JSONL corpus where one record
changed re-lints only that record, and moved records still hit. Record numbers are not
part of the key; findings are offsets into the document text, so they stay valid.

The folder gets its own ``.gitignore`` (``*``) and a ``CACHEDIR.TAG``. ``--no-cache`` turns
the cache off; ``TANQIH_CACHE_DIR`` or ``--cache-dir`` moves it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tanqih.linter.config import Config
from tanqih.linter.document import Document
from tanqih.linter.findings import Applicability, Edit, Finding, Fix
from tanqih.linter.fixer import FixResult

DEFAULT_DIR = ".tanqih_cache"
FORMAT = 1
_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by tanqih.\n"
    "# For information about cache directory tags see https://bford.info/cachedir/\n"
)


# -- stable hashing of arbitrary values --------------------------------------------------
def _canonical(value: Any) -> Any:
    """A JSON-able, order-independent form of a value, for hashing.

    Objects can define ``__tanqih_cache_key__()``; anything unknown falls back to its
    ``repr``, which for most objects includes an address: the cache then misses (safe)
    rather than serving a result computed with other data.
    """
    key = getattr(value, "__tanqih_cache_key__", None)
    if callable(key):
        return ["key", _canonical(key())]
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return ["float", repr(value)]
    if isinstance(value, bytes | bytearray):
        return ["bytes", hashlib.sha256(value).hexdigest()]
    if isinstance(value, Path):
        return ["path", str(value)]
    if isinstance(value, Mapping):
        items = [
            (json.dumps(_canonical(k), sort_keys=True), _canonical(v)) for k, v in value.items()
        ]
        return ["map", sorted(items, key=lambda kv: kv[0])]
    if isinstance(value, set | frozenset):
        return ["set", sorted(json.dumps(_canonical(v), sort_keys=True) for v in value)]
    if isinstance(value, list | tuple):
        return ["seq", [_canonical(v) for v in value]]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [
            type(value).__qualname__,
            {f.name: _canonical(getattr(value, f.name)) for f in dataclasses.fields(value)},
        ]
    return ["repr", repr(value)]


def stable_hash(value: Any) -> str:
    data = json.dumps(_canonical(value), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8", "surrogatepass")).hexdigest()


_CODE_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """tanqih's version, the content of every file of the package (rules, data files) and
    the versions of its runtime dependencies (word lists ship inside them).

    Content, not modification times: a fresh ``pip install`` in each CI run gives new
    times to the same files, and must still hit the cache restored from the last run.
    """
    global _CODE_FINGERPRINT
    if _CODE_FINGERPRINT is None:
        import tanqih

        root = Path(tanqih.__file__).parent
        h = hashlib.sha256(tanqih.__version__.encode())
        for dirpath, dirs, files in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".pyo")):
                    continue
                p = Path(dirpath, name)
                with contextlib.suppress(OSError):
                    data = p.read_bytes()
                    h.update(f"{p.relative_to(root).as_posix()}\0{len(data)}\0".encode())
                    h.update(data)
        h.update(_dependency_versions().encode())
        _CODE_FINGERPRINT = h.hexdigest()
    return _CODE_FINGERPRINT


def _dependency_versions() -> str:
    import importlib.metadata as md
    import re

    try:
        requires = md.requires("tanqih") or []
    except md.PackageNotFoundError:
        return ""
    out = []
    for req in requires:
        if "extra ==" in req:
            continue
        name = re.split(r"[\s<>=!~;\[(]", req, maxsplit=1)[0]
        try:
            out.append(f"{name}=={md.version(name)}")
        except md.PackageNotFoundError:
            out.append(f"{name}==?")
    return ",".join(sorted(out))


def config_fingerprint(cfg: Config) -> str:
    """Every config field, plus the content of files that rule options name."""
    data = {f.name: getattr(cfg, f.name) for f in dataclasses.fields(cfg) if f.name != "source"}
    if cfg.root is not None:  # relative: a CI checkout in another folder still hits
        data["root"] = _relative(cfg.root)
    files = {}
    values = [v for f in dataclasses.fields(cfg) if isinstance(v := getattr(cfg, f.name), str)]
    for opts in cfg.rules.values():
        values.extend(opts.values())
    for value in values:
        if isinstance(value, str) and value and len(value) < 4096:
            p = Path(value)
            if not p.is_absolute() and cfg.root is not None:
                p = cfg.root / p
            with contextlib.suppress(OSError, ValueError):
                if p.is_file():
                    files[value] = hashlib.sha256(p.read_bytes()).hexdigest()
    data["_option_files"] = files
    return stable_hash(data)


def _relative(path: Path) -> str:
    try:
        return Path(os.path.relpath(os.path.abspath(path))).as_posix()
    except ValueError:  # another drive
        return os.path.abspath(path)


# -- findings to and from JSON ---------------------------------------------------------
def finding_to_json(f: Finding) -> list:
    fix = None
    if f.fix is not None:
        fix = [
            f.fix.applicability.value,
            f.fix.message,
            [[e.start, e.end, e.content] for e in f.fix.edits],
        ]
    return [f.code, f.name, f.message, f.start, f.end, f.family, fix, f.extra or None]


def finding_from_json(data: list) -> Finding:
    code, name, message, start, end, family, fix, extra = data
    fx = None
    if fix is not None:
        appl, msg, edits = fix
        fx = Fix(tuple(Edit(a, b, c) for a, b, c in edits), Applicability(appl), msg)
    return Finding(code, name, message, start, end, fx, family, extra or {})


def document_key(doc: Document) -> str:
    h = hashlib.blake2b(digest_size=20)
    meta = json.dumps([doc.id, doc.field, doc.masked, doc.problem], ensure_ascii=False)
    h.update(meta.encode("utf-8", "surrogatepass"))
    h.update(b"\0")
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# -- the cache ---------------------------------------------------------------------------
class Cache:
    """Per-run handle on the cache folder. ``for_file`` wraps a Linter for one file."""

    def __init__(self, folder: Path | None = None, context: Any = None):
        """``context`` is the rules' corpus-level data (``RunOptions.context``); it is
        hashed when the first file is looked up, so it may be filled in after this; a
        callable returning it is accepted too."""
        folder = folder or Path(os.environ.get("TANQIH_CACHE_DIR") or DEFAULT_DIR)
        self.folder = folder
        self.context = context if context is not None else {}
        self._context_hash: str | None = None
        self.hits = 0
        self.misses = 0
        self._cfg_hash: dict[int, tuple[Config, str]] = {}
        self._ready = False
        self.disabled = False

    def _prepare(self) -> Path:
        import tanqih

        entries = self.folder / f"v{FORMAT}-{tanqih.__version__}"
        if not self._ready:
            try:
                entries.mkdir(parents=True, exist_ok=True)
                ignore = self.folder / ".gitignore"
                if not ignore.exists():
                    ignore.write_text("# Created by tanqih automatically.\n*\n", encoding="utf-8")
                tag = self.folder / "CACHEDIR.TAG"
                if not tag.exists():
                    tag.write_text(_TAG, encoding="utf-8")
            except OSError:
                self.disabled = True  # a read-only checkout: run without a cache
            self._ready = True
        return entries

    def context_hash(self) -> str:
        if self._context_hash is None:
            ctx = self.context() if callable(self.context) else self.context
            self._context_hash = stable_hash(dict(ctx or {}))
        return self._context_hash

    def _config_hash(self, cfg: Config) -> str:
        hit = self._cfg_hash.get(id(cfg))
        if hit is None or hit[0] is not cfg:
            hit = (cfg, config_fingerprint(cfg))
            self._cfg_hash[id(cfg)] = hit
        return hit[1]

    def entry_path(self, path: Path, cfg: Config, part: int | None = None) -> Path:
        key = stable_hash(
            [
                FORMAT,
                code_fingerprint(),
                self._config_hash(cfg),
                self.context_hash(),
                _relative(path),
                part,
            ]
        )
        return self._prepare() / key[:2] / f"{key}.json"

    def prune(self, max_age_days: float = 30, every_hours: float = 24) -> int:
        """Delete entries unused for ``max_age_days`` and folders of other tanqih versions
        (at most once every ``every_hours``). Returns the number of files deleted."""
        if self.disabled or not self.folder.is_dir():
            return 0
        import shutil
        import time

        now = time.time()
        marker = self.folder / ".last-prune"
        with contextlib.suppress(OSError):
            if now - marker.stat().st_mtime < every_hours * 3600:
                return 0
        current = self._prepare()
        removed = 0
        with contextlib.suppress(OSError):
            for child in self.folder.iterdir():
                if child.is_dir() and child.name.startswith("v") and child != current:
                    removed += sum(1 for _ in child.rglob("*.json"))
                    shutil.rmtree(child, ignore_errors=True)
            for entry in current.rglob("*.json"):
                with contextlib.suppress(OSError):
                    if now - entry.stat().st_mtime > max_age_days * 86400:
                        entry.unlink()
                        removed += 1
            marker.touch()
        return removed

    def for_file(self, linter, cfg: Config, path: Path, part: int | None = None) -> CachedLinter:
        """A stand-in for ``linter`` while one file (or one chunk ``part`` of a big file,
        cut by ``--jobs``) is processed; the runner calls ``save()`` after it."""
        return CachedLinter(self, linter, self.entry_path(path, cfg, part))


class CachedLinter:
    """Stands in for a Linter while one file is processed; ``save()`` stores the results."""

    def __init__(self, cache: Cache, linter, entry: Path) -> None:
        """``linter`` is a Linter or a function making one: with every document in the
        cache, no rule is ever set up."""
        self.cache = cache
        self._linter = linter
        self.entry = entry
        self.old: dict[str, list] = {}
        if not cache.disabled:
            with contextlib.suppress(OSError, ValueError, TypeError):
                data = json.loads(entry.read_text(encoding="utf-8"))
                if isinstance(data, dict) and isinstance(data.get("docs"), dict):
                    self.old = data["docs"]
        self.new: dict[str, list] = {}
        self.dirty = False

    @property
    def linter(self):
        if callable(self._linter) and not hasattr(self._linter, "lint"):
            self._linter = self._linter()
        return self._linter

    def __getattr__(self, name: str):
        if name.startswith("_"):
            raise AttributeError(name)
        return getattr(self.linter, name)

    def _get(self, key: str) -> list[Finding] | None:
        raw = self.old.get(key)
        if raw is None:
            raw = self.new.get(key)
        if raw is None:
            return None
        try:
            findings = [finding_from_json(x) for x in raw]
        except (ValueError, TypeError):
            return None
        self.new[key] = raw
        return findings

    def _put(self, key: str, findings: list[Finding]) -> None:
        self.new[key] = [finding_to_json(f) for f in findings]
        self.dirty = True

    def lint(self, doc: Document) -> list[Finding]:
        key = document_key(doc)
        hit = self._get(key)
        if hit is not None:
            self.cache.hits += 1
            return hit
        self.cache.misses += 1
        findings = self.linter.lint(doc)
        self._put(key, findings)
        return findings

    def fix(self, doc: Document, unsafe: bool = False) -> FixResult:
        """A document whose cached findings have no fix to apply is served from the cache."""
        hit = self._get(document_key(doc))
        if hit is not None and not any(f.fix is not None and f.fix.applies(unsafe) for f in hit):
            self.cache.hits += 1
            return FixResult(doc.text, hit)
        self.cache.misses += 1
        result = self.linter.fix(doc, unsafe)
        # The remaining findings are those of the fixed text: the next run starts there.
        fixed = dataclasses.replace(doc, text=result.text, _line_starts=None)
        self._put(document_key(fixed), result.findings)
        return result

    def save(self) -> None:
        if self.cache.disabled:
            return
        if not self.dirty and set(self.new) == set(self.old):
            if self.old:  # a hit: mark the entry as used (pruning drops unused ones)
                with contextlib.suppress(OSError):
                    os.utime(self.entry)
            return
        data = json.dumps({"docs": self.new}, ensure_ascii=False, separators=(",", ":"))
        try:
            self.entry.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.entry.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8", errors="surrogatepass") as fh:
                fh.write(data)
            os.replace(tmp, self.entry)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)

"""Baselines: record today's findings, then report only new ones.

A big corpus cannot be cleaned in one day, yet CI must stop new damage. ``tanqih check
--write-baseline FILE`` records every finding; ``--baseline FILE`` hides the recorded ones.

A finding's identity (its *fingerprint*) survives edits elsewhere in the file and moved
lines or records: it is the document (the path relative to the baseline's folder, plus the
record's key when ``id-field`` is configured), the rule code, and the flagged text with a
little context on the same line, never a line or record number. Identical fingerprints are
counted (as ESLint's suppressions file does): with 2 recorded, a third occurrence is new.

The file is JSON, sorted, indented and stable, so a review reads its diff::

    {
      "tanqih-baseline": 1,
      "documents": {
        "corpus/news.jsonl#a17": {
          "PUN001": {
            "قال الوزير⟦ ،⟧ إن الحكومة": 1
          }
        },
        "seeds/article.txt": { ... }
      }
    }

A document key is the path, followed by ``#`` and the record key for a record with one.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from tanqih.linter.config import ConfigError
from tanqih.linter.document import Document
from tanqih.linter.findings import Finding

FORMAT_VERSION = 1
CONTEXT = 12  # code points of context on each side of the flagged text (same line only)
OPEN, CLOSE = "⟦", "⟧"


class BaselineError(ConfigError):
    """The baseline file cannot be read or is not a tanqih baseline (exit 2)."""


def excerpt(doc: Document, f: Finding, context: int = CONTEXT) -> str:
    """The flagged text between ⟦ ⟧ with up to ``context`` code points each side.

    Context stops at line ends, so an edit in another paragraph never changes it.
    """
    text = doc.text
    start, end = min(f.start, len(text)), min(f.end, len(text))
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    a = max(line_start, start - context)
    b = min(line_end, end + context)
    before = text[a:start]
    after = text[end:b].rstrip("\r")
    return f"{before}{OPEN}{text[start:end]}{CLOSE}{after}"


def document_key(doc: Document, base: Path | None = None) -> str:
    """The document part of a fingerprint: a posix path (relative to ``base``) [+ #key]."""
    path = doc.path
    if base is not None and not path.startswith("<"):
        try:
            path = os.path.relpath(os.path.abspath(path), base)
        except ValueError:  # another drive on Windows
            path = os.path.abspath(path)
    path = Path(path).as_posix()
    if doc.record is not None and doc.id is not None:
        return f"{path}#{doc.id}"
    return path


def fingerprint_parts(doc: Document, f: Finding, base: Path | None = None) -> tuple[str, str, str]:
    return document_key(doc, base), f.code, excerpt(doc, f)


def fingerprints(doc: Document, findings: Iterable[Finding], base: Path | None = None) -> list[str]:
    """Stable, unique hex fingerprints (for GitLab / SARIF): identical findings are
    told apart by their occurrence number, never by their position."""
    seen: Counter[tuple[str, str, str]] = Counter()
    out = []
    for f in findings:
        parts = fingerprint_parts(doc, f, base)
        n = seen[parts]
        seen[parts] += 1
        raw = "\x00".join((*parts, str(n)))
        out.append(hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32])
    return out


Entries = dict[str, dict[str, dict[str, int]]]  # document -> code -> excerpt -> count


def load(path: Path) -> Entries:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(
            f"baseline {path} does not exist (create it with --write-baseline)"
        ) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc}") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(f"baseline {path} is not valid JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("tanqih-baseline") != FORMAT_VERSION:
        raise BaselineError(f"{path} is not a tanqih baseline (version {FORMAT_VERSION})")
    docs = data.get("documents", {})
    ok = isinstance(docs, dict) and all(
        isinstance(codes, dict)
        and all(
            isinstance(ex, dict)
            and all(isinstance(k, str) and isinstance(v, int) and v > 0 for k, v in ex.items())
            for ex in codes.values()
        )
        for codes in docs.values()
    )
    if not ok:
        raise BaselineError(f"baseline {path}: 'documents' is malformed")
    return docs


def dump(entries: Entries) -> str:
    """Sorted, indented, one excerpt per line: stable bytes for the same findings."""
    clean = {
        doc: {code: dict(sorted(ex.items())) for code, ex in sorted(codes.items()) if ex}
        for doc, codes in sorted(entries.items())
    }
    clean = {doc: codes for doc, codes in clean.items() if codes}
    data = {"tanqih-baseline": FORMAT_VERSION, "documents": clean}
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


class Baseline:
    """Hides recorded findings (``--baseline``) and/or records all (``--write-baseline``).

    The runner calls :meth:`process` once per document with its findings, after
    per-file-ignores and before anything is reported or counted.
    """

    def __init__(self, read: Path | None = None, write: Path | None = None) -> None:
        self.read_path = read
        self.write_path = write
        self.known: Entries = load(read) if read is not None else {}
        base = read if read is not None else write
        self.base = Path(os.path.abspath(base)).parent if base is not None else None
        self.hidden = 0
        self.recorded: Entries = {}
        self._seen_docs: set[str] = set()
        self._seen_files: set[str] = set()  # a file seen whole: its unseen records are gone
        self._used: Counter[tuple[str, str, str]] = Counter()

    def process(self, doc: Document, findings: list[Finding]) -> list[Finding]:
        key = document_key(doc, self.base)
        self._seen_docs.add(key)
        self._seen_files.add(document_key(doc.__class__(text="", path=doc.path), self.base))
        if self.write_path is not None:
            codes = self.recorded.setdefault(key, {})
            for f in findings:
                ex = codes.setdefault(f.code, {})
                x = excerpt(doc, f)
                ex[x] = ex.get(x, 0) + 1
        if not self.known or key not in self.known:
            return findings
        known = self.known[key]
        kept = []
        for f in findings:
            x = excerpt(doc, f)
            allowed = known.get(f.code, {}).get(x, 0)
            used = self._used[(key, f.code, x)]
            if used < allowed:
                self._used[(key, f.code, x)] = used + 1
                self.hidden += 1
            else:
                kept.append(f)
        return kept

    def stale(self) -> int:
        """Recorded occurrences, in documents seen this run, that no longer occur."""
        total = 0
        for key in self._seen_docs:
            for code, ex in self.known.get(key, {}).items():
                for x, count in ex.items():
                    total += max(0, count - self._used[(key, code, x)])
        return total

    def write(self) -> int:
        """Write the baseline; returns the number of findings recorded.

        Documents this run did not see keep their entries while their file still exists
        (a run over part of a corpus updates that part); entries of deleted files go.
        """
        assert self.write_path is not None
        merged: Entries = {}
        if self.write_path.exists():
            try:
                old = load(self.write_path)
            except BaselineError:
                old = {}
            for key, codes in old.items():
                if key in self._seen_docs or key in self.recorded:
                    continue
                file_part = key if Path(self.base, key).exists() else key.split("#", 1)[0]
                if file_part in self._seen_files:
                    continue  # a record no longer in a file this run read
                if Path(self.base, file_part).exists():
                    merged[key] = codes
        for key, codes in self.recorded.items():
            merged[key] = codes
        text = dump(merged)
        from tanqih.linter.patches import atomic_writer

        path = self.write_path
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.touch()
        with atomic_writer(path) as fh:
            fh.write(text.encode("utf-8"))
        return sum(
            n for codes in self.recorded.values() for ex in codes.values() for n in ex.values()
        )

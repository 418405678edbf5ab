"""The JSONL patch stream (``--patch-out``) and its replay (``tanqih apply``).

One line per fixed document::

    {"path": ..., "record": 3, "id": "a17", "field": "text", "sha256": "<original text>",
     "edits": [{"start", "end", "content", "codes": [...], "applicability"}]}

``sha256`` is the hash of the original text (UTF-8) and the edits are relative to that
original text: the passes of the fixpoint composed into one sorted, non-overlapping list,
so a reviewer reads each change against what is in the file now. ``tanqih apply`` replays
the stream and refuses, with a message, any record whose current text has another hash.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from tanqih.linter.config import ConfigResolver
from tanqih.linter.document import Document
from tanqih.linter.sources import InputError, source_for


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def patch_line(doc: Document, result) -> str:
    """The patch-stream line of one fixed document (``result`` is a FixResult)."""
    edits = [
        {
            "start": e.start,
            "end": e.end,
            "content": e.content,
            "codes": [c for c in e.code.split(",") if c],
            "applicability": e.applicability,
        }
        for e in result.edits
    ]
    data = {
        "path": Path(doc.path).as_posix(),
        "record": doc.record,
        "id": doc.id,
        "field": doc.field,
        "sha256": text_hash(doc.text),
        "edits": edits,
    }
    return json.dumps(data, ensure_ascii=False) + "\n"


def apply_edits(text: str, edits: list[dict]) -> str:
    """Apply edits relative to ``text`` (sorted, non-overlapping; checked)."""
    out = []
    pos = 0
    for e in sorted(edits, key=lambda e: (e["start"], e["end"])):
        start, end = e["start"], e["end"]
        if not (isinstance(start, int) and isinstance(end, int)) or not (
            pos <= start <= end <= len(text)
        ):
            raise ValueError(f"edit {start}..{end} overlaps another or is out of range")
        out.append(text[pos:start])
        out.append(e["content"])
        pos = end
    out.append(text[pos:])
    return "".join(out)


class PatchError(Exception):
    """The patch file itself is unreadable or malformed (exit 2)."""


@dataclass
class Patch:
    line: int
    path: str
    record: int | None
    field: str | None
    sha256: str
    edits: list[dict]


def read_patches(fh: TextIO, name: str) -> Iterator[Patch]:
    for number, line in enumerate(fh, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            patch = Patch(
                number,
                str(data["path"]),
                data.get("record"),
                data.get("field"),
                str(data["sha256"]),
                list(data["edits"]),
            )
            for e in patch.edits:
                if not {"start", "end", "content"} <= set(e):
                    raise KeyError("start/end/content")
        except (json.JSONDecodeError, KeyError, TypeError, ValueError) as exc:
            raise PatchError(f"{name}:{number}: not a tanqih patch line ({exc})") from None
        yield patch


def _groups(patches: Iterator[Patch]) -> Iterator[tuple[str, dict]]:
    """Consecutive patches of one path, keyed by (record, field) (the stream is
    path-ordered)."""
    current: str | None = None
    group: dict = {}
    for p in patches:
        if p.path != current:
            if current is not None:
                yield current, group
            current, group = p.path, {}
        group[(p.record, p.field)] = p
    if current is not None:
        yield current, group


@dataclass
class ApplyReport:
    applied: int = 0
    refused: int = 0
    files: int = 0
    errors: int = 0


def apply_stream(
    fh: TextIO,
    name: str,
    resolver: ConfigResolver,
    err: TextIO,
    output_dir: Path | None = None,
    root: Path | None = None,
) -> ApplyReport:
    """Replay a patch stream onto the files it names (in place or under ``output_dir``).

    A relative path in the stream is read from ``root`` (default: the current folder, as
    `check` wrote it relative to the folder it ran in)."""
    from tanqih.linter.parallel import Sink, commit

    report = ApplyReport()
    for path_str, group in _groups(read_patches(fh, name)):
        path = Path(path_str)
        if root is not None and not path.is_absolute():
            path = root / path
        cls = source_for(path)
        if cls is None:
            err.write(f"error: {path_str}: no reader for this file type\n")
            report.errors += 1
            continue
        fields = tuple(dict.fromkeys(p.field for p in group.values() if p.field))
        cfg = resolver.for_path(path)
        if fields:
            cfg = cfg.replace(text_fields=fields)
        source = cls(path, cfg, display=path_str)
        target = path if output_dir is None else output_dir / path_str
        sink = None
        try:
            sink = Sink(target)
            writer = source.writer(sink.fh)
            changed = 0
            for record in source.records():
                doc = record.doc
                patch = group.pop((doc.record, doc.field), None)
                new_text = None
                if patch is not None:
                    where = doc.label
                    if len(fields) > 1:
                        where += f" (field {doc.field})"
                    if doc.problem is not None:
                        err.write(f"refused: {where}: {doc.problem}\n")
                        report.refused += 1
                    elif text_hash(doc.text) != patch.sha256:
                        err.write(
                            f"refused: {where}: the text changed since the patch was made "
                            f"(sha256 differs); record left as it is\n"
                        )
                        report.refused += 1
                    else:
                        try:
                            new_text = apply_edits(doc.text, patch.edits)
                        except ValueError as exc:
                            err.write(f"refused: {where}: {exc} ({name}:{patch.line})\n")
                            report.refused += 1
                        else:
                            report.applied += 1
                            changed += 1
                writer.write(record, new_text)
            writer.close()
            for patch in group.values():
                where = path_str if patch.record is None else f"{path_str}:{patch.record}"
                if patch.field is not None and len(fields) > 1:
                    where += f" (field {patch.field})"
                err.write(f"refused: {where}: no such record in the file\n")
                report.refused += 1
            sink.close()
            if changed or output_dir is not None:
                commit([sink.tmp], target, path)
                report.files += 1
            else:
                sink.discard()
        except InputError as exc:
            err.write(f"error: {exc}\n")
            report.errors += 1
            if sink is not None:
                sink.discard()
        except OSError as exc:
            hint = ""
            if isinstance(exc, FileNotFoundError) and not Path(path_str).is_absolute():
                hint = (
                    f" (read from {path.parent.resolve()}; a patch names files relative to "
                    "the folder `check` ran in: run `tanqih apply` there or pass --root DIR)"
                )
            err.write(f"error: {path_str}: cannot read: {exc.strerror or exc}{hint}\n")
            report.errors += 1
            if sink is not None:
                sink.discard()
    return report

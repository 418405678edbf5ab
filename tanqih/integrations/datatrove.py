"""datatrove pipeline steps (extra ``tanqih[datatrove]``).

The Arabic web corpora tanqih serves (FineWeb-2, ArabicWeb24) are built with HuggingFace
datatrove, which runs one pipeline on local processes, Slurm or Ray. These steps bring
tanqih into such a pipeline:

- :class:`TanqihJsonlReader` reads JSONL shards (plain, ``.gz``, ``.zst``) keeping each raw
  line, so :class:`TanqihJsonlWriter` can write the result byte for byte like
  ``tanqih fix`` (only the text field's bytes change; key order, escapes, other fields and
  records without text stay as they were).
- :class:`TanqihFixer` is the formatter: it applies tanqih's fixes to ``doc.text``
  (``unsafe=True`` adds unsafe fixes) and, with ``record_findings``, records what remains.
- :class:`TanqihAnnotator` records findings in ``doc.metadata["tanqih"]``:
  ``{"findings": [{"code", "start", "end", "message"}], "counts": {code: n}}``.
- :class:`TanqihDamageFilter` drops documents with more than ``max_damage`` findings per
  1000 characters, recording the reason in ``doc.metadata["tanqih_drop_reason"]`` (and in
  ``filter_reason`` for an exclusion writer).

Any other datatrove reader works with the fixer, annotator and filter. To write their
documents with datatrove's own ``JsonlWriter`` pass ``adapter=keep_all_adapter``: the
default adapter drops falsy fields (an empty string, 0, an empty list).
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from typing import IO, Any

from datatrove.data import Document as DTDocument
from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep
from datatrove.pipeline.filters.base_filter import BaseFilter
from datatrove.pipeline.readers.base import BaseDiskReader
from datatrove.pipeline.writers.disk_base import DiskWriter

from tanqih.linter.config import Config
from tanqih.linter.document import Document
from tanqih.linter.sources.jsonl import MISSING, encode_like, field_path_span, lookup

RAW = "tanqih_raw"  # the record's line as read (decoded), for a byte-exact write-back
PATH = "tanqih_path"  # the shard's path relative to the input folder
RECORD = "tanqih_record"  # 1-based line number
PROBLEM = "tanqih_problem"  # why the record has no text (missing / null / not a string)
ORIGINAL = "tanqih_original"  # the text before fixing (to know whether it changed)


def keep_all_adapter(self, document: DTDocument) -> dict:
    """A writer adapter that keeps every field, falsy or not (datatrove's default drops
    empty strings, zeros and empty lists)."""
    data = dataclasses.asdict(document)
    if not data.get("media"):
        data.pop("media", None)
    meta = {k: v for k, v in (data.get("metadata") or {}).items() if not k.startswith("tanqih_")}
    data["metadata"] = meta
    return data


class _UsesLinter:
    """Builds its Linter lazily in each worker; the Linter itself is never pickled."""

    def _setup_linter(self, config: Config | dict | None) -> None:
        if isinstance(config, dict):
            from tanqih.linter.config import from_mapping

            config = from_mapping(config)
        self.config = config or Config()
        self._linter = None

    @property
    def linter(self):
        if self._linter is None:
            from tanqih.linter.engine import Linter

            self._linter = Linter(self.config)
        return self._linter

    def __getstate__(self):
        state = self.__dict__.copy()
        state["_linter"] = None
        return state

    def tanqih_doc(self, doc: DTDocument) -> Document:
        meta = doc.metadata
        return Document(
            doc.text,
            path=str(meta.get(PATH) or meta.get("file_path") or "<datatrove>"),
            record=meta.get(RECORD),
            id=str(doc.id) if doc.id is not None else None,
            field=self.config.text_field,
            problem=meta.get(PROBLEM),
        )


def _finding_dicts(findings) -> list[dict]:
    return [
        {"code": f.code, "start": f.start, "end": f.end, "message": f.message} for f in findings
    ]


def _record(doc: DTDocument, findings) -> None:
    doc.metadata["tanqih"] = {
        "findings": _finding_dicts(findings),
        "counts": dict(Counter(f.code for f in findings)),
    }


class TanqihJsonlReader(BaseDiskReader):
    """Reads JSONL shards line by line and keeps each raw line for a byte-exact write.

    ``text_field`` / ``id_field`` name the record's text and key (as ``--text-field`` /
    ``--id-field``). A malformed line stops the task with an error naming file and line
    (datatrove's own reader would only log a warning and skip it).
    """

    name = "📖 tanqih JSONL"

    def __init__(
        self,
        data_folder,
        text_field: str = "text",
        id_field: str | None = None,
        encoding: str = "utf-8",
        glob_pattern: str | None = "**/*.jsonl*",
        **kwargs: Any,
    ) -> None:
        super().__init__(data_folder, glob_pattern=glob_pattern, text_key=text_field, **kwargs)
        self.text_field = text_field
        self.id_field = id_field
        self.encoding = encoding

    def read_file(self, filepath: str) -> DocumentsPipeline:
        with self.data_folder.open(filepath, "rb", compression="infer") as fh:
            for number, raw in enumerate(fh, start=1):
                with self.track_time():
                    yield self._document(filepath, number, raw)

    def _document(self, filepath: str, number: int, raw: bytes) -> DTDocument:
        try:
            line = raw.decode(self.encoding)
        except UnicodeDecodeError as exc:
            raise ValueError(
                f"{filepath}:{number}: invalid {self.encoding}: {exc.reason}"
            ) from None
        meta: dict[str, Any] = {RAW: line, PATH: filepath, RECORD: number}
        body = line.rstrip("\r\n").lstrip("\ufeff")
        text = ""
        rec_id = f"{filepath}:{number}"
        if body.strip():
            try:
                obj = json.loads(body)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{filepath}:{number}: malformed JSON: {exc.msg}") from None
            if not isinstance(obj, dict):
                raise ValueError(f"{filepath}:{number}: expected a JSON object")
            if self.id_field is not None:
                got = lookup(obj, self.id_field)
                if got is not MISSING:
                    rec_id = str(got)
            value = lookup(obj, self.text_field)
            if isinstance(value, str):
                text = value
            else:
                what = "missing" if value is MISSING else "not a string"
                if value is None:
                    what = "null"
                meta[PROBLEM] = f"text field '{self.text_field}' is {what}"
        meta[ORIGINAL] = text
        return DTDocument(text=text, id=rec_id, metadata=meta)


class TanqihFixer(_UsesLinter, PipelineStep):
    """The formatter: applies tanqih's fixes (safe; with ``unsafe=True`` unsafe too) to
    ``doc.text``. ``record_findings`` stores the findings that remain in
    ``doc.metadata["tanqih"]`` (what :class:`TanqihDamageFilter` reads)."""

    name = "✂️ tanqih fix"
    type = "✂️ - FORMAT"

    def __init__(
        self, config: Config | dict | None = None, unsafe: bool = False, record_findings=False
    ):
        super().__init__()
        self._setup_linter(config)
        self.unsafe = unsafe
        self.record_findings = record_findings

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            self.stat_update("total")
            with self.track_time():
                tdoc = self.tanqih_doc(doc)
                if tdoc.problem is None:
                    result = self.linter.fix(tdoc, self.unsafe)
                    if result.text != doc.text:
                        self.stat_update("changed")
                        self.stat_update("fixes", value=len(result.applied))
                        doc.text = result.text
                    findings = result.findings
                else:
                    findings = self.linter.lint(tdoc)
                if self.record_findings:
                    _record(doc, findings)
            yield doc


class TanqihAnnotator(_UsesLinter, PipelineStep):
    """Records tanqih's findings in ``doc.metadata["tanqih"]`` without changing the text."""

    name = "🏷 tanqih findings"
    type = "📊 - STATS"

    def __init__(self, config: Config | dict | None = None):
        super().__init__()
        self._setup_linter(config)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        for doc in data:
            with self.track_time():
                findings = self.linter.lint(self.tanqih_doc(doc))
                _record(doc, findings)
                for f in findings:
                    self.stat_update(f.code)
            yield doc


class TanqihDamageFilter(_UsesLinter, BaseFilter):
    """Drops documents with more than ``max_damage`` findings per 1000 characters.

    Uses ``doc.metadata["tanqih"]`` when an earlier step recorded findings, else lints.
    The reason (rate, threshold and the most frequent codes) goes into
    ``doc.metadata["tanqih_drop_reason"]``; the filter's reason is ``tanqih_damage``.
    Records without text (no characters) are never dropped by this filter.
    """

    name = "🔻 tanqih damage"

    def __init__(
        self, max_damage: float, config: Config | dict | None = None, exclusion_writer=None
    ):
        super().__init__(exclusion_writer)
        self._setup_linter(config)
        self.max_damage = max_damage

    def filter(self, doc: DTDocument) -> bool | tuple[bool, str]:
        if not doc.text:
            return True
        recorded = doc.metadata.get("tanqih")
        if recorded is not None:
            counts = Counter(recorded["counts"])
        else:
            counts = Counter(f.code for f in self.linter.lint(self.tanqih_doc(doc)))
        total = sum(counts.values())
        rate = total * 1000 / len(doc.text)
        if rate <= self.max_damage:
            return True
        top = ", ".join(f"{c}×{n}" for c, n in counts.most_common(3))
        doc.metadata["tanqih_drop_reason"] = (
            f"{rate:.1f} findings per 1000 characters (> {self.max_damage:g}): {top}"
        )
        return False, "tanqih_damage"


class TanqihJsonlWriter(DiskWriter):
    """Writes each shard under its input path (same layout, same compression by suffix).

    A record read by :class:`TanqihJsonlReader` is written from its raw line with only
    the text field's bytes replaced, exactly as ``tanqih fix`` does; other documents are
    written as JSON with every field kept (see :func:`keep_all_adapter`).
    """

    default_output_filename = "${" + PATH + "}"
    name = "💾 tanqih JSONL"
    _requires_dependencies = ["orjson"]

    def __init__(
        self,
        output_folder,
        output_filename: str | None = None,
        text_field: str = "text",
        encoding: str = "utf-8",
        compression: str | None = "infer",
    ) -> None:
        super().__init__(
            output_folder,
            output_filename=output_filename,
            compression=compression,
            adapter=_raw_adapter,
            mode="wb",
        )
        self.text_field = text_field
        self.encoding = encoding

    def _write(self, document: dict, file_handler: IO, _filename: str) -> None:
        raw = document.get("__raw__")
        if raw is None:
            import orjson

            file_handler.write(orjson.dumps(document["data"], option=orjson.OPT_APPEND_NEWLINE))
            return
        text, original = document["text"], document["original"]
        if text == original or document["problem"] is not None:
            file_handler.write(raw.encode(self.encoding))
            return
        body = raw.lstrip("\ufeff")
        bom = raw[: len(raw) - len(body)]
        span = field_path_span(body, self.text_field)
        if span is None:
            raise ValueError(f"text field '{self.text_field}' not found when writing")
        a, b = span
        line = bom + body[:a] + encode_like(body[a:b], text) + body[b:]
        file_handler.write(line.encode(self.encoding))


def _raw_adapter(self, document: DTDocument) -> dict:
    meta = document.metadata
    if RAW in meta:
        return {
            "__raw__": meta[RAW],
            "text": document.text,
            "original": meta.get(ORIGINAL, document.text),
            "problem": meta.get(PROBLEM),
        }
    return {"data": keep_all_adapter(self, document)}

"""Machine formats for CI: ``jsonl``, ``github``, ``gitlab``, ``sarif``, ``junit``.

Locations: for a plain file, line and column are those of the file (1-based, columns in
code points). For a record of a JSONL file, the file line is the record's line; the
position inside the record's text (line, column, offsets) is given separately, because
JSON escapes make columns of the raw line differ from columns of the text.

Also the ``--statistics`` report (:class:`Statistics`), which replaces the findings.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

from tanqih.linter.baseline import fingerprint_parts, fingerprints
from tanqih.linter.findings import Applicability
from tanqih.linter.output.base import Formatter, finding_dict, register


def _in_record(doc) -> bool:
    return doc.record is not None


def _file_line(doc) -> int:
    """The line of the file where the record starts (what annotations point at)."""
    return doc.file_line if doc.file_line is not None else doc.record


def _where(doc) -> str:
    """``record 12 [id a17]`` for records, '' for plain files."""
    if not _in_record(doc):
        return ""
    out = f"record {doc.record}"
    if doc.id is not None:
        out += f" [id {doc.id}]"
    return out


@register("jsonl")
class JsonLinesFormatter(Formatter):
    """One JSON object per line per finding (the ``json`` shape), streamed."""

    def document(self, doc, findings) -> None:
        for f in findings:
            self.stream.write(json.dumps(finding_dict(doc, f), ensure_ascii=False) + "\n")


# -- GitHub Actions workflow commands --------------------------------------------------
def _gh_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_prop(s: str) -> str:
    return _gh_data(s).replace(":", "%3A").replace(",", "%2C")


@register("github")
class GithubFormatter(Formatter):
    """``::error file=…,line=…,col=…::message`` lines: annotations on pull requests."""

    def document(self, doc, findings) -> None:
        for f in findings:
            line, col = doc.line_col(f.start)
            end_line, end_col = doc.line_col(f.end)
            title = f"tanqih ({f.code})"
            if _in_record(doc):
                props = f"title={_gh_prop(title)},file={_gh_prop(doc.path)},line={_file_line(doc)}"
                where = f"{doc.path}:{_file_line(doc)}: {_where(doc)}, text line {line} col {col}"
            else:
                props = (
                    f"title={_gh_prop(title)},file={_gh_prop(doc.path)},line={line},col={col},"
                    f"endLine={end_line},endColumn={end_col}"
                )
                where = f"{doc.path}:{line}:{col}"
            self.stream.write(f"::error {props}::{_gh_data(f'{where}: {f.code} {f.message}')}\n")

    def finish(self, summary) -> None:
        """A file that could not be read or parsed gets an annotation too ("news.jsonl:6:
        malformed JSON ..."): the job fails with exit 2, and the pull request shows where."""
        for e in summary.errors:
            m = _ERROR_WHERE_RE.match(e)
            props = f"title={_gh_prop('tanqih (input error)')}"
            if m:
                props += f",file={_gh_prop(m.group('file'))}"
                if m.group("line"):
                    props += f",line={m.group('line')}"
            self.stream.write(f"::error {props}::{_gh_data(e)}\n")


# "path: message" or "path:line: message" (the runner's error lines).
_ERROR_WHERE_RE = re.compile(r"(?P<file>[^:\n]+?)(?::(?P<line>\d+))?: ")


# -- GitLab Code Quality ---------------------------------------------------------------
@register("gitlab")
class GitlabFormatter(Formatter):
    """A GitLab Code Quality report: a JSON array with stable fingerprints.

    For a plain file, fingerprints are those of the baseline (path, code, flagged text
    with context, occurrence number), so an issue keeps its identity when lines move.
    GitLab drops issues that share a fingerprint, so a record's fingerprint also holds
    the record (its key when ``id-field`` gives one, else its number) and the text
    field: identical findings in two records stay two issues. Occurrences are counted
    over the whole report, so fingerprints are unique in it (even with duplicate record
    keys) and, documents coming in input order, the same for the same input.
    """

    def start(self) -> None:
        self._first = True
        self._seen: Counter[tuple[str, ...]] = Counter()
        self.stream.write("[")

    def _fingerprint(self, doc, f) -> str:
        parts: tuple[str, ...] = fingerprint_parts(doc, f)
        if _in_record(doc):
            record = f"id {doc.id}" if doc.id is not None else f"record {doc.record}"
            path = Path(doc.path).as_posix()
            parts = (path, record, f"field {doc.field or ''}", f.code, parts[2])
        n = self._seen[parts]
        self._seen[parts] += 1
        raw = "\x00".join((*parts, str(n)))
        return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]

    def document(self, doc, findings) -> None:
        for f in findings:
            fp = self._fingerprint(doc, f)
            line, col = doc.line_col(f.start)
            end_line, end_col = doc.line_col(f.end)
            path = Path(doc.path).as_posix()
            if _in_record(doc):
                location = {
                    "path": path,
                    "lines": {"begin": _file_line(doc), "end": _file_line(doc)},
                }
                description = f"{f.code} {f.message} ({_where(doc)}, text line {line} col {col})"
            else:
                location = {
                    "path": path,
                    "positions": {
                        "begin": {"line": line, "column": col},
                        "end": {"line": end_line, "column": end_col},
                    },
                }
                description = f"{f.code} {f.message}"
            item = {
                "type": "issue",
                "check_name": f.code,
                "description": description,
                "content": {"body": f"{f.name}: {f.message}"},
                "categories": ["Style"],
                "severity": "major",
                "fingerprint": fp,
                "location": location,
            }
            self.stream.write("\n  " if self._first else ",\n  ")
            self._first = False
            self.stream.write(json.dumps(item, ensure_ascii=False))

    def finish(self, summary) -> None:
        self.stream.write("]\n" if self._first else "\n]\n")


# -- SARIF 2.1.0 -----------------------------------------------------------------------
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _uri(path: str) -> str:
    from urllib.parse import quote

    return quote(Path(path).as_posix(), safe="/:@!$&'()*+,;=-._~")


def _rule_descriptor(code: str) -> dict:
    from tanqih.linter.registry import RuleError, get_rule

    try:
        rule = get_rule(code)
    except RuleError:
        return {"id": code}
    doc = rule.doc()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary() or rule.name},
        "fullDescription": {"text": doc or rule.name},
        "help": {"text": doc or rule.name, "markdown": doc or rule.name},
        "defaultConfiguration": {"enabled": bool(rule.default), "level": "error"},
        "properties": {"family": rule.family, "fix": rule.fix, "tags": [rule.family]},
    }


@register("sarif")
class SarifFormatter(Formatter):
    """One SARIF 2.1.0 log: rule metadata, results with regions and fixes.

    ``columnKind`` is ``unicodeCodePoints``: columns count code points, as tanqih's do.
    Fixes of plain files are SARIF ``fixes`` (regions in the file); fixes inside a JSONL
    record are in the result's ``properties`` (with offsets into the record's text).
    """

    def start(self) -> None:
        self._results: list[dict] = []
        self._rules: dict[str, int] = {}
        self._artifacts: dict[str, tuple[int, dict]] = {}

    def _rule_index(self, code: str) -> int:
        if code not in self._rules:
            self._rules[code] = len(self._rules)
        return self._rules[code]

    def _artifact(self, path: str) -> dict:
        if os.path.isabs(path):
            base = {"uri": Path(path).as_uri()}
        else:
            base = {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}
        if base["uri"] not in self._artifacts:
            self._artifacts[base["uri"]] = (len(self._artifacts), base)
        return {**base, "index": self._artifacts[base["uri"]][0]}

    def document(self, doc, findings) -> None:
        for f, fp in zip(findings, fingerprints(doc, findings), strict=True):
            line, col = doc.line_col(f.start)
            end_line, end_col = doc.line_col(f.end)
            artifact = self._artifact(doc.path)
            props: dict = {"name": f.name}
            if _in_record(doc):
                region = {"startLine": _file_line(doc)}
                props.update(
                    record=doc.record,
                    id=doc.id,
                    field=doc.field,
                    start=f.start,
                    end=f.end,
                    line=line,
                    column=col,
                    end_line=end_line,
                    end_column=end_col,
                )
            else:
                region = {
                    "startLine": line,
                    "startColumn": col,
                    "endLine": end_line,
                    "endColumn": end_col,
                }
            location: dict = {"physicalLocation": {"artifactLocation": artifact, "region": region}}
            if _in_record(doc):
                name = doc.id if doc.id is not None else str(doc.record)
                location["logicalLocations"] = [{"name": name, "kind": "record"}]
            result = {
                "ruleId": f.code,
                "ruleIndex": self._rule_index(f.code),
                "level": "error",
                "message": {"text": f.message},
                "locations": [location],
                "partialFingerprints": {"tanqihFingerprint/v1": fp},
                "properties": props,
            }
            if f.fix is not None:
                props["fix"] = f.fix.to_dict()
                if not _in_record(doc):
                    result["fixes"] = [self._fix(doc, f, artifact)]
            self._results.append(result)

    def _fix(self, doc, f, artifact: dict) -> dict:
        replacements = []
        for e in f.fix.edits:
            sl, sc = doc.line_col(e.start)
            el, ec = doc.line_col(e.end)
            replacements.append(
                {
                    "deletedRegion": {
                        "startLine": sl,
                        "startColumn": sc,
                        "endLine": el,
                        "endColumn": ec,
                    },
                    "insertedContent": {"text": e.content},
                }
            )
        label = f.fix.message or f"{f.fix.applicability.value} fix for {f.code}"
        return {
            "description": {"text": label},
            "artifactChanges": [{"artifactLocation": artifact, "replacements": replacements}],
            "properties": {"applicability": f.fix.applicability.value},
        }

    def finish(self, summary) -> None:
        from tanqih import __version__

        rules = sorted(self._rules, key=self._rules.__getitem__)
        run = {
            "tool": {
                "driver": {
                    "name": "tanqih",
                    "version": __version__,
                    "semanticVersion": __version__,
                    "rules": [_rule_descriptor(c) for c in rules],
                }
            },
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().as_uri() + "/"}},
            "artifacts": [{"location": loc} for _, loc in sorted(self._artifacts.values())],
            "results": self._results,
            "invocations": [
                {
                    "executionSuccessful": not summary.errors,
                    "toolExecutionNotifications": [
                        {"level": "error", "message": {"text": e}} for e in summary.errors
                    ],
                }
            ],
        }
        log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}
        self.stream.write(json.dumps(log, ensure_ascii=False, indent=2) + "\n")


# -- JUnit XML -------------------------------------------------------------------------
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml(s: str) -> str:
    """Characters XML 1.0 cannot hold are written as visible ⟨U+XXXX⟩."""
    return _XML_BAD.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", s)


@register("junit")
class JunitFormatter(Formatter):
    """JUnit XML: a test suite per file, a test case per document (a file or a record)
    that fails with its findings; read and parse errors are test cases in error."""

    def start(self) -> None:
        self._suites: dict[str, list[ET.Element]] = {}

    def document(self, doc, findings) -> None:
        name = doc.path if not _in_record(doc) else f"{doc.path}:{doc.record}"
        if _in_record(doc) and doc.id is not None:
            name += f" [{doc.id}]"
        case = ET.Element(
            "testcase", name=_xml(name), classname=_xml(doc.path), file=_xml(doc.path)
        )
        if findings:
            lines = []
            for f in findings:
                line, col = doc.line_col(f.start)
                lines.append(f"{line}:{col} {f.code} [{f.name}] {f.message}")
            n = len(findings)
            failure = ET.SubElement(
                case,
                "failure",
                message=_xml(f"{n} finding{'s' if n != 1 else ''}"),
                type="tanqih",
            )
            failure.text = _xml("\n".join(lines))
        self._suites.setdefault(doc.path, []).append(case)

    def finish(self, summary) -> None:
        root = ET.Element("testsuites", name="tanqih")
        total = failures = 0
        for path, cases in self._suites.items():
            n_fail = sum(1 for c in cases if c.find("failure") is not None)
            suite = ET.SubElement(
                root,
                "testsuite",
                name=_xml(path),
                tests=str(len(cases)),
                failures=str(n_fail),
                errors="0",
            )
            suite.extend(cases)
            total += len(cases)
            failures += n_fail
        if summary.errors:
            suite = ET.SubElement(
                root,
                "testsuite",
                name="errors",
                tests=str(len(summary.errors)),
                failures="0",
                errors=str(len(summary.errors)),
            )
            for e in summary.errors:
                case = ET.SubElement(suite, "testcase", name=_xml(e.split(": ", 1)[0]))
                ET.SubElement(case, "error", message=_xml(e), type="tanqih-error")
        root.set("tests", str(total + len(summary.errors)))
        root.set("failures", str(failures))
        root.set("errors", str(len(summary.errors)))
        ET.indent(root)
        self.stream.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.stream.write(ET.tostring(root, encoding="unicode") + "\n")


# -- --statistics ----------------------------------------------------------------------
class Statistics(Formatter):
    """Counts per rule instead of findings: count, code, name, fixable (safe) count.

    Sorted by count (then code). With ``json`` the report is a JSON array.
    """

    def __init__(self, stream, color: bool = False, as_json: bool = False) -> None:
        super().__init__(stream, color)
        self.as_json = as_json
        self.counts: Counter[str] = Counter()
        self.fixable: Counter[str] = Counter()
        self.unsafe: Counter[str] = Counter()
        self.names: dict[str, str] = {}

    def document(self, doc, findings) -> None:
        for f in findings:
            self.counts[f.code] += 1
            self.names[f.code] = f.name
            if f.fix is not None and f.fix.applicability is Applicability.SAFE:
                self.fixable[f.code] += 1
            elif f.fix is not None and f.fix.applicability is Applicability.UNSAFE:
                self.unsafe[f.code] += 1

    def rows(self) -> list[dict]:
        order = sorted(self.counts, key=lambda c: (-self.counts[c], c))
        return [
            {
                "code": c,
                "name": self.names[c],
                "count": self.counts[c],
                "fixable": self.fixable[c],
                "unsafe_fixable": self.unsafe[c],
            }
            for c in order
        ]

    def finish(self, summary) -> None:
        rows = self.rows()
        if self.as_json:
            self.stream.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
            return
        if not rows:
            return
        width = max(len(str(r["count"])) for r in rows)
        cw = max(len(r["code"]) for r in rows)
        nw = max(len(r["name"]) for r in rows)
        for r in rows:
            fix = f"[*] {r['fixable']} fixable" if r["fixable"] else ""
            if r["unsafe_fixable"]:
                fix += ("; " if fix else "") + f"{r['unsafe_fixable']} with --unsafe-fixes"
            self.stream.write(
                f"{r['count']:>{width}}\t{r['code']:<{cw}}\t{r['name']:<{nw}}\t{fix}".rstrip()
                + "\n"
            )

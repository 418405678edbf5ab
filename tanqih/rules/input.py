"""Input family (INP): records the readers could not turn into text."""

from __future__ import annotations

from tanqih.linter.registry import FAMILIES, Rule

FAMILIES["INP"] = "input"


class MissingText(Rule):
    """A record has no usable text: its text field is missing, null or not a string.

    **What it does**
    Reports a JSONL (or CSV, Parquet) record whose configured text field
    (``--text-field``, default ``text``) is absent, ``null`` or not a string. A column
    missing from a CSV / TSV header or a Parquet schema (or of another type there) is
    reported once for the file, on its first row, with the columns the file has.

    **Why is this bad?**
    Such a record cannot be checked or cleaned; usually the field name is wrong or the
    scraper failed on that page. The record is passed through unchanged, never dropped.

    **Example**
    ``{"id": 7, "body": "..."}`` checked with the default ``--text-field text``.

    **Use instead**
    ``{"id": 7, "text": "..."}``, or run with ``--text-field body``.

    **Fix safety**
    No fix.
    """

    code = "INP001"
    name = "missing-text"
    family = "input"

    def check(self, doc):
        problem = doc.doc.problem
        if problem:
            yield self.finding(0, 0, f"record skipped: {problem}")

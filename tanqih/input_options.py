"""The command-line options that say how input files are read (``--text-field``,
``--encoding``, ``--csv-delimiter``), shared by ``check`` / ``fix``, ``names`` and
``corpus`` so that every subcommand reads a corpus the same way."""

from __future__ import annotations

import argparse
from typing import Any

from tanqih.linter.config import csv_delimiter, text_fields


class _Once(argparse.Action):
    """A flag that takes one value: given twice, it is a usage error instead of silently
    keeping the last value (``--text-field text --text-field title``)."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        before = getattr(namespace, self.dest, None)
        if before is not None and before != values:
            parser.error(
                f"{option_string} given twice ('{before}', '{values}'): it takes one value"
            )
        setattr(namespace, self.dest, values)


class _Fields(argparse.Action):
    """``--text-field`` given several times (or with commas) names several text fields of
    each record; each is checked as a document of its own."""

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        names = [*(getattr(namespace, self.dest, None) or ()), *values.split(",")]
        try:
            setattr(namespace, self.dest, text_fields([n.strip() for n in names]))
        except ValueError as exc:
            parser.error(f"{option_string}: {exc}")


def _delimiter(value: str) -> str:
    try:
        return csv_delimiter(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_input_options(
    p: argparse.ArgumentParser, id_field: bool = False, text_field: bool = True
) -> None:
    if text_field:
        p.add_argument(
            "--text-field",
            dest="text_fields",
            action=_Fields,
            metavar="FIELD",
            help="JSONL field / CSV or Parquet column holding the text (a dotted path reaches "
            "into nested objects and struct columns: doc.body; default: text); give it "
            "again, or a comma-separated "
            "list (title,text), to check several fields of each record",
        )
    if id_field:
        p.add_argument("--id-field", action=_Once, help="record field used as the record's key")
    p.add_argument("--encoding", action=_Once, help="file encoding (default utf-8; e.g. cp1256)")
    p.add_argument(
        "--csv-delimiter",
        type=_delimiter,
        action=_Once,
        help="field separator of .csv files (default ','; e.g. ';', '|', tab); "
        ".tsv files are always tab-separated",
    )


def input_overrides(args: Any) -> dict[str, Any]:
    """The config overrides the input options give (only those set on the command line)."""
    out = {}
    for name in ("text_fields", "id_field", "encoding", "csv_delimiter"):
        value = getattr(args, name, None)
        if value is not None:
            out[name] = value
    return out

"""``json``: one JSON array of findings."""

from __future__ import annotations

import json

from tanqih.linter.output.base import Formatter, finding_dict, register


@register("json")
class JsonFormatter(Formatter):
    def start(self) -> None:
        self._first = True
        self.stream.write("[")

    def document(self, doc, findings) -> None:
        for f in findings:
            self.stream.write("\n  " if self._first else ",\n  ")
            self._first = False
            self.stream.write(json.dumps(finding_dict(doc, f), ensure_ascii=False))

    def finish(self, summary) -> None:
        self.stream.write("]\n" if self._first else "\n]\n")

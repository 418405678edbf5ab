"""Output formats. Each module registers a Formatter class under its name in FORMATS."""

from __future__ import annotations

import importlib
import pkgutil

from tanqih.linter.output.base import FORMATS, Formatter, finding_dict, register

_LOADED = False


def load_formats() -> dict[str, type[Formatter]]:
    global _LOADED
    if not _LOADED:
        for info in pkgutil.iter_modules(__path__, __name__ + "."):
            importlib.import_module(info.name)
        _LOADED = True
    return FORMATS


__all__ = ["FORMATS", "Formatter", "finding_dict", "load_formats", "register"]

"""tanqih (تنقيح): a linter and fixer for scraped Arabic news text.

Library API::

    from tanqih import lint_text, fix_text
    findings = lint_text("قال الوزير ، إن ...")
    fixed, remaining = fix_text(text, unsafe=True)
"""

from __future__ import annotations

from typing import Any

from tanqih.linter.config import Config, from_mapping
from tanqih.linter.document import Document
from tanqih.linter.engine import Linter
from tanqih.linter.findings import Applicability, Edit, Finding, Fix

__version__ = "0.1.0"

__all__ = [
    "Applicability",
    "Config",
    "Edit",
    "Finding",
    "Fix",
    "Linter",
    "fix_text",
    "lint_text",
    "__version__",
]

_LINTERS: dict[int, Linter] = {}


def _config(config: Config | dict[str, Any] | None) -> Config:
    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    return from_mapping(config)


def _linter(config: Config | dict[str, Any] | None) -> Linter:
    if config is None:
        if 0 not in _LINTERS:
            _LINTERS[0] = Linter(Config())
        return _LINTERS[0]
    return Linter(_config(config))


def lint_text(text: str, config: Config | dict[str, Any] | None = None) -> list[Finding]:
    """Lint one text; ``config`` is a Config or a mapping shaped like the TOML config."""
    return _linter(config).lint(Document(text))


def fix_text(
    text: str, config: Config | dict[str, Any] | None = None, unsafe: bool = False
) -> tuple[str, list[Finding]]:
    """Fix one text to a fixpoint. Returns (fixed text, findings that remain)."""
    result = _linter(config).fix(Document(text), unsafe=unsafe)
    return result.text, result.findings

"""Configuration: discovery, validation and merging with command-line flags.

Sources, nearest folder upward from each file wins; within a folder ``.tanqih.toml`` >
``tanqih.toml`` > ``[tool.tanqih]`` in ``pyproject.toml``. Keys mirror the flags
(kebab-case); per-rule options live under ``[rules.CODE]`` (``[tool.tanqih.rules.CODE]``
in ``pyproject.toml``). Unknown keys and options are errors.
"""

from __future__ import annotations

import dataclasses
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_FILES = (".tanqih.toml", "tanqih.toml", "pyproject.toml")


class ConfigError(Exception):
    """A config file or flag is invalid (exit 2)."""


@dataclass
class Config:
    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    unsafe_fixes: bool = False
    # The record fields (JSONL keys or dotted paths, CSV / Parquet columns) holding text:
    # each is checked and fixed as a document of its own ("title" and "text").
    text_fields: tuple[str, ...] = ("text",)
    id_field: str | None = None
    encoding: str = "utf-8"
    # Field separator of .csv files (None: ","); .tsv files are always tab-separated.
    csv_delimiter: str | None = None
    include: list[str] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    # exclude also applies to files named explicitly (see tanqih.linter.discovery)
    force_exclude: bool = False
    respect_gitignore: bool = True
    # Names file (canonical spellings for VAR001), relative to the config file's folder.
    names_file: str | None = None
    # Per-rule options: {"VAR001": {"min-count": 2}} (codes or rule names as keys).
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)
    # User-declared rules ([[custom-rules]] tables, validated by tanqih.rules.custom).
    custom_rules: list[dict[str, Any]] = field(default_factory=list)
    # Where this config came from (None: defaults / API) and the folder globs are relative to.
    source: Path | None = None
    root: Path | None = None

    def replace(self, **changes: Any) -> Config:
        return dataclasses.replace(self, **changes)

    @property
    def text_field(self) -> str:
        """The first text field (for a reader that takes one)."""
        return self.text_fields[0]


# key in TOML -> (attribute, expected type)
_KEYS: dict[str, tuple[str, Any]] = {
    "select": ("select", list),
    "extend-select": ("extend_select", list),
    "ignore": ("ignore", list),
    "unsafe-fixes": ("unsafe_fixes", bool),
    "text-field": ("text_fields", object),
    "id-field": ("id_field", str),
    "encoding": ("encoding", str),
    "csv-delimiter": ("csv_delimiter", str),
    "include": ("include", list),
    "exclude": ("exclude", list),
    "per-file-ignores": ("per_file_ignores", dict),
    "force-exclude": ("force_exclude", bool),
    "respect-gitignore": ("respect_gitignore", bool),
    "names-file": ("names_file", str),
    "rules": ("rules", dict),
}
_EXTEND_KEY = "extend"

_DELIMITER_NAMES = {"tab": "\t", "\\t": "\t"}


def csv_delimiter(value: str) -> str:
    """A CSV field separator: one character other than a quote mark or a line end
    ("tab" and a written "\\t" name the tab); ValueError otherwise."""
    value = _DELIMITER_NAMES.get(value.lower(), value)
    if len(value) != 1 or value in '"\r\n':
        raise ValueError(
            f"CSV delimiter must be one character other than a quote mark or a line end "
            f"(e.g. ';', '|', tab), got {value!r}"
        )
    return value


def _validate_delimiter(value: str, cfg: Config, where: str) -> str:
    try:
        return csv_delimiter(value)
    except ValueError as exc:
        raise ConfigError(f"config key 'csv-delimiter'{where}: {exc}") from None


def text_fields(values: list[str]) -> tuple[str, ...]:
    """Text field names, in order, each once; ValueError for an empty name or list."""
    if not values:
        raise ValueError("needs at least one field name")
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise ValueError(f"a field name must be a non-empty string, got {v!r}")
    return tuple(dict.fromkeys(values))


def _validate_text_fields(value: Any, cfg: Config, where: str) -> tuple[str, ...]:
    try:
        if not isinstance(value, str | list):
            raise TypeError(f"got {value!r}")
        return text_fields([value] if isinstance(value, str) else value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(
            f"config key 'text-field'{where} must be a field name or a list of them "
            f'("text" or ["title", "text"]): {exc}'
        ) from None


# key -> validate(value, cfg, where) returning the value to store (may raise ConfigError).
_VALIDATORS: dict[str, Any] = {
    "csv-delimiter": _validate_delimiter,
    "text-field": _validate_text_fields,
}


def register_key(key: str, attribute: str, expected: Any, validate: Any = None) -> None:
    """Let a layer (cache, baseline, report, a rule module ...) declare a config key it reads.

    ``validate(value, cfg, where)``, if given, replaces the generic checks for the key: it
    receives the config built so far and returns the value to store.
    """
    _KEYS[key] = (attribute, expected)
    if validate is not None:
        _VALIDATORS[key] = validate


def from_mapping(
    data: dict[str, Any], source: Path | None = None, base: Config | None = None
) -> Config:
    """Build a Config from a TOML-shaped mapping, validating every key."""
    cfg = base.replace() if base is not None else Config()
    where = f" in {source}" if source else ""
    for key, value in data.items():
        if key == _EXTEND_KEY:
            continue
        if key not in _KEYS:
            # Rule modules register their own keys (custom-rules): load them, then recheck.
            from tanqih.linter.registry import load_rules

            load_rules()
        if key not in _KEYS:
            known = ", ".join(sorted([*_KEYS, _EXTEND_KEY]))
            raise ConfigError(f"unknown config key '{key}'{where} (known: {known})")
        attr, expected = _KEYS[key]
        if not isinstance(value, expected):
            raise ConfigError(
                f"config key '{key}'{where} must be a {expected.__name__}, got {value!r}"
            )
        if key in _VALIDATORS:
            setattr(cfg, attr, _VALIDATORS[key](value, cfg, where))
            continue
        if expected is list and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"config key '{key}'{where} must be a list of strings")
        if key == "per-file-ignores":
            for glob, codes in value.items():
                if not isinstance(codes, list) or not all(isinstance(c, str) for c in codes):
                    raise ConfigError(f"per-file-ignores['{glob}']{where} must be a list of codes")
        if key == "rules":
            for code, opts in value.items():
                if not isinstance(opts, dict):
                    raise ConfigError(f"[rules.{code}]{where} must be a table of options")
            merged = {k: dict(v) for k, v in cfg.rules.items()}
            for code, opts in value.items():
                merged.setdefault(code, {}).update(opts)
            value = merged
        setattr(cfg, attr, value)
    if source is not None:
        cfg.source = source
        cfg.root = source.parent
    return cfg


def load_toml(path: Path, what: str = "config") -> dict[str, Any]:
    """Parse a TOML file; a read or syntax error is a ConfigError naming ``what`` and path."""
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read {what} {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML in {what} {path}: {exc}") from exc


def _read_toml(path: Path) -> dict[str, Any] | None:
    data = load_toml(path)
    if path.name == "pyproject.toml":
        return data.get("tool", {}).get("tanqih")
    return data


def load_file(path: Path, _seen: tuple[Path, ...] = ()) -> Config:
    """Load one config file (following ``extend``)."""
    path = path.resolve()
    if path in _seen:
        raise ConfigError(f"config extend cycle: {' -> '.join(map(str, (*_seen, path)))}")
    data = _read_toml(path)
    if data is None:
        if path.name == "pyproject.toml":
            data = {}
        else:
            raise ConfigError(f"no tanqih settings in {path}")
    base = None
    if _EXTEND_KEY in data:
        ext = data[_EXTEND_KEY]
        if not isinstance(ext, str):
            raise ConfigError(f"'extend' in {path} must be a path string")
        base = load_file((path.parent / ext).expanduser(), (*_seen, path))
    return from_mapping(data, path, base)


class ConfigResolver:
    """Finds the config for each file: the nearest folder upward wins (cached per folder)."""

    def __init__(self, explicit: Path | None = None, overrides: dict[str, Any] | None = None):
        self.explicit = load_file(explicit) if explicit is not None else None
        self.overrides = overrides or {}
        self._by_dir: dict[Path, Config] = {}

    def _apply_overrides(self, cfg: Config) -> Config:
        if not self.overrides:
            return cfg
        changes = dict(self.overrides)
        if "select" in changes:
            # --select starts the selection afresh, as in ruff: the config's select,
            # extend-select and ignore are set aside (`--select BLP001` runs BLP001 even
            # where the config ignores it); --extend-select / --ignore flags still apply.
            changes.setdefault("extend_select", [])
            changes.setdefault("ignore", [])
            return cfg.replace(**changes)
        # extend-select / ignore from flags add to the file's.
        if "extend_select" in changes:
            changes["extend_select"] = [*cfg.extend_select, *changes["extend_select"]]
        if "ignore" in changes:
            changes["ignore"] = [*cfg.ignore, *changes["ignore"]]
        return cfg.replace(**changes)

    def for_path(self, path: Path) -> Config:
        if self.explicit is not None:
            return self._apply_overrides(self.explicit)
        folder = path.resolve().parent if not path.is_dir() else path.resolve()
        return self._for_dir(folder)

    def _for_dir(self, folder: Path) -> Config:
        if folder in self._by_dir:
            return self._by_dir[folder]
        cfg = None
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                if name == "pyproject.toml" and _read_toml(candidate) is None:
                    continue
                cfg = self._apply_overrides(load_file(candidate))
                break
        if cfg is None:
            parent = folder.parent
            cfg = self._for_dir(parent) if parent != folder else self._apply_overrides(Config())
        self._by_dir[folder] = cfg
        return cfg

"""Names files: canonical spellings of names, loaded for VAR001 or learned from a corpus.

A names file is TOML, one key per canonical spelling with the list of its variants::

    "إسرائيل" = ["اسرائيل"]
    "نتنياهو" = ["نتانياهو", "نتنياهوا"]

It is configured with ``names-file = "names.toml"`` (relative to the config file's
folder). ``tanqih names PATH... --output names.toml`` learns one from a corpus in a single
streaming pass with bounded memory (:class:`NameLearner`).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from tanqih.input_options import add_input_options, input_overrides
from tanqih.linter.config import ConfigError, load_toml

_CACHE: dict[tuple[str, float, int], dict[str, str]] = {}


def _bare(word: str) -> str:
    from tanqih.linter.arabic import strip_marks

    return strip_marks(word.strip())


def parse_names(data: dict[str, Any], where: str = "names file") -> dict[str, str]:
    """Validate a parsed names file and return {variant: canonical} (bare spellings)."""
    out: dict[str, str] = {}
    for canonical, variants in data.items():
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise ConfigError(f"{where}: '{canonical}' must map to a list of variant spellings")
        canon = _bare(canonical)
        if not canon:
            raise ConfigError(f"{where}: empty canonical spelling")
        for v in variants:
            var = _bare(v)
            if not var or var == canon:
                continue
            if var in out and out[var] != canon:
                raise ConfigError(
                    f"{where}: '{v}' is listed as a variant of both '{out[var]}' and '{canon}'"
                )
            out[var] = canon
    for var, canon in out.items():
        if canon in out:
            raise ConfigError(
                f"{where}: '{canon}' is canonical for '{var}' but also a variant of '{out[canon]}'"
            )
    return out


def load_names(path: Path) -> dict[str, str]:
    """Read a names file (cached by path, mtime and size)."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ConfigError(f"cannot read names file {path}: {exc.strerror or exc}") from exc
    key = (str(path.resolve()), st.st_mtime, st.st_size)
    if key not in _CACHE:
        _CACHE[key] = parse_names(load_toml(path, "names file"), str(path))
    return _CACHE[key]


def names_path(config: Any) -> Path | None:
    """The configured names file, relative to the config file's folder (or the cwd)."""
    value = getattr(config, "names_file", None) if config is not None else None
    if not value:
        return None
    path = Path(value).expanduser()
    if not path.is_absolute():
        root = getattr(config, "root", None)
        path = (Path(root) if root is not None else Path.cwd()) / path
    return path


def names_for(config: Any) -> dict[str, str]:
    """{variant: canonical} from the config's names file ({} without one)."""
    path = names_path(config)
    return load_names(path) if path is not None else {}


# --------------------------------------------------------------------------------------
# Learning canonical spellings from a corpus
# --------------------------------------------------------------------------------------


class NameLearner:
    """Counts spellings of stems across a corpus with bounded memory.

    Stems are grouped by the loose key of the variants rules (hamza seats, ة / ه and
    ى / ي unified). Memory is bounded by ``max_keys``: when the table grows past it,
    keys seen with a single spelling and keys with few occurrences are pruned (a lossy
    count in the spirit of Manku & Motwani: a spelling that survives is frequent across
    the corpus, and what is pruned is too rare to make a canonical spelling).
    """

    def __init__(self, max_keys: int = 200_000, min_count: int = 3) -> None:
        self.max_keys = max_keys
        self.min_count = min_count
        self.table: dict[str, Counter[str]] = {}
        self.documents = 0
        self.pruned = 0
        self._floor = 1  # counts at or below this were pruned at some point

    def add_text(self, text: str) -> None:
        from tanqih.linter.analysis import Analysis
        from tanqih.linter.document import Document
        from tanqih.rules.variants.index import VariantIndex
        from tanqih.rules.variants.relation import MIN_STEM, lkey
        from tanqih.rules.word_frequencies import zipf

        self.documents += 1
        doc = Analysis(Document(text))
        table = self.table
        for tok in doc.tokens:
            views = VariantIndex._views(tok)
            if not views:
                continue
            _, stem = views[-1]  # the most-split stem ...
            if stem != tok.bare:
                # ... unless the word is known and at least as frequent as that stem:
                # فؤاد is not ف + ؤاد, وادي is not و + ادي.
                zwhole = zipf(tok.bare)
                if zwhole >= 3.0 and zwhole >= zipf(stem):
                    stem = tok.bare
            if len(stem) < MIN_STEM:
                continue
            key = lkey(stem)
            counter = table.get(key)
            if counter is None:
                counter = table[key] = Counter()
            counter[stem] += 1
        if len(table) > self.max_keys:
            self._prune()

    def _prune(self) -> None:
        """Drop single-spelling keys with the lowest counts until under 3/4 of the cap."""
        target = self.max_keys * 3 // 4
        while len(self.table) > target:
            doomed = [
                k for k, c in self.table.items() if len(c) == 1 and sum(c.values()) <= self._floor
            ]
            for k in doomed:
                del self.table[k]
            self.pruned += len(doomed)
            if len(self.table) > target:
                self._floor += 1
            if self._floor > 1_000_000:  # pragma: no cover - cannot happen with real text
                break

    def groups(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """[(canonical, [(variant, count), ...]), ...] for groups with real variants."""
        from tanqih.rules.variants.relation import relation

        out = []
        for counter in self.table.values():
            if len(counter) < 2:
                continue
            ranked = counter.most_common()
            canonical, top = ranked[0]
            if top < self.min_count:
                continue
            variants = [
                (s, n)
                for s, n in ranked[1:]
                if n >= 1 and n < top and relation(canonical, s) is not None
            ]
            if variants:
                out.append((canonical, variants))
        out.sort(key=lambda g: (-sum(n for _, n in g[1]), g[0]))
        return out

    def to_toml(self) -> str:
        lines = [
            f"# Canonical spellings learned by `tanqih names` from {self.documents} document(s).",
            "# Each key is the majority spelling; the list holds the variants found",
            "# (with their counts in the comment). Review before use: names-file = ...",
            "",
        ]
        for canonical, variants in self.groups():
            quoted = ", ".join(_toml_str(s) for s, _ in variants)
            counts = ", ".join(f"{s} {n}" for s, n in variants)
            lines.append(f"{_toml_str(canonical)} = [{quoted}]  # {counts}")
        return "\n".join(lines) + "\n"


def _toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def learn(texts: Iterable[str], max_keys: int = 200_000, min_count: int = 3) -> NameLearner:
    learner = NameLearner(max_keys=max_keys, min_count=min_count)
    for text in texts:
        learner.add_text(text)
    return learner


def write_atomic(path: Path, content: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    with tmp.open("w", encoding="utf-8") as fh:
        fh.write(content)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


# --------------------------------------------------------------------------------------
# tanqih names PATH... --output names.toml
# --------------------------------------------------------------------------------------


def add_names_parser(sub: Any) -> None:
    p = sub.add_parser(
        "names",
        help="learn canonical name spellings across a corpus (writes a names file)",
        description=(
            "Stream over the documents of PATH... once, count the spellings of every "
            "word that is written more than one way (hamza, ة / ه, ى / ي), and write the "
            "majority spelling of each group as a names file for VAR001 "
            "(names-file = ...). Memory is bounded by --max-keys."
        ),
    )
    p.add_argument("paths", nargs="+", type=Path, help="files or folders")
    p.add_argument("-o", "--output", type=Path, help="write the names file here (default: stdout)")
    p.add_argument("--min-count", type=int, default=3, help="occurrences a canonical needs")
    p.add_argument(
        "--max-keys", type=int, default=200_000, help="spelling groups kept in memory at most"
    )
    add_input_options(p)  # --text-field, --encoding, --csv-delimiter
    p.add_argument("--config", type=Path, help="use this config file instead of discovery")


def cmd_names(args: Any) -> int:
    import sys

    from tanqih.linter.config import ConfigResolver
    from tanqih.linter.corpus import iter_corpus_texts

    overrides = input_overrides(args)
    if args.min_count < 1 or args.max_keys < 100:
        raise ConfigError("--min-count must be >= 1 and --max-keys >= 100")
    resolver = ConfigResolver(args.config, overrides)
    learner = learn(
        iter_corpus_texts(args.paths, resolver, sys.stderr, strict=True),
        max_keys=args.max_keys,
        min_count=args.min_count,
    )
    content = learner.to_toml()
    groups = content.count("\n") - 4
    if args.output is None:
        sys.stdout.write(content)
    else:
        write_atomic(args.output, content)
    sys.stderr.write(
        f"tanqih names: {learner.documents} document(s), {groups} spelling group(s)"
        + (f" written to {args.output}" if args.output else "")
        + (f", {learner.pruned} rare key(s) pruned" if learner.pruned else "")
        + ".\n"
    )
    return 0

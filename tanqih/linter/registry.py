"""The rule base class, the registry and rule selection.

The engine knows no rule by name: rule modules under ``tanqih.rules`` define subclasses of
:class:`Rule`, which register themselves when the module is imported.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

from tanqih.linter.findings import Applicability, Edit, Finding, Fix

if TYPE_CHECKING:
    from tanqih.linter.analysis import Analysis


class RuleError(Exception):
    """Bad rule selection or rule options (a config error: exit 2)."""


@dataclass(frozen=True)
class Option:
    """A rule option: its default, type and help text. Validated when config loads."""

    default: Any
    help: str
    type: type | tuple[type, ...] | None = None
    choices: tuple | None = None

    def validate(self, code: str, name: str, value: Any) -> Any:
        expected = self.type or type(self.default)
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, expected) or (
            isinstance(value, bool) and expected in (int, float)
        ):
            want = expected.__name__ if isinstance(expected, type) else expected
            raise RuleError(f"{code}: option '{name}' must be {want}, got {value!r}")
        if self.choices is not None and value not in self.choices:
            raise RuleError(f"{code}: option '{name}' must be one of {list(self.choices)}")
        return value


FAMILIES: dict[str, str] = {}  # prefix -> family name, filled by rule modules


_REGISTRY: dict[str, type[Rule]] = {}
_LOADED = False


class Rule:
    """Base of every rule.

    Subclasses set ``code`` (family prefix + digits), ``name`` (kebab-case), ``family``,
    ``default`` (on/off), ``fix`` (``none`` / ``safe`` / ``unsafe`` / ``sometimes``),
    ``options`` and a docstring with the sections *What it does*, *Why is this bad?*,
    *Example*, *Use instead* and *Fix safety*; then implement :meth:`check`.
    """

    code: ClassVar[str] = ""
    name: ClassVar[str] = ""
    family: ClassVar[str] = ""
    default: ClassVar[bool] = True
    fix: ClassVar[str] = "none"
    options: ClassVar[dict[str, Option]] = {}
    # Corpus-level rules need data computed over many documents (see tanqih corpus).
    needs_corpus: ClassVar[bool] = False
    # The rule reads pairs of words counted over the corpus when there is one (and
    # works without); ``--corpus`` counts them when such a rule is selected.
    corpus_pairs: ClassVar[bool] = False
    # Cheap pre-filter: if set, the rule only runs on documents containing one of these.
    triggers: ClassVar[str | None] = None
    # The rule's findings cover a whole piece of debris (mojibake): findings of other
    # rules that start inside one describe bytes of that debris and are dropped.
    covers: ClassVar[bool] = False

    def __init__(self, **opts: Any) -> None:
        values = {k: o.default for k, o in self.options.items()}
        for key, value in opts.items():
            if key not in self.options:
                known = ", ".join(sorted(self.options)) or "none"
                raise RuleError(f"{self.code}: unknown option '{key}' (known: {known})")
            values[key] = self.options[key].validate(self.code, key, value)
        self.opts = values
        self.explicit = frozenset(opts)  # options the config set (the rest are defaults)
        self.context: dict[str, Any] = {}  # corpus-level data, names files, ...
        self.config: Any = None  # the effective Config, set by configure()

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.code:
            return
        if cls.code in _REGISTRY and _REGISTRY[cls.code] is not cls:
            other = _REGISTRY[cls.code].__qualname__
            raise RuleError(f"rule code {cls.code} used by {other} and {cls.__qualname__}")
        _REGISTRY[cls.code] = cls

    # -- the API rules implement -------------------------------------------------------
    def check(self, doc: Analysis) -> Iterable[Finding]:  # pragma: no cover - abstract
        raise NotImplementedError

    def configure(self, config: Any) -> None:
        """Called once by the Linter with the effective Config (top-level keys such as a
        names file). Raise RuleError for a bad setting: it is reported as a config error."""
        self.config = config

    # -- helpers for rules ------------------------------------------------------------
    def finding(
        self,
        start: int,
        end: int,
        message: str,
        edits: Iterable[Edit] | None = None,
        applicability: Applicability | str | None = None,
        fix_message: str | None = None,
    ) -> Finding:
        fix = None
        if edits is not None:
            edits = tuple(sorted(edits, key=lambda e: (e.start, e.end)))
            if edits:
                if applicability is None:
                    applicability = (
                        Applicability.UNSAFE if self.fix == "unsafe" else Applicability.SAFE
                    )
                fix = Fix(edits, Applicability(applicability), fix_message)
        return Finding(self.code, self.name, message, start, end, fix, self.family)

    @classmethod
    def doc(cls) -> str:
        return inspect.cleandoc(cls.__doc__ or "")

    @classmethod
    def summary(cls) -> str:
        return cls.doc().split("\n", 1)[0]


def load_rules() -> None:
    """Import every module of the rule catalog so its rules register."""
    global _LOADED
    if _LOADED:
        return
    import tanqih.rules as pkg

    for info in pkgutil.iter_modules(pkg.__path__, pkg.__name__ + "."):
        importlib.import_module(info.name)
    _LOADED = True


def all_rules() -> list[type[Rule]]:
    load_rules()
    return sorted(_REGISTRY.values(), key=lambda r: r.code)


def get_rule(ref: str) -> type[Rule]:
    load_rules()
    if ref in _REGISTRY:
        return _REGISTRY[ref]
    for rule in _REGISTRY.values():
        if rule.name == ref:
            return rule
    raise RuleError(f"unknown rule '{ref}'")


def _specificity(selector: str, rule: type[Rule]) -> int | None:
    """How specifically a selector names a rule (higher is more specific), None if not."""
    if selector == "ALL":
        return 0
    if selector == rule.name or selector == rule.code:
        return 100
    if selector == rule.family:
        return 1
    if rule.code.startswith(selector) and selector[:1].isalpha():
        return len(selector)
    return None


def validate_selectors(selectors: Iterable[str]) -> None:
    rules = all_rules()
    for sel in selectors:
        if not any(_specificity(sel, r) is not None for r in rules):
            raise RuleError(f"unknown rule selector '{sel}' (see `tanqih rules`)")


def select_rules(
    select: list[str] | None = None,
    extend_select: Iterable[str] = (),
    ignore: Iterable[str] = (),
) -> list[type[Rule]]:
    """Resolve selectors the way ruff does: the most specific selector wins.

    Without ``select`` the default rules are on. A default-off rule is on only when a
    selector names it (by code, prefix, name, family or ``ALL``). On a tie, ignore wins.
    """
    extend_select = list(extend_select)
    ignore = list(ignore)
    validate_selectors([*(select or []), *extend_select, *ignore])
    chosen = []
    for rule in all_rules():
        best_on: int | None = -1 if (select is None and rule.default) else None
        for sel in [*(select or []), *extend_select]:
            s = _specificity(sel, rule)
            if s is not None and (best_on is None or s > best_on):
                best_on = s
        best_off: int | None = None
        for sel in ignore:
            s = _specificity(sel, rule)
            if s is not None and (best_off is None or s > best_off):
                best_off = s
        if best_on is None:
            continue
        if best_off is not None and best_off >= best_on:
            continue
        chosen.append(rule)
    return chosen


def iter_families() -> Iterator[tuple[str, str]]:
    load_rules()
    yield from sorted(FAMILIES.items())

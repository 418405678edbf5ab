"""User-declared rules (USR), in the spirit of Vale: declared in config, run like built-ins.

A project declares rules as ``[[custom-rules]]`` tables (``[[tool.tanqih.custom-rules]]``
in ``pyproject.toml``)::

    [[custom-rules]]
    code = "USR001"
    name = "no-colloquial"
    type = "existence"             # existence | substitution | consistency
    tokens = ["هيك", "كتير"]       # literal words (clitics و ف ب ك ل allowed before them)
    message = "colloquial word '{match}' in news copy"

    [[custom-rules]]
    code = "USR002"
    name = "house-spelling"
    type = "substitution"
    swap = { "الامارات" = "الإمارات" }   # or: pattern = "..." with replacement = "..."
    applicability = "safe"          # safe | unsafe (default) | display-only
    message = "write '{replacement}', not '{match}'"

    [[custom-rules]]
    code = "USR003"
    name = "one-spelling"
    type = "consistency"
    variants = [["إيميل", "ايميل", "بريد إلكتروني"]]
    message = "'{match}': this document mostly writes '{expected}'"

How it fits the engine (which names no rule): when a config is loaded, the
``custom-rules`` key validator (registered with :func:`register_key`) checks every
declaration (a bad regex, a missing or unknown key, a duplicate code or name is a
ConfigError naming the rule) and creates one :class:`UserRule` subclass per code, which
registers itself like any rule, so ``--select USR001``, ``ignore``, per-file-ignores,
fixes and every output format work unchanged. The declaration itself travels as the
rule's *options*, injected into the config's ``rules`` table: each config instantiates
the class with its own declaration, so two folders may declare USR001 differently, and a
config that does not declare a code gets an inert instance.
"""

from __future__ import annotations

import string
from collections import Counter
from typing import Any

import regex

from tanqih.linter.config import Config, ConfigError, register_key
from tanqih.linter.findings import Edit
from tanqih.linter.registry import FAMILIES, Option, Rule, RuleError

FAMILIES["USR"] = "custom"

TYPES = ("existence", "substitution", "consistency")
APPLICABILITIES = ("safe", "unsafe", "display-only")
_CODE_RE = regex.compile(r"USR[0-9]{3}")
_NAME_RE = regex.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")
# Keys of a declaration that are class metadata rather than options.
_META_KEYS = ("code", "name", "default")
_COMMON_KEYS = ("type", "message", "description", "ignore-case", "clitics")
_TYPE_KEYS = {
    "existence": ("pattern", "tokens"),
    "substitution": ("pattern", "replacement", "swap", "applicability"),
    "consistency": ("variants", "applicability"),
}
_PLACEHOLDERS = {
    "existence": {"match"},
    "substitution": {"match", "replacement"},
    "consistency": {"match", "expected"},
}
# A word boundary that works for Arabic (no \b): no letter, mark or digit on either side.
_BEFORE = r"(?<![\p{L}\p{M}\p{N}_])"
_AFTER = r"(?![\p{L}\p{M}\p{N}_])"
_CLITIC = r"(?P<clitic>[وف]?[بكل]?)"


class UserRule(Rule):
    """Base of the classes generated from ``[[custom-rules]]`` (not a rule itself)."""

    family = "custom"
    user_defined = True  # generated from config: docs generators may skip these
    options = {
        "type": Option("", "existence, substitution or consistency", str, ("", *TYPES)),
        "message": Option("", "the finding's message ({match} ... placeholders)", str),
        "description": Option("", "why the rule exists (shown by `tanqih rule`)", str),
        "pattern": Option("", "a regex (the `regex` module's syntax)", str),
        "tokens": Option([], "literal words to flag (existence)", list),
        "replacement": Option("", "replacement template for `pattern` (substitution)", str),
        "swap": Option({}, "literal word -> replacement (substitution)", dict),
        "variants": Option([], "sets of variants; a document uses one of each", list),
        "applicability": Option("unsafe", "fix safety", str, APPLICABILITIES),
        "ignore-case": Option(False, "match case-insensitively (Latin text)", bool),
        "clitics": Option(True, "words may carry the proclitics و ف ب ك ل", bool),
    }

    def __init__(self, **opts: Any) -> None:
        super().__init__(**opts)
        try:
            self._compiled = _compile(self.code, self.opts)
        except ConfigError as exc:
            raise RuleError(str(exc)) from None

    def check(self, doc):
        kind = self.opts["type"]
        if not kind or self._compiled is None:
            return  # this config does not declare the code
        if kind == "existence":
            yield from self._existence(doc)
        elif kind == "substitution":
            yield from self._substitution(doc)
        else:
            yield from self._consistency(doc)

    def _message(self, **values: str) -> str:
        template = self.opts["message"]
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # validated at load; be defensive
            return template

    def _existence(self, doc):
        for m in self._compiled.finditer(doc.text):
            if m.end() == m.start():
                continue
            yield self.finding(m.start(), m.end(), self._message(match=m.group()))

    def _substitution(self, doc):
        swap = self.opts["swap"]
        fold = self.opts["ignore-case"]
        lookup = {(k.casefold() if fold else k): v for k, v in swap.items()}
        for m in self._compiled.finditer(doc.text):
            if m.end() == m.start():
                continue
            if swap:
                word = m.group("word")
                new = lookup[word.casefold() if fold else word]
                s, e, shown = m.start("word"), m.end("word"), m.group("clitic") + new
            else:
                s, e = m.start(), m.end()
                new = shown = m.expand(self.opts["replacement"])
            if new == doc.text[s:e]:
                continue
            yield self.finding(
                m.start(),
                m.end(),
                self._message(match=m.group(), replacement=shown),
                [Edit(s, e, new)],
                applicability=self.opts["applicability"],
            )

    def _consistency(self, doc):
        fold = self.opts["ignore-case"]
        for group_rx, variants in self._compiled:
            index = {(v.casefold() if fold else v): i for i, v in enumerate(variants)}
            hits = []
            for m in group_rx.finditer(doc.text):
                word = m.group("word")
                hits.append((m, index[word.casefold() if fold else word]))
            counts = Counter(i for _, i in hits)
            if len(counts) < 2:
                continue
            first = {}
            for pos, (_, i) in enumerate(hits):
                first.setdefault(i, pos)
            best = max(counts, key=lambda i: (counts[i], -first[i]))
            expected = variants[best]
            for m, i in hits:
                if i == best:
                    continue
                yield self.finding(
                    m.start(),
                    m.end(),
                    self._message(match=m.group(), expected=m.group("clitic") + expected),
                    [Edit(m.start("word"), m.end("word"), expected)],
                    applicability=self.opts["applicability"],
                )


# ------------------------------------------------------------------- compilation


def _flags(opts: dict[str, Any]) -> int:
    return regex.IGNORECASE if opts.get("ignore-case") else 0


def _words_rx(words: list[str], opts: dict[str, Any]) -> regex.Pattern:
    """Literal words, longest first, with Arabic-aware boundaries and optional clitics."""
    alts = "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))
    clitic = _CLITIC if opts.get("clitics", True) else "(?P<clitic>)"
    return regex.compile(f"{_BEFORE}{clitic}(?P<word>{alts}){_AFTER}", _flags(opts))


def _compile(code: str, opts: dict[str, Any]):
    """The matcher of a declaration (None when the options declare nothing)."""
    kind = opts.get("type", "")
    if not kind:
        return None
    label = f"custom rule {code}"
    try:
        if kind == "existence":
            if opts.get("pattern"):
                return regex.compile(opts["pattern"], _flags(opts))
            return _words_rx(opts["tokens"], opts) if opts.get("tokens") else None
        if kind == "substitution":
            if opts.get("swap"):
                return _words_rx(list(opts["swap"]), opts)
            return regex.compile(opts["pattern"], _flags(opts)) if opts.get("pattern") else None
        return [(_words_rx(group, opts), list(group)) for group in opts.get("variants", [])]
    except regex.error as exc:
        raise ConfigError(f"{label}: invalid pattern: {exc}") from None


# ------------------------------------------------------------------- validation


def _fail(where_rule: str, msg: str) -> ConfigError:
    return ConfigError(f"custom rule {where_rule}: {msg}")


def _check_template(label: str, rx: regex.Pattern, template: str) -> None:
    """Reject replacement templates that refer to groups the pattern does not have."""
    for m in regex.finditer(r"\\(?:g<([^>]*)>|([0-9]{1,2}))", template):
        ref = m.group(1) if m.group(1) is not None else m.group(2)
        if ref.isdigit():
            if int(ref) > rx.groups:
                raise _fail(
                    label, f"replacement refers to group {ref}, the pattern has {rx.groups}"
                )
        elif ref not in rx.groupindex:
            raise _fail(label, f"replacement refers to unknown group '{ref}'")


def _check_settles(label: str, rx: regex.Pattern, opts: dict[str, Any]) -> None:
    """Reject a substitution whose replacement is matched again (مصر -> جمهورية مصر, or a
    swap A -> B beside B -> A): every fix would be flagged anew and --fix never settles."""
    if opts.get("swap"):
        replacements = list(opts["swap"].values())
    elif not regex.search(r"\\(?:g<|[0-9])", opts["replacement"]):
        replacements = [opts["replacement"]]  # (a template with groups cannot be checked)
    else:
        replacements = []
    for repl in replacements:
        m = rx.search(repl)
        if m is not None and m.group():
            raise _fail(
                label,
                f"the replacement '{repl}' contains '{m.group()}', which the rule replaces: "
                "each fix would be flagged again and --fix would never settle; write a "
                "pattern that leaves the replaced text alone (a lookbehind such as "
                "'(?<!جمهورية )مصر')",
            )


def _check_message(label: str, kind: str, message: str) -> None:
    allowed = _PLACEHOLDERS[kind]
    try:
        fields = [f for _, f, _, _ in string.Formatter().parse(message) if f is not None]
    except ValueError as exc:
        raise _fail(label, f"bad message template ({exc}); write '{{{{' for a brace") from None
    for f in fields:
        if f not in allowed:
            want = ", ".join("{" + a + "}" for a in sorted(allowed))
            raise _fail(label, f"unknown placeholder '{{{f}}}' in message (use {want})")


def _validate_one(entry: Any, i: int, where: str) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise ConfigError(f"custom-rules[{i}]{where} must be a table, got {entry!r}")
    code = entry.get("code")
    name = entry.get("name")
    label = f"{code or f'#{i + 1}'}" + (f" ({name})" if name else "") + where
    if not isinstance(code, str) or not _CODE_RE.fullmatch(code):
        raise _fail(label, f"'code' must be USR followed by 3 digits (e.g. USR001), got {code!r}")
    if not isinstance(name, str) or not _NAME_RE.fullmatch(name):
        raise _fail(label, f"'name' must be kebab-case (e.g. no-colloquial), got {name!r}")
    kind = entry.get("type")
    if kind not in TYPES:
        raise _fail(label, f"'type' must be one of {', '.join(TYPES)}, got {kind!r}")
    allowed = set(_META_KEYS) | set(_COMMON_KEYS) | set(_TYPE_KEYS[kind])
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise _fail(
            label,
            f"unknown key(s) {', '.join(unknown)} for type {kind} "
            f"(allowed: {', '.join(sorted(allowed))})",
        )
    message = entry.get("message")
    if not isinstance(message, str) or not message.strip():
        raise _fail(label, "'message' is required (a string)")
    _check_message(label, kind, message)
    opts: dict[str, Any] = {"type": kind, "message": message}
    for key in ("description", "pattern", "replacement", "applicability"):
        if key in entry:
            if not isinstance(entry[key], str):
                raise _fail(label, f"'{key}' must be a string")
            opts[key] = entry[key]
    for key in ("ignore-case", "clitics"):
        if key in entry:
            if not isinstance(entry[key], bool):
                raise _fail(label, f"'{key}' must be true or false")
            opts[key] = entry[key]
    if "default" in entry and not isinstance(entry["default"], bool):
        raise _fail(label, "'default' must be true or false")
    if opts.get("applicability", "unsafe") not in APPLICABILITIES:
        raise _fail(label, f"'applicability' must be one of {', '.join(APPLICABILITIES)}")

    def words(key: str, value: Any, min_len: int = 1) -> list[str]:
        if (
            not isinstance(value, list)
            or len(value) < min_len
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            raise _fail(label, f"'{key}' must be a list of at least {min_len} non-empty strings")
        return value

    if kind == "existence":
        if ("pattern" in entry) == ("tokens" in entry):
            raise _fail(label, "an existence rule needs exactly one of 'pattern' or 'tokens'")
        if "tokens" in entry:
            opts["tokens"] = words("tokens", entry["tokens"])
    elif kind == "substitution":
        if "swap" in entry:
            if "pattern" in entry or "replacement" in entry:
                raise _fail(label, "use either 'swap' or 'pattern' + 'replacement', not both")
            swap = entry["swap"]
            if (
                not isinstance(swap, dict)
                or not swap
                or not all(
                    isinstance(k, str) and k.strip() and isinstance(v, str) for k, v in swap.items()
                )
            ):
                raise _fail(label, "'swap' must be a table of word = replacement strings")
            opts["swap"] = dict(swap)
        elif "pattern" not in entry or "replacement" not in entry:
            raise _fail(label, "a substitution rule needs 'swap', or 'pattern' and 'replacement'")
    else:
        variants = entry.get("variants")
        if not isinstance(variants, list) or not variants:
            raise _fail(label, "a consistency rule needs 'variants', a list of lists of words")
        opts["variants"] = [words("variants", g, 2) for g in variants]
        for g in opts["variants"]:
            if len({(v.casefold() if opts.get("ignore-case") else v) for v in g}) != len(g):
                raise _fail(label, f"variant set {g} repeats a word")
    if "pattern" in opts and not opts["pattern"]:
        raise _fail(label, "'pattern' is empty")
    try:
        compiled = _compile(code, opts)
    except ConfigError as exc:
        raise _fail(label, str(exc).split(": ", 1)[1]) from None
    if kind == "substitution" and "replacement" in opts:
        _check_template(label, compiled, opts["replacement"])
    if kind == "substitution":
        _check_settles(label, compiled, opts)
    return {
        "code": code,
        "name": name,
        "default": entry.get("default", True),
        "options": opts,
    }


_USER_CLASSES: dict[str, type[UserRule]] = {}


def _fix_kind(decl: dict[str, Any]) -> str:
    opts = decl["options"]
    if opts["type"] == "existence":
        return "none"
    app = opts.get("applicability", "unsafe")
    return "safe" if app == "safe" else "unsafe"


def _doc(decl: dict[str, Any], source: str) -> str:
    opts = decl["options"]
    what = {
        "existence": "Flags every match of a pattern or word list declared in the config.",
        "substitution": "Flags matches of a declared pattern or word list and proposes "
        "the declared replacement.",
        "consistency": "Flags words of a declared variant set that are not the variant "
        "the document uses most (ties: the first one used).",
    }[opts["type"]]
    app = opts.get("applicability", "unsafe")
    safety = (
        "No fix."
        if opts["type"] == "existence"
        else f"Declared {app} by the config that defines the rule."
    )
    return (
        f"User-declared {opts['type']} rule: {opts['message']}\n\n"
        f"**What it does**\n{what} Declared in {source}.\n\n"
        f"**Why is this bad?**\n{opts.get('description') or 'The project declared it so.'}\n\n"
        f"**Example**\nSee the rule's declaration in {source}.\n\n"
        f"**Use instead**\nSee the rule's declaration in {source}.\n\n"
        f"**Fix safety**\n{safety}\n"
    )


def _class_for(decl: dict[str, Any], source: str) -> type[UserRule]:
    """Create (or update) the registered class of a declared code."""
    from tanqih.linter.registry import all_rules

    code, name = decl["code"], decl["name"]
    for rule in all_rules():
        if rule.code == code and not issubclass(rule, UserRule):
            raise ConfigError(f"custom rule {code}: the code belongs to a built-in rule")
        if rule.name == name and rule.code != code:
            raise ConfigError(
                f"custom rule {code} ({name}): the name is already used by {rule.code}"
            )
    attrs = {
        "name": name,
        "default": decl["default"],
        "fix": _fix_kind(decl),
        "__doc__": _doc(decl, source),
    }
    cls = _USER_CLASSES.get(code)
    if cls is None:
        cls = type(f"UserRule_{code}", (UserRule,), {"code": code, "__module__": __name__, **attrs})
        _USER_CLASSES[code] = cls
    else:
        for key, value in attrs.items():
            setattr(cls, key, value)
    return cls


def validate_custom_rules(value: list, cfg: Config, where: str) -> list[dict[str, Any]]:
    """The ``custom-rules`` config key: validate, register the classes, inject options.

    Returns the merged declarations (those of an ``extend``-ed base config first; a code
    declared again replaces the base's declaration).
    """
    decls = [_validate_one(entry, i, where) for i, entry in enumerate(value)]
    for key in ("code", "name"):
        seen: dict[str, int] = {}
        for d in decls:
            if d[key] in seen:
                raise ConfigError(
                    f"custom rule {d['code']} ({d['name']}){where}: duplicate {key} "
                    f"'{d[key]}' (also declared by entry #{seen[d[key]] + 1})"
                )
            seen[d[key]] = decls.index(d)
    mine = {d["code"] for d in decls}
    merged = [d for d in cfg.custom_rules if d["code"] not in mine] + decls
    source = where.removeprefix(" in ").strip() or "the configuration"
    rules = {k: dict(v) for k, v in cfg.rules.items()}
    for d in decls:
        _class_for(d, source)
        # The declaration is the rule's options (it replaces a base config's declaration
        # of the code); a [rules.USRnnn] table after it in the same file may override them.
        rules[d["code"]] = dict(d["options"])
    cfg.rules = rules
    return merged


def forget_user_rules() -> None:
    """Unregister every generated class (for tests and long-lived processes)."""
    from tanqih.linter import registry

    for code in list(_USER_CLASSES):
        if registry._REGISTRY.get(code) is _USER_CLASSES[code]:
            del registry._REGISTRY[code]
        del _USER_CLASSES[code]


register_key("custom-rules", "custom_rules", list, validate_custom_rules)

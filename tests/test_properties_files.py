"""File-level properties (hypothesis): `--diff` applied with `git apply` equals `--fix`, and
fixing JSONL changes no byte outside the fixed text fields."""

from __future__ import annotations

import contextlib
import io
import json
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tanqih.cli import main
from tanqih.linter.sources.jsonl import field_span

from .test_properties import arabic_heavy

SETTINGS = settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
line_ends = st.sampled_from(["\n", "\r\n"])


def _run(*args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue()


@pytest.mark.skipif(shutil.which("git") is None, reason="git not installed")
@SETTINGS
@given(st.lists(arabic_heavy, min_size=1, max_size=5), line_ends, st.booleans(), st.booleans())
def test_diff_applied_with_git_equals_fix(paragraphs, eol, final_newline, unsafe):
    text = eol.join(p.replace("\r", "").replace("\n", " ") for p in paragraphs)
    if final_newline:
        text += eol
    flags = ["--select", "ALL", "--no-cache", *(["--unsafe-fixes"] if unsafe else [])]
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name in ("diffed", "fixed"):
            (root / name).mkdir()
            (root / name / "a.txt").write_bytes(text.encode("utf-8"))
        with contextlib.chdir(root / "diffed"):
            _, diff = _run("check", "--diff", *flags, "a.txt")
        with contextlib.chdir(root / "fixed"):
            _run("check", "--fix", *flags, "a.txt")
        assert (root / "diffed" / "a.txt").read_bytes() == text.encode("utf-8")  # untouched
        if diff:
            subprocess.run(
                ["git", "apply", "-"],
                cwd=root / "diffed",
                input=diff.encode("utf-8"),
                check=True,
                capture_output=True,
            )
        assert (root / "diffed" / "a.txt").read_bytes() == (root / "fixed" / "a.txt").read_bytes()


json_scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=10)
)


@st.composite
def jsonl_records(draw):
    lines = []
    for _ in range(draw(st.integers(1, 6))):
        extra = draw(
            st.dictionaries(
                st.sampled_from(["id", "url", "n", "meta", "x"]), json_scalars, max_size=3
            )
        )
        fields = list(extra.items())
        pos = draw(st.integers(0, len(fields)))
        fields.insert(pos, ("text", draw(arabic_heavy)))
        ascii_escapes = draw(st.booleans())
        sep = draw(st.sampled_from([(", ", ": "), (",", ":")]))
        body = (
            "{"
            + sep[0].join(
                json.dumps(k) + sep[1] + json.dumps(v, ensure_ascii=ascii_escapes)
                for k, v in fields
            )
            + "}"
        )
        lines.append(body)
    return "\n".join(lines) + "\n"


@SETTINGS
@given(jsonl_records(), st.booleans())
def test_jsonl_fix_preserves_bytes_outside_text_fields(content, unsafe):
    flags = ["--select", "ALL", "--no-cache", *(["--unsafe-fixes"] if unsafe else [])]
    with tempfile.TemporaryDirectory() as tmp:
        f = Path(tmp) / "c.jsonl"
        f.write_bytes(content.encode("utf-8"))
        _, out = _run("check", "--output-format", "json", "--select", "ALL", "--no-cache", str(f))
        flagged = {x["record"] for x in json.loads(out)}
        _run("check", "--fix", *flags, str(f))
        before = content.split("\n")
        after = f.read_bytes().decode("utf-8").split("\n")
    assert len(before) == len(after)
    for number, (old, new) in enumerate(zip(before, after, strict=True), start=1):
        if number not in flagged or not old:
            assert old == new
            continue
        a, b = field_span(old, "text")
        c, d = field_span(new, "text")
        assert old[:a] == new[:c] and old[b:] == new[d:]
        assert json.loads(new)["text"] == json.loads(new[c:d])

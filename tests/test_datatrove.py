"""datatrove path: pipeline steps and `tanqih fix --executor local|slurm|ray`, compared byte
for byte with `tanqih fix --output-dir` (gzip shards: their decompressed bytes)."""

from __future__ import annotations

import gzip
import os
import stat
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("datatrove", reason="extra tanqih[datatrove] not installed")
pytest.importorskip("orjson", reason="extra tanqih[datatrove] not installed (orjson)")

from datatrove.data import Document as DTDocument  # noqa: E402

from tanqih.integrations.datatrove import (  # noqa: E402
    TanqihAnnotator,
    TanqihDamageFilter,
    TanqihFixer,
    keep_all_adapter,
)

from .corpus_helpers import write_jsonl  # noqa: E402


def _shards(root: Path) -> Path:
    (root / "sub").mkdir(parents=True)
    write_jsonl(root / "a.jsonl", 12, seed=1)
    write_jsonl(root / "sub" / "b.jsonl", 20, seed=2)
    (root / "sub" / "c.jsonl.gz").write_bytes(gzip.compress((root / "a.jsonl").read_bytes()))
    return root


def _contents(root: Path) -> dict[str, bytes]:
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file():
            data = p.read_bytes()
            out[p.relative_to(root).as_posix()] = (
                gzip.decompress(data) if p.name.endswith(".gz") else data
            )
    return out


def _reference(tmp_path, run_cli, src) -> dict[str, bytes]:
    ref = tmp_path / "ref"
    run_cli("fix", "-q", "--output-format", "concise", "--output-dir", str(ref), str(src))
    return _contents(ref)


def test_local_executor_matches_tanqih_fix(tmp_path, run_cli):
    src = _shards(tmp_path / "in")
    want = _reference(tmp_path, run_cli, src)
    out = tmp_path / "out"
    code, _, err = run_cli(
        "fix", "--executor", "local", "-j", "2", "--output-dir", str(out), str(src)
    )
    assert code == 0, err
    got = _contents(out)
    assert got == want
    assert got["a.jsonl"] != (src / "a.jsonl").read_bytes()  # something was fixed
    assert (out / "sub" / "c.jsonl.gz").read_bytes()[:2] == b"\x1f\x8b"


def test_executor_usage_errors(tmp_path, run_cli):
    src = _shards(tmp_path / "in")
    code, _, err = run_cli("fix", "--executor", "local", str(src))
    assert code == 2 and "--output-dir" in err
    empty = tmp_path / "empty"
    empty.mkdir()
    code, _, err = run_cli(
        "fix", "--executor", "local", "--output-dir", str(tmp_path / "o"), str(empty)
    )
    assert code == 2 and "no JSONL shards" in err
    code, _, err = run_cli(
        "fix", "--executor", "local", "--text-field", "title,text", "--output-dir",
        str(tmp_path / "o"), str(src),
    )  # fmt: skip
    assert code == 2 and "one text field per record" in err
    assert not (tmp_path / "o").exists()


def _stand_in(bin_dir: Path, name: str, body: str) -> None:
    p = bin_dir / name
    p.write_text(f"#!{sys.executable}\n" + textwrap.dedent(body), encoding="utf-8")
    p.chmod(p.stat().st_mode | stat.S_IEXEC)


def test_slurm_executor_with_stand_in_sbatch(tmp_path, run_cli, monkeypatch):
    """sbatch runs each array task of the submitted script locally, one after another."""
    src = _shards(tmp_path / "in")
    want = _reference(tmp_path, run_cli, src)
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "sbatch.log"
    _stand_in(
        bin_dir,
        "sbatch",
        f"""
        import os, re, subprocess, sys
        script = sys.argv[-1]
        text = open(script).read()
        m = re.search(r"#SBATCH --array=(\\d+)-(\\d+)", text)
        tasks = range(int(m.group(1)), int(m.group(2)) + 1) if m else [None]
        with open({str(log)!r}, "a") as fh:
            fh.write(" ".join(sys.argv[1:-1]) + " tasks=" + str(len(tasks)) + "\\n")
        for t in tasks:
            env = dict(os.environ, SLURM_JOB_ID="4242", SLURM_NODELIST="localhost",
                       SLURM_CPUS_PER_TASK="1")
            for arg in sys.argv[1:-1]:
                if arg.startswith("--export=ALL,"):
                    for kv in arg[len("--export=ALL,"):].split(","):
                        k, v = kv.split("=", 1)
                        env[k] = v
            if t is not None:
                env["SLURM_ARRAY_TASK_ID"] = str(t)
            subprocess.run(["bash", script], env=env, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        print("Submitted batch job 4242")
        """,
    )
    _stand_in(
        bin_dir,
        "srun",
        """
        import os, sys
        args = sys.argv[1:]
        i = next(k for k, a in enumerate(args) if a == "launch_pickled_pipeline")
        os.execvp(args[i], args[i:])
        """,
    )
    _stand_in(bin_dir, "scontrol", 'print("localhost")\n')
    monkeypatch.setenv(
        "PATH",
        f"{bin_dir}{os.pathsep}{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
    )
    out = tmp_path / "out"
    code, _, err = run_cli(
        "fix", "--executor", "slurm", "--partition", "cpu", "--output-dir", str(out), str(src)
    )
    assert code == 0, err
    assert "submitted Slurm job 4242" in err
    assert "tasks=3" in log.read_text()  # one array task per shard
    assert _contents(out) == want


def test_ray_executor_local_mode(tmp_path, run_cli, monkeypatch):
    # under `uv run`, Ray's uv hook would start workers outside this environment
    monkeypatch.setenv("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
    ray = pytest.importorskip("ray", reason="extra tanqih[ray] not installed")
    src = _shards(tmp_path / "in")
    want = _reference(tmp_path, run_cli, src)
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    try:
        out = tmp_path / "out"
        code, _, err = run_cli("fix", "--executor", "ray", "--output-dir", str(out), str(src))
    finally:
        ray.shutdown()
    assert code == 0, err
    assert _contents(out) == want


CONFIG = {"select": ["PUN001"]}


def test_fixer_annotator_and_damage_filter_steps():
    clean = "قال الوزير، إن الاتفاق مهم."
    dirty = "قال الوزير ، إن الاتفاق مهم ."
    awful = "أ ، ب ، ج ، د ."
    docs = [DTDocument(text=t, id=str(i), metadata={}) for i, t in enumerate([clean, dirty, awful])]
    annotated = list(TanqihAnnotator(CONFIG).run(iter(docs)))
    assert [d.metadata["tanqih"]["counts"] for d in annotated] == [{}, {"PUN001": 2}, {"PUN001": 4}]
    first = annotated[1].metadata["tanqih"]["findings"][0]
    assert set(first) == {"code", "start", "end", "message"}
    kept = list(TanqihDamageFilter(100, CONFIG).run(iter(annotated)))
    assert [d.id for d in kept] == ["0", "1"]
    dropped = annotated[2]
    assert "findings per 1000 characters (> 100)" in dropped.metadata["tanqih_drop_reason"]
    assert "PUN001×4" in dropped.metadata["tanqih_drop_reason"]
    fixed = list(TanqihFixer(CONFIG, record_findings=True).run(iter(kept)))
    assert [d.text for d in fixed] == [clean, clean]
    assert fixed[1].metadata["tanqih"]["counts"] == {}


def test_keep_all_adapter_keeps_falsy_fields():
    doc = DTDocument(text="", id="0", metadata={"score": 0, "tags": [], "tanqih_raw": "x"})
    data = keep_all_adapter(None, doc)
    assert data["text"] == "" and data["metadata"] == {"score": 0, "tags": []}


def test_steps_pickle_without_their_linter():
    import pickle

    step = TanqihFixer(CONFIG)
    _ = step.linter
    clone = pickle.loads(pickle.dumps(step))
    assert clone._linter is None and clone.linter.codes == ["PUN001"]


def test_local_executor_max_damage_drops_and_malformed_line_fails(tmp_path, run_cli):
    src = tmp_path / "in"
    src.mkdir()
    write_jsonl(src / "a.jsonl", 20, seed=3)  # record 17 has no text
    out = tmp_path / "out"
    code, _, err = run_cli(
        "fix", "--executor", "local", "--max-damage", "0.5", "--output-dir", str(out), str(src)
    )
    assert code == 0, err
    kept = (out / "a.jsonl").read_text(encoding="utf-8").splitlines()
    # every generated article has findings left (repeated sentences): all but the
    # record without text are dropped, and the drop is counted under its reason
    assert len(kept) == 1 and '"text"' not in kept[0]
    stats = (tmp_path / "out.logs" / "stats.json").read_text(encoding="utf-8")
    assert "dropped_tanqih_damage" in stats
    bad = tmp_path / "bad"
    bad.mkdir()
    write_jsonl(bad / "b.jsonl", 5, seed=1, extra_lines={3: "{broken"})
    code, _, err = run_cli(
        "fix", "--executor", "local", "--output-dir", str(tmp_path / "out2"), str(bad)
    )
    assert code == 2 and "tasks failed" in err and "b.jsonl:3: malformed JSON" in err

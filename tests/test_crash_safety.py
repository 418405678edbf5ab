"""Crash safety of `tanqih check --fix`: SIGKILL mid-run leaves every file entirely old or
entirely new, stale temp files of dead runs are cleaned, concurrent runs stay correct, and
Ctrl-C exits 130 with a summary."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tanqih.linter.patches import TEMP_RE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")

ARTICLE = (
    "قال الوزير ، إن الاتفاق مهم .\nوأضاف أن العمل مستمر بين البلدين ، وأن الحوار قائم .\n"
) * 40


def _corpus(folder: Path, n: int) -> dict[str, bytes]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for i in range(n):
        raw = (f"المقال رقم {i} .\n" + ARTICLE).encode()
        (folder / f"a{i:04d}.txt").write_bytes(raw)
        files[f"a{i:04d}.txt"] = raw
    return files


def _expected(tmp_path: Path, files: dict[str, bytes]) -> dict[str, bytes]:
    ref = tmp_path / "ref"
    shutil.rmtree(ref, ignore_errors=True)
    ref.mkdir()
    for name, raw in files.items():
        (ref / name).write_bytes(raw)
    subprocess.run(_cmd(ref, "--jobs", "1"), capture_output=True, check=False, cwd=tmp_path)
    return {name: (ref / name).read_bytes() for name in files}


def _cmd(folder: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "tanqih",
        "check",
        "--fix",
        "--select",
        "PUN001",
        *extra,
        str(folder),
    ]


def _state(folder: Path, old: dict[str, bytes], new: dict[str, bytes]) -> tuple[int, int]:
    fixed = unfixed = 0
    for name in old:
        data = (folder / name).read_bytes()
        assert data in (old[name], new[name]), f"{name} is neither old nor new"
        fixed += data == new[name]
        unfixed += data == old[name]
    return fixed, unfixed


@pytest.mark.slow
def test_sigkill_leaves_each_file_old_or_new(tmp_path):
    n = 400
    work = tmp_path / "work"
    old = _corpus(work, n)
    new = _expected(tmp_path, old)
    assert all(old[k] != new[k] for k in old)
    mid_run = 0
    for fraction in (0.05, 0.3, 0.6):
        proc = subprocess.Popen(
            _cmd(work, "--jobs", "1"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=tmp_path,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and proc.poll() is None:
            fixed = sum((work / k).read_bytes() == new[k] for k in list(old)[:: max(1, n // 50)])
            if fixed >= 50 * fraction:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        fixed, unfixed = _state(work, old, new)
        if fixed and unfixed:
            mid_run += 1
        # restore for the next round
        for name, raw in old.items():
            (work / name).write_bytes(raw)
    assert mid_run >= 1, "no kill landed mid-run"
    # A later run removes the temp files of the killed runs and finishes the job.
    subprocess.run(_cmd(work), capture_output=True, check=False, cwd=tmp_path)
    assert _state(work, old, new) == (n, 0)
    leftovers = [p.name for p in work.iterdir() if TEMP_RE.match(p.name)]
    assert leftovers == []


def test_stale_temp_of_dead_process_removed_live_one_kept(tmp_path):
    work = tmp_path / "w"
    old = _corpus(work, 2)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = work / f".a0000.txt.tanqih-{dead.pid}-abc.tmp"
    live = work / f".a0000.txt.tanqih-{os.getppid()}-def.tmp"  # pytest's parent is alive
    stale.write_bytes(b"half")
    live.write_bytes(b"half")
    subprocess.run(_cmd(work), capture_output=True, check=False, cwd=tmp_path)
    assert not stale.exists()
    assert live.exists()
    assert all((work / k).read_bytes() != v for k, v in old.items())


def test_after_an_interrupt_own_temps_go_live_ones_stay(tmp_path):
    """A signal can land between the creation of a temp file and the ``try`` that would
    remove it: the interrupt handler sweeps this process's temps in the folders it wrote."""
    from tanqih.linter import patches

    work = tmp_path / "w"
    work.mkdir()
    patches.remove_stale_temps(work)  # (what every writer does first: registers the folder)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    own = work / f".a.txt.tanqih-{os.getpid()}-abc.part"
    stale = work / f".a.txt.tanqih-{dead.pid}-def.tmp"
    live = work / f".a.txt.tanqih-{os.getppid()}-ghi.tmp"
    kept = work / "a.txt"
    for p in (own, stale, live, kept):
        p.write_bytes(b"x")
    removed = patches.remove_own_temps()
    assert sorted(removed) == sorted([own.resolve(), stale.resolve()])
    assert live.exists() and kept.exists()


@pytest.mark.slow
def test_two_concurrent_fix_runs_leave_correct_results(tmp_path):
    work = tmp_path / "w"
    old = _corpus(work, 200)
    new = _expected(tmp_path, old)
    procs = [
        subprocess.Popen(
            _cmd(work, "--jobs", "1"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            cwd=tmp_path,
        )
        for _ in range(2)
    ]
    for p in procs:
        p.wait(timeout=300)
    assert _state(work, old, new) == (len(old), 0)
    assert [p.name for p in work.iterdir() if TEMP_RE.match(p.name)] == []


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.slow
def test_ctrl_c_exits_130_with_summary(tmp_path):
    work = tmp_path / "w"
    old = _corpus(work, 400)
    new = _expected(tmp_path, old)
    proc = subprocess.Popen(
        _cmd(work, "--jobs", "1"),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        # (a test run started in the background of a shell inherits SIGINT ignored, and
        # Python then installs no KeyboardInterrupt handler: give the child Ctrl-C back)
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any((work / k).read_bytes() == new[k] for k in list(old)[:20]):
            break
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "written" in err
    _state(work, old, new)  # every file old or new
    assert [p.name for p in work.iterdir() if TEMP_RE.match(p.name)] == []


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_closed_output_pipe_still_fixes_every_file(tmp_path, jobs):
    """`tanqih check --fix dir/ | head -1`: the reader goes away after one line; every file
    is still fixed, no temp file is left, and the exit code says findings remain."""
    folder = tmp_path / "c"
    folder.mkdir()
    old, new = {}, {}
    for i in range(6):
        # a space before a full stop (fixed) and an unclosed quotation (reported, no fix)
        para = f"قال الوزير في البيان رقم {i} «إن الاتفاق مهم .\n"
        old[f"a{i}.txt"] = (para * 50).encode()
        new[f"a{i}.txt"] = (para.replace(" .", ".") * 50).encode()
        (folder / f"a{i}.txt").write_bytes(old[f"a{i}.txt"])
    cmd = [sys.executable, "-m", "tanqih", "check", "--fix", "--select", "PUN001,QUO003"]
    proc = subprocess.Popen(
        [*cmd, "--jobs", jobs, "--output-format", "concise", str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
    )
    proc.stdout.readline()
    proc.stdout.close()  # as `head -1` does
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 1, err.decode()  # the unclosed quotations remain
    assert b"cannot read" not in err and b"Traceback" not in err
    assert _state(folder, old, new) == (len(old), 0)
    assert not [p for p in folder.iterdir() if TEMP_RE.search(p.name)]


@pytest.mark.slow
def test_ctrl_c_to_workers_leaves_no_temp_file_and_no_traceback(tmp_path):
    """Ctrl-C reaches the whole process group: the workers leave it to the parent, which
    stops them and removes the chunk parts they wrote; each file stays old or new."""
    work = tmp_path / "w"
    work.mkdir()
    line = '{"text": "قال الوزير ، إن الاتفاق مهم . وأضاف أن الحوار قائم ."}\n'
    old = {}
    for i in range(3):
        raw = (line * 40_000).encode()
        (work / f"c{i}.jsonl").write_bytes(raw)
        old[f"c{i}.jsonl"] = raw
    cmd = [sys.executable, "-m", "tanqih", "fix", "--jobs", "2", "--chunk-size", "1000000"]
    proc = subprocess.Popen(
        [*cmd, "--select", "PUN001", "--no-cache", str(work)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=tmp_path,
        start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if any(TEMP_RE.match(p.name) for p in work.iterdir()):
            break
        time.sleep(0.01)
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode in (0, 130), err
    assert "Traceback" not in err
    fixed = line.replace(" ،", "،").replace(" .", ".").encode() * 40_000
    for name, raw in old.items():
        assert (work / name).read_bytes() in (raw, fixed)
    assert [p.name for p in work.iterdir() if TEMP_RE.match(p.name)] == []

"""``tanqih fix --executor local|slurm|ray``: the cleanup as a datatrove pipeline.

Input: one folder of JSONL shards (``.jsonl``, ``.jsonl.gz``, ``.jsonl.zst``); output:
``--output-dir`` with the same layout, each shard written byte for byte as ``tanqih fix``
would write it. datatrove parallelises by input file, so there is one task per shard by
default: shard big files first (``split -l``) to use more cores or nodes than files.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

SHARD_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz", ".jsonl.zst", ".ndjson.zst")


def _fail(message: str) -> int:
    sys.stderr.write(f"error: {message}\n")
    return 2


def shards(folder: Path) -> list[Path]:
    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(SHARD_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    )


def build_pipeline(input_dir: Path, output_dir: Path, config, unsafe: bool, max_damage=None):
    from tanqih.integrations.datatrove import (
        TanqihDamageFilter,
        TanqihFixer,
        TanqihJsonlReader,
        TanqihJsonlWriter,
    )

    steps = [
        TanqihJsonlReader(
            str(input_dir),
            text_field=config.text_field,
            id_field=config.id_field,
            encoding=config.encoding,
        ),
        TanqihFixer(config, unsafe=unsafe, record_findings=max_damage is not None),
    ]
    if max_damage is not None:
        steps.append(TanqihDamageFilter(max_damage, config))
    steps.append(
        TanqihJsonlWriter(str(output_dir), text_field=config.text_field, encoding=config.encoding)
    )
    return steps


def make_executor(kind: str, pipeline, tasks: int, workers: int, logging_dir: Path, args):
    if kind == "local":
        from datatrove.executor import LocalPipelineExecutor

        return LocalPipelineExecutor(
            pipeline, tasks=tasks, workers=workers, logging_dir=str(logging_dir)
        )
    if kind == "slurm":
        from datatrove.executor import SlurmPipelineExecutor

        activate = Path(sys.prefix) / "bin" / "activate"
        return SlurmPipelineExecutor(
            pipeline,
            tasks=tasks,
            time=args.time,
            partition=args.partition or os.environ.get("SLURM_PARTITION", "normal"),
            logging_dir=str(logging_dir),
            job_name="tanqih-fix",
            venv_path=str(activate) if activate.exists() else None,
            cpus_per_task=1,
            mem_per_cpu_gb=2,
        )
    if kind == "ray":
        # Under `uv run`, Ray would start its workers with `uv run` in a copy of the working
        # folder, outside this environment (they then fail to import ray): use this one.
        os.environ.setdefault("RAY_ENABLE_UV_RUN_RUNTIME_ENV", "0")
        import ray
        from datatrove.executor.ray import RayPipelineExecutor

        if not ray.is_initialized():
            # On a cluster: RAY_ADDRESS=auto (run on the head node); else a local Ray.
            address = os.environ.get("RAY_ADDRESS")
            ray.init(address=address) if address else ray.init(num_cpus=workers)
        return RayPipelineExecutor(
            pipeline, tasks=tasks, workers=workers, logging_dir=str(logging_dir), mem_per_cpu_gb=1
        )
    raise ValueError(kind)


def launch(args: argparse.Namespace) -> int:
    try:
        import datatrove  # noqa: F401
    except ImportError:
        return _fail("--executor needs datatrove: pip install 'tanqih[datatrove]'")
    from tanqih.cli import overrides_from
    from tanqih.linter.config import ConfigResolver
    from tanqih.linter.parallel import default_jobs

    paths = args.paths or [Path(".")]
    if len(paths) != 1 or not paths[0].is_dir():
        return _fail("--executor takes one folder of JSONL shards")
    if args.output_dir is None:
        return _fail("--executor needs --output-dir (shards are never fixed in place)")
    folder = paths[0].resolve()
    found = shards(folder)
    if not found:
        return _fail(f"{paths[0]}: no JSONL shards (.jsonl, .jsonl.gz, .jsonl.zst) found")
    config = ConfigResolver(args.config, overrides_from(args)).for_path(folder)
    if len(config.text_fields) > 1:
        return _fail(
            f"--executor fixes one text field per record, got {', '.join(config.text_fields)}; "
            "run the pipeline once per field, or without --executor"
        )
    unsafe = args.unsafe_fixes if args.unsafe_fixes is not None else config.unsafe_fixes
    output = args.output_dir.resolve()
    logging_dir = (args.logging_dir or Path(f"{output}.logs")).resolve()
    tasks = args.tasks or len(found)
    workers = args.jobs or default_jobs()
    pipeline = build_pipeline(folder, output, config, unsafe, args.max_damage)
    executor = make_executor(args.executor, pipeline, tasks, workers, logging_dir, args)
    try:
        executor.run()
    except Exception as exc:  # a task failed in this process (a malformed line ...)
        return _fail(f"the pipeline failed: {exc}; tasks failed, see {logging_dir}/logs")
    if args.executor == "slurm" and "SLURM_ARRAY_TASK_ID" not in os.environ:
        job = getattr(executor, "job_id", None)
        sys.stderr.write(
            f"tanqih: submitted Slurm job {job} ({tasks} tasks); logs in {logging_dir}\n"
        )
    incomplete = executor.get_incomplete_ranks(range(tasks))
    if args.executor != "slurm" and incomplete:
        return _fail(f"{len(incomplete)} of {tasks} tasks failed; see {logging_dir}/logs")
    if not args.quiet:
        sys.stderr.write(
            f"tanqih: {len(found)} shard(s) from {paths[0]} -> {args.output_dir} "
            f"({args.executor}, {tasks} tasks); stats in {logging_dir}/stats.json\n"
        )
    return 0

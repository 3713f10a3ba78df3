"""``--engine ray``: the same batch job on Ray Data, from one laptop to a cluster.

Plan: one streaming read task (our readers, the duplicate-id policy and the
resume filter, so Ray sees exactly the records the local runner would) →
``map_batches`` with a callable class in an actor pool (each actor builds the
pipeline and loads its models once; ``num_gpus`` per actor on CUDA) → the
driver writes the results with the same incremental writers.

* Bad records are rows: a record that cannot be read travels as a finished
  failure record; a step that fails is recorded by the pipeline; a batch
  whose processing raises anyway becomes failure rows for its records.  We
  never rely on ``max_errored_blocks``, which drops whole blocks silently.
* Small machines: ``ray.init(num_cpus=2)`` with two 1-CPU actors hangs, since
  the read task gets no CPU (ray-project/ray#44687).  The read task asks for
  0.25 CPU and the actors share what is left (fractional CPUs when needed).
* A cluster: ``nlptools batch s3-mounted/in.jsonl -o out.jsonl --engine ray
  --ray-address ray://head:10001 --workers 8 --gpus-per-worker 1`` — the input
  path must be readable from the node running the read task (shared storage).

Ray is optional: ``pip install 'nlptools[ray]'``.
"""

from __future__ import annotations

import inspect
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ..errors import missing_extra
from ..intake import Limits
from ..pipeline import Pipeline
from .readers import InputRecord, ReaderOptions, iter_records
from .records import failure_record, pending_records, process_records

READ_CPUS = 0.25
BLOCK_ROWS = 256


def import_ray() -> Any:
    """Ray, or a typed error with the install hint."""
    try:
        import ray
        import ray.data  # noqa: F401
    except ImportError as exc:
        raise missing_extra("ray", "ray") from exc
    return ray


def ensure_ray(address: str | None = None, num_cpus: int | None = None) -> Any:
    """Connect to ``address`` or start a local Ray (reusing one already running in this process)."""
    ray = import_ray()
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False)
        else:
            ray.init(num_cpus=num_cpus or os.cpu_count() or 1, include_dashboard=False, log_to_driver=False)
    return ray


def actor_cpus(total_cpus: float, workers: int) -> float:
    """CPUs per actor so that ``workers`` actors and the read task all fit (fractional when tight)."""
    share = (total_cpus - READ_CPUS) / max(1, workers)
    return max(0.01, min(1.0, int(share * 100) / 100))


def _block_rows(rec: InputRecord) -> dict[str, Any]:
    if rec.error is not None:  # finished here: exceptions with a `fix` do not survive pickling intact
        failed = json.dumps(failure_record(rec.id, rec.error, rec.metadata), ensure_ascii=False, default=str)
        return {"id": rec.id, "text": None, "metadata": None, "failure": failed}
    meta = json.dumps(rec.metadata, ensure_ascii=False, default=str)
    return {"id": rec.id, "text": rec.text, "metadata": meta, "failure": None}


def _make_datasource(source: str, reader: ReaderOptions, done_ref: Any) -> Any:
    import pyarrow as pa
    import ray
    from ray.data.block import BlockMetadata
    from ray.data.datasource import Datasource, ReadTask

    schema = pa.schema([("id", pa.string()), ("text", pa.large_string()), ("metadata", pa.string()), ("failure", pa.string())])

    def read() -> Iterator[Any]:
        done = ray.get(done_ref)
        rows: list[dict[str, Any]] = []
        for rec in pending_records(iter_records(source, reader), done):
            rows.append(_block_rows(rec))
            if len(rows) >= BLOCK_ROWS:
                yield pa.Table.from_pylist(rows, schema=schema)
                rows = []
        if rows:
            yield pa.Table.from_pylist(rows, schema=schema)

    class RecordsDatasource(Datasource):  # type: ignore[misc]
        def estimate_inmemory_data_size(self) -> int | None:
            return None

        def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None, data_context: Any = None) -> list[Any]:
            meta = BlockMetadata(num_rows=None, size_bytes=None, input_files=None, exec_stats=None)
            return [ReadTask(read, meta)]

        def get_name(self) -> str:
            return "NlptoolsRecords"

        @property
        def supports_distributed_reads(self) -> bool:
            return False  # the input path is the driver's

    return RecordsDatasource()


class AnalyzeActor:
    """Runs the pipeline on batches of records; built once per actor (models load once)."""

    def __init__(self, factory: Callable[[], Pipeline], limits: Limits) -> None:
        self.pipeline = factory()
        self.limits = limits

    def __call__(self, batch: Any) -> Any:
        import pyarrow as pa

        rows = batch.to_pylist()
        records = [json.loads(r["failure"]) if r["failure"] else None for r in rows]
        todo = [
            InputRecord(r["id"], text=r["text"] or "", metadata=json.loads(r["metadata"] or "{}"))
            for r, done in zip(rows, records)
            if done is None
        ]
        try:
            results = iter(process_records(self.pipeline, todo, self.limits))
        except Exception as exc:  # never drop the block: every record becomes a failure row
            results = iter([failure_record(r.id, exc, r.metadata) for r in todo])
        out = [done if done is not None else next(results) for done in records]
        lines = [json.dumps(o, ensure_ascii=False) for o in out]
        return pa.table({"id": [o["id"] for o in out], "record": lines})


def run_ray(
    source: str | Path, done: set[str], factory: Callable[[], Pipeline], options: Any
) -> Iterator[dict[str, Any]]:
    """Output records of the job, streamed back from Ray Data (any order; resume works by id)."""
    ray = ensure_ray(options.ray_address, options.ray_num_cpus)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False  # our own progress bar reports docs/s
    total_cpus = float(ray.cluster_resources().get("CPU", 1.0))
    datasource = _make_datasource(str(Path(source).resolve()), options.reader, ray.put(done))
    if "num_cpus" in inspect.signature(ray.data.read_datasource).parameters:
        ds = ray.data.read_datasource(datasource, num_cpus=READ_CPUS)
    else:  # older Ray
        ds = ray.data.read_datasource(datasource, ray_remote_args={"num_cpus": READ_CPUS})
    ds = ds.map_batches(
        AnalyzeActor,
        fn_constructor_kwargs={"factory": factory, "limits": options.limits},
        batch_size=options.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=options.workers),
        num_cpus=actor_cpus(total_cpus, options.workers),
        num_gpus=options.num_gpus or None,
    )
    for table in ds.iter_batches(batch_format="pyarrow", batch_size=None):
        for line in table.column("record").to_pylist():
            yield json.loads(line)

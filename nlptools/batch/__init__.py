"""Batch processing that never loses a record: readers, incremental writers, resume, runners.

Public API: :func:`run_batch` with :class:`BatchOptions` → :class:`BatchSummary`;
:func:`iter_records` to read any supported input as :class:`InputRecord` s.
The CLI is ``nlptools batch`` (:mod:`nlptools.cli.batch`).
"""

from __future__ import annotations

from .readers import InputRecord, ReaderOptions, iter_records
from .runner import BatchOptions, BatchSummary, run_batch

__all__ = ["BatchOptions", "BatchSummary", "InputRecord", "ReaderOptions", "iter_records", "run_batch"]

"""Work on a population in parts, on several cores at once (the ``--jobs`` option).

People are decided independently, so a population splits into contiguous parts: part 0
is worked on in this process while the others are worked on in forked processes, and the
results come back in the order of the parts. The rules and the staff are not sent to the
workers: a forked process starts with this process's memory, the rulebook and the
dataset already loaded (a spawned one would have to load them again).

Where processes cannot be forked (Windows, macOS by default), and for one job or few
people, everything is worked on here, as one part. An error in a worker is raised here,
as if it had happened in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Final, TypeVar, cast

__all__ = ["MIN_PART", "automatic_jobs", "in_parts", "jobs_for"]

_T = TypeVar("_T")
_R = TypeVar("_R")

MIN_PART: Final = 10_000
"""The fewest people worth a process of their own: starting one, and deciding again in it
the situations already decided here, costs about what 10,000 people do."""

_WORK: list[tuple[Sequence[Any], Callable[[int, Sequence[Any]], Any], int]] = []
"""The work of the running :func:`in_parts`, inherited by the forked workers."""


def automatic_jobs() -> int:
    """The cores this process may use (at least 1)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def jobs_for(count: int, jobs: int | None) -> int:
    """The parts ``count`` people are worked on in: ``jobs``, or automatic when ``None``.

    Automatic uses every core this process may use, but no more parts than
    :data:`MIN_PART` people each; one part where processes cannot be forked.
    """
    if "fork" not in multiprocessing.get_all_start_methods():  # pragma: no cover
        return 1
    if jobs is None:
        jobs = min(automatic_jobs(), count // MIN_PART)
    return max(1, min(jobs, count))


def in_parts(items: Sequence[_T], work: Callable[[int, Sequence[_T]], _R], jobs: int) -> list[_R]:
    """``work(index, part)`` for ``jobs`` contiguous parts of ``items``, in their order.

    Part 0 is worked on here, the others in forked processes at the same time.
    """
    jobs = max(1, min(jobs, len(items)))
    if jobs == 1:
        return [work(0, items)]
    _WORK.append((items, work, jobs))
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs - 1, mp_context=context) as pool:
            futures = [pool.submit(_part, index) for index in range(1, jobs)]
            results = [work(0, _slice(items, 0, jobs))]
            results.extend(cast("_R", future.result()) for future in futures)
            return results
    finally:
        _WORK.pop()


def _slice(items: Sequence[_T], index: int, jobs: int) -> Sequence[_T]:
    size = len(items)
    return items[size * index // jobs : size * (index + 1) // jobs]


def _part(index: int) -> object:
    """Part ``index`` of the work this worker inherited."""
    items, work, jobs = _WORK[-1]
    return work(index, _slice(items, index, jobs))

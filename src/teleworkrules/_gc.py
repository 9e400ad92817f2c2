"""Pausing the cyclic garbage collector while many small acyclic objects are built.

Loading and evaluating a population create hundreds of thousands of objects and no
cycles; the collector's repeated full scans would cost a third of the time. One home for
the pause: the loader, the population engine's entry point and the command line use it.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["paused_gc"]


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many small acyclic objects.

    Loading creates hundreds of thousands of objects and no cycles; the collector's
    repeated full scans would cost a third of the loading time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()

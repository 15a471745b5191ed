"""One worker process for the handover's heavy lifting.

pyrage holds Python's global lock for the whole passphrase key derivation (scrypt, about a
second), and the summary PDF is pure-Python layout work: in a thread either would freeze the
window. A separate process does not, and rendering the PDF there overlaps with collecting
and encoding the records on a second core. The process is spawned (the same on Linux,
Windows and macOS, and in a frozen build, whose entry point calls
``multiprocessing.freeze_support()``) once, on first use, and kept for the session. It
ends with the program, also when the program could not say goodbye (killed, crashed, or
ended with ``os._exit``): it watches its parent and leaves when the parent is gone.
"""

from __future__ import annotations

import concurrent.futures
import logging
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")

_pool: concurrent.futures.ProcessPoolExecutor | None = None


def _executor() -> concurrent.futures.ProcessPoolExecutor:
    global _pool
    if _pool is None:
        _pool = concurrent.futures.ProcessPoolExecutor(
            max_workers=1,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_leave_with_parent,
        )
    return _pool


def _leave_with_parent() -> None:
    """In the worker: end this process as soon as the program that started it is gone (a
    worker waiting for work never notices otherwise, and would stay for good)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="leave-with-parent", daemon=True).start()


def submit(function: Callable[..., T], *args: Any, **kwargs: Any) -> concurrent.futures.Future[T]:
    """Start ``function`` in the worker process; a future of its result."""
    return _executor().submit(function, *args, **kwargs)


def run(function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run ``function`` in the worker process and wait for it (call this off the GUI thread).
    A worker that died is replaced once; its exceptions (a wrong passphrase) come back as
    they were raised."""
    global _pool
    try:
        return submit(function, *args, **kwargs).result()
    except BrokenProcessPool:
        log.warning("handover worker process died; starting a new one")
        _pool = None
        return submit(function, *args, **kwargs).result()


def result_or_local(
    future: concurrent.futures.Future[T] | None, function: Callable[..., T], *args: Any,
    **kwargs: Any,
) -> T:  # fmt: skip
    """The worker's result, or the same work done here when the worker could not do it."""
    if future is not None:
        try:
            return future.result()
        except (BrokenProcessPool, OSError, RuntimeError):
            log.warning("handover worker unavailable; working in-process")
    return function(*args, **kwargs)


def try_submit(
    function: Callable[..., T], *args: Any, **kwargs: Any
) -> concurrent.futures.Future[T] | None:
    try:
        return submit(function, *args, **kwargs)
    except (BrokenProcessPool, OSError, RuntimeError):
        return None


def shutdown() -> None:
    global _pool
    if _pool is not None:
        _pool.shutdown(wait=False, cancel_futures=True)
        _pool = None

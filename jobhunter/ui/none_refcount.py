"""Keep ``None`` alive under PySide6 6.12 on Python 3.11.

Every call of a PySide6 6.12 method that returns nothing (``setText``, ``setToolTip``,
``addItem``...) gives back ``None`` without counting the reference it hands over, so each
call lowers None's reference count by one. Python 3.12 and later never free None (it is
immortal); on 3.11 the count reaches zero after some tens of thousands of such calls, an
hour or so of work, and the interpreter aborts ("none_dealloc: deallocating None").

The same happens to ``True`` and ``False`` on some call that returns a bool (a test
session ended with "bool_dealloc: deallocating True or False"), so their counts are raised
too. Until the binding is fixed (or Python 3.11 is dropped), the counts are raised once,
far beyond anything a session can use up: what Python 3.12 does by design (immortal
objects).
"""

from __future__ import annotations

import ctypes
import sys

#: 2**40 calls: some 35,000 years of a call every millisecond
_HEADROOM = 1 << 40
_done = False


def keep_none_alive() -> None:
    """Raise the reference counts of None, True and False once per process (nothing to do
    from Python 3.12 on)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    # ob_refcnt is the first field of every object in CPython 3.11
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _done = True

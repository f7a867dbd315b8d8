"""One BLAS thread for the fast summarizers' small dense products.

numpy's bundled OpenBLAS starts a thread per core for an SVD or a matrix
product. On matrices this small that gains nothing, and on a busy machine the
threads spin waiting for each other: measured here with the load at 5 on 2
cores, a 600 x 48 SVD took 1.2 s with the default threads and 1 ms with one.
:func:`one_thread` sets OpenBLAS's per-thread count
(``openblas_set_num_threads_local``, OpenBLAS >= 0.3.27) for the duration of
a block and restores it; without that OpenBLAS it does nothing.

LexRank's and TextRank's matrix-vector products give the same floats with one
thread or several; an SVD does not (it splits its work differently), which is
why the equivalence tests run sumy's LSA under :func:`one_thread` too.
"""

from __future__ import annotations

import ctypes
import glob
import os
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache


@lru_cache(maxsize=1)
def _setter():  # pragma: no cover - depends on how numpy was built
    import numpy

    folder = os.path.dirname(os.path.dirname(numpy.__file__))
    for path in sorted(glob.glob(os.path.join(folder, "numpy.libs", "*openblas*"))):
        try:
            library = ctypes.CDLL(path)
            setter = library.openblas_set_num_threads_local
        except (OSError, AttributeError):
            continue
        setter.argtypes = [ctypes.c_int]
        setter.restype = ctypes.c_int
        return setter
    return None


@contextmanager
def one_thread() -> Iterator[None]:
    setter = _setter()
    if setter is None:
        yield
        return
    previous = setter(1)
    try:
        yield
    finally:
        setter(previous)

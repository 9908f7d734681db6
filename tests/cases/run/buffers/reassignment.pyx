# Assigning a buffer variable acquires its new object's buffer; when that fails, the variable
# keeps its old object and buffer. Every form of assignment acquires.
import numpy as np
cimport numpy as np

def keeps_old(bad):
    """
    >>> keeps_old(np.arange(3, dtype=np.int16))
    ("Buffer dtype mismatch, expected 'int' but got 'short'", True, 2)
    >>> keeps_old(np.zeros((2, 2), dtype=np.intc))
    ('Buffer has wrong number of dimensions (expected 1, got 2)', True, 2)
    >>> keeps_old([1])
    ("a bytes-like object is required, not 'list'", True, 2)
    """
    good = np.arange(3, dtype=np.intc)
    cdef object[int] buf = good
    try:
        buf = bad
    except (ValueError, TypeError) as e:
        message = str(e)
    return message, buf is good, buf[2]

def loop_target(arrays):
    """
    >>> loop_target([np.arange(2.0), np.arange(3.0) + 10, np.ones(1)])
    [1.0, 11.0, 1.0]
    """
    cdef np.ndarray[double] a
    out = []
    for a in arrays:
        out.append(a[1] if a.shape[0] > 1 else a[0])
    return out

def unpacked(x, y):
    """
    >>> unpacked(np.arange(3.0), np.arange(4.0) * 2)
    (2.0, 6.0)
    """
    cdef np.ndarray[double] a, b
    a, b = x, y
    return a[2], b[3]

def swapped(np.ndarray[double] a, np.ndarray[double] b):
    """
    >>> swapped(np.zeros(1), np.ones(2))
    (1.0, 0.0)
    """
    a, b = b, a
    return a[1], b[0]

def walrus(x):
    """
    >>> walrus(np.arange(4.0))
    3.0
    """
    cdef np.ndarray[double] a
    if (a := x) is not None:
        return a[3]

def to_none(np.ndarray[double] a):
    """
    >>> to_none(np.arange(2.0))
    Traceback (most recent call last):
    IndexError: Out of bounds on buffer access (axis 0)
    """
    cdef double first = a[0]
    a = None
    return a[0]

def copy_between(np.ndarray[double] a):
    """
    >>> copy_between(np.arange(3.0))
    (2.0, 2.0, True)
    """
    cdef object[double] b = a
    cdef double[:] v = a
    return b[2], v[2], b is a

def augmented(np.ndarray[double] a):
    """
    >>> augmented(np.arange(3.0))
    (4.0, 'ndarray')
    """
    a += 2
    return a[2], type(a).__name__

def acquire_all(np.ndarray[double] x, bint fail):
    cdef np.ndarray[double] a = x
    cdef object[double] b
    b = x
    a = x
    try:
        a = np.arange(2)
    except ValueError:
        pass
    if fail:
        raise KeyError(a[0] + b[0])
    return a[1] + b[2]

def exporter_references():
    """
    Every acquisition of the array's buffer is released: after the calls, the array has the
    references it had before.

    >>> exporter_references()  # numpy: its arrays move the total; the exporter's count is checked
    (3.0, 'KeyError', 0)
    """
    import sys
    x = np.arange(3.0)
    before = sys.getrefcount(x)
    for i in range(10):
        r = acquire_all(x, False)
        try:
            acquire_all(x, True)
        except KeyError as e:
            name = type(e).__name__
    return r, name, sys.getrefcount(x) - before

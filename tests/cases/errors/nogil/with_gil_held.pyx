def f():
    with gil:
        pass

def g():
    with nogil:
        with nogil:
            pass

cdef int h() nogil:
    with nogil:
        pass
    return 1

_ERRORS = """
2:9: Trying to acquire the GIL while it is already held.
7:13: Trying to release the GIL while it was previously released.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

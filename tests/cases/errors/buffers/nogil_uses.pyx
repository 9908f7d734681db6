def acquire(x):
    cdef object[int] buf
    with nogil:
        buf = x

def index(object[int] buf, i):
    cdef int r
    with nogil:
        r = buf[0]
        r = buf[i]
    return r

cdef void local(x) nogil:
    cdef object[int] buf

_ERRORS = """
4:8: Assignment of Python object not allowed without gil
10:15: Coercion from Python not allowed without the GIL
10:15: Indexing Python object not allowed without gil
13:0: Function declared nogil has Python locals or temporaries
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

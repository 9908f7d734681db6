cimport cython

cdef struct Pair:
    int a
    int b

@cython.boundscheck(False)
def f(object[object] objs, object[int] ints, object[Pair] pairs):
    cdef int n
    with nogil:
        objs[0] = 1
        n = ints[0]
        ints[1] = n
        n = pairs[0].a
        x = objs[1]

def g(x):
    cdef object[double] buf
    with nogil:
        buf = x

_ERRORS = """
11:12: Cannot access buffer with object dtype without gil
11:12: Assignment of Python object not allowed without gil
15:8: Assignment of Python object not allowed without gil
15:16: Cannot access buffer with object dtype without gil
20:8: Assignment of Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.

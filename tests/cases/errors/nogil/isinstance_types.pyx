# isinstance without the GIL: Cython tests a builtin or extension type (each of a tuple of them) in
# C with a function that needs the GIL, refused where the type is written; object or a variable
# makes it the call of isinstance, refused at the call.
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
cdef class A:
    pass
def f(a, t):
    cdef bint b
    with nogil:
        b = isinstance(a, (int, float))
        b = isinstance(a, A)
        b = isinstance(a, t)
        b = isinstance(a, object)
    return b

_ERRORS = """
10:27: Calling gil-requiring function not allowed without gil
10:32: Calling gil-requiring function not allowed without gil
11:26: Calling gil-requiring function not allowed without gil
12:22: Calling gil-requiring function not allowed without gil
13:22: Calling gil-requiring function not allowed without gil
"""

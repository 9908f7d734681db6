# An operation of an untyped object with a number literal is computed by a helper function of
# Cython's (a call it refuses without the GIL); other operations on objects are refused as such.
cdef void f(object obj) noexcept:
    cdef bint b
    with nogil:
        b = obj == 2
        b = obj != 2.5
        obj + 1
        1 - obj
        obj * 2.5
        obj / 2
        obj // 0
        obj >> 3
        obj << 64
        2 ** obj
        obj + obj

_ERRORS = """
6:16: Coercion from Python not allowed without the GIL
6:16: Calling gil-requiring function not allowed without gil
7:16: Coercion from Python not allowed without the GIL
7:16: Calling gil-requiring function not allowed without gil
8:12: Calling gil-requiring function not allowed without gil
8:12: Discarding owned Python object not allowed without gil
9:10: Calling gil-requiring function not allowed without gil
9:10: Discarding owned Python object not allowed without gil
10:12: Operation not allowed without gil
10:12: Discarding owned Python object not allowed without gil
11:12: Calling gil-requiring function not allowed without gil
11:12: Discarding owned Python object not allowed without gil
12:12: Operation not allowed without gil
12:12: Discarding owned Python object not allowed without gil
13:12: Calling gil-requiring function not allowed without gil
13:12: Discarding owned Python object not allowed without gil
14:12: Operation not allowed without gil
14:12: Discarding owned Python object not allowed without gil
15:10: Operation not allowed without gil
15:10: Discarding owned Python object not allowed without gil
16:12: Operation not allowed without gil
16:12: Discarding owned Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.

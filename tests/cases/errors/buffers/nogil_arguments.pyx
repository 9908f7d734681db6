cdef void nogil_arg(object[double] a) nogil:
    pass

cdef int with_gil_arg(object[int] a) except -1 with gil:
    return 0

cdef inline int inline_arg(object[int] a) noexcept nogil:
    return 0

_ERRORS = """
1:20: Buffer may not be acquired without the GIL. Consider using memoryview slices instead.
4:22: Buffer may not be acquired without the GIL. Consider using memoryview slices instead.
7:27: Buffer may not be acquired without the GIL. Consider using memoryview slices instead.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

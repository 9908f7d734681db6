# __cythonbufferdefaults__ must be a dict display.
cdef class A:
    cdef __cythonbufferdefaults__ = ("ndim", 2)

_ERRORS = """
3:9: Invalid buffer defaults specification (see docs)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

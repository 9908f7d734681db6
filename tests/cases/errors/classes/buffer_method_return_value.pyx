# __getbuffer__ returns nothing: it fills the Py_buffer it is given.
cdef class A:
    def __getbuffer__(self, Py_buffer *b, int flags):
        return 1

_ERRORS = """
4:15: Return with value in void function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

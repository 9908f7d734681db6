# Pure Python mode's @cython.cfunc makes a cdef function: not in a Python class.
import cython

class Pyclass(object):
    @cython.cfunc
    def bad(self):
        pass

_ERRORS = """
5:4: cfunc directive is not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

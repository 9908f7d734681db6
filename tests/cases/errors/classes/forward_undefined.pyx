cdef class Spam

cdef class Eggs

cdef class Eggs:
    pass

_ERRORS = """
1:0: C class 'Spam' is declared but not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

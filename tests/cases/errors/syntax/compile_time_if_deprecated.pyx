DEF ON = 1

IF ON:
    def f():
        IF not ON:
            return 1
        ELSE:
            return 2

cdef int* y = 3.5

_ERRORS = """
10:14: Cannot assign type 'double' to 'int *'
"""

_WARNINGS = """
3:0: The 'IF' statement is deprecated and will be removed in a future Cython version. Consider using runtime conditions or C macros instead. See https://github.com/cython/cython/issues/4310
5:8: The 'IF' statement is deprecated and will be removed in a future Cython version. Consider using runtime conditions or C macros instead. See https://github.com/cython/cython/issues/4310
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

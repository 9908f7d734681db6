# Attributes of the cython module that Cython does not have: reported as no valid attribute, and
# called, as no valid construct either (a pyxc "not supported" is only for what Cython has).
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
cimport cython
import cython as cy

def hints(int a, int b):
    if cython.expect(a == b):
        return 1
    flag = cy.fast
    cdef int n = cython.sizeof(int) + cython.cast(int, 2.5)
    return cy.unroll(flag, n)

_ERRORS = """
8:13: 'expect' not a valid cython attribute or is being used incorrectly
8:13: 'expect' not a valid cython language construct
10:13: 'fast' not a valid cython attribute or is being used incorrectly
12:13: 'unroll' not a valid cython attribute or is being used incorrectly
12:13: 'unroll' not a valid cython language construct
"""

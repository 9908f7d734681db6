cdef extern from *:
    cdef void f()
    cdef void (*fp)() nogil
    ctypedef void (*fp_t)() nogil

fp = f
fp = <fp_t>f

_ERRORS = """
6:5: Cannot assign type 'void (void) noexcept' to 'void (*)(void) noexcept nogil'
"""

_WARNINGS = """
7:5: Casting a GIL-requiring function into a nogil function circumvents GIL validation
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f():
    cdef double *p = NULL
    x = <double[:2, :3:1, :4]> p

_ERRORS = """
3:23: Strides may only be given to indicate contiguity. Consider slicing it after conversion
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

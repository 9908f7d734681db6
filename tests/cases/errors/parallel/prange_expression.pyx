from cython.parallel import prange

def f():
    with nogil:
        prange(1, 2, 3)

_ERRORS = """
5:14: prange() can only be used as part of a for loop
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), which then also reports
# "5:14: Compiler crash in GilCheck" (its own crash, not a diagnostic of the code).

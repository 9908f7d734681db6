cimport cython.parallel

def f():
    with nogil, cython.parallel.parallel:
        pass

_ERRORS = """
4:16: The parallel directive must be called
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

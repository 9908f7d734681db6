cimport cython

def generator(cython.integral i):
    yield i

_ERRORS = """
3:0: Fused generators not supported
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

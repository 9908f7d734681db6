ctypedef fused T:
    int
    double

def f(T a):
    if T in int:
        return 1
    return 2

_ERRORS = """
6:12: Can only use 'in' or 'not in' on a fused type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

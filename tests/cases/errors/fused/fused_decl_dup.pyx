ctypedef fused T:
    int
    double
    int

def f(T a):
    return a

_ERRORS = """
4:4: Type specified multiple times
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

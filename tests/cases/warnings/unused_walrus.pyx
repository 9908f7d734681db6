# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra unused_walrus.pyx
def f(double[:] x):
    (y := x)

def g(double[:] x):
    if (n := x.shape[0]) > 2:
        return n
    return 0

_WARNINGS = """
3:5: Unused entry 'y'
"""

# Recorded with Cython 3.3.0: python3 cython.py -3 -Wextra negative_indices.pyx
cimport cython

@cython.wraparound(False)
def f(double[:] x, list l):
    a = x[-1]
    b = x[- 2]
    c = x[-1:]
    d = x[1:-1]
    e = l[-1]
    g = x[0]
    h = x[--1]
    return a + b + e + g + h + c[0] + d[0]

def ok(double[:] x):
    return x[-1]

_WARNINGS = """
6:11: the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined
7:12: the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined
8:11: the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined
9:13: the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined
10:11: the result of using negative indices inside of code sections marked as 'wraparound=False' is undefined
"""

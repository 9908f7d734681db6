cimport cython

ctypedef fused T:
    int
    double

def f(T a):
    if cython.floating is double:
        return 1
    return 2

_ERRORS = """
8:7: Type is not specialized
"""
# pyxc's own message: Cython 3.3.0 fails with a compiler crash in ReplaceFusedTypeChecks
# (a fused type no parameter binds has no member to compare).

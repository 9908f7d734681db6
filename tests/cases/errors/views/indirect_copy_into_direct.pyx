from cython cimport view

def f(int[::view.generic] g, int[:] d):
    d[:] = g

_ERRORS = """
4:11: Memoryview 'int[::generic]' not conformable to memoryview 'int[:]'.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

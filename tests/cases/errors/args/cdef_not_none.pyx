cdef f(list a not None, object b or None):
    return a

def g(int x not None):
    return x

_ERRORS = """
1:7: 'not None' only allowed in Python functions
1:24: 'or None' only allowed in Python functions
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

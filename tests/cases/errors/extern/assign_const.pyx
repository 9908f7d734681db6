cdef extern from *:
    """
    static const int LIMIT = 10;
    static const char *NAME = "n";
    """
    const int LIMIT
    const char* NAME

def f():
    global LIMIT
    LIMIT = 5
    NAME[0] = 1
    return LIMIT

_ERRORS = """
11:12: Assignment to const 'LIMIT'
12:8: Assignment to const dereference
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cdef extern from *:
    ctypedef struct handle_t
    handle_t* make()
    foo_t* other()

def f():
    cdef handle_t h
    cdef handle_t* p = make()
    return p.value

_ERRORS = """
4:4: 'foo_t' is not a type identifier
7:18: Variable type 'handle_t' is incomplete
9:12: Cannot select attribute of incomplete type 'handle_t'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

# A const parameter may not be assigned; `const (T *) p` is a const pointer (p is const, what it
# points to is not); `const T *q` points to const (q itself may be assigned).
cdef f(const int x, const double *q, const (double *) p):
    q = NULL
    p[0] = 1.0
    x = 1
    p = NULL

_ERRORS = """
6:8: Assignment to const 'x'
7:8: Assignment to const 'p'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cdef void f(const int *p, const char *s, int *q, const char *cs):
    p[0] = 1
    cdef char *t = s
    q = p
    cdef const int *r = q
    r[1] = 2
    r[0] += 1
    cdef char *u
    u = cs
    g(s)
    cdef void *v = p
    cdef char *w = <char *>s

cdef void g(char *x):
    pass

_ERRORS = """
2:5: Assignment to const dereference
6:5: Assignment to const dereference
7:5: Assignment to const dereference
"""

_WARNINGS = """
3:4: Assigning to 'char *' from 'const char *' discards const qualifier
4:8: Assigning to 'int *' from 'const int *' discards const qualifier
9:8: Assigning to 'char *' from 'const char *' discards const qualifier
11:4: Assigning to 'void *' from 'const int *' discards const qualifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3; it repeats 7:5 at the end, once listed here;
# the discarded const qualifiers are warnings there).

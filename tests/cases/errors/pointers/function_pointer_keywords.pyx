# Keywords through a function pointer: names its type does not have, a parameter given twice or
# left out before one given, and a type without parameter names (which has none of them).
ctypedef int (*binop_t)(int a, int b)
ctypedef int (*unnamed_t)(int, int)

cdef int sub(int x, int y):
    return x - y

def f():
    cdef binop_t p = sub
    cdef unnamed_t q = sub
    p(1, c=2)
    p(1, a=2)
    p(b=2)
    q(1, b=2)

_ERRORS = """
12:9: C function got unexpected keyword argument 'c'
13:9: argument 'a' passed twice
14:5: C function call is missing argument 'a'
15:9: C function got unexpected keyword argument 'b'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

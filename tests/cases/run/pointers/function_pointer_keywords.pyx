# Calls through function pointers whose type names its parameters (a ctypedef, a declared pointer
# variable) take keyword arguments, mapped onto the parameters and evaluated in source order.
# Expected outputs recorded from Cython 3.3.0.
ctypedef int (*binop_t)(int a, int b)

cdef int sub(int x, int y):
    return x - y

cdef list seen = []

cdef int note(int v):
    seen.append(v)
    return v

def calls():
    """
    >>> calls()
    (-1, -1, -1, 1, 7)
    """
    cdef binop_t f = sub
    cdef int (*g)(int left, int right)
    g = sub
    return f(1, 2), f(1, b=2), f(a=1, b=2), f(b=1, a=2), g(right=3, left=10)

def order():
    """
    >>> order()
    (1, [2, 3])
    """
    cdef binop_t f = sub
    del seen[:]
    r = f(b=note(2), a=note(3))
    return r, list(seen)

# In a function pointer's parameter list, a lone name that names a type is that type
# (`int (*hook)(Counter, int)`), as Cython reads it; statsmodels' Kalman filters hold such pointers.
cdef class Counter:
    cdef int v
    cdef int (*hook)(Counter, int)

cdef int bump(Counter k, int n):
    return k.v + n

def call_through_pointers():
    """
    >>> call_through_pointers()
    (5, 4)
    """
    cdef Counter k = Counter()
    k.v = 3
    k.hook = bump
    cdef int (*g)(Counter, int)
    g = bump
    return k.hook(k, 2), g(k, 1)

# cdef: blocks of declarations at module level and in functions, and cdef readonly:/public: blocks of
# extension-type attributes. Expected outputs recorded from Cython 3.3.0.
cdef:
    int counter = 3
    double scale

cdef class P:
    cdef readonly:
        int a
        double b
    cdef public:
        object tag
    def __init__(self, a):
        self.a = a
        self.b = a * 0.5

def f():
    """
    >>> f()
    (3, 0.0, 2, 1.0, None)
    """
    cdef:
        int i = 2
        double d
    p = P(i)
    return counter, scale, p.a, p.b, p.tag

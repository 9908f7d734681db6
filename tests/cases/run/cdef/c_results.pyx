# cdef functions with C results: ints, doubles and bint, called from a def with conversions.
cdef int add(int a, int b):
    return a + b

cdef double mean(double a, double b):
    return (a + b) / 2

cdef bint positive(long x):
    return x > 0

cdef unsigned char low_byte(long x):
    return x & 255

def use(int a, int b):
    """
    >>> use(3, 4)
    (7, 3.5, True, 7)
    >>> use(-300, 1)
    (-299, -149.5, False, 213)
    """
    return add(a, b), mean(a, b), positive(add(a, b)), low_byte(a + b)

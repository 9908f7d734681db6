# Arithmetic across C integer kinds promotes as C does (and as Cython does).
def widen(int a, long long b, unsigned char c):
    """
    >>> widen(2000000000, 2000000000, 255)
    4000000255
    """
    return a + b + c

def narrow_back(long a):
    """
    >>> narrow_back(300)
    44
    """
    cdef unsigned char c = a
    return c

def as_double(long a, int b):
    """
    >>> as_double(7, 2)
    3.5
    """
    cdef double d = a
    return d / b

# cython: cpow=True
# `**` on C numbers under cpow=True: C's pow in the operands' usual arithmetic type (nan for a
# negative base to a fractional power, 0 for an integer to a negative power).
cimport cython

def powers(double a, double b, int i, int j):
    """
    >>> powers(-8.0, 1/3, 2, -1)
    (nan, 'double', 0, 'int', 0.25)
    >>> powers(2.0, 3.0, 3, 3)
    (8.0, 'double', 27, 'int', 0.25)
    """
    return a ** b, cython.typeof(a ** b), i ** j, cython.typeof(i ** j), 2.0 ** -2

@cython.cpow(False)
def soft(double a, double b):
    """
    >>> soft(-8.0, 1/3)
    ((1.0000000000000002+1.7320508075688772j), 'soft double complex')
    """
    return a ** b, cython.typeof(a ** b)

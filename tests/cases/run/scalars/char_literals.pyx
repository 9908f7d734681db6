# A one-character string or bytes literal used as a C integer is that character's code, as in
# Cython: comparisons with a char, assignments, casts and C arguments. (pyxc compared such a
# literal as a Python object, so `c == 'x'` was always False.) Recorded from Cython 3.3.0.


cdef int code_of(char c):
    return c


def compare(int n):
    """
    >>> compare(62)
    (True, True, True, False, True)
    >>> compare(61)
    (False, False, False, True, False)
    """
    cdef char a = n
    cdef unsigned char u = n
    cdef int i = n
    return a == '>', u == b'>', '>' == i, a != '>', i >= '>'


def assign_and_cast():
    """
    >>> assign_and_cast()
    (65, 66, 62, 33, 120)
    """
    cdef char c = 'A'
    cdef unsigned char d = b'B'
    return c, d, <char>'>', <int>b'!', code_of('x')


def as_objects(x):
    """
    >>> as_objects('>')
    (True, False, '-----', b'--')
    """
    cdef char a = 62
    return x == '>', a == x, '-' * 5, b'-' * 2

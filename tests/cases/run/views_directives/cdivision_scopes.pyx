# cdivision as a decorator and as a block: C truncation for // and %, Python flooring elsewhere.
cimport cython

@cython.cdivision(True)
def c_div(int a, int b):
    """
    >>> c_div(-7, 2), c_div(7, -2), c_div(-7, 3)
    ((-3, -1), (-3, 1), (-2, -1))
    """
    return a // b, a % b

def py_div(int a, int b):
    """
    >>> py_div(-7, 2), py_div(7, -2), py_div(-7, 3)
    ((-4, 1), (-4, -1), (-3, 2))
    >>> py_div(1, 0)
    Traceback (most recent call last):
    ZeroDivisionError: integer division or modulo by zero
    """
    return a // b, a % b

def mixed(int a, int b):
    """
    >>> mixed(-7, 2)
    (-3, -4)
    """
    cdef int inside
    with cython.cdivision(True):
        inside = a // b
    return inside, a // b

# Comprehension variables do not leak (Cython 3 as Python 3): the enclosing function's
# variable of the same name keeps its value, whether it is an object, a C int or a C double;
# a generator expression's variable does not leak either.
# Expected outputs recorded from Cython 3.3.0.

def object_outer():
    """
    >>> object_outer()
    ([0, 1, 2], 'outer')
    """
    i = 'outer'
    r = [i for i in range(3)]
    return r, i


def c_int_outer():
    """
    >>> c_int_outer()
    ([0, 1, 2], 100)
    """
    cdef int i = 100
    r = [i for i in range(3)]
    return r, i


def c_double_outer():
    """
    >>> c_double_outer()
    ([1.0, 2.0], 0.5)
    """
    cdef double x = 0.5
    r = [x for x in [1.0, 2.0]]
    return r, x


def set_and_dict():
    """
    >>> set_and_dict()
    ('k', 'v')
    """
    k = 'k'
    v = 'v'
    s = {k for k in range(2)}
    d = {k: v for k, v in [(1, 2)]}
    return k, v


def genexpr_outer():
    """
    >>> genexpr_outer()
    (3, 'x')
    """
    x = 'x'
    total = sum(x for x in range(3))
    return total, x


def outer_read_inside():
    """
    >>> outer_read_inside()
    [10, 11, 12]
    """
    cdef int base = 10
    return [base + i for i in range(3)]


def same_name_twice():
    """
    >>> same_name_twice()
    ([0, 1], ['a', 'b'])
    """
    a = [i for i in range(2)]
    b = [i for i in 'ab']
    return a, b

# locals() inside a function: a dict of its parameters (*args and **kwargs included) and of the
# locals that hold a value, C values boxed; comprehension variables and closures' own names are
# not among them. Expected outputs recorded from Cython 3.3.0.

def get_locals(x, *args, **kwds):
    """
    >>> sorted(get_locals(1, 2, 3, k=5).items())
    [('args', (2, 3)), ('kwds', {'k': 5}), ('x', 1), ('y', 'hi'), ('z', 5)]
    """
    cdef int z = 5
    y = "hi"
    return locals()


def after_comprehension(n):
    """
    >>> sorted(after_comprehension(3).items())
    [('n', 3), ('squares', [0, 1, 4])]
    """
    squares = [i * i for i in range(n)]
    return locals()


def object_local_unassigned(flag):
    """
    >>> sorted(object_local_unassigned(False).items())
    [('flag', False)]
    >>> sorted(object_local_unassigned(True).items())
    [('flag', True), ('s', 'set')]
    """
    if flag:
        s = 'set'
    return locals()


def is_a_new_dict():
    """
    >>> is_a_new_dict()
    (False, 1)
    """
    a = 1
    d = locals()
    e = locals()
    return d is e, d['a']

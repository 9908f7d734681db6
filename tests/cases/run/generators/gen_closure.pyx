# Generators defined inside functions (closures over the creator's object, C int and view
# locals), generator factories returning generators that outlive the creator, and a generator
# rebinding a nonlocal.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def make(int n, prefix):
    cdef int limit = n
    def gen():
        cdef int i
        for i in range(limit):
            yield prefix + str(i)
    return gen()


def over_view(double[:] x):
    def gen():
        cdef Py_ssize_t i
        for i in range(x.shape[0]):
            yield x[i] * 10
    return gen


def counter_gen():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    items = list(gen())
    return items, count


def closure_values():
    """
    >>> closure_values()
    ['p0', 'p1', 'p2']
    """
    return list(make(3, 'p'))


def view_generator():
    """
    >>> view_generator()
    ([10.0, 20.0], [10.0, 20.0])
    """
    f = over_view(array('d', [1.0, 2.0]))
    return list(f()), list(f())


def nonlocal_rebind():
    """
    >>> nonlocal_rebind()
    ([1, 2, 3], 3)
    """
    return counter_gen()

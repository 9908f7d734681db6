# A generator holding a typed view across yields: it reads the buffer lazily (changes made
# between yields are seen), keeps the buffer acquired while suspended (array resizing raises
# BufferError), and releases it when exhausted, closed or dropped.
# Expected outputs recorded from Cython 3.3.0.
from array import array


def items(double[:] x):
    cdef Py_ssize_t i
    for i in range(x.shape[0]):
        yield x[i]


def rows(int[:, :] m):
    cdef Py_ssize_t i, j
    for i in range(m.shape[0]):
        yield [m[i, j] for j in range(m.shape[1])]


def lazy_reads():
    """
    >>> lazy_reads()
    (1.0, 20.0, 3.0)
    """
    a = array('d', [1.0, 2.0, 3.0])
    g = items(a)
    first = next(g)
    a[1] = 20.0
    return first, next(g), next(g)


def held_while_suspended():
    """
    >>> held_while_suspended()
    ('BufferError', 'released after exhaustion')
    """
    a = array('d', [1.0, 2.0])
    g = items(a)
    next(g)
    try:
        a.append(0.0)
        r = 'resized'
    except BufferError:
        r = 'BufferError'
    list(g)
    a.append(0.0)
    return r, 'released after exhaustion'


def released_on_close():
    """
    >>> released_on_close()
    3
    """
    a = array('d', [1.0, 2.0])
    g = items(a)
    next(g)
    g.close()
    a.append(3.0)
    return len(a)


def released_on_drop():
    """
    >>> released_on_drop()
    3
    """
    a = array('d', [1.0, 2.0])
    g = items(a)
    next(g)
    del g
    a.append(3.0)
    return len(a)


def two_d():
    """
    >>> two_d()
    [[1, 2], [3, 4]]
    """
    m = memoryview(array('i', [1, 2, 3, 4])).cast('b').cast('i', (2, 2))
    return list(rows(m))


def never_started():
    """
    >>> never_started()
    3
    """
    a = array('d', [1.0, 2.0])
    g = items(a)
    del g
    a.append(3.0)
    return len(a)

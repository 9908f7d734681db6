# C array and struct attributes of extension types: read and written in the instance, converted
# to lists and dicts, pickled as Cython pickles them (same state layout and checksums).
import pickle

cdef struct Pair:
    int a
    double b


cdef class Buffer:
    """
    >>> b = Buffer(1.5, 2.5)
    >>> b.values(), b.grid_sum(), b.name()
    ([1.5, 2.5, 0.0], 6, b'buf')
    >>> b.fill([7, 8, 9]); b.values()
    [7.0, 8.0, 9.0]
    >>> b.fill([1])
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 3, got 1
    >>> b2 = pickle.loads(pickle.dumps(b)); b2.values(), b2.grid_sum(), b2.name()
    ([7.0, 8.0, 9.0], 6, b'buf')
    >>> b.__reduce_cython__()[1][1:], b.__reduce_cython__()[2:]
    ((221863843, ([[0, 1], [2, 3]], b'buf', [7.0, 8.0, 9.0])), ())
    """
    cdef double[3] x
    cdef int grid[2][2]
    cdef char label[3]

    def __init__(self, a, b):
        self.x[0] = a
        self.x[1] = b
        self.x[2] = 0
        cdef int i, j
        for i in range(2):
            for j in range(2):
                self.grid[i][j] = 2 * i + j
        self.label = b'buf'

    def values(self):
        return self.x

    def grid_sum(self):
        return sum([self.grid[i][j] for i in range(2) for j in range(2)])

    def name(self):
        return self.label

    def fill(self, seq):
        self.x = seq


cdef class Holder:
    """
    >>> h = Holder(); h.set(3, 0.5); h.get()
    {'a': 3, 'b': 0.5}
    >>> pickle.dumps(h)
    Traceback (most recent call last):
    TypeError: Pickling of struct members such as self.p must be explicitly requested with @auto_pickle(True)
    """
    cdef Pair p

    def set(self, a, b):
        self.p.a = a
        self.p.b = b

    def get(self):
        return self.p


cimport cython

@cython.auto_pickle(True)
cdef class ForcedHolder(Holder):
    """
    >>> h = ForcedHolder(); h.set(4, 1.5)
    >>> pickle.loads(pickle.dumps(h)).get()
    {'a': 4, 'b': 1.5}
    """


cdef class WithPointer:
    """
    >>> pickle.dumps(WithPointer())
    Traceback (most recent call last):
    TypeError: self.data,self.more cannot be converted to a Python object for pickling
    """
    cdef int *data
    cdef void *more
    cdef int n


class Sub(Buffer):
    """
    A Python subclass's attributes travel in its __dict__.

    >>> s = Sub(1, 2); s.extra = 'kept'; s.me = s
    >>> t = pickle.loads(pickle.dumps(s))
    >>> t.values(), t.extra, t.me is t
    ([1.0, 2.0, 0.0], 'kept', True)
    """

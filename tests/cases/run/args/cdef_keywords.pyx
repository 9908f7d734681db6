# Keyword arguments in calls of cdef and cpdef functions and of cdef methods: mapped onto the
# parameters at compile time (a C call, no dict), in any order, after positional ones, leaving
# trailing defaults, with C conversions of each argument, and evaluated in source order even
# when passed in another. Expected outputs recorded from Cython 3.3.0.

LOG = []

def note(x):
    LOG.append(x)
    return x

cdef double scaled(double x, double factor=2.0, int offset=0):
    return x * factor + offset

cpdef str label(str name, str prefix='<', str suffix='>'):
    return prefix + name + suffix

cdef object pair(a, b, c=None):
    return (a, b, c)

cdef class Vec:
    cdef double x, y

    def __init__(self, double x, double y):
        self.x = x
        self.y = y

    cdef double dot(self, double x, double y=1.0):
        return self.x * x + self.y * y

    cpdef Vec moved(self, double dx=0, double dy=0):
        return Vec(self.x + dx, self.y + dy)


def cdef_calls():
    """
    >>> cdef_calls()
    (4.5, 4.0, 6.0, 1.5, 5.0)
    """
    return (scaled(1.5, factor=3.0), scaled(x=2), scaled(1, offset=5, factor=1),
            scaled(offset=1, x=1.0, factor=0.5), scaled(2, 3, offset=-1))

def cpdef_calls():
    """
    >>> cpdef_calls()
    ('[a>', '(b)', '<c>')
    >>> label('n', suffix='!')
    '<n!'
    """
    return label('a', prefix='['), label(suffix=')', name='b', prefix='('), label(name='c')

def object_args():
    """
    >>> object_args()
    ((1, 2, 3), ({}, [], None))
    """
    return pair(1, c=3, b=2), pair(b=[], a={})

def evaluation_order():
    """
    >>> evaluation_order()
    ((1, 2, 3), 12.0, [3, 2, 10, 1.0, 2.0])
    """
    del LOG[:]
    r = pair(1, c=note(3), b=note(2))
    s = scaled(offset=note(10), x=note(1.0), factor=note(2.0))
    return r, s, LOG

def conversions(v):
    """
    >>> conversions(3)
    3.0
    >>> conversions('x')
    Traceback (most recent call last):
    TypeError: must be real number, not str
    """
    return scaled(1, factor=v)

def methods():
    """
    >>> methods()
    (8.0, 11.0, 2.0, 4.0, 3.0)
    """
    v = Vec(2, 3)
    w = v.moved(dy=1, dx=0)
    return v.dot(y=2, x=1), v.dot(x=4), w.x, w.y, v.moved(dx=1, dy=1).dot(1, y=0)

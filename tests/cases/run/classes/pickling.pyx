# Pickling cdef classes: Cython 3 generates __reduce_cython__/__setstate_cython__ for a class
# whose fields are all convertible, so pickle.dumps/loads round-trips C and object fields
# (without calling __init__ again); a class with a memoryview field (which makes Cython's
# generated __cinit__ non-trivial) and a class with its own __cinit__ are not. Expected outputs recorded from Cython 3.3.0.
import pickle
from array import array

cdef class Point:
    cdef public int x
    cdef public double y
    cdef public object tag
    cdef public list items

    def __init__(self, int x, double y, tag=None):
        self.x = x
        self.y = y
        self.tag = tag
        self.items = [x]


cdef class Hidden:
    cdef int secret

    def __init__(self, int s):
        self.secret = s

    def get(self):
        return self.secret


cdef class WithView:
    cdef double[:] data

    def __init__(self, data):
        self.data = data


cdef class NeedsArgs:
    cdef public int n

    def __cinit__(self, int n):
        self.n = n


def round_trip():
    """
    >>> round_trip()
    (3, 1.5, 'tag', [3], True, 'Point')
    """
    p = Point(3, 1.5, 'tag')
    q = pickle.loads(pickle.dumps(p))
    return q.x, q.y, q.tag, q.items, q is not p, type(q).__name__


def private_fields_kept():
    """
    >>> private_fields_kept()
    42
    """
    return pickle.loads(pickle.dumps(Hidden(42))).get()


def nested_instances():
    """
    >>> nested_instances()
    (1, 2, True)
    """
    outer = Point(1, 0)
    outer.tag = Point(2, 0)
    outer.items = [outer.tag, outer.tag]
    r = pickle.loads(pickle.dumps(outer))
    return r.x, r.tag.x, r.items[0] is r.items[1]


def all_protocols():
    """
    >>> all_protocols()
    [7, 7, 7, 7, 7, 7]
    """
    out = []
    for proto in range(6):
        out.append(pickle.loads(pickle.dumps(Point(7, 0), proto)).x)
    return out


def view_field_not_picklable():
    """
    >>> view_field_not_picklable()
    Traceback (most recent call last):
    TypeError: no default __reduce__ due to non-trivial __cinit__
    """
    pickle.dumps(WithView(array('d', [1.0])))


def cinit_args_not_picklable():
    """
    >>> cinit_args_not_picklable()
    Traceback (most recent call last):
    TypeError: no default __reduce__ due to non-trivial __cinit__
    """
    pickle.dumps(NeedsArgs(1))


def reduce_methods_exist():
    """
    >>> reduce_methods_exist()
    (True, True)
    """
    return hasattr(Point, '__reduce_cython__'), hasattr(Point, '__setstate_cython__')

# Views of structs kept in an extension type attribute (a cython.view.array of them), a module
# variable and a closure; a pointer to structs cast to a view; copies. Expected outputs recorded
# from Cython 3.3.0.
from cython.view cimport array as cvarray

cdef struct Point:
    int a
    double b

cdef class Holder:
    cdef Point[::1] pts
    def __init__(self, n):
        self.pts = cvarray(shape=(n,), itemsize=sizeof(Point), format="T{i:a:d:b:}")
        cdef Py_ssize_t i
        for i in range(n):
            self.pts[i] = Point(<int>i, i / 4.0)
    def get(self, i):
        return self.pts[i]

cdef Point[:] module_view

def via_holder():
    """
    >>> via_holder()
    ({'a': 2, 'b': 0.5}, 3)
    """
    h = Holder(3)
    return h.get(2), h.pts.shape[0]

def cast_pointer():
    """
    >>> cast_pointer()
    ([{'a': 0, 'b': 0.0}, {'a': 1, 'b': 1.0}], 'T{i:a:d:b:}')
    """
    cdef Point items[2]
    items[0] = Point(0, 0.0)
    items[1] = Point(1, 1.0)
    cdef Point[:] v = <Point[:2]>&items[0]
    return [v[0], v[1]], memoryview(<object>v).format

def copies():
    """
    >>> copies()
    (5, 0, 9)
    """
    global module_view
    cdef Point items[3]
    cdef Point[:] v = items
    v[0].a = 5
    w = v.copy()
    v[0].a = 0
    cdef Point[:] c = w
    module_view = c
    module_view[1].a = 9
    module_view = None
    return c[0].a, v[0].a, c[1].a

def closure():
    """
    >>> closure()
    7
    """
    cdef Point[:] v = cvarray(shape=(2,), itemsize=sizeof(Point), format="T{i:a:d:b:}")
    def inner():
        v[1].a = 7
    inner()
    return v[1].a

# An extern class's @property cdef inline methods: read as attributes of a typed instance, each a
# call of a function taking it (another module's type has no slot for them).
from cpython.object cimport PyObject

cdef extern from "Python.h":
    ctypedef class __builtin__.list [object PyListObject]:
        @property
        cdef inline Py_ssize_t doubled(self) noexcept:
            return len(self) * 2

        @property
        cdef inline PyObject *first(self) noexcept nogil:
            return NULL


def use(list x):
    """
    >>> use([1, 2, 3])
    (6, True)
    >>> use([])
    (0, True)
    """
    return x.doubled, x.first is NULL


def in_nogil(list x):
    """
    >>> in_nogil([4, 5])
    True
    """
    cdef bint none
    with nogil:
        none = x.first is NULL
    return none

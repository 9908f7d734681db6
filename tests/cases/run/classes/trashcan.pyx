# @cython.trashcan(True) (inherited; a subclass of list, dict, tuple, set uses it by default):
# a deep chain of instances is freed without a C recursion as deep as the chain.
cimport cython


cdef extern from *:
    unsigned long Py_TPFLAGS_HAVE_VERSION_TAG
    ctypedef struct PyTypeObject:
        unsigned long tp_flags


def chain(cls, int n=2**17):
    x = None
    cdef int i
    for i in range(n):
        x = cls(x)
    # leaving the function frees the whole chain, first link first


cdef int freed = 0


@cython.trashcan(True)
cdef class Link:
    """
    >>> chain(Link)
    >>> taken()
    131072
    """
    cdef public object next

    def __cinit__(self, x):
        self.next = x

    def __dealloc__(self):
        global freed
        freed += 1


cdef class SubLink(Link):
    """
    >>> chain(SubLink)
    >>> taken()
    131072
    """


cdef class ListLink(list):
    """
    >>> chain(lambda x: ListLink([x]))
    >>> taken()
    0
    """


def taken():
    global freed
    n = freed
    freed = 0
    return n


def version_tags():
    """
    >>> version_tags()
    (True, False)
    """
    return ((<PyTypeObject*>Cached).tp_flags & Py_TPFLAGS_HAVE_VERSION_TAG) != 0, \
        ((<PyTypeObject*>Uncached).tp_flags & Py_TPFLAGS_HAVE_VERSION_TAG) != 0


cdef class Cached:
    cdef public int x


@cython.type_version_tag(False)
cdef class Uncached:
    cdef public int x

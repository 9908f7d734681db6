# A def method of a cdef class called through the class without an instance: Cython 3's
# methods are its own function objects, whose message names only the method (pyxc's are
# CPython method descriptors: "unbound method Acc.nothing() needs an argument").
# Expected outputs recorded from Cython 3.3.0.

cdef class Acc:
    def nothing(self):
        return 0


def unbound_without_instance():
    """
    >>> Acc.nothing()
    Traceback (most recent call last):
    TypeError: nothing() needs an argument
    """

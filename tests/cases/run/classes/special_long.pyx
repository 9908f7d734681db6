# __long__, Python 2's name of __int__: the nb_int slot of a class without __int__ (int(), "%d"
# formatting and conversion to a C integer use it), not a method of its own; a class with both
# uses __int__. Expected outputs recorded from Cython 3.3.0.

cdef class Long:
    def __long__(self):
        return 3


cdef class Both:
    def __int__(self):
        return 2

    def __long__(self):
        return 3


def c_int(int i):
    return i


def uses():
    """
    >>> uses()
    (3, 2, '3', 3, 2, False, False)
    """
    return (int(Long()), int(Both()), "%d" % Long(), c_int(Long()), c_int(Both()), hasattr(Long(), "__long__"),
            hasattr(Both(), "__long__"))

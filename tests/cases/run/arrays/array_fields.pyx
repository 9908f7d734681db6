# Assigning to an array field of a struct, of an extension type, and of a struct in an array
# field: the array is filled in place from a list or tuple display, a Python sequence or a
# string literal, with Cython's errors for a wrong length.
# Expected outputs recorded from Cython 3.3.0.

cdef struct S:
    int v[3]
    char t[4]

cdef class C:
    cdef int v[3]
    cdef S s
    cdef S many[2]

    def fill(self, l):
        self.v = l
        self.s.v = [7, 8, 9]
        self.s.t = b"ab\0\0"
        self.many[1].v = (4, 5, 6)
        return self.v, self.s.v, self.s.t, self.many[1].v


def struct_fields(l):
    """
    >>> struct_fields([4, 5, 6])
    ([4, 5, 6], b'ab', [1, 2, 3])
    >>> struct_fields((1, 2))
    Traceback (most recent call last):
    IndexError: not enough values found during array assignment, expected 3, got 2
    """
    cdef S s
    s.v = [1, 2, 3]
    first = list(s.v)
    s.t = b"ab\0\0"
    s.v = l
    return s.v, s.t, first


def class_fields():
    """
    >>> C().fill([1, 2, 3])
    ([1, 2, 3], [7, 8, 9], b'ab', [4, 5, 6])
    >>> C().fill(range(4))
    Traceback (most recent call last):
    IndexError: too many values found during array assignment, expected 3
    """

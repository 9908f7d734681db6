# mode: error
# An override of a cdef method may add optional arguments only: as many without a default, the
# same types first (Cython's rule for a vtable slot).
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.

cdef class Base:
    cdef int m(self, int x, int y=1):
        return x + y

    cdef int n(self, int x=0):
        return x

    cdef int k(self, int x):
        return x

cdef class AddsRequired(Base):
    cdef int m(self, int x, int y=1, int z):
        return x

cdef class DropsOptional(Base):
    cdef int m(self, int x):
        return x

cdef class MakesRequired(Base):
    cdef int n(self, int x):
        return x

cdef class MakesOptional(Base):
    cdef int k(self, int x=3):
        return x

cdef class ChangesType(Base):
    cdef int m(self, int x, double y=1.0):
        return x

cdef class Fine(Base):
    cdef int m(self, int x, int y=5, int z=6, int w=7):
        return x

_ERRORS = """
17:4: Signature not compatible with previous declaration
7:4: Previous declaration is here
21:4: Signature not compatible with previous declaration
7:4: Previous declaration is here
25:4: Signature not compatible with previous declaration
10:4: Previous declaration is here
29:4: Signature not compatible with previous declaration
13:4: Previous declaration is here
33:4: Signature not compatible with previous declaration
7:4: Previous declaration is here
17:14: Non-default argument follows default argument
17:37: Non-default argument following default argument
"""

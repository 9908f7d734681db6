# C property methods of an extern class that Cython refuses: not inline, declared twice, a setter
# or getter of another name, a deleter, and signatures a getter or setter may not have.
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.
cdef extern from "Python.h":
    ctypedef class __builtin__.BaseException [object PyBaseExceptionObject]:
        @property
        cdef size(self):
            return 0

        @property
        cdef inline double weight(self):
            return 1.0

        @weight.setter
        cdef double weight(self, double w):
            return w

        @property
        cdef inline twice(self):
            return 2

        @property
        cdef inline twice(self):
            return 2

        @property
        cdef inline first(self):
            return 1

        @first.setter
        cdef inline void first(self, v) noexcept:
            pass

        @first.setter
        cdef inline void first(self, v) noexcept:
            pass

        @property
        cdef inline origin(self):
            return 0

        @origin.getter
        cdef inline origin(self):
            return 0

        @property
        cdef inline named(self):
            return 0

        @named.setter
        cdef inline void renamed(self, v) noexcept:
            pass

        @property
        cdef inline removable(self):
            return 0

        @removable.deleter
        cdef inline void removable(self):
            pass

        @property
        cdef inline extra(self, int k):
            return k

        @property
        cdef inline void nothing(self):
            pass

        @nothing.setter
        cdef inline void nothing(self):
            pass

        @property
        cdef inline status(self):
            return 0

        @status.setter
        cdef inline int status(self, v) except -2:
            return 0

        @property
        cdef inline flagged(self):
            return 0

        @flagged.setter
        cdef inline void flagged(self, v):
            pass

        @property
        cdef inline text(self):
            return 0

        @text.setter
        cdef inline object text(self, v):
            return v

_ERRORS = """
6:8: C property method must be declared 'inline'
14:8: C property method must be declared 'inline'
22:8: C property redeclared
34:8: C property redeclared
42:8: C property redeclared
50:8: Mismatching C property names, expected 'named', got 'renamed'
58:8: Cannot have deleter for C property
14:8: C property setter must return void or an 'int' error code, -1 (error) or 0 (ok)
58:8: 'removable' redeclared 
54:8: Previous declaration is here
62:8: C property getter must have a single (self) argument
66:8: C property getter cannot return 'void'
70:8: C property setter needs 'noexcept' if declared 'void'
70:8: C property setter must have two arguments (self and value)
78:8: C property setter with 'int' return needs explicit 'except -1' or 'except? -1'
86:8: C property setter needs 'noexcept' if declared 'void'
94:8: C property setter must return void or an 'int' error code, -1 (error) or 0 (ok)
"""

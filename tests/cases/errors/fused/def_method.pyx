cimport cython

cdef class C:
    def f(self, cython.floating x):
        return x

    cpdef g(self, cython.integral n):
        return n

_ERRORS = """
4:4: fused def and cpdef methods are not supported by pyxc
7:4: fused def and cpdef methods are not supported by pyxc
"""
# pyxc's own message: Cython 3.3.0 compiles both (a def fused method dispatches on the argument's
# type at run time); pyxc compiles only cdef fused methods so far.

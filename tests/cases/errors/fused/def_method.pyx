cimport cython

cdef class C:
    def f(self, cython.floating x):
        return x

    cpdef g(self, cython.integral n):
        return n

_ERRORS = """
7:4: fused cpdef methods are not supported by pyxc
"""
# pyxc's own message: Cython 3.3.0 compiles it (a cpdef fused method: C callers pick the
# specialization, Python calls dispatch at run time); pyxc compiles cdef and def fused methods so
# far (run/fused/def_methods.pyx).

cdef class Shape:
    cdef double width

    def area(self):
        return 0.0

    def __getbuffer__(self, Py_buffer *view, int flags):
        pass

    def __releasebuffer__(self, Py_buffer *view):
        pass

    cdef double scale(self, double k)

cdef extern from "Python.h":
    ctypedef class __builtin__.BaseException [object PyBaseExceptionObject]:
        def describe(self):
            return "no"

        @property
        cdef inline first(self):
            return self.args[0]

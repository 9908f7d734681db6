# mode: error

cdef class Engine:
    cdef int accelerate(self, int by):
        self.speed += by
        return self.speed

_ERRORS = """
class_method_missing.pxd:4:18: C method 'stop' is declared but not defined
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

# The buffer methods take Cython's slot arguments: (self, Py_buffer *buffer, int flags) and
# (self, Py_buffer *buffer).
cdef class A:
    def __getbuffer__(self, Py_buffer *b):
        pass
    def __releasebuffer__(self, Py_buffer *b, int x):
        pass

_ERRORS = """
4:4: Special method __getbuffer__ has wrong number of arguments (2 declared, 3 expected)
6:4: Special method __releasebuffer__ has wrong number of arguments (3 declared, 2 expected)
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

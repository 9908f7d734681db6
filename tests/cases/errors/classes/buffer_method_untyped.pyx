# An untyped buffer parameter is an object, which the slot's Py_buffer * cannot become.
cdef class A:
    def __getbuffer__(self, buffer, flags):
        buffer.obj = self

_ERRORS = """
3:28: Cannot convert argument of type 'Py_buffer *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3; it then fails with an
# internal IndexError).

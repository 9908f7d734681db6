def f():
    cdef Py_UCS4 a = u'AB'
    cdef Py_UCS4 b = b'A'
    cdef Py_UCS4 c = b'AB'
    cdef Py_UCS4 d = u''
    return a, b, c, d

_ERRORS = """
2:21: Only single-character Unicode string literals or surrogate pairs can be coerced into Py_UCS4/Py_UNICODE.
3:21: Bytes literals cannot coerce to Py_UNICODE/Py_UCS4, use a unicode literal instead.
4:21: Only single-character string literals can be coerced into ints.
5:21: Only single-character Unicode string literals or surrogate pairs can be coerced into Py_UCS4/Py_UNICODE.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

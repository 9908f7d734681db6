def f(bytes x, s, bint flag):
    cdef char *a = x + b"a"
    cdef char *b
    b = x * 3
    cdef const char *c = s.encode('ascii')
    b = x + b"1" if flag else x + b"2"
    return a[0], b[0], c[0], (<char*>(x + b"b"))[0]

_ERRORS = """
2:4: Storing unsafe C derivative of temporary Python reference
4:10: Storing unsafe C derivative of temporary Python reference
5:4: Storing unsafe C derivative of temporary Python reference
6:10: Unsafe C derivative of temporary Python reference used in conditional expression
6:32: Unsafe C derivative of temporary Python reference used in conditional expression
6:8: Storing unsafe C derivative of temporary Python reference
7:30: Casting temporary Python object to non-numeric non-Python type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

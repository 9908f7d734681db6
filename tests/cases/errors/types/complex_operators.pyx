def f2(double complex z):
    return z % 2
def f3(double complex z):
    return z < z
def f4(double complex z):
    return ~z
def f5(double complex z):
    cdef double d = z
def f7(double complex z):
    return z & 1
def f9(double complex z):
    return z << 1
def f10(double complex z, int complex i):
    cdef int complex j = 1.5
    cdef int k = i
    return z >= 1

_ERRORS = """
2:13: mod operator not supported for type 'double complex'
4:13: complex types are unordered
6:11: Invalid operand type for '~' (double complex)
8:20: Cannot assign type 'double complex' to 'double'
10:13: Invalid operand types for '&' (double complex; long)
12:13: Invalid operand types for '<<' (double complex; long)
14:25: Cannot assign type 'double' to 'int complex'
15:17: Cannot assign type 'int complex' to 'int'
16:13: complex types are unordered
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cdef struct Point:
    double x
    double y

def f():
    cdef Point a = {'x': 1, 'z': 2}
    cdef Point b = {'x': [1], 'y': 2}
    cdef Point c = {'x': 1, 'y': 'no'}
    cdef Point d = Point(1, y=None)
    cdef Point e = Point(None, 2)
    return a.x

_ERRORS = """
6:28: struct 'Point' has no field 'z'
7:25: Cannot coerce list to type 'double'
8:33: Unicode literals do not support coercion to C types other than Py_UCS4/Py_UNICODE (for characters), Py_UNICODE* (for strings) or char*/void* (for auto-encoded strings).
9:30: Cannot assign None to double
10:25: Cannot assign None to double
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

# Indices: a float or a pointer into a C array (Cython's error at the subscript), an int indexed,
# and a pointer as a Python object's key (it has no Python form).
def f(obj1, obj2):
    cdef int int1, int2, int3
    cdef float flt1, *ptr1
    cdef int array1[42]
    int1 = array1[flt1]
    int1 = array1[ptr1]
    int1 = int2[int3]
    obj1 = obj2[ptr1]

_ERRORS = """
7:17: Invalid index type 'float'
8:17: Invalid index type 'float *'
9:15: Attempting to index non-array type 'int'
10:16: Cannot convert 'float *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

# mode: error
# A C loop (or `in` test) over a pointer or an array's slice must know where it ends: a stop,
# and a constant step with a stop (positive) or a start (negative); a char pointer's slice
# knows its NUL. A pointer cannot be a Python object's slice bound.

cdef int[5] arr
cdef int *ptr = arr
cdef char *text = b"abc"

def f(obj, int k):
    a = obj[ptr::]
    for x in ptr:
        pass
    for x in ptr[1:]:
        pass
    for x in ptr[:4:k]:
        pass
    for x in ptr[:4:-1]:
        pass
    for x in arr[1::2]:
        pass
    b = 3 in arr[2:]
    c = 3 in ptr[::0]
    for x in text[1::-1]:
        pass
    for x in arr:
        pass


_ERRORS = """
11:12: Cannot convert 'int *' to Python object
12:13: C array iteration requires known end index
14:16: C array iteration requires known end index
16:20: C array iteration requires known step size and end index
18:21: C array iteration requires known step size and end index
20:20: C array iteration requires known step size and end index
22:16: C array iteration requires known end index
23:19: C array iteration requires known step size and end index
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

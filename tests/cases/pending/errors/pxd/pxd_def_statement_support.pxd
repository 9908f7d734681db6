cdef int helper(int x)

def python_level(x):
    return x

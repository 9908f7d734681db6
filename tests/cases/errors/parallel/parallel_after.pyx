from cython.parallel import parallel

def f():
    cdef int k = 0
    with nogil, parallel():
        k = 1
    print(k)
    k = 2
    print(k)

_ERRORS = """
7:10: local variable 'k' referenced before assignment
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cdef void f(int x) except -1:
    pass

def g():
    f(1)

_ERRORS = """
1:27: Cannot assign type 'long' to 'void'
1:27: Exception value incompatible with function return type
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

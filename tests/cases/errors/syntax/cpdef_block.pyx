cpdef nogil:
    pass

_ERRORS = """
1:0: cdef blocks cannot be declared cpdef
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).

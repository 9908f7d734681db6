cpdef nogil:
    pass

_ERRORS = """
1:0: cdef blocks cannot be declared cpdef
1:0: 'cdef nogil block' is not supported by pyxc
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3); the second line is pyxc's own: cdef nogil blocks are outside its subset (issue 20).

cdef cppclass A:
    pass

_ERRORS = """
1:5: 'cdef cppclass' is not supported by pyxc
"""
# pyxc's own message: C++ classes are outside the subset (STYLE rule 10).

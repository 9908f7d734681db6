cdef extern from *:
    cdef class mod.Foo:
        cdef int x

_ERRORS = """
2:4: Object name required for 'public' or 'extern' C class
2:4: Object struct name specification required for C class defined in 'extern from' block
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cdef class Base:
    def __init_subclass__(cls, **kwargs):
        pass

_ERRORS = """
2:4: '__init_subclass__' is not supported by extension class
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

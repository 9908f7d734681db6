cdef readonly int x

_ERRORS = """
1:18: Module-level variable cannot be declared readonly
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

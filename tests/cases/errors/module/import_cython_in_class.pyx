# `import cython` in a class body is the cimport it means, which only the module may do.
class C:
    import cython

_ERRORS = """
3:11: cimport only allowed at module level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

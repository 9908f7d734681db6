def f(a):
    with nogil:
        del a

_ERRORS = """
3:8: Deleting Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

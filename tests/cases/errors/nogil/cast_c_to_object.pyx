def f(int x):
    with nogil:
        <object>x

_ERRORS = """
3:16: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

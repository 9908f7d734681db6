def f(int x, bint c):
    with nogil(c):
        x += 1
    return x

_ERRORS = """
2:15: Non-constant condition in a `with nogil(<condition>)` statement
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(int x):
    with nogil:
        with gil:
            with gil:
                x += 1
    return x

_ERRORS = """
4:17: Trying to acquire the GIL while it is already held.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

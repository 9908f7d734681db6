def f(a):
    with nogil:
        a += 1
    return a

_ERRORS = """
3:8: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

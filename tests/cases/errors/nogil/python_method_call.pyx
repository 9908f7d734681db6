def f(list l):
    with nogil:
        l.append(1)

_ERRORS = """
3:16: Calling gil-requiring function not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(g, int x):
    with nogil:
        g(x)

_ERRORS = """
3:9: Discarding owned Python object not allowed without gil
3:9: Calling gil-requiring function not allowed without gil
3:9: Constructing Python tuple not allowed without gil
3:10: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

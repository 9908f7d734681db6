def f(int x):
    with nogil:
        print(x)

_ERRORS = """
3:13: Discarding owned Python object not allowed without gil
3:13: Calling gil-requiring function not allowed without gil
3:13: Constructing Python tuple not allowed without gil
3:14: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

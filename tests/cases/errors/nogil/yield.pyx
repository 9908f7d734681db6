def f(int x):
    with nogil:
        yield x

_ERRORS = """
3:8: Operation not allowed without gil
3:14: Converting to Python object not allowed without gil
3:8: Discarding owned Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3), in the order pyxc reports them.

g = 0

def f(int x):
    global g
    with nogil:
        g = x

_ERRORS = """
6:8: Assignment of Python object not allowed without gil
6:12: Converting to Python object not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def pyf():
    return 1

def f():
    with nogil:
        pyf()

_ERRORS = """
6:11: Discarding owned Python object not allowed without gil
6:11: Calling gil-requiring function not allowed without gil
6:8: Accessing Python global or builtin not allowed without gil
6:11: Constructing Python tuple not allowed without gil
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

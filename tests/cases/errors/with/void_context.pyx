cdef void g():
    pass

def f():
    with g():
        pass

_ERRORS = """
5:9: Object of type 'void' has no attribute '__enter__'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

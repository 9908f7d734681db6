def outer():
    x = 1
    def inner():
        return x
    del x
    return inner

_ERRORS = """
5:8: can not delete variable 'x' referenced in nested scope
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

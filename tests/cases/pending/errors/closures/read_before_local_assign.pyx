def outer():
    x = 1
    def inner():
        y = x
        x = 2
        return y
    return inner

_ERRORS = """
4:12: local variable 'x' referenced before assignment
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def outer():
    x = 1
    def inner():
        global x
        nonlocal x
        x = 2
    return inner

_ERRORS = """
5:8: no binding for nonlocal 'x' found
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

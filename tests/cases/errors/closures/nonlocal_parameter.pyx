def outer():
    x = 1
    def inner(x):
        nonlocal x
        x = 2
    return inner

_ERRORS = """
4:8: 'x' redeclared as nonlocal
3:14: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(a=1, b):
    pass

def g(a, b=1, /, c):
    pass

def h(a, /, b=1, c):
    pass

def ok(*, a=1, b):
    return a, b


_ERRORS = """
1:11: Non-default argument following default argument
4:17: Non-default argument following default argument
7:17: Non-default argument following default argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f():
    g = lambda x: int: x
    return g

_ERRORS = """
2:21: Syntax error in simple statement list
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

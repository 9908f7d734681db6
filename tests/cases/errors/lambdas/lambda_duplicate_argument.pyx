def f():
    return lambda a, a: a

_ERRORS = """
2:21: 'a' redeclared 
2:18: Previous declaration is here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(x):
    return <1>x

_ERRORS = """
2:12: Expected an identifier, found 'INT'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(class):
    pass

_ERRORS = """
1:6: Expected an identifier, found 'class'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

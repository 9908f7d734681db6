def f(m):
    with m as x
        pass

_ERRORS = """
2:15: Expected ':', found 'NEWLINE'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

x = 1
yield x

_ERRORS = """
2:0: 'yield' not supported here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f():
    nonlocal y
    y = 1

_ERRORS = """
2:4: no binding for nonlocal 'y' found
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

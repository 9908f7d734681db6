def f():
    lambda: 0 = 1

_ERRORS = """
2:4: Cannot assign to or delete this
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

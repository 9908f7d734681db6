def f():
    r = [j for j in range(3)]
    return j

_ERRORS = """
3:11: undeclared name not builtin: j
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

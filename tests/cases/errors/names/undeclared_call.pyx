def f():
    return undefined_function(1)

_ERRORS = """
2:11: undeclared name not builtin: undefined_function
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

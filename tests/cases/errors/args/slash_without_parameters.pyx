def f(/, a):
    pass


_ERRORS = """
1:6: Got zero positional-only arguments despite presence of positional-only specifier '/'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(x):
    try:
        return x
    except NoSuchError:
        return None

_ERRORS = """
4:11: undeclared name not builtin: NoSuchError
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

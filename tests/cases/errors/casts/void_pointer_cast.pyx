def f(x):
    return <void*>x

_ERRORS = """
2:11: Cannot convert 'void *' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

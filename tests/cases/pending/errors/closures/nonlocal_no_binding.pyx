def outer():
    def inner():
        nonlocal missing
        missing = 1
    return inner

_ERRORS = """
3:8: no binding for nonlocal 'missing' found
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

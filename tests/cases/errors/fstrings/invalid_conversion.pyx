def f(x):
    return f"{x!x}", f"{x!}"

_ERRORS = """
2:16: invalid conversion character 'x'
2:26: missing conversion character
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(x):
    return f"""{x
    +}"""

_ERRORS = """
3:5: Expected an identifier or literal
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

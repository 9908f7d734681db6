x = 1
return x

_ERRORS = """
2:0: Return not inside a function body
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

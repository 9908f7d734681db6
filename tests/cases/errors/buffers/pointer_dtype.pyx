def f(object[int*] a):
    pass

_ERRORS = """
1:0: Buffers with pointer types not yet supported.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

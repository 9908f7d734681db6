def f(object[int, ndim=9] a):
    pass

_ERRORS = """
1:0: Buffer ndims exceeds Options.buffer_max_dims = 8
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(object[int] a, object[double] d):
    a[0] //= 2
    a[0] %= 2
    a[0] /= 2
    d[0] **= 2
    a[0] += 2

_ERRORS = """
2:5: In-place non-c divide operators not allowed on int buffers.
3:5: In-place non-c divide operators not allowed on int buffers.
4:5: In-place non-c divide operators not allowed on int buffers.
5:5: No C inplace power operator
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

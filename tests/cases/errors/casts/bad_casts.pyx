def f(x, double[:] m):
    a = <foao>x
    b = <double[:]>x
    print(<bint>m)
    d = <long[:, ::1]>m
    return <missing?>x

_ERRORS = """
2:9: 'foao' is not a type identifier
3:19: Can only create cython.array from pointer or array
4:16: Type 'double[:]' not acceptable as a boolean
5:22: Can only create cython.array from pointer or array
6:12: 'missing' is not a type identifier
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

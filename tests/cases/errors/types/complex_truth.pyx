def f(double complex z):
    if z:
        return 1
    while z:
        pass
    return not z

_ERRORS = """
2:7: Type 'double complex' not acceptable as a boolean
4:10: Type 'double complex' not acceptable as a boolean
6:15: Type 'double complex' not acceptable as a boolean
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

def f(double complex z, float complex w):
    return z // w

_ERRORS = """
2:13: binary operator // not supported for double complex
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

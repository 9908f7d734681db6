def deco(f):
    return f

@deco
x = 1

_ERRORS = """
5:0: Decorators can only be followed by functions or classes
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

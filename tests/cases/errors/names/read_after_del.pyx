def f():
    y = 1
    del y
    return y

_ERRORS = """
4:11: local variable 'y' referenced before assignment
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).

def f():
    try:
        raise ValueError
    except ValueError as e:
        pass
    return e

_ERRORS = """
6:11: local variable 'e' referenced before assignment
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).

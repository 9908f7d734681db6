def f():
    return [i := 0 for i in range(3)]

_ERRORS = """
2:14: assignment expression cannot rebind comprehension iteration variable 'i'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

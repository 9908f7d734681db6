cimport cython

@cython.autotestdict(True)
def f():
    pass

_ERRORS = """
3:0: The autotestdict compiler directive is not allowed in function scope
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3).

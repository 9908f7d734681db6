def f(x):
    if x:
	return 1

_ERRORS = """
3:0: Mixed use of tabs and spaces
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

# A C tuple is indexed with a constant within its length, and unpacked into as many targets.
def f((int, double) xy):
    a = xy[2]
    b = xy[-3]
    x, y, z = xy

_ERRORS = """
3:10: Index 2 out of bounds for '(int, double)'
4:10: Index -3 out of bounds for '(int, double)'
5:14: Assignment to/from slice of wrong length, expected 2, got 3
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

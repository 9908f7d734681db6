def f():
    ctypedef fused T:
        int
        double

_ERRORS = """
2:4: ctypedef statement not allowed here
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

cpdef f(int n):
    return lambda: n

_ERRORS = """
1:0: closures inside cpdef functions not yet supported
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3); Cython then also
# reports a compiler crash in CreateClosureClasses at 2:11, which is not part of the expectation.

cpdef outer(int n):
    def inner():
        return n
    return inner

_ERRORS = """
1:0: closures inside cpdef functions not yet supported
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

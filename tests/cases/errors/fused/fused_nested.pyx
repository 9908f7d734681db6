cimport cython

def closure(cython.integral i):
    def inner(cython.floating f):
        pass

def closure2(cython.integral i):
    return lambda cython.integral j: j

def closure3(cython.integral i):
    def inner():
        return lambda cython.floating f: f

_ERRORS = """
4:4: Cannot nest fused functions
8:11: Fused lambdas not allowed
12:15: Fused lambdas not allowed
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

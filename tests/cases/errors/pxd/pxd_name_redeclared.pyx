# mode: error

def counter():
    return 0

def compute(x):
    return x

_ERRORS = """
3:0: 'counter' already declared
pxd_name_redeclared.pxd:1:9: Previous declaration is here
6:0: Assignment to non-lvalue 'compute'
"""

_WARNINGS = """
6:0: Overriding a c(p)def method with a def method. This can lead to different methods being called depending on the call context. Consider using a cpdef method for both.
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

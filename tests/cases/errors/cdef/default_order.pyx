# A parameter without a default after one with a default: Cython reports a C function's type (at
# its parameter list) and the parameter; a def's parameter only. A string literal is a fine
# default of a char * parameter.
cdef spam(int i, char *s = "blarg", float f):
    pass

cdef eggs(const char *s = "ok", int n = 2):
    return s[:n]

def swallow(x, y = 42, z):
    pass

_ERRORS = """
4:9: Non-default argument follows default argument
4:36: Non-default argument following default argument
10:23: Non-default argument following default argument
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

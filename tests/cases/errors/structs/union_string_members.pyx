cdef union AllCharptr:
    char *s1
    char *s2

cdef union IllegalMix:
    char *s1
    int i

cdef union TwoPointers:
    char *s
    const char *t

def convert_ok():
    cdef AllCharptr u
    u.s1 = b"abc"
    return u

def convert_mix():
    cdef IllegalMix u
    u.i = 5
    return u

def convert_two():
    cdef TwoPointers u
    u.s = b"abc"
    return u

_ERRORS = """
21:11: Cannot convert 'IllegalMix' to Python object
26:11: Cannot convert 'TwoPointers' to Python object
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

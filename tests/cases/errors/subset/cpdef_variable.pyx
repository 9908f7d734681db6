cpdef int counter = 0

def f(x):
    return x

_ERRORS = """
1:0: 'cpdef variable' is not supported by pyxc
"""
# Expected: pyxc's own message for a construct outside its subset (Cython rejects it as well).

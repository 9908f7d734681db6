# `import cython` is the cimport it means, allowed only at module level (`from cython import
# typeof` and `import cython.view` in a function are accepted by Cython).
def f():
    from cython import typeof
    return typeof(1)

def g():
    import cython as cy
    return 1

_ERRORS = """
8:11: cimport only allowed at module level
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

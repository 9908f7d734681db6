# mode: error

cimport pxd_function_body_support as sup

def f(int x):
    return sup.fine(x)

_ERRORS = """
pxd_function_body_support.pxd:3:0: function definition in pxd file must be declared 'cdef inline'
pxd_function_body_support.pxd:6:0: inline function definition in pxd file cannot be 'public'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

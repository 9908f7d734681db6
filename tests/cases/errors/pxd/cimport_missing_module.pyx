# mode: error

cimport no_such_module_xyz
from no_such_pkg_xyz.sub cimport thing

def f():
    return no_such_module_xyz.g(1)

_ERRORS = """
3:8: 'no_such_module_xyz.pxd' not found
4:0: 'no_such_pkg_xyz/sub.pxd' not found
4:0: 'no_such_pkg_xyz/sub/thing.pxd' not found
7:29: cimported module has no attribute 'g'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

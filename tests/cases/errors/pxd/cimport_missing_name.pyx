# mode: error

from cimport_missing_name_support cimport present, absent
from cimport_missing_name_support cimport small_t as tiny, big_t
cimport cimport_missing_name_support as sup

def f(int x):
    return present(x) + sup.nosuch(x)

cdef sup.missing_t y = 0

_ERRORS = """
3:0: 'cimport_missing_name_support/absent.pxd' not found
4:0: 'cimport_missing_name_support/big_t.pxd' not found
10:5: 'missing_t' is not a type identifier
8:27: cimported module has no attribute 'nosuch'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

import cython.cimportsy
import cython.boundscheck
cimport cython.parallel

_ERRORS = """
1:7: 'cython.cimportsy' is not a valid cython.* module. Did you mean 'cython.cimports' ?
2:7: 'cython.boundscheck' is not a valid cython.* module. Instead, use 'import cython' and then 'cython.boundscheck'.
3:8: cimport of 'cython.parallel' is not supported by pyxc
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3); the third line is pyxc's own: cython.parallel is outside its subset.

import cython.cimportsy
import cython.boundscheck
cimport cython.parallel

_ERRORS = """
1:7: 'cython.cimportsy' is not a valid cython.* module. Did you mean 'cython.cimports' ?
2:7: 'cython.boundscheck' is not a valid cython.* module. Instead, use 'import cython' and then 'cython.boundscheck'.
"""
# Recorded from Cython 3.3.0 (python3 cython.py -3); `cimport cython.parallel` is valid.

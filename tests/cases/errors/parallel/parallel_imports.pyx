cimport cython.parallel.parallel as p
from cython.parallel cimport something
import cython.parallel.parallel as q
from cython.parallel import something_else

_ERRORS = """
1:8: cython.parallel.parallel is not a module
2:0: No such directive: cython.parallel.something
3:7: cython.parallel.parallel is not a module
4:0: No such directive: cython.parallel.something_else
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

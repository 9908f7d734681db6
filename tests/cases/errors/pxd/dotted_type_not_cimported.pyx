# A dotted type must name a cimported module: an imported (Python) module, a builtin or an
# undeclared name before the dot are each Cython's error.
import somemod.child

cdef somemod.child.something x
cdef foo.bar y
cdef str.bar z

_ERRORS = """
5:5: 'somemod.child' is not a cimported module
6:5: 'foo' is not declared
7:5: 'str' is not a cimported module
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

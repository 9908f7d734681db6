cdef object[int] module_buffer
cdef object[double, ndim=2] other = None

_ERRORS = """
1:17: Buffer types only allowed as function local variables
2:28: Buffer types only allowed as function local variables
1:0: Buffer vars not allowed in module scope
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

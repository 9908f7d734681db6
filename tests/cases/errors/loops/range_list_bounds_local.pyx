# A list display as a bound of a C range loop over a local (see range_list_bounds).
def f():
    cdef long k, n = 3
    for k in range([], n, 2):
        pass
    for k in range(n, [1]):
        pass
    for k in reversed(range([], n)):
        pass

_ERRORS = """
4:19: Cannot coerce list to type 'Py_ssize_t'
4:19: Cannot coerce list to type 'long'
6:22: Cannot coerce list to type 'Py_ssize_t'
8:28: Cannot coerce list to type 'Py_ssize_t'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

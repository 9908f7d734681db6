# A list display as a bound of range() into a C integer, which Cython runs as a C loop: its error
# for the C bound (and, for the start of a forward range, a second for the target's type); a
# dict display is no compile-time error, as in Cython. Module level (see range_list_bounds_local).
cdef int i, j

for i in range([], j):
    pass
for i in reversed(range(j, [], -2)):
    pass
for i in range({}, j, 2):
    pass

_ERRORS = """
6:15: Cannot coerce list to type 'Py_ssize_t'
6:15: Cannot coerce list to type 'int'
8:27: Cannot coerce list to type 'Py_ssize_t'
"""
# Expected diagnostics recorded from Cython 3.3.0 (python3 cython.py -3).

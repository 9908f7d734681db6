# Included by tests/cases/run/module/includes.pyx: a cdef function, a DEF constant used by the
# including module, and a nested include looked for beside this file.
cdef int twice(int x):
    return 2 * x

include "limits.pxi"

# pyxc's declarations of CPython's cell objects (the C API's "Cell Objects": the variables a
# closure shares with the function that defines them), for `from cpython.cellobject cimport ...`.
# Written from CPython's documentation of Python.h and its cpython/cellobject.h.
# PyCell_Get's NULL for an empty cell is, as for any `object` result, taken for an error; read
# PyCell_GET (a borrowed pointer, NULL when empty) where an empty cell must be seen.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyCell_Check(object o)
    # `value` may be NULL: an empty cell.
    object PyCell_New(PyObject *value)
    object PyCell_Get(object cell)
    PyObject *PyCell_GET(object cell)
    # The cell takes its own reference to `value` (NULL empties it).
    int PyCell_Set(object cell, PyObject *value) except -1
    # No reference counting: the cell steals `value` and the old content is not released.
    void PyCell_SET(object cell, PyObject *value)

# Py_CLEAR clears the place written: an element of a PyObject * array, or a variable.
from cpython.object cimport PyObject
from cpython.ref cimport Py_INCREF, Py_CLEAR, Py_XINCREF
from libc.stdlib cimport malloc, free

def clear_elements():
    """
    >>> clear_elements()
    (True, False, True, 2)
    """
    cdef PyObject **data = <PyObject **> malloc(3 * sizeof(PyObject *))
    values = [object(), object(), object()]
    cdef int i
    for i in range(3):
        Py_INCREF(values[i])
        data[i] = <PyObject *> values[i]
    Py_CLEAR(data[1])
    cdef PyObject *single = <PyObject *> values[0]
    Py_XINCREF(single)
    Py_CLEAR(single)
    result = (data[0] != NULL, data[1] != NULL, data[2] != NULL, 1 + (single == NULL))
    Py_CLEAR(data[0])
    Py_CLEAR(data[2])
    free(data)
    return result

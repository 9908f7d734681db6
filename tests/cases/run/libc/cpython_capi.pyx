# CPython's C API through pyxc's declarations of it (cimport cpython, cpython.object, .list,
# .tuple, .dict, .type, .buffer, .exc, .iterator, .long, .pycapsule): borrowed PyObject *
# results made objects with <object>, a reference stolen by PyList_SET_ITEM after Py_INCREF, a
# buffer taken and released, a capsule, PyIter_Next on an iterator with items left.
# Expected outputs recorded from Cython 3.3.0.
cimport cpython
from cpython cimport PyObject, Py_INCREF
from cpython.object cimport PyObject_RichCompare, Py_LT, Py_TYPE, PyTypeObject
from cpython.list cimport PyList_GET_ITEM, PyList_New, PyList_SET_ITEM
from cpython.tuple cimport PyTuple_GET_ITEM
from cpython.dict cimport PyDict_GetItem
from cpython.type cimport PyType_Check
from cpython.buffer cimport Py_buffer, PyObject_GetBuffer, PyBuffer_Release, PyBUF_SIMPLE
from cpython.exc cimport PyErr_SetString
from cpython.iterator cimport PyIter_Next
from cpython.long cimport PyLong_AsLong
from cpython.pycapsule cimport PyCapsule_New, PyCapsule_GetPointer

def f():
    """
    >>> f()
    (True, 2, 'b', 1, True, 'list', 3, None, [7])
    """
    l = [1, 2, 3]
    t = ('a', 'b')
    d = {'k': 1}
    cdef Py_buffer view
    PyObject_GetBuffer(b'abc', &view, PyBUF_SIMPLE)
    n = view.len
    PyBuffer_Release(&view)
    new = PyList_New(1)
    x = 7
    Py_INCREF(x)
    PyList_SET_ITEM(new, 0, x)
    p = PyDict_GetItem(d, 'missing')
    return (PyObject_RichCompare(1, 2, Py_LT), <object>PyList_GET_ITEM(l, 1), <object>PyTuple_GET_ITEM(t, 1),
            <object>PyDict_GetItem(d, 'k'), PyType_Check(int), Py_TYPE(l).tp_name.decode(), n,
            None if p == NULL else <object>p, new)

cdef int fail() except -1:
    cpython.PyErr_SetString(ValueError, b"boom")
    return -1

def g():
    """
    >>> g()
    Traceback (most recent call last):
    ValueError: boom
    """
    fail()

cdef int val = 42
def h():
    """
    >>> h()
    (42, [1, 2])
    """
    cap = PyCapsule_New(&val, b"x", NULL)
    it = iter([1, 2, 3])
    out = [PyIter_Next(it), PyIter_Next(it)]
    return (<int*>PyCapsule_GetPointer(cap, b"x"))[0], out

# pyxc's declarations of CPython's reference counting macros (the C API's "Reference Counting"
# chapter), for `from cpython.ref cimport ...`. Written from CPython's documentation of Python.h.
# The object arguments are borrowed: Py_INCREF(o) gives o one more reference the caller must
# release itself, Py_DECREF(o) releases one the caller owned beyond its own.
cdef extern from "Python.h":
    # An object as C sees it; `<PyObject *>obj` is a borrowed pointer, as `<void *>obj` is.
    ctypedef struct PyObject
    ctypedef struct PyTypeObject

    void Py_INCREF(object o)
    void Py_DECREF(object o)
    # The same for a pointer that may be NULL (nothing is done then).
    void Py_XINCREF(PyObject *o)
    void Py_XDECREF(PyObject *o)
    # Releases the reference the variable or element written holds and sets it to NULL: a macro
    # on what is written, which pyxc passes by its address (`Py_CLEAR(data[i])` clears data[i]).
    void Py_CLEAR(PyObject *o)
    Py_ssize_t Py_REFCNT(object o)
    PyTypeObject *Py_TYPE(object o)

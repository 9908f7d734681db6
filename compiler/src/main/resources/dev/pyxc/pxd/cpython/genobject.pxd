# pyxc's declarations of CPython's generator objects (the C API's "Generator Objects", with the
# checks of coroutines and asynchronous generators), for `from cpython.genobject cimport ...`.
# Written from CPython's documentation of Python.h and its cpython/genobject.h. A generator of
# a pyxc (or Cython) module is no CPython generator: PyGen_Check is false for it.
from cpython.pystate cimport PyFrameObject

cdef extern from "Python.h":
    bint PyGen_Check(object o)
    bint PyGen_CheckExact(object o)
    bint PyCoro_CheckExact(object o)
    bint PyAsyncGen_CheckExact(object o)
    # A generator running `frame`, whose reference it steals.
    object PyGen_New(PyFrameObject *frame)
    object PyGen_NewWithQualName(PyFrameObject *frame, object name, object qualname)

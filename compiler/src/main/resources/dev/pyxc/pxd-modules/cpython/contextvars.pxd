# pyxc's declarations of CPython's context variables C API ("Context Variables Objects"), for
# `from cpython.contextvars cimport ...`, and two helpers that read a variable as Python's
# ContextVar.get() does. Written from CPython's documentation of context.h.
from cpython.object cimport PyObject
from cpython.ref cimport Py_XDECREF

cdef extern from "Python.h":
    bint PyContext_CheckExact(object o)
    bint PyContextVar_CheckExact(object o)
    bint PyContextToken_CheckExact(object o)

    object PyContext_New()
    object PyContext_Copy(object ctx)
    object PyContext_CopyCurrent()
    int PyContext_Enter(object ctx) except -1
    int PyContext_Exit(object ctx) except -1

    # A new variable: `default` is a borrowed object pointer, or NULL for none.
    object PyContextVar_New(const char *name, PyObject *default)
    # Its value as a new reference in *value: the variable's value, else default_value, else the
    # variable's default; NULL when it has none of them.
    int PyContextVar_Get(object var, PyObject *default_value, PyObject **value) except -1
    object PyContextVar_Set(object var, object value)
    int PyContextVar_Reset(object var, object token) except -1


cdef inline object PyContextVar_New_with_default(const char *name, object default_value):
    """A new context variable with a default value."""
    return PyContextVar_New(name, <PyObject *>default_value)


cdef inline object get_value(var, default_value=None):
    """The variable's value, else its default, else default_value (None)."""
    cdef PyObject *value = NULL
    PyContextVar_Get(var, NULL, &value)
    if value is NULL:
        return default_value
    result = <object>value
    Py_XDECREF(value)
    return result


cdef inline object get_value_no_default(var, default_value=None):
    """The variable's value, else default_value (None): the variable's own default is passed over."""
    cdef PyObject *value = NULL
    PyContextVar_Get(var, <PyObject *>default_value, &value)
    result = <object>value
    Py_XDECREF(value)
    return result

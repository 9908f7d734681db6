# pyxc's declarations of CPython's module objects and imports, for
# `from cpython.module cimport ...`. Written from CPython's documentation of Python.h.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyModule_Check(object p)
    bint PyModule_CheckExact(object p)
    object PyModule_NewObject(object name)
    object PyModule_New(const char *name)
    PyObject *PyModule_GetDict(object module) except NULL
    object PyModule_GetNameObject(object module)
    char *PyModule_GetName(object module) except NULL
    object PyModule_GetFilenameObject(object module)
    object PyImport_ImportModule(const char *name)
    object PyImport_Import(object name)
    object PyImport_ImportModuleLevel(const char *name, object globals, object locals, object fromlist, int level)
    object PyImport_ImportModuleLevelObject(object name, object globals, object locals, object fromlist, int level)
    object PyImport_ReloadModule(object m)
    PyObject *PyImport_AddModule(const char *name) except NULL
    PyObject *PyImport_GetModuleDict() except NULL
    int PyModule_AddObjectRef(object module, const char *name, object value) except -1
    int PyModule_AddIntConstant(object module, const char *name, long value) except -1
    int PyModule_AddStringConstant(object module, const char *name, const char *value) except -1

# pyxc's declarations of CPython's evaluation loop functions (ceval.h: the GIL's release and
# reacquisition by thread state, the running frame's namespaces, the recursion limit, pending
# calls), for `from cpython.ceval cimport ...`. Written from CPython's documentation of
# Python.h ("Thread State and the Global Interpreter Lock", "Reflection", "Recursion Control",
# "Asynchronous Notifications"). PyEval_InitThreads and PyEval_ThreadsInitialized are deprecated
# since CPython 3.9 (the GIL always exists) and removed in 3.13: not declared.
from cpython.object cimport PyObject
from cpython.pystate cimport PyThreadState, PyFrameObject

cdef extern from "Python.h":
    # Release the GIL, returning the thread state to restore with PyEval_RestoreThread.
    PyThreadState *PyEval_SaveThread()
    void PyEval_RestoreThread(PyThreadState *tstate) nogil
    void PyEval_AcquireThread(PyThreadState *tstate) nogil
    void PyEval_ReleaseThread(PyThreadState *tstate)

    # The running frame's builtins, globals and locals (borrowed; NULL when no frame runs).
    PyObject *PyEval_GetBuiltins()
    PyObject *PyEval_GetGlobals()
    PyObject *PyEval_GetLocals()
    PyFrameObject *PyEval_GetFrame()
    # A function's name, and what follows it in messages ("()" for functions, " object" else).
    const char *PyEval_GetFuncName(object func)
    const char *PyEval_GetFuncDesc(object func)
    object PyEval_EvalCode(object co, object globals, object locals)

    int Py_GetRecursionLimit()
    void Py_SetRecursionLimit(int new_limit)
    # A RecursionError is raised when the limit is reached; `where` ends its message.
    int Py_EnterRecursiveCall(const char *where) except -1
    void Py_LeaveRecursiveCall()

    # A function the main thread calls with `arg` soon (0 scheduled, -1 the queue full).
    int Py_AddPendingCall(int (*func)(void *arg) noexcept, void *arg)
    int Py_MakePendingCalls() except -1

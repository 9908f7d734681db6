# pyxc's declarations of CPython's interpreter and thread states (the C API's "Initialization,
# Finalization, and Threads": the GIL state API, thread and interpreter state objects,
# profiling and tracing), for `from cpython.pystate cimport ...`. Written from CPython's
# documentation of Python.h and its pystate.h. The 64-bit ids are declared as (unsigned) long
# long, the C types CPython's int64_t and uint64_t are on its platforms.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    ctypedef struct PyInterpreterState
    ctypedef struct PyThreadState
    ctypedef struct PyFrameObject

    # Whether the thread held the GIL before PyGILState_Ensure (given back to PyGILState_Release).
    ctypedef enum PyGILState_STATE:
        PyGILState_LOCKED
        PyGILState_UNLOCKED

    # Take the GIL from any thread (with a thread state made for it if it has none); release it
    # as it was. Callable without the GIL: that is what they are for.
    PyGILState_STATE PyGILState_Ensure() nogil
    void PyGILState_Release(PyGILState_STATE state) nogil
    bint PyGILState_Check() nogil
    PyThreadState *PyGILState_GetThisThreadState() nogil

    # The current thread's state (the GIL held).
    PyThreadState *PyThreadState_Get()
    PyThreadState *PyThreadState_Swap(PyThreadState *tstate)
    PyThreadState *PyThreadState_New(PyInterpreterState *interp)
    void PyThreadState_Clear(PyThreadState *tstate)
    void PyThreadState_Delete(PyThreadState *tstate)
    # A dict for extensions' per-thread data (borrowed), NULL when there is none.
    PyObject *PyThreadState_GetDict()
    # Raise `exc` in the thread of that id (NULL clears a pending one): how many threads matched.
    int PyThreadState_SetAsyncExc(unsigned long id, object exc)
    # (CPython 3.9 and later.)
    PyInterpreterState *PyThreadState_GetInterpreter(PyThreadState *tstate)
    unsigned long long PyThreadState_GetID(PyThreadState *tstate)
    # A new reference to the frame the thread runs, or NULL (not an error) when none runs.
    PyFrameObject *PyThreadState_GetFrame(PyThreadState *tstate)

    PyInterpreterState *PyInterpreterState_New()
    void PyInterpreterState_Clear(PyInterpreterState *interp)
    void PyInterpreterState_Delete(PyInterpreterState *interp)
    # (CPython 3.9 and later.)
    PyInterpreterState *PyInterpreterState_Get()
    long long PyInterpreterState_GetID(PyInterpreterState *interp) except? -1
    PyInterpreterState *PyInterpreterState_Main()
    PyInterpreterState *PyInterpreterState_Head()
    PyInterpreterState *PyInterpreterState_Next(PyInterpreterState *interp)
    PyThreadState *PyInterpreterState_ThreadHead(PyInterpreterState *interp)
    PyThreadState *PyThreadState_Next(PyThreadState *tstate)

    # Profiling and tracing: the function called with its `obj` for each event (PyTrace_*),
    # -1 when it raised.
    ctypedef int (*Py_tracefunc)(PyObject *obj, PyFrameObject *frame, int what, PyObject *arg) noexcept
    enum:
        PyTrace_CALL
        PyTrace_EXCEPTION
        PyTrace_LINE
        PyTrace_RETURN
        PyTrace_C_CALL
        PyTrace_C_EXCEPTION
        PyTrace_C_RETURN
        PyTrace_OPCODE
    void PyEval_SetProfile(Py_tracefunc func, PyObject *obj)
    void PyEval_SetTrace(Py_tracefunc func, PyObject *obj)

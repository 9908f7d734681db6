# pyxc's declarations of CPython's interpreter life cycle (the C API's "Initialization,
# Finalization, and Threads": for programs that embed Python, and the interpreter's build
# information), for `from cpython.pylifecycle cimport ...`. Written from CPython's documentation
# of Python.h and its pylifecycle.h. The functions of wchar_t strings (Py_SetProgramName,
# Py_GetProgramName, Py_GetPath, Py_GetPrefix, Py_Main, ...) are not declared: pyxc has no
# wchar_t type; Py_SetStandardStreamEncoding is deprecated (3.11) and removed in 3.13.
from cpython.pystate cimport PyThreadState

cdef extern from "Python.h":
    void Py_Initialize()
    void Py_InitializeEx(int initsigs)
    bint Py_IsInitialized()
    void Py_Finalize()
    int Py_FinalizeEx()
    PyThreadState *Py_NewInterpreter()
    void Py_EndInterpreter(PyThreadState *tstate)
    # A function Py_FinalizeEx calls (0 registered, -1 when 32 are already).
    int Py_AtExit(void (*func)() noexcept)
    void Py_Exit(int status)
    int Py_BytesMain(int argc, char **argv)

    # sys.version's text, sys.platform, sys.copyright, and the compiler and build descriptions.
    const char *Py_GetVersion()
    const char *Py_GetPlatform()
    const char *Py_GetCopyright()
    const char *Py_GetCompiler()
    const char *Py_GetBuildInfo()

    ctypedef void (*PyOS_sighandler_t)(int signum) noexcept
    PyOS_sighandler_t PyOS_getsig(int i)
    PyOS_sighandler_t PyOS_setsig(int i, PyOS_sighandler_t h)

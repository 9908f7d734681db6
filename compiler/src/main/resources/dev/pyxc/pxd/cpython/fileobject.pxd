# pyxc's declarations of CPython's file objects (the C API's "File Objects": the thin layer over
# the io module left in Python 3), for `from cpython.fileobject cimport ...`. Written from
# CPython's documentation of Python.h and its fileobject.h.
cdef extern from "Python.h":
    # Flags of PyFile_WriteObject: write str(obj) rather than repr(obj).
    enum:
        Py_PRINT_RAW

    # An io file object for an open descriptor, as io.open(fd, mode, buffering, encoding,
    # errors, newline, closefd) (NULL strings for the defaults).
    object PyFile_FromFd(int fd, const char *name, const char *mode, int buffering, const char *encoding,
                         const char *errors, const char *newline, int closefd)
    # p.readline() (n <= 0) or p.readline(n); EOFError at the end of the file when n < 0.
    object PyFile_GetLine(object p, int n)
    int PyFile_WriteObject(object obj, object p, int flags) except -1
    int PyFile_WriteString(const char *s, object p) except -1
    int PyObject_AsFileDescriptor(object p) except -1

# pyxc's declarations of CPython's memoryview objects (the C API's "MemoryView objects"), for
# `from cpython.memoryview cimport ...`. Written from CPython's documentation of Python.h and
# its memoryobject.h. The upper-case macros do no checking: their argument must be a memoryview.
from cpython.object cimport PyObject

cdef extern from "Python.h":
    bint PyMemoryView_Check(object o)
    memoryview PyMemoryView_FromObject(object o)
    # A view of `size` bytes at `mem` (not copied), writable when `flags` is PyBUF_WRITE, else
    # PyBUF_READ.
    memoryview PyMemoryView_FromMemory(char *mem, Py_ssize_t size, int flags)
    # A view of the buffer `view` describes (its `obj` not kept: the view refers to no exporter).
    memoryview PyMemoryView_FromBuffer(const Py_buffer *view)
    # A contiguous view ('C', 'F' or 'A' order) of `o`'s buffer, a copy when it is not
    # contiguous; `buffertype` PyBUF_READ or PyBUF_WRITE.
    memoryview PyMemoryView_GetContiguous(object o, int buffertype, char order)
    # The view's own buffer and its exporter (borrowed; NULL for a view of FromMemory/FromBuffer).
    Py_buffer *PyMemoryView_GET_BUFFER(object mview)
    PyObject *PyMemoryView_GET_BASE(object mview)

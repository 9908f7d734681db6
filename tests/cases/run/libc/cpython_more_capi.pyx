# More of CPython's C API through pyxc's declarations of it: cpython.bytearray, .slice,
# .weakref, .version, .pystate, .function, .method, .iterobject, .codecs, .conversion,
# .memoryview and .genobject. Borrowed PyObject * results (weakref referents, method parts,
# function defaults) made objects with <object>; the GIL state API (with the GIL: Cython's own
# declarations of it are not nogil); a buffer from PyOS_double_to_string released with
# PyMem_Free; an object result of NULL (a codec that does not exist) raises.
# Expected outputs recorded from Cython 3.3.0.
from cpython.object cimport PyObject
from cpython.mem cimport PyMem_Free
from cpython.bytearray cimport (PyByteArray_Check, PyByteArray_FromStringAndSize, PyByteArray_Concat, PyByteArray_Size,
                                PyByteArray_Resize, PyByteArray_AS_STRING, PyByteArray_GET_SIZE)
from cpython.slice cimport PySlice_New, PySlice_Check, PySlice_GetIndicesEx, PySlice_Unpack, PySlice_AdjustIndices
from cpython.weakref cimport PyWeakref_NewRef, PyWeakref_GetObject, PyWeakref_CheckRef
from cpython.version cimport PY_VERSION_HEX, PY_MAJOR_VERSION, PY_MINOR_VERSION, PY_VERSION
from cpython.pystate cimport (PyGILState_Ensure, PyGILState_Release, PyGILState_STATE,
                              PyGILState_Check, PyThreadState_Get)
from cpython.function cimport PyFunction_Check, PyFunction_GetDefaults, PyFunction_GetCode
from cpython.method cimport PyMethod_Check, PyMethod_GET_SELF, PyMethod_GET_FUNCTION
from cpython.iterobject cimport PySeqIter_New, PySeqIter_Check, PyCallIter_New
from cpython.codecs cimport PyCodec_Encode, PyCodec_Decode, PyCodec_KnownEncoding, PyCodec_Encoder
from cpython.conversion cimport PyOS_snprintf, PyOS_double_to_string, PyOS_string_to_double, Py_DTSF_ADD_DOT_0
from cpython.memoryview cimport PyMemoryView_FromObject, PyMemoryView_Check, PyMemoryView_GET_BASE
from cpython.genobject cimport PyGen_Check
import sys


def bytearrays():
    """
    >>> bytearrays()
    (True, 4, bytearray(b'abcdxy'), b'ab', bytearray(b'ab'))
    """
    b = PyByteArray_FromStringAndSize(b"abcd", 4)
    c = PyByteArray_Concat(b, b"xy")
    n = PyByteArray_Size(b)
    PyByteArray_Resize(b, 2)
    return PyByteArray_Check(b), n, c, PyByteArray_AS_STRING(b)[:PyByteArray_GET_SIZE(b)], b


def slices(s, Py_ssize_t length):
    """
    >>> slices(slice(1, 7, 2), 10)
    (1, 7, 2, 3)
    >>> slices(slice(None, None, -3), 10)
    (9, -1, -3, 4)
    >>> slices(slice(-100, 100), 5)
    (0, 5, 1, 5)
    >>> slices(slice(None, None, 0), 5)
    Traceback (most recent call last):
    ValueError: slice step cannot be zero
    """
    cdef Py_ssize_t start, stop, step, n
    PySlice_GetIndicesEx(s, length, &start, &stop, &step, &n)
    return start, stop, step, n


def unpacked(s, Py_ssize_t length):
    """
    >>> unpacked(slice(None), 10)
    (True, 0, 10, 1, 10)
    >>> unpacked(new_slice(-3, None, None), 10)
    (True, 7, 10, 1, 3)
    >>> unpacked(slice(5, 1, -1), 3)
    (True, 2, 1, -1, 1)
    """
    cdef Py_ssize_t start, stop, step
    PySlice_Unpack(s, &start, &stop, &step)
    n = PySlice_AdjustIndices(length, &start, &stop, step)
    return PySlice_Check(s), start, stop, step, n


def new_slice(start, stop, step):
    """
    >>> new_slice(1, None, 2)
    slice(1, None, 2)
    """
    return PySlice_New(start, stop, step)


class Thing:
    def method(self):
        return 'method of a Thing'


def weakrefs():
    """
    >>> weakrefs()
    (True, True, True, None)
    """
    t = Thing()
    r = PyWeakref_NewRef(t, None)
    alive = <object>PyWeakref_GetObject(r) is t
    same = r() is t
    del t
    return PyWeakref_CheckRef(r), alive, same, <object>PyWeakref_GetObject(r)


def versions():
    """
    >>> versions()
    (True, True, True)
    """
    return (PY_VERSION_HEX == sys.hexversion, (PY_MAJOR_VERSION, PY_MINOR_VERSION) == sys.version_info[:2],
            sys.version.startswith(PY_VERSION.decode()))


def gil_state():
    """
    >>> gil_state()
    (True, True)
    """
    cdef PyGILState_STATE st = PyGILState_Ensure()
    PyGILState_Release(st)
    return PyGILState_Check() == 1, PyThreadState_Get() != NULL


def functions_and_methods():
    """
    >>> functions_and_methods()
    (True, False, (3,), True, True, False, True, True, 'method of a Thing')
    """
    ns = {}
    exec("def f(x, y=3): return x + y", ns)
    f = ns['f']
    t = Thing()
    m = t.method
    return (PyFunction_Check(f), PyFunction_Check(len), <object>PyFunction_GetDefaults(f), <object>PyFunction_GetCode(f) is f.__code__,
            PyMethod_Check(m), PyMethod_Check(Thing.method), <object>PyMethod_GET_SELF(m) is t,
            <object>PyMethod_GET_FUNCTION(m) is Thing.method, m())


class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i


def iterators():
    """
    >>> iterators()
    (True, [0, 1, 4, 9], [3, 2, 1])
    """
    it = PySeqIter_New(Squares())
    left = [0, 1, 2, 3]
    return PySeqIter_Check(it), list(it), list(PyCallIter_New(left.pop, 0))


def codecs_():
    """
    >>> codecs_()
    (b'caf\\xc3\\xa9', 'café', b'caf?', 1, 0)
    """
    return (PyCodec_Encode("café", "utf-8", NULL), PyCodec_Decode(b"caf\xc3\xa9", "utf-8", "strict"),
            PyCodec_Encode("café", "ascii", "replace"), PyCodec_KnownEncoding("latin-1"), PyCodec_KnownEncoding("no-such-codec"))


def no_codec():
    """
    >>> no_codec()
    Traceback (most recent call last):
    LookupError: unknown encoding: no-such-codec
    """
    encoder = PyCodec_Encoder("no-such-codec")
    return encoder, 'not reached'


def conversions(double x):
    """
    >>> conversions(3.0)
    ('3.0', '[3.000]', 2.5)
    >>> conversions(0.1)
    ('0.1', '[0.100]', 2.5)
    >>> conversions(1e22)
    ('1e+22', '[10000000000000000000000.000]', 2.5)
    """
    cdef char buf[64]
    cdef char *s = PyOS_double_to_string(x, b'r', 0, Py_DTSF_ADD_DOT_0, NULL)
    r = s.decode()
    PyMem_Free(s)
    PyOS_snprintf(buf, sizeof(buf), "[%.3f]", x)
    return r, buf.decode(), PyOS_string_to_double("2.5", NULL, NULL)


def bad_double():
    """
    >>> bad_double()
    Traceback (most recent call last):
    ValueError: could not convert string to float: 'abc'
    """
    PyOS_string_to_double("abc", NULL, NULL)


def memoryviews():
    """
    >>> memoryviews()
    (True, b'abc', True, 3)
    """
    b = b"abc"
    m = PyMemoryView_FromObject(b)
    return PyMemoryView_Check(m), m.tobytes(), <object>PyMemoryView_GET_BASE(m) is b, len(m)


def generators():
    """
    >>> generators()
    (True, False, False)
    """
    ns = {}
    exec("def g():\n    yield 1", ns)
    return PyGen_Check(ns['g']()), PyGen_Check(ns['g']), PyGen_Check([])

# pyxc's declarations of numpy's C API, for `cimport numpy [as np]`. Written from numpy's C-API
# documentation and its headers (numpy/ndarraytypes.h, ndarrayobject.h, npy_common.h), for the
# API of numpy 1.7 and later (NPY_NO_DEPRECATED_API): the array struct's fields are reached
# through its accessor functions, as the `ndarray` properties below do. Call import_array()
# once, at module level, before any PyArray_* function (pyxc calls it at import when the module
# does not, as Cython does). Functions returning `object` give a new reference (NULL is an
# exception); PyObject * results are borrowed. Functions that steal a reference to a dtype
# (PyArray_FromAny, PyArray_View, PyArray_NewFromDescr, ...) are left out.

from cpython.object cimport PyObject, PyTypeObject
from cpython.ref cimport Py_INCREF

cdef extern from *:
    """
    #ifndef NPY_NO_DEPRECATED_API
    #define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION
    #endif
    """

cdef extern from "numpy/arrayobject.h":
    ctypedef Py_ssize_t npy_intp
    ctypedef size_t npy_uintp

    ctypedef unsigned char npy_bool
    ctypedef signed char npy_byte
    ctypedef signed short npy_short
    ctypedef signed int npy_int
    ctypedef signed long npy_long
    ctypedef signed long long npy_longlong
    ctypedef unsigned char npy_ubyte
    ctypedef unsigned short npy_ushort
    ctypedef unsigned int npy_uint
    ctypedef unsigned long npy_ulong
    ctypedef unsigned long long npy_ulonglong
    ctypedef float npy_float
    ctypedef double npy_double
    ctypedef long double npy_longdouble

    ctypedef signed char npy_int8
    ctypedef signed short npy_int16
    ctypedef signed int npy_int32
    ctypedef signed long long npy_int64
    ctypedef unsigned char npy_uint8
    ctypedef unsigned short npy_uint16
    ctypedef unsigned int npy_uint32
    ctypedef unsigned long long npy_uint64
    ctypedef float npy_float32
    ctypedef double npy_float64
    ctypedef long double npy_float80
    ctypedef long double npy_float128
    ctypedef unsigned short npy_half
    ctypedef npy_int64 npy_timedelta
    ctypedef npy_int64 npy_datetime

    # numpy's complex types, declared without fields as numpy 2's own numpy/__init__.pxd declares
    # them: numpy 1.x makes them structs of `real` and `imag`, numpy 2 C99 complex numbers, so
    # code that only copies and passes them (statsmodels' does) compiles against both.
    ctypedef struct npy_cfloat:
        pass
    ctypedef struct npy_cdouble:
        pass
    ctypedef struct npy_clongdouble:
        pass

    # The type numbers (enum NPY_TYPES), with the sized names numpy defines for this platform.
    enum NPY_TYPES:
        NPY_BOOL
        NPY_BYTE
        NPY_UBYTE
        NPY_SHORT
        NPY_USHORT
        NPY_INT
        NPY_UINT
        NPY_LONG
        NPY_ULONG
        NPY_LONGLONG
        NPY_ULONGLONG
        NPY_FLOAT
        NPY_DOUBLE
        NPY_LONGDOUBLE
        NPY_CFLOAT
        NPY_CDOUBLE
        NPY_CLONGDOUBLE
        NPY_OBJECT
        NPY_STRING
        NPY_UNICODE
        NPY_VOID
        NPY_DATETIME
        NPY_TIMEDELTA
        NPY_HALF
        NPY_NTYPES
        NPY_NOTYPE
        NPY_USERDEF
        NPY_INT8
        NPY_INT16
        NPY_INT32
        NPY_INT64
        NPY_UINT8
        NPY_UINT16
        NPY_UINT32
        NPY_UINT64
        NPY_FLOAT16
        NPY_FLOAT32
        NPY_FLOAT64
        NPY_COMPLEX64
        NPY_COMPLEX128
        NPY_INTP
        NPY_UINTP
        NPY_DEFAULT_TYPE

    enum NPY_ORDER:
        NPY_ANYORDER
        NPY_CORDER
        NPY_FORTRANORDER
        NPY_KEEPORDER

    enum NPY_CASTING:
        NPY_NO_CASTING
        NPY_EQUIV_CASTING
        NPY_SAFE_CASTING
        NPY_SAME_KIND_CASTING
        NPY_UNSAFE_CASTING

    enum NPY_CLIPMODE:
        NPY_CLIP
        NPY_WRAP
        NPY_RAISE

    enum NPY_SORTKIND:
        NPY_QUICKSORT
        NPY_HEAPSORT
        NPY_MERGESORT
        NPY_STABLESORT

    enum NPY_SEARCHSIDE:
        NPY_SEARCHLEFT
        NPY_SEARCHRIGHT

    # Array flags.
    enum:
        NPY_ARRAY_C_CONTIGUOUS
        NPY_ARRAY_F_CONTIGUOUS
        NPY_ARRAY_OWNDATA
        NPY_ARRAY_FORCECAST
        NPY_ARRAY_ENSURECOPY
        NPY_ARRAY_ENSUREARRAY
        NPY_ARRAY_ELEMENTSTRIDES
        NPY_ARRAY_ALIGNED
        NPY_ARRAY_NOTSWAPPED
        NPY_ARRAY_WRITEABLE
        NPY_ARRAY_WRITEBACKIFCOPY
        NPY_ARRAY_BEHAVED
        NPY_ARRAY_BEHAVED_NS
        NPY_ARRAY_CARRAY
        NPY_ARRAY_CARRAY_RO
        NPY_ARRAY_FARRAY
        NPY_ARRAY_FARRAY_RO
        NPY_ARRAY_DEFAULT
        NPY_ARRAY_IN_ARRAY
        NPY_ARRAY_OUT_ARRAY
        NPY_ARRAY_INOUT_ARRAY
        NPY_ARRAY_IN_FARRAY
        NPY_ARRAY_OUT_FARRAY
        NPY_ARRAY_INOUT_FARRAY
        NPY_ARRAY_UPDATE_ALL
        NPY_MAXDIMS

    ctypedef struct PyArray_Descr:
        pass
    ctypedef struct PyArrayObject:
        pass

    ctypedef struct PyArray_ArrayDescr:
        PyArray_Descr *base
        PyObject *shape

    ctypedef class numpy.dtype [object PyArray_Descr, check_size ignore]:
        cdef PyTypeObject *typeobj
        cdef char kind
        cdef char type
        cdef char byteorder
        cdef int type_num
        cdef int alignment

        @property
        cdef inline PyArray_ArrayDescr *subarray(self) noexcept nogil:
            return pyxc_npy_subarray(self)

        @property
        cdef inline object fields(self):
            cdef PyObject *f = pyxc_npy_fields(self)
            return None if f is NULL else <object>f

        @property
        cdef inline tuple names(self):
            cdef PyObject *n = pyxc_npy_names(self)
            return None if n is NULL else <tuple>n

    ctypedef class numpy.flatiter [object PyArrayIterObject, check_size ignore]:
        pass

    ctypedef class numpy.broadcast [object PyArrayMultiIterObject, check_size ignore]:
        cdef int numiter
        cdef npy_intp size
        cdef npy_intp index
        cdef int nd

    ctypedef class numpy.ndarray [object PyArrayObject, check_size ignore]:
        @property
        cdef inline PyObject *base(self) noexcept nogil:
            return PyArray_BASE(self)

        @property
        cdef inline dtype descr(self):
            return <dtype><object><PyObject *>PyArray_DESCR(self)

        @property
        cdef inline int ndim(self) noexcept nogil:
            return PyArray_NDIM(self)

        @property
        cdef inline npy_intp *shape(self) noexcept nogil:
            return PyArray_DIMS(self)

        @property
        cdef inline npy_intp *strides(self) noexcept nogil:
            return PyArray_STRIDES(self)

        @property
        cdef inline npy_intp size(self) noexcept nogil:
            return PyArray_SIZE(self)

        @property
        cdef inline char *data(self) noexcept nogil:
            return PyArray_BYTES(self)

    # Arrays: what they are, their layout and flags.
    bint PyArray_Check(object op)
    bint PyArray_CheckExact(object op)
    bint PyArray_CheckScalar(object op)
    int PyArray_NDIM(ndarray arr) nogil
    npy_intp *PyArray_DIMS(ndarray arr) nogil
    npy_intp *PyArray_SHAPE(ndarray arr) nogil
    npy_intp *PyArray_STRIDES(ndarray arr) nogil
    npy_intp PyArray_DIM(ndarray arr, int n) nogil
    npy_intp PyArray_STRIDE(ndarray arr, int n) nogil
    void *PyArray_DATA(ndarray arr) nogil
    char *PyArray_BYTES(ndarray arr) nogil
    PyObject *PyArray_BASE(ndarray arr) nogil
    PyArray_Descr *PyArray_DESCR(ndarray arr) nogil
    PyArray_Descr *PyArray_DTYPE(ndarray arr) nogil
    int PyArray_FLAGS(ndarray arr) nogil
    void PyArray_ENABLEFLAGS(ndarray arr, int flags) nogil
    void PyArray_CLEARFLAGS(ndarray arr, int flags) nogil
    bint PyArray_CHKFLAGS(ndarray arr, int flags) nogil
    int PyArray_ITEMSIZE(ndarray arr) nogil
    int PyArray_TYPE(ndarray arr) nogil
    npy_intp PyArray_SIZE(ndarray arr) nogil
    npy_intp PyArray_NBYTES(ndarray arr) nogil
    bint PyArray_ISCONTIGUOUS(ndarray arr) nogil
    bint PyArray_IS_C_CONTIGUOUS(ndarray arr) nogil
    bint PyArray_IS_F_CONTIGUOUS(ndarray arr) nogil
    bint PyArray_ISFORTRAN(ndarray arr) nogil
    bint PyArray_ISONESEGMENT(ndarray arr) nogil
    bint PyArray_ISWRITEABLE(ndarray arr) nogil
    bint PyArray_ISALIGNED(ndarray arr) nogil
    bint PyArray_ISCARRAY(ndarray arr) nogil
    bint PyArray_ISCARRAY_RO(ndarray arr) nogil
    bint PyArray_ISFARRAY(ndarray arr) nogil
    bint PyArray_ISBEHAVED(ndarray arr) nogil
    bint PyArray_ISNOTSWAPPED(ndarray arr) nogil
    bint PyArray_ISBOOL(ndarray arr) nogil
    bint PyArray_ISINTEGER(ndarray arr) nogil
    bint PyArray_ISSIGNED(ndarray arr) nogil
    bint PyArray_ISUNSIGNED(ndarray arr) nogil
    bint PyArray_ISFLOAT(ndarray arr) nogil
    bint PyArray_ISCOMPLEX(ndarray arr) nogil
    bint PyArray_ISNUMBER(ndarray arr) nogil
    bint PyArray_ISSTRING(ndarray arr) nogil
    bint PyArray_ISOBJECT(ndarray arr) nogil
    bint PyArray_ISEXTENDED(ndarray arr) nogil
    bint PyArray_SAMESHAPE(ndarray a, ndarray b) nogil
    void *PyArray_GETPTR1(ndarray arr, npy_intp i) nogil
    void *PyArray_GETPTR2(ndarray arr, npy_intp i, npy_intp j) nogil
    void *PyArray_GETPTR3(ndarray arr, npy_intp i, npy_intp j, npy_intp k) nogil
    void *PyArray_GETPTR4(ndarray arr, npy_intp i, npy_intp j, npy_intp k, npy_intp l) nogil
    object PyArray_GETITEM(ndarray arr, void *itemptr)
    int PyArray_SETITEM(ndarray arr, void *itemptr, object value) except -1
    npy_intp PyArray_MultiplyList(npy_intp *seq, int n) nogil
    npy_intp PyArray_Size(object op)
    bint PyTypeNum_ISBOOL(int num) nogil
    bint PyTypeNum_ISINTEGER(int num) nogil
    bint PyTypeNum_ISFLOAT(int num) nogil
    bint PyTypeNum_ISCOMPLEX(int num) nogil
    bint PyTypeNum_ISNUMBER(int num) nogil
    bint PyDataType_ISINTEGER(dtype d)
    bint PyDataType_ISFLOAT(dtype d)
    bint PyDataType_ISCOMPLEX(dtype d)
    bint PyDataType_HASFIELDS(dtype d)
    bint PyDataType_HASSUBARRAY(dtype d)
    dtype PyArray_DescrFromType(int typenum)
    object PyArray_TypeObjectFromType(int typenum)

    # New arrays (each a new reference).
    object PyArray_SimpleNew(int nd, npy_intp *dims, int typenum)
    object PyArray_SimpleNewFromData(int nd, npy_intp *dims, int typenum, void *data)
    object PyArray_ZEROS(int nd, npy_intp *dims, int typenum, int fortran)
    object PyArray_EMPTY(int nd, npy_intp *dims, int typenum, int fortran)
    object PyArray_Arange(double start, double stop, double step, int typenum)
    object PyArray_Copy(ndarray arr)
    object PyArray_NewCopy(ndarray arr, NPY_ORDER order)
    object PyArray_FROM_O(object op)
    object PyArray_FROM_OF(object op, int flags)
    object PyArray_FROM_OT(object op, int typenum)
    object PyArray_FROM_OTF(object op, int typenum, int flags)
    object PyArray_FROMANY(object op, int typenum, int min_depth, int max_depth, int flags)
    object PyArray_ContiguousFromAny(object op, int typenum, int min_depth, int max_depth)
    object PyArray_ContiguousFromObject(object op, int typenum, int min_depth, int max_depth)
    object PyArray_Return(ndarray arr)

    # Array operations (each a new reference).
    object PyArray_Ravel(ndarray arr, NPY_ORDER order)
    object PyArray_Flatten(ndarray arr, NPY_ORDER order)
    object PyArray_Reshape(ndarray arr, object shape)
    object PyArray_Squeeze(ndarray arr)
    object PyArray_SwapAxes(ndarray arr, int a1, int a2)
    object PyArray_Cast(ndarray arr, int typenum)
    object PyArray_Take(ndarray arr, object indices, int axis)
    object PyArray_Concatenate(object arrays, int axis)
    object PyArray_Sum(ndarray arr, int axis, int rtype, PyArrayObject *out)
    object PyArray_Prod(ndarray arr, int axis, int rtype, PyArrayObject *out)
    object PyArray_Mean(ndarray arr, int axis, int rtype, PyArrayObject *out)
    object PyArray_Max(ndarray arr, int axis, PyArrayObject *out)
    object PyArray_Min(ndarray arr, int axis, PyArrayObject *out)
    object PyArray_ArgMax(ndarray arr, int axis, PyArrayObject *out)
    object PyArray_ArgMin(ndarray arr, int axis, PyArrayObject *out)
    object PyArray_ArgSort(ndarray arr, int axis, NPY_SORTKIND kind)
    int PyArray_Sort(ndarray arr, int axis, NPY_SORTKIND kind) except -1
    object PyArray_SearchSorted(ndarray arr, object values, NPY_SEARCHSIDE side, PyObject *sorter)
    object PyArray_Nonzero(ndarray arr)
    object PyArray_Round(ndarray arr, int decimals, PyArrayObject *out)
    int PyArray_CopyInto(ndarray dst, ndarray src) except -1
    int PyArray_FillWithScalar(ndarray arr, object value) except -1
    void PyArray_FILLWBYTE(ndarray arr, int value)
    int PyArray_SetBaseObject(ndarray arr, PyObject *base) except -1

    # Iterators over one array, and over several broadcast together.
    object PyArray_IterNew(object arr)
    object PyArray_IterAllButAxis(object arr, int *axis)
    void PyArray_ITER_NEXT(flatiter it) nogil
    void PyArray_ITER_RESET(flatiter it) nogil
    void *PyArray_ITER_DATA(flatiter it) nogil
    void PyArray_ITER_GOTO1D(flatiter it, npy_intp index) nogil
    bint PyArray_ITER_NOTDONE(flatiter it) nogil
    void PyArray_MultiIter_RESET(broadcast multi) nogil
    void PyArray_MultiIter_NEXT(broadcast multi) nogil
    void PyArray_MultiIter_GOTO1D(broadcast multi, npy_intp index) nogil
    void PyArray_MultiIter_NEXTi(broadcast multi, npy_intp i) nogil
    void *PyArray_MultiIter_DATA(broadcast multi, npy_intp i) nogil
    npy_intp PyArray_MultiIter_SIZE(broadcast multi) nogil
    bint PyArray_MultiIter_NOTDONE(broadcast multi) nogil

    int _import_array() except -1

cdef extern from *:
    """
    /* The parts of a dtype that numpy 2 moved out of PyArray_Descr, read as either numpy has them. */
    #if NPY_ABI_VERSION < 0x02000000
    #define pyxc_npy_subarray(d) ((d)->subarray)
    #define pyxc_npy_fields(d) ((d)->fields)
    #define pyxc_npy_names(d) ((d)->names)
    #else
    #define pyxc_npy_subarray(d) PyDataType_SUBARRAY(d)
    #define pyxc_npy_fields(d) PyDataType_FIELDS(d)
    #define pyxc_npy_names(d) PyDataType_NAMES(d)
    #endif
    """
    PyArray_ArrayDescr *pyxc_npy_subarray(dtype d) nogil
    PyObject *pyxc_npy_fields(dtype d) nogil
    PyObject *pyxc_npy_names(dtype d) nogil

cdef extern from *:
    """
    /* pyxc's numpy helpers: the varargs constructor of broadcast iterators, one arity each. */
    static PyObject *pyxc_npy_multiiter1(PyObject *a) { return PyArray_MultiIterNew(1, a); }
    static PyObject *pyxc_npy_multiiter2(PyObject *a, PyObject *b) { return PyArray_MultiIterNew(2, a, b); }
    static PyObject *pyxc_npy_multiiter3(PyObject *a, PyObject *b, PyObject *c) { return PyArray_MultiIterNew(3, a, b, c); }
    static PyObject *pyxc_npy_multiiter4(PyObject *a, PyObject *b, PyObject *c, PyObject *d) {
        return PyArray_MultiIterNew(4, a, b, c, d);
    }
    static PyObject *pyxc_npy_multiiter5(PyObject *a, PyObject *b, PyObject *c, PyObject *d, PyObject *e) {
        return PyArray_MultiIterNew(5, a, b, c, d, e);
    }
    """
    object PyArray_MultiIterNew1 "pyxc_npy_multiiter1"(object a)
    object PyArray_MultiIterNew2 "pyxc_npy_multiiter2"(object a, object b)
    object PyArray_MultiIterNew3 "pyxc_npy_multiiter3"(object a, object b, object c)
    object PyArray_MultiIterNew4 "pyxc_npy_multiiter4"(object a, object b, object c, object d)
    object PyArray_MultiIterNew5 "pyxc_npy_multiiter5"(object a, object b, object c, object d, object e)

# The scalar types of numpy's Python API under the names numpy's C code gives them.
ctypedef npy_int8 int8_t
ctypedef npy_int16 int16_t
ctypedef npy_int32 int32_t
ctypedef npy_int64 int64_t
ctypedef npy_uint8 uint8_t
ctypedef npy_uint16 uint16_t
ctypedef npy_uint32 uint32_t
ctypedef npy_uint64 uint64_t
ctypedef npy_float32 float32_t
ctypedef npy_float64 float64_t
ctypedef float complex complex64_t
ctypedef double complex complex128_t
ctypedef npy_long int_t
ctypedef npy_longlong long_t
ctypedef npy_longlong longlong_t
ctypedef npy_ulong uint_t
ctypedef npy_ulonglong ulong_t
ctypedef npy_ulonglong ulonglong_t
ctypedef npy_intp intp_t
ctypedef npy_uintp uintp_t
ctypedef npy_double float_t
ctypedef npy_double double_t
ctypedef npy_longdouble longdouble_t
ctypedef npy_cfloat cfloat_t
ctypedef npy_cdouble cdouble_t
ctypedef npy_clongdouble clongdouble_t
ctypedef npy_cdouble complex_t


cdef inline int import_array() except -1:
    try:
        _import_array()
    except Exception:
        raise ImportError("numpy.core.multiarray failed to import")


cdef inline void set_array_base(ndarray arr, object base) except *:
    # PyArray_SetBaseObject steals the reference it is given.
    Py_INCREF(base)
    PyArray_SetBaseObject(arr, <PyObject *>base)


cdef inline tuple PyDataType_SHAPE(dtype d):
    # The shape of a subarray dtype's items, () for any other dtype.
    if PyDataType_HASSUBARRAY(d):
        return <tuple>d.subarray.shape
    return ()


cdef inline object get_array_base(ndarray arr):
    cdef PyObject *base = PyArray_BASE(arr)
    if base is NULL:
        return None
    return <object>base

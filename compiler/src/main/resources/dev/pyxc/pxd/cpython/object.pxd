# pyxc's declarations of CPython's object protocol (the C API's "Object Protocol" chapter), for
# `from cpython.object cimport ...`. Written from CPython's documentation of Python.h.
# `object` arguments are borrowed; an `object` result is a new reference, NULL meaning an
# exception was raised (which pyxc then propagates); `PyObject *` results are borrowed pointers.
cdef extern from "Python.h":
    ctypedef struct PyObject
    # The type object's fields a module reads; its slots as untyped function pointers.
    ctypedef struct PyTypeObject:
        const char *tp_name
        Py_ssize_t tp_basicsize
        Py_ssize_t tp_itemsize
        void *tp_dealloc
        void *tp_repr
        void *tp_hash
        void *tp_call
        void *tp_str
        void *tp_getattro
        void *tp_setattro
        unsigned long tp_flags
        const char *tp_doc
        void *tp_traverse
        void *tp_clear
        void *tp_richcompare
        Py_ssize_t tp_weaklistoffset
        void *tp_iter
        void *tp_iternext
        PyTypeObject *tp_base
        PyObject *tp_dict
        void *tp_descr_get
        void *tp_descr_set
        Py_ssize_t tp_dictoffset
        void *tp_init
        void *tp_alloc
        void *tp_new
        void *tp_free
        PyObject *tp_bases
        PyObject *tp_mro
        void *tp_finalize

    # The operations of rich comparisons.
    enum:
        Py_LT
        Py_LE
        Py_EQ
        Py_NE
        Py_GT
        Py_GE

    # Type flags (tp_flags).
    enum:
        Py_TPFLAGS_HEAPTYPE
        Py_TPFLAGS_BASETYPE
        Py_TPFLAGS_READY
        Py_TPFLAGS_READYING
        Py_TPFLAGS_HAVE_GC
        Py_TPFLAGS_HAVE_VERSION_TAG
        Py_TPFLAGS_LONG_SUBCLASS
        Py_TPFLAGS_LIST_SUBCLASS
        Py_TPFLAGS_TUPLE_SUBCLASS
        Py_TPFLAGS_BYTES_SUBCLASS
        Py_TPFLAGS_UNICODE_SUBCLASS
        Py_TPFLAGS_DICT_SUBCLASS
        Py_TPFLAGS_BASE_EXC_SUBCLASS
        Py_TPFLAGS_TYPE_SUBCLASS
        Py_TPFLAGS_DEFAULT

    PyTypeObject *Py_TYPE(object o)
    Py_ssize_t Py_SIZE(object o)
    Py_ssize_t Py_REFCNT(object o)
    bint Py_Is(object x, object y)

    bint PyObject_HasAttr(object o, object attr_name)
    bint PyObject_HasAttrString(object o, const char *attr_name)
    object PyObject_GetAttr(object o, object attr_name)
    object PyObject_GetAttrString(object o, const char *attr_name)
    object PyObject_GenericGetAttr(object o, object attr_name)
    int PyObject_SetAttr(object o, object attr_name, object v) except -1
    int PyObject_SetAttrString(object o, const char *attr_name, object v) except -1
    int PyObject_GenericSetAttr(object o, object attr_name, object v) except -1
    int PyObject_DelAttr(object o, object attr_name) except -1
    int PyObject_DelAttrString(object o, const char *attr_name) except -1
    object PyObject_GenericGetDict(object o, void *context)

    object PyObject_RichCompare(object o1, object o2, int opid)
    int PyObject_RichCompareBool(object o1, object o2, int opid) except -1

    object PyObject_Repr(object o)
    object PyObject_ASCII(object o)
    object PyObject_Str(object o)
    object PyObject_Bytes(object o)
    object PyObject_Format(object obj, object format_spec)

    int PyObject_IsInstance(object inst, object cls) except -1
    int PyObject_IsSubclass(object derived, object cls) except -1
    bint PyCallable_Check(object o)

    object PyObject_Call(object callable, object args, object kwargs)
    object PyObject_CallObject(object callable, object args)
    object PyObject_CallNoArgs(object callable)
    object PyObject_CallOneArg(object callable, object arg)
    object PyObject_CallFunctionObjArgs(object callable, ...)
    object PyObject_CallMethodObjArgs(object o, object name, ...)

    long PyObject_Hash(object o) except? -1
    Py_hash_t PyObject_HashNotImplemented(object o) except? -1
    int PyObject_IsTrue(object o) except -1
    int PyObject_Not(object o) except -1
    object PyObject_Type(object o)
    bint PyObject_TypeCheck(object o, PyTypeObject *type)
    Py_ssize_t PyObject_Length(object o) except -1
    Py_ssize_t PyObject_Size(object o) except -1
    Py_ssize_t PyObject_LengthHint(object o, Py_ssize_t default) except -1
    object PyObject_GetItem(object o, object key)
    int PyObject_SetItem(object o, object key, object v) except -1
    int PyObject_DelItem(object o, object key) except -1
    object PyObject_Dir(object o)
    object PyObject_GetIter(object o)
    object PyObject_SelfIter(object o)

    int Py_ReprEnter(object o) except -1
    void Py_ReprLeave(object o)

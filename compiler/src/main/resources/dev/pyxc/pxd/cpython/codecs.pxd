# pyxc's declarations of CPython's codec registry (the C API's "Codec registry and support
# functions"), for `from cpython.codecs cimport ...`. Written from CPython's documentation of
# Python.h and its codecs.h. An `errors` argument may be NULL: the codec's default ('strict').
cdef extern from "Python.h":
    int PyCodec_Register(object search_function) except -1
    # (CPython 3.10 and later.)
    int PyCodec_Unregister(object search_function) except -1
    # 1 when a codec of that name is registered, else 0.
    int PyCodec_KnownEncoding(const char *encoding)
    object PyCodec_Encode(object o, const char *encoding, const char *errors)
    object PyCodec_Decode(object o, const char *encoding, const char *errors)

    # A codec's functions and objects, looked up by encoding name (case-insensitively).
    object PyCodec_Encoder(const char *encoding)
    object PyCodec_Decoder(const char *encoding)
    object PyCodec_IncrementalEncoder(const char *encoding, const char *errors)
    object PyCodec_IncrementalDecoder(const char *encoding, const char *errors)
    object PyCodec_StreamReader(const char *encoding, object stream, const char *errors)
    object PyCodec_StreamWriter(const char *encoding, object stream, const char *errors)

    # Error handlers: registered by name, and the builtin ones ('strict' raises `exc`).
    int PyCodec_RegisterError(const char *name, object error) except -1
    object PyCodec_LookupError(const char *name)
    object PyCodec_StrictErrors(object exc)
    object PyCodec_IgnoreErrors(object exc)
    object PyCodec_ReplaceErrors(object exc)
    object PyCodec_XMLCharRefReplaceErrors(object exc)
    object PyCodec_BackslashReplaceErrors(object exc)
    object PyCodec_NameReplaceErrors(object exc)
